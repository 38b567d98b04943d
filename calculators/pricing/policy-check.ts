/**
 * Checks that need several policy files at once (a zod schema sees one file): the pricing
 * grid and its cost cap against governance's risk appetite, the LPR series and the December
 * 2025 cost guideline's dates. Run on every build with the other areas' checks
 * (calculators/policy/consistency.ts).
 */
import { D } from '../decimal';
import { nextDay } from '../dated';
import { costCapOn, withinCostCap } from './cost-cap';
import { policyCostRates } from './cost-rates';
import { costPlusRate } from './economics';
import type { PricingPolicy } from './types';

export function pricingPolicyIssues(policy: PricingPolicy): string[] {
  const { pricing, governance } = policy;
  const issues: string[] = [];
  const hardLine = D(governance.riskAppetite.maxAllInAprRate);
  const maxBorrower = governance.riskAppetite.maxSingleBorrowerAmount;
  if (maxBorrower !== undefined && pricing.limits.maxLoanAmount > maxBorrower) {
    issues.push(`pricing.limits.maxLoanAmount (${pricing.limits.maxLoanAmount}) exceeds governance.riskAppetite.maxSingleBorrowerAmount (${maxBorrower})`);
  }
  for (const step of pricing.costCap.maxRate) {
    if (D(step.value).gt(hardLine)) {
      issues.push(`costCap.maxRate from ${step.from} (${step.value}) is above the hard line governance.riskAppetite.maxAllInAprRate (${hardLine})`);
    }
  }
  // The guideline: every new loan within 4 × LPR by end-2027, so the company's LPR-multiple cap must start by the day after.
  const deadline = nextDay(pricing.costGuideline.fullComplianceDate);
  const multiple = pricing.costCap.lprMultiple?.find((s) => s.value <= policy.lpr.capMultiple);
  if (!multiple || multiple.from > deadline) {
    issues.push(
      `costCap.lprMultiple must hold a step of at most ${policy.lpr.capMultiple} × LPR from ${deadline} or earlier (costGuideline.fullComplianceDate ${pricing.costGuideline.fullComplianceDate})`,
    );
  }
  // On every date the cap changes, the cheapest loan the grid prices (best grade, each term band) must fit, or nothing could be lent.
  const best = pricing.grades[0]!;
  const dates = [...pricing.costCap.maxRate, ...(pricing.costCap.lprMultiple ?? [])].map((s) => s.from).filter((d) => d >= '2020-01-01');
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
