/**
 * The search synonym table (content/search/synonyms.yaml): staff words → the handbook's term.
 * Read and checked once per build (Node fs); each page gets its own language's entries
 * (src/overrides/Search.astro), which the search dialog applies at query time (./query.ts).
 */
import { readFileSync } from 'node:fs';
import { mdxFiles } from '../content-files';
import { join } from 'node:path';
import { z } from 'zod';
import { parseContentYaml } from '../content-yaml';
import type { Synonym } from './query';

const FILE = 'content/search/synonyms.yaml';

const Entry = z
  .object({
    words: z.array(z.string().trim().min(1)).min(1),
    term: z.string().trim().min(1),
    note: z.string().trim().min(1),
  })
  .strict()
  .refine((e) => !e.words.some((w) => w.toLowerCase() === e.term.toLowerCase()), {
    message: 'a word equals its own term',
  });

export const SynonymsSchema = z.object({ zh: z.array(Entry).min(1), en: z.array(Entry).min(1) }).strict();
export type Synonyms = z.infer<typeof SynonymsSchema>;

/** The text of every page of one language, lower-cased (the zh pages are those outside en/). */
function pagesText(lang: 'zh' | 'en', root: string): string {
  const docs = join(root, 'content/docs');
  return mdxFiles(docs)
    .filter((f) => f.slice(docs.length + 1).startsWith('en/') === (lang === 'en'))
    .map((f) => readFileSync(f, 'utf8').toLowerCase())
    .join('\n');
}

/** Checks beyond the schema: a term must be a word the handbook uses, and a staff word maps to one term only. */
export function checkSynonyms(table: Synonyms, root = process.cwd()): string[] {
  const problems: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const text = pagesText(lang, root);
    const seen = new Map<string, string>();
    for (const e of table[lang]) {
      if (!text.includes(e.term.toLowerCase())) problems.push(`${lang}: term "${e.term}" occurs in no ${lang} page`);
      for (const w of e.words) {
        const key = w.toLowerCase();
        if (seen.has(key) && seen.get(key) !== e.term)
          problems.push(`${lang}: "${w}" maps to both "${seen.get(key)}" and "${e.term}"`);
        seen.set(key, e.term);
      }
    }
  }
  return problems;
}

let cache: Synonyms | undefined;

export function loadSynonyms(root = process.cwd()): Synonyms {
  if (!cache) {
    const table = parseContentYaml(
      readFileSync(join(root, FILE), 'utf8'),
      SynonymsSchema,
      FILE,
      'search synonym table',
    );
    const problems = checkSynonyms(table, root);
    if (problems.length) throw new Error(`${FILE}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    cache = table;
  }
  return cache;
}

/** One language's table as the browser needs it: [staff words, term] pairs (the notes stay in the YAML). */
export const synonymsFor = (lang: 'zh' | 'en'): Synonym[] => loadSynonyms()[lang].map((e) => [e.words, e.term]);
