/**
 * Parse a content YAML file (glossary, quiz, regulation register) and validate it with its
 * schema; a bad file stops the build with the file, each field's path and the problem.
 */
import { parse } from 'yaml';
import type { z } from 'zod';

export function parseContentYaml<S extends z.ZodType>(source: string, schema: S, file: string, what: string): z.infer<S> {
  const result = schema.safeParse(parse(source));
  if (!result.success) {
    throw new Error(`${file}: invalid ${what}\n${result.error.issues.map((i) => `  - [${i.path.join('.')}] ${i.message}`).join('\n')}`);
  }
  return result.data;
}
