/**
 * The calculation module's public API. Pure TypeScript on decimal.js: no DOM, no Astro.
 * Amounts and rates go in as strings, numbers (from policy YAML) or Decimals and come out as Decimals.
 *
 * Islands import from the specific area files (e.g. './schedule/index') so that
 * zod and yaml, needed only at build time, stay out of the browser bundle.
 */
export { Decimal, D, roundFen, type DecimalInput } from './decimal';
export * from './format';
export { toCsv } from './csv';
export { CalcError, type Bilingual } from './errors';
export * from './dated';
export * from './input/index';
export * from './schedule/index';
export * from './pricing/index';
export * from './provisioning/index';
export * from './collections/index';
export { parsePolicyFile, policySchemas, PolicyError, type Policy, type PolicyName } from './policy/index';
export { lookupParam, formatParam, formatForKey, type ParamFormat } from './policy/param';
export { policyIssues } from './policy/consistency';
