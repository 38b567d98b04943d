/**
 * A loan's risk-adjusted economics at one contract rate (RP-03 定价模型):
 *
 *   income            = interest (exact, r × S) + all fees
 *   funding           = f × S        operating  = o × S
 *   expected loss     = PD × LGD × S (monthly default probability PD ÷ 12 on the opening balance;
 *                                     no survival or discounting adjustment)
 *   target margin     = m × S        capital held over the life  = K × S, K = risk weight × capital ratio
 *   capital yield     = y × K × S
 *   RAROC             = (income − funding − operating − EL − margin + capital yield) ÷ (K × S)
 *
 * where S is the balance-years of balance.ts. The target margin is a policy charge for overhead
 * that is not allocated, taxes and model error, so it is deducted before the return on capital
 * is measured; the required rate is then exactly where RAROC equals the hurdle.
 */
import { D, Decimal, type DecimalInput } from '../decimal';
import type { RepaymentMethod } from '../schedule/amortize';
import { balanceYears } from './balance';
import type { Economics } from './types';

/** The cost rates of one loan, per year of the balance. */
export interface CostRates {
  funding: Decimal;
  operating: Decimal;
  /** PD × LGD */
  expectedLoss: Decimal;
  margin: Decimal;
  /** K = risk weight × capital ratio */
  capitalPerBalance: Decimal;
  hurdle: Decimal;
  capitalYield: Decimal;
}

/**
 * Capital charge per year of the balance: K × (hurdle − capital yield).
 *
 * @example capitalCharge(policyCostRates(policy.pricing, findGrade(policy, 'B'), 12)) // 0.015 = 0.15 × (0.12 − 0.02)
 */
export const capitalCharge = (c: CostRates) => c.capitalPerBalance.times(c.hurdle.minus(c.capitalYield));

/**
 * Everything a loan must earn per year of its balance for RAROC to equal the hurdle: f + o + PD·LGD + K(h − y) + m.
 *
 * @example costPlusRate(policyCostRates(policy.pricing, findGrade(policy, 'B'), 12)) // 0.099 = 0.038 + 0.025 + 0.016 + 0.015 + 0.005
 */
export const costPlusRate = (c: CostRates) =>
  c.funding.plus(c.operating).plus(c.expectedLoss).plus(capitalCharge(c)).plus(c.margin);

export interface LoanShape {
  principal: Decimal;
  termMonths: number;
  method: RepaymentMethod;
  /** All fees charged over the life (upfront + monthly), 元. */
  fees: Decimal;
}

/**
 * RAROC as the textbooks define it: (income − costs − expected loss) ÷ capital.
 *
 * @example raroc('1000', '300', '200', '2500') // 0.2
 */
export const raroc = (
  income: DecimalInput,
  costs: DecimalInput,
  expectedLoss: DecimalInput,
  capital: DecimalInput,
): Decimal => D(income).minus(D(costs)).minus(D(expectedLoss)).div(D(capital));

/**
 * A loan's income, costs, capital and RAROC at one rate, each over its balance-years (balanceYears): the
 * figures the price table and the solver for the required rate read.
 *
 * @example economicsAt('0.18', { principal: D(100000), termMonths: 12, method: 'equal-instalment', fees: D(0) }, policyCostRates(policy.pricing, findGrade(policy, 'B'), 12)) // { balanceYears: 55644.397…, interest: 10015.991…, raroc: 0.66, economicProfit: 4507.196…, … }
 */
export function economicsAt(rate: DecimalInput, loan: LoanShape, c: CostRates): Economics {
  const r = D(rate);
  const S = balanceYears(loan.principal, r, loan.termMonths, loan.method);
  const interest = r.times(S);
  const fundingCost = c.funding.times(S);
  const operatingCost = c.operating.times(S);
  const expectedLoss = c.expectedLoss.times(S);
  const marginCharge = c.margin.times(S);
  const capitalYears = c.capitalPerBalance.times(S);
  const capitalYield = c.capitalYield.times(capitalYears);
  const riskAdjustedReturn = interest
    .plus(loan.fees)
    .minus(fundingCost)
    .minus(operatingCost)
    .minus(expectedLoss)
    .minus(marginCharge)
    .plus(capitalYield);
  return {
    rate: r,
    balanceYears: S,
    interest,
    fees: loan.fees,
    fundingCost,
    operatingCost,
    expectedLoss,
    marginCharge,
    capitalYears,
    capitalYield,
    riskAdjustedReturn,
    raroc: riskAdjustedReturn.div(capitalYears),
    economicProfit: riskAdjustedReturn.minus(c.hurdle.times(capitalYears)),
  };
}
