/**
 * Parse a YAML file and validate it with a zod schema, explaining a failure the way people read
 * it: the file, then each offending field's path and what was wrong. One helper for the policy
 * files (parsePolicyFile) and the site's other content YAML (glossary, quiz, regulation register,
 * search synonyms: src/content-yaml.ts), as Starlight has one parseWithFriendlyErrors.
 */
import { parse } from 'yaml';
import type { z } from 'zod';

/**
 * The path of a zod issue as people read it.
 *
 * @example issuePath(['riskAppetite', 'grades', 2, 'pd']) // "riskAppetite.grades[2].pd"
 */
export const issuePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') ||
  '(top level)';

/**
 * The validated content of `text`; throws `new Failure(message)` naming `file` and, for a schema
 * failure, `invalid <what>` and one line per issue.
 *
 * @example parseYamlWithSchema('a: 1', z.object({ a: z.string() }), 'x.yaml', 'example') // throws "x.yaml: invalid example\n  - a: … expected string …"
 */
export function parseYamlWithSchema<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  what: string,
  Failure: new (message: string) => Error = Error,
): z.infer<S> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new Failure(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Failure(
      `${file}: invalid ${what}\n${result.error.issues.map((i) => `  - ${issuePath(i.path)}: ${i.message}`).join('\n')}`,
    );
  }
  return result.data;
}
