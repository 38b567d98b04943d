/**
 * One schema per policy-parameter file in `content/policy/`. The site validates
 * every file at build time with these; the calculators take the parsed types.
 * Later policy areas (pricing, provisioning, collections) add an entry here.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { InstitutionSchema } from './institution';
import { GovernanceSchema } from './governance';
import { ProvisioningSchema } from './provisioning';
import { PricingSchema } from './pricing';
import { LprSchema } from './lpr';
import { AdmissionSchema } from './admission';
import { PortfolioSchema } from './portfolio';
import { MonitoringSchema } from './monitoring';
import { ComplianceSchema } from './compliance';
import { ExitSchema } from './exit';
import { SystemsSchema } from './systems';
import { CollectionsSchema } from './collections';
import { PolicyError } from './error';

export const policySchemas = {
  institution: InstitutionSchema,
  governance: GovernanceSchema,
  provisioning: ProvisioningSchema,
  pricing: PricingSchema,
  lpr: LprSchema,
  admission: AdmissionSchema,
  portfolio: PortfolioSchema,
  monitoring: MonitoringSchema,
  compliance: ComplianceSchema,
  exit: ExitSchema,
  systems: SystemsSchema,
  collections: CollectionsSchema,
} as const;

export type PolicyName = keyof typeof policySchemas;
export type Policy = { [K in PolicyName]: z.infer<(typeof policySchemas)[K]> };

export { PolicyError };

/** Path of a zod issue as people read it: riskAppetite.grades[2].pd */
const issuePath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') ||
  '(top level)';

/**
 * Parse and validate one policy file. Throws a PolicyError whose message names
 * the file, each offending field and what was wrong, so a bad edit fails the build legibly.
 */
export function parsePolicyFile<K extends PolicyName>(name: K, text: string, file = `content/policy/${name}.yaml`): Policy[K] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new PolicyError(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const result = policySchemas[name].safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${issuePath(i.path)}: ${i.message}`);
    throw new PolicyError(`${file}: invalid policy parameters\n${lines.join('\n')}`);
  }
  return result.data as Policy[K];
}

export { InstitutionSchema, GovernanceSchema };
