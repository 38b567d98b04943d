/**
 * Checks that need two policy files at once (a zod schema sees one file):
 * the pricing grid against governance's risk appetite. Run on every build
 * with the other areas' checks (calculators/policy/consistency.ts).
 */
import { D } from '../decimal';
import { costPlusRate, type CostRates } from './economics';
import type { PricingPolicy } from './types';

export function pricingPolicyIssues(policy: PricingPolicy): string[] {
  const { pricing, governance } = policy;
  const issues: string[] = [];
  const cap = D(governance.riskAppetite.maxAllInAprRate);
  const maxBorrower = governance.riskAppetite.maxSingleBorrowerAmount;
  if (maxBorrower !== undefined && pricing.limits.maxLoanAmount > maxBorrower) {
    issues.push(`pricing.limits.maxLoanAmount (${pricing.limits.maxLoanAmount}) exceeds governance.riskAppetite.maxSingleBorrowerAmount (${maxBorrower})`);
  }
  // The cheapest loan the grid can price (best grade, each term band) must fit under the cap, or nothing can be lent.
  const best = pricing.grades[0]!;
  for (const band of pricing.costs.fundingBands) {
    const rates: CostRates = {
      funding: D(band.fundingRate),
      operating: D(pricing.costs.operatingCostRate),
      expectedLoss: D(best.pd).times(best.lgd),
      margin: D(pricing.costs.targetMarginRate),
      capitalPerBalance: D(pricing.capital.retailRiskWeightRatio).times(pricing.capital.targetCapitalRatio),
      hurdle: D(pricing.capital.hurdleRate),
      capitalYield: D(pricing.capital.capitalYieldRate),
    };
    const floor = costPlusRate(rates);
    if (floor.gt(cap)) {
      issues.push(
        `the cap governance.riskAppetite.maxAllInAprRate (${cap}) is below the costs of grade ${best.id} for terms up to ${band.upToMonths} months (${floor.toSignificantDigits(6)}): no loan could be priced`,
      );
    }
  }
  return issues;
}
