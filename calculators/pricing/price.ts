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
import { D, Decimal, ZERO, roundFen, type DecimalInput } from '../decimal';
import { CalcError } from '../errors';
import { amortize, scheduleCashflows, type Fees } from '../schedule/amortize';
import { annualizedRate } from '../schedule/annualized-rate';
import { balanceYears } from './balance';
import { aprCapCheck, limitChecks, lprLineCheck } from './checks';
import { capitalCharge, costPlusRate, economicsAt, type CostRates, type LoanShape } from './economics';
import { solveIncreasing } from './solve';
import type { ExceptionApproval, OfferResult, PriceComponent, PriceInput, PriceResult, PricingPolicy, RiskGrade } from './types';

const invalid = (zh: string, en: string): never => {
  throw new CalcError('invalid-input', { zh, en });
};

/** The funding band for a term: the first whose upper bound covers it (the last band beyond). */
export function fundingBand(policy: PricingPolicy, termMonths: number) {
  const bands = policy.pricing.costs.fundingBands;
  return bands.find((b) => termMonths <= b.upToMonths) ?? bands[bands.length - 1]!;
}

export function findGrade(policy: PricingPolicy, id: string): RiskGrade {
  const grade = policy.pricing.grades.find((g) => g.id === id);
  return grade ?? invalid(`未知的风险等级：${id}`, `Unknown risk grade: ${id}`);
}

/** Total fees over the life, as the core's schedule charges them (upfront + n × monthly fee, each to the fen). */
function totalFees(principal: Decimal, n: number, fees: Fees | undefined): Decimal {
  const upfront = roundFen(D(fees?.upfrontAmount ?? 0));
  const monthly = roundFen(principal.times(D(fees?.monthlyFeeRate ?? 0)));
  return upfront.plus(monthly.times(n));
}

function setUp(input: PriceInput, policy: PricingPolicy) {
  const grade = findGrade(policy, input.grade);
  const principal = D(input.amount);
  const n = input.termMonths;
  if (!principal.isFinite() || principal.lte(0)) invalid('金额须大于 0。', 'The amount must be above 0.');
  if (!Number.isInteger(n) || n < 1 || n > 600) invalid('期限须为 1–600 个整月。', 'The term must be a whole number of months from 1 to 600.');
  const band = fundingBand(policy, n);
  const { capital, costs } = policy.pricing;
  const o = input.overrides ?? {};
  const fundingOverride = o.fundingRate !== undefined && o.fundingRate !== '';
  const marginOverride = o.targetMarginRate !== undefined && o.targetMarginRate !== '';
  const rates: CostRates = {
    funding: D(fundingOverride ? o.fundingRate! : band.fundingRate),
    operating: D(costs.operatingCostRate),
    expectedLoss: D(grade.pd).times(grade.lgd),
    margin: D(marginOverride ? o.targetMarginRate! : costs.targetMarginRate),
    capitalPerBalance: D(capital.retailRiskWeightRatio).times(capital.targetCapitalRatio),
    hurdle: D(capital.hurdleRate),
    capitalYield: D(capital.capitalYieldRate),
  };
  if (rates.funding.isNeg() || rates.margin.isNeg()) invalid('资金成本和目标利润率不能为负数。', 'Funding cost and target margin cannot be negative.');
  const loan: LoanShape = { principal, termMonths: n, method: input.method, fees: totalFees(principal, n, input.fees) };
  return { grade, band, rates, loan, fundingOverride, marginOverride };
}

/** The rate at which income covers the per-balance cost `cost`: (r − cost)·S(r) + fees = 0, clamped at 0. */
function rateCovering(cost: Decimal, loan: LoanShape): Decimal {
  if (loan.fees.isZero()) return cost;
  const g = (r: Decimal) => r.minus(cost).times(balanceYears(loan.principal, r, loan.termMonths, loan.method)).plus(loan.fees);
  if (!g(ZERO).isNeg()) return ZERO;
  return solveIncreasing(g, ZERO, cost);
}

/** The schedule at `rate` (the core's, rounded to the fen), its PBOC annualised rate, and the cap and limit checks on it. */
function disclose(rate: Decimal, input: PriceInput, policy: PricingPolicy) {
  const schedule = amortize({ principal: input.amount, annualRate: rate, termMonths: input.termMonths, method: input.method, fees: input.fees });
  const apr = annualizedRate(scheduleCashflows(schedule));
  const checks = [aprCapCheck(apr.simple, policy), lprLineCheck(apr.simple, policy), ...limitChecks(D(input.amount), input.termMonths, input.method, policy)];
  return { schedule, apr, checks };
}

function price(input: PriceInput, policy: PricingPolicy, setup: ReturnType<typeof setUp>): PriceResult {
  const { grade, band, rates, loan, fundingOverride, marginOverride } = setup;
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
    components,
    feesCoverAll: requiredRate.isZero() && !c.isZero(),
    economics,
    capitalAtStart: roundFen(loan.principal.times(rates.capitalPerBalance)),
    expectedLossAmount: roundFen(economics.expectedLoss),
    raroc: economics.raroc,
    hurdleRate: rates.hurdle,
    ...disclose(requiredRate, input, policy),
  };
}

export function priceLoan(input: PriceInput, policy: PricingPolicy): PriceResult {
  return price(input, policy, setUp(input, policy));
}

/** Who may approve a price `discount` below the required rate (RP-03 价格例外). */
export function exceptionApproval(discount: Decimal, offeredRate: Decimal, breakEvenRate: Decimal, policy: PricingPolicy): ExceptionApproval {
  const e = policy.pricing.exceptions;
  if (!discount.isPos()) return 'none';
  if (offeredRate.lt(breakEvenRate)) return 'not-approvable';
  if (discount.lte(e.riskHeadMaxDiscountRate)) return 'risk-head';
  if (discount.lte(e.croMaxDiscountRate)) return 'cro';
  return 'not-approvable';
}

export function evaluateOffer(input: PriceInput & { offeredRate: DecimalInput }, policy: PricingPolicy): OfferResult {
  const offeredRate = D(input.offeredRate);
  if (!offeredRate.isFinite() || offeredRate.isNeg()) invalid('报价利率不能为负数。', 'The offered rate cannot be negative.');
  const setup = setUp(input, policy);
  const { rates, loan } = setup;
  const required = price(input, policy, setup);
  const economics = economicsAt(offeredRate, loan, rates);
  const breakEvenRate = rateCovering(rates.funding.plus(rates.operating).plus(rates.expectedLoss), loan);
  const marginOverMinimum = offeredRate.minus(required.requiredRate);
  const disclosed = disclose(offeredRate, input, policy);
  // An offer whose all-in APR is over the institution's cap cannot be made at all, whatever its margin.
  const aboveCap = disclosed.checks.some((c) => c.id === 'apr-cap' && c.status === 'fail');
  return {
    price: required,
    offeredRate,
    economics,
    raroc: economics.raroc,
    economicProfitPerYear: economics.economicProfit.times(12).div(input.termMonths),
    marginOverMinimum,
    // RAROC rises with the rate, so "at least the required rate" is "RAROC at least the hurdle", compared exactly.
    meetsHurdle: !marginOverMinimum.isNeg(),
    breakEvenRate,
    approval: aboveCap ? 'above-cap' : exceptionApproval(marginOverMinimum.neg(), offeredRate, breakEvenRate, policy),
    ...disclosed,
  };
}
