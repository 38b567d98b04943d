/**
 * The calculation module's public API. Pure TypeScript on decimal.js: no DOM, no Astro.
 * Amounts and rates go in as strings, numbers (from policy YAML) or Decimals and come out as Decimals.
 *
 * This file and each area's index.ts are for code outside calculators/ that runs at build time
 * (MDX, .astro components, tests). Islands, like calculators' own modules, import the file that
 * defines what they need, so zod and yaml stay out of the browser (README.md, "Import rule").
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
export { policyIssues } from './consistency';
export { dpdFloor, type DpdThresholds } from './policy/dpd-floor';
export { pricingPolicyIssues } from './policy/pricing';
