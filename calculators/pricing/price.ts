/**
 * priceLoan: the minimum rate a loan of a given risk grade must carry, and why.
 * evaluateOffer: what an offered rate earns against that minimum.
 *
 * The required rate r* is where RAROC equals the hurdle (economics.ts):
 *   (r* − c) × S(r*) + fees = 0,  c = f + o + PD·LGD + K(h − y) + m.
 * Without fees r* = c exactly (the cost-plus sum). Fees lower r*; for level
 * instalments S depends on r, so r* is solved on the bracket [0, c]
 * (the left side rises with r: interest grows faster than the balance-years).
 */
import { decimalArg } from '../args';
import { Decimal, ZERO, roundFen, type DecimalInput } from '../decimal';
import { CalcError, type Bilingual } from '../errors';
import { amortize, scheduleCashflows, type Fees } from '../schedule/amortize';
import { annualizedRate } from '../schedule/annualized-rate';
import { balanceYears } from './balance';
import { costCapCheck, limitChecks, lprLineCheck } from './checks';
import { costCapOn, lprLine, lprOn } from './cost-cap';
import { fundingBand, policyCostRates } from './cost-rates';
import { capitalCharge, costPlusRate, economicsAt, type CostRates, type LoanShape } from './economics';
import { solveIncreasing } from './solve';
import type {
  Check,
  ExceptionApproval,
  OfferResult,
  PriceComponent,
  PriceInput,
  PriceResult,
  PricingPolicy,
  RiskGrade,
} from './types';

/** `field`: the PriceInput figure responsible, so the island can show the message under it (calculators review #24). */
const invalid = (message: Bilingual, field?: string): never => {
  throw new CalcError('invalid-input', message, field);
};

/**
 * The risk grade with this id from pricing.yaml; an unknown id is an input error, not a crash.
 *
 * @example findGrade(policy, 'B') // { id: 'B', pd: 0.02, lgd: 0.8, note: … }
 * @example findGrade(policy, 'Z') // throws CalcError('invalid-input'): 'Unknown risk grade: Z'
 */
export function findGrade(policy: PricingPolicy, id: string): RiskGrade {
  const grade = policy.pricing.grades.find((g) => g.id === id);
  return grade ?? invalid({ zh: `未知的风险等级：${id}`, en: `Unknown risk grade: ${id}` });
}

/** Total fees over the life, as the core's schedule charges them (upfront + n × monthly fee, each to the fen). */
function totalFees(principal: Decimal, n: number, fees: Fees | undefined): Decimal {
  const upfront = roundFen(decimalArg(fees?.upfrontAmount ?? 0, { zh: '一次性费用', en: 'The upfront fee' }));
  const monthly = roundFen(
    principal.times(decimalArg(fees?.monthlyFeeRate ?? 0, { zh: '每月手续费率', en: 'The monthly fee rate' })),
  );
  return upfront.plus(monthly.times(n));
}

const given = (v: DecimalInput | undefined): v is DecimalInput => v !== undefined && v !== '';

