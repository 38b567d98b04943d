/**
 * One schema per policy-parameter file in `content/policy/`. The site validates
 * every file at build time with these; the calculators take the parsed types.
 * Later policy areas (pricing, provisioning, collections) add an entry here.
 */
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
import { parseYamlWithSchema } from './yaml';

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

/**
 * Parse and validate one policy file. Throws a PolicyError whose message names
 * the file, each offending field and what was wrong, so a bad edit fails the build legibly.
 *
 * @example parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8')).riskAppetite.maxAllInAprRate // 0.24
 */
export function parsePolicyFile<K extends PolicyName>(
  name: K,
  text: string,
  file = `content/policy/${name}.yaml`,
): Policy[K] {
  return parseYamlWithSchema(text, policySchemas[name], file, 'policy parameters', PolicyError) as Policy[K];
}

export { InstitutionSchema, GovernanceSchema };
