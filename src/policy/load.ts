/**
 * Reads every `content/policy/*.yaml` once per build and validates it with the
 * schemas in `calculators/policy`. Build-time only (Node fs): pages pass the
 * values islands need as props, so no YAML reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicyFile, policySchemas, type Policy, type PolicyName } from '../../calculators/policy/index';

const POLICY_DIR = join(process.cwd(), 'content', 'policy');

let cache: Policy | undefined;

/** All policy parameters, validated. A bad file throws a message naming file, field and problem. */
export function loadPolicy(): Policy {
  if (cache) return cache;
  const entries = (Object.keys(policySchemas) as PolicyName[]).map((name) => {
    const file = join(POLICY_DIR, `${name}.yaml`);
    return [name, parsePolicyFile(name, readFileSync(file, 'utf8'), `content/policy/${name}.yaml`)] as const;
  });
  cache = Object.fromEntries(entries) as Policy;
  return cache;
}