function setUp(input: PriceInput, policy: PricingPolicy) {
  const grade = findGrade(policy, input.grade);
  const principal = decimalArg(input.amount, { zh: '金额', en: 'The amount' });
  const n = input.termMonths;
  if (principal.lte(0)) invalid({ zh: '金额须大于 0。', en: 'The amount must be above 0.' }, 'amount');
  if (!Number.isInteger(n) || n < 1 || n > 600)
    invalid(
      { zh: '期限须为 1–600 个整月。', en: 'The term must be a whole number of months from 1 to 600.' },
      'termMonths',
    );
  const costCap = costCapOn({ contractDate: input.contractDate, termMonths: n }, policy);
  const band = fundingBand(policy.pricing, n);
  const o = input.overrides ?? {};
  const fundingOverride = given(o.fundingRate);
  const marginOverride = given(o.targetMarginRate);
  const rates: CostRates = {
    ...policyCostRates(policy.pricing, grade, n),
    ...(fundingOverride ? { funding: decimalArg(o.fundingRate, { zh: '资金成本', en: 'The funding cost' }) } : {}),
    ...(marginOverride
      ? { margin: decimalArg(o.targetMarginRate, { zh: '目标利润率', en: 'The target margin' }) }
      : {}),
  };
  if (rates.funding.isNeg() || rates.margin.isNeg())
    invalid(
      { zh: '资金成本和目标利润率不能为负数。', en: 'Funding cost and target margin cannot be negative.' },
      rates.funding.isNeg() ? 'fundingRate' : 'targetMarginRate',
    );
  const loan: LoanShape = { principal, termMonths: n, method: input.method, fees: totalFees(principal, n, input.fees) };
  return {
    grade,
    band,
    rates,
    loan,
    fundingOverride,
    marginOverride,
    costCap,
    lpr: lprOn(costCap.contractDate, policy),
  };
}

/** The rate at which income covers the per-balance cost `cost`: (r − cost)·S(r) + fees = 0, clamped at 0. */
function rateCovering(cost: Decimal, loan: LoanShape): Decimal {
  if (loan.fees.isZero()) return cost;
  const g = (r: Decimal) =>
    r
      .minus(cost)
      .times(balanceYears(loan.principal, r, loan.termMonths, loan.method))
      .plus(loan.fees);
  if (!g(ZERO).isNeg()) return ZERO;
  return solveIncreasing(g, ZERO, cost);
}

/** The schedule at `rate` (the core's, rounded to the fen), its PBOC annualised rate, and the cap and limit checks on it. */
function disclose(rate: Decimal, input: PriceInput, policy: PricingPolicy, setup: ReturnType<typeof setUp>) {
  const { loan, costCap } = setup;
  const schedule = amortize({
    principal: loan.principal,
    annualRate: rate,
    termMonths: input.termMonths,
    method: input.method,
    fees: input.fees,
  });
  const apr = annualizedRate(scheduleCashflows(schedule));
  const checks = [
    costCapCheck(apr.simple, costCap),
    lprLineCheck(apr.simple, costCap, lprLine(costCap.contractDate, policy), policy.lpr.capMultiple),
    ...limitChecks(loan.principal, input.termMonths, input.method, policy),
  ];
  return { schedule, apr, checks };
}

function price(input: PriceInput, policy: PricingPolicy, setup: ReturnType<typeof setUp>): PriceResult {
  const { grade, band, rates, loan, fundingOverride, marginOverride, costCap, lpr } = setup;
  const c = costPlusRate(rates);
  const requiredRate = rateCovering(c, loan);
  const economics = economicsAt(requiredRate, loan, rates);
  const components: PriceComponent[] = [
    { key: 'funding', rate: rates.funding, overridden: fundingOverride },
    { key: 'operating', rate: rates.operating, overridden: false },
    { key: 'expectedLoss', rate: rates.expectedLoss, overridden: false },
    { key: 'capital', rate: capitalCharge(rates), overridden: false },
    { key: 'margin', rate: rates.margin, overridden: marginOverride },
  ];
  // Fees as a rate on the balance: whatever closes the gap to the required rate (−fees ÷ S unless clamped at 0).
  if (!loan.fees.isZero()) components.push({ key: 'fees', rate: requiredRate.minus(c), overridden: false });
  return {
    grade,
    fundingBandMonths: band.upToMonths,
    requiredRate,
    costRate: c,
    components,
    feesCoverAll: requiredRate.isZero() && !c.isZero(),
    economics,
    capitalAtStart: roundFen(loan.principal.times(rates.capitalPerBalance)),
    expectedLossAmount: roundFen(economics.expectedLoss),
    raroc: economics.raroc,
    hurdleRate: rates.hurdle,
    capitalPerBalance: rates.capitalPerBalance,
    contractDate: costCap.contractDate,
    costCap,
    lpr,
    ...disclose(requiredRate, input, policy, setup),
  };
}

