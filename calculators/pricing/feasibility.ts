/**
 * The one cross-file check that needs the pricing calculator: on every date the cost cap changes,
 * the cheapest loan the grid prices (best grade, each term band) must fit under the cap, or
 * nothing could be lent. The parameter-only pricing checks are in policy/pricing.ts
 * (pricingPolicyIssues); calculators/consistency.ts runs both on every build.
 */
import { costCapOn, withinCostCap } from './cost-cap';
import { policyCostRates } from './cost-rates';
import { costPlusRate } from './economics';
import type { PricingPolicy } from './types';

/**
 * Every date and term band on which the best grade's costs exceed the cap in force.
 *
 * @example pricingFeasibilityIssues({ pricing, lpr, governance }) // [] for the committed files
 */
export function pricingFeasibilityIssues(policy: PricingPolicy): string[] {
  const { pricing } = policy;
  const issues: string[] = [];
  const best = pricing.grades[0]!;
  const dates = [...pricing.costCap.maxRate, ...(pricing.costCap.lprMultiple ?? [])]
    .map((s) => s.from)
    .filter((d) => d >= '2020-01-01');
  for (const date of [...new Set(dates)].sort()) {
    for (const band of pricing.costs.fundingBands) {
      const cap = costCapOn({ contractDate: date, termMonths: band.upToMonths }, policy).rate;
      const floor = costPlusRate(policyCostRates(pricing, best, band.upToMonths));
      if (!withinCostCap(floor, cap)) {
        issues.push(
          `the cost cap in force from ${date} (${cap}) is below the costs of grade ${best.id} for terms up to ${band.upToMonths} months (${floor.toSignificantDigits(6)}): no loan could be priced`,
        );
      }
    }
  }
  return issues;
}
