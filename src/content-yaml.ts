/**
 * Parse a content YAML file (glossary, quiz, regulation register, search synonyms) and validate it
 * with its schema; a bad file stops the build with the file, each field's path and the problem.
 * The same helper as the policy files' (calculators/policy/yaml.ts), so every message reads alike.
 */
import type { z } from 'zod';
import { parseYamlWithSchema } from '../calculators/policy/yaml';

export function parseContentYaml<S extends z.ZodType>(
  source: string,
  schema: S,
  file: string,
  what: string,
): z.infer<S> {
  return parseYamlWithSchema(source, schema, file, what);
}
