/**
 * Reads every `content/policy/*.yaml` once per build, validates each with the
 * schemas in `calculators/policy`, then checks the files against each other
 * (calculators/consistency.ts). Build-time only (Node fs): pages pass the
 * values islands need as props, so no YAML reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parsePolicyFile,
  policySchemas,
  PolicyError,
  type Policy,
  type PolicyName,
} from '../../calculators/policy/index';
import { policyIssues } from '../../calculators/consistency';

const POLICY_DIR = join(process.cwd(), 'content', 'policy');

let cache: Policy | undefined;

/** All policy parameters, validated. A bad file or an inconsistency throws a message naming file, field and problem. */
export function loadPolicy(): Policy {
  if (cache) return cache;
  const entries = (Object.keys(policySchemas) as PolicyName[]).map((name) => {
    const file = join(POLICY_DIR, `${name}.yaml`);
    return [name, parsePolicyFile(name, readFileSync(file, 'utf8'), `content/policy/${name}.yaml`)] as const;
  });
  const policy = Object.fromEntries(entries) as Policy;
  const issues = policyIssues(policy);
  if (issues.length) throw new PolicyError(`The policy files disagree with each other:\n  - ${issues.join('\n  - ')}`);
  cache = policy;
  return cache;
}
