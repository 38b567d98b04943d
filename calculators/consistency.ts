/**
 * Checks that need two policy files at once (a zod schema sees one file): each area's parameters
 * against governance.yaml's risk appetite and escalation rules, and the pricing grid against the
 * cost cap. src/policy/load.ts runs them on every build; any issue stops it. This file sits above
 * the areas because one check (pricingFeasibilityIssues) prices a loan; the parameter-only checks
 * live in policy/<area>.ts.
 */
import { admissionPolicyIssues } from './policy/admission';
import { monitoringPolicyIssues } from './policy/monitoring';
import { portfolioPolicyIssues } from './policy/portfolio';
import { pricingPolicyIssues } from './policy/pricing';
import type { Policy } from './policy/index';
import { pricingFeasibilityIssues } from './pricing/feasibility';

/**
 * Every cross-file inconsistency, each naming the file it is in; an empty list means consistent.
 *
 * @example policyIssues(loadPolicy()) // [] for the committed files
 */
export function policyIssues(policy: Policy): string[] {
  const area = (file: string, issues: string[]) => issues.map((i) => `content/policy/${file}.yaml: ${i}`);
  return [
    ...area('admission', admissionPolicyIssues(policy)),
    ...area('portfolio', portfolioPolicyIssues(policy)),
    ...area('monitoring', monitoringPolicyIssues(policy)),
    ...area('pricing', [...pricingPolicyIssues(policy), ...pricingFeasibilityIssues(policy)]),
  ];
}