/**
 * The minimum rate for a loan of `input.grade`, with its waterfall, economics, schedule, annualised
 * rate and the cap (in force on `input.contractDate`, default today) and limit checks.
 *
 * @example priceLoan({ grade: 'B', amount: '50000', termMonths: 12, method: 'equal-instalment', contractDate: '2026-12-04' }, policy).requiredRate // 0.099
 */
export function priceLoan(input: PriceInput, policy: PricingPolicy): PriceResult {
  return price(input, policy, setUp(input, policy));
}

/**
 * Who may approve a price `discount` below the required rate (RP-03 价格例外).
 *
 * @example exceptionApproval(D('0.004'), D('0.15'), D('0.1'), policy) // 'risk-head' (up to 0.5%)
 * @example exceptionApproval(D('0.008'), D('0.15'), D('0.1'), policy) // 'cro'; below the break-even rate: 'not-approvable'
 */
export function exceptionApproval(
  discount: Decimal,
  offeredRate: Decimal,
  breakEvenRate: Decimal,
  policy: PricingPolicy,
): ExceptionApproval {
  const e = policy.pricing.exceptions;
  if (discount.lte(0)) return 'none'; // not isPos(): decimal.js counts +0 as positive
  if (offeredRate.lt(breakEvenRate)) return 'not-approvable';
  if (discount.lte(e.riskHeadMaxDiscountRate)) return 'risk-head';
  if (discount.lte(e.croMaxDiscountRate)) return 'cro';
  return 'not-approvable';
}

/**
 * What an offered rate earns against the minimum, and who may approve it. Never approves an offer
 * whose all-in annualised cost is above the cap in force on its contract date ('above-cap'), nor
 * one outside the amount and term limits ('outside-limits'), whatever its rate.
 *
 * @example evaluateOffer({ ...loan, offeredRate: '0.36' }, policy).approval // 'above-cap'
 */
export function evaluateOffer(input: PriceInput & { offeredRate: DecimalInput }, policy: PricingPolicy): OfferResult {
  const offeredRate = decimalArg(input.offeredRate, { zh: '报价利率', en: 'The offered rate' });
  if (offeredRate.isNeg())
    invalid({ zh: '报价利率不能为负数。', en: 'The offered rate cannot be negative.' }, 'offeredRate');
  const setup = setUp(input, policy);
  const { rates, loan } = setup;
  const required = price(input, policy, setup);
  const economics = economicsAt(offeredRate, loan, rates);
  const breakEvenRate = rateCovering(rates.funding.plus(rates.operating).plus(rates.expectedLoss), loan);
  const marginOverMinimum = offeredRate.minus(required.requiredRate);
  const disclosed = disclose(offeredRate, input, policy, setup);
  // An offer over the cap in force, or outside the amount and term limits, cannot be made at all, whatever its margin:
  // no price exception may break either (RP-03).
  const failed = (id: Check['id']) => disclosed.checks.some((c) => c.id === id && c.status === 'fail');
  const aboveCap = failed('apr-cap');
  const outsideLimits = failed('amount') || failed('term') || failed('bullet-term');
  return {
    price: required,
    offeredRate,
    economics,
    raroc: economics.raroc,
    economicProfitPerYear: economics.economicProfit.times(12).div(input.termMonths),
    marginOverMinimum,
    discountBelowMinimum: marginOverMinimum.neg(),
    // RAROC rises with the rate, so "at least the required rate" is "RAROC at least the hurdle", compared exactly.
    meetsHurdle: !marginOverMinimum.isNeg(),
    breakEvenRate,
    approval: aboveCap
      ? 'above-cap'
      : outsideLimits
        ? 'outside-limits'
        : exceptionApproval(marginOverMinimum.neg(), offeredRate, breakEvenRate, policy),
    ...disclosed,
  };
}
