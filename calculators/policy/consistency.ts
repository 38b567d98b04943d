/**
 * Checks that need two policy files at once (a zod schema sees one file): each
 * area's parameters against governance.yaml's risk appetite and escalation
 * rules. src/policy/load.ts runs them on every build; any issue stops it.
 */
import { pricingPolicyIssues } from '../pricing/policy-check';
import { admissionPolicyIssues } from './admission';
import { monitoringPolicyIssues } from './monitoring';
import { portfolioPolicyIssues } from './portfolio';
import type { Policy } from './index';

/** Every cross-file inconsistency, each naming the file it is in; an empty list means consistent. */
export function policyIssues(policy: Policy): string[] {
  const area = (file: string, issues: string[]) => issues.map((i) => `content/policy/${file}.yaml: ${i}`);
  return [
    ...area('admission', admissionPolicyIssues(policy)),
    ...area('portfolio', portfolioPolicyIssues(policy)),
    ...area('monitoring', monitoringPolicyIssues(policy)),
    ...area('pricing', pricingPolicyIssues(policy)),
  ];
}
