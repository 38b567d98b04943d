/**
 * The calculation module's public API. Pure TypeScript on decimal.js: no DOM, no Astro.
 * Amounts and rates go in as strings, numbers (from policy YAML) or Decimals and come out as Decimals.
 */
export { Decimal, D, roundFen, type DecimalInput } from './decimal';
export * from './format';
export { parsePolicyFile, policySchemas, PolicyError, type Policy, type PolicyName } from './policy/index';
export { lookupParam, formatParam, formatForKey, type ParamFormat } from './policy/param';
