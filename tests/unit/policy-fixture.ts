/** Shared by the policy-schema tests: a committed parameter file, edited, and the rejection it must cause. */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { parsePolicyFile, PolicyError, type PolicyName } from '../../calculators/policy/index';

/** The text of content/policy/<name>.yaml as committed. */
export const policyText = (name: PolicyName): string => readFileSync(`content/policy/${name}.yaml`, 'utf8');

/** The committed file with one edit applied, as YAML text. */
export function editedPolicy(name: PolicyName, edit: (data: any) => void): string {
  const data = parse(policyText(name));
  edit(data);
  return stringify(data);
}

/** The edited file fails validation with a PolicyError whose message matches (names the file and field). */
export function expectRejected(name: PolicyName, edit: (data: any) => void, message: RegExp) {
  const text = editedPolicy(name, edit);
  expect(() => parsePolicyFile(name, text)).toThrow(PolicyError);
  expect(() => parsePolicyFile(name, text)).toThrow(message);
}
