/** The cost rates RP-03 prices a grade with, read from the pricing grid (one place for every caller). */
import { D } from '../decimal';
import type { CostRates } from './economics';
import type { PricingParams, RiskGrade } from './types';

/**
 * The funding band for a term: the first whose upper bound covers it (the last band beyond).
 *
 * @example fundingBand(policy.pricing, 24) // { upToMonths: 24, fundingRate: … }: 2年, 24期 and 24 are the same band
 */
export function fundingBand(pricing: PricingParams, termMonths: number) {
  const bands = pricing.costs.fundingBands;
  return bands.find((b) => termMonths <= b.upToMonths) ?? bands[bands.length - 1]!;
}

/**
 * Capital held per unit of balance: K = risk weight × capital ratio.
 *
 * @example capitalPerBalance(policy.pricing) // 0.15 with the committed grid (risk weight × capital ratio)
 */
export const capitalPerBalance = (pricing: PricingParams) =>
  D(pricing.capital.retailRiskWeightRatio).times(pricing.capital.targetCapitalRatio);

/**
 * The policy's cost rates for `grade` at `termMonths`, before any what-if override.
 *
 * @example policyCostRates(policy.pricing, policy.pricing.grades[0], 12).expectedLoss // grade A's PD × LGD
 */
export function policyCostRates(pricing: PricingParams, grade: RiskGrade, termMonths: number): CostRates {
  return {
    funding: D(fundingBand(pricing, termMonths).fundingRate),
    operating: D(pricing.costs.operatingCostRate),
    expectedLoss: D(grade.pd).times(grade.lgd),
    margin: D(pricing.costs.targetMarginRate),
    capitalPerBalance: capitalPerBalance(pricing),
    hurdle: D(pricing.capital.hurdleRate),
    capitalYield: D(pricing.capital.capitalYieldRate),
  };
}
