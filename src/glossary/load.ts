/** Reads and validates the glossary once per build (Node fs; never shipped to the browser). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentYaml } from '../content-yaml';
import { GlossarySchema, type Term } from './schema';

const FILE = 'content/glossary/terms.yaml';
let cache: Term[] | undefined;

export function loadGlossary(): Term[] {
  cache ??= parseContentYaml(readFileSync(join(process.cwd(), FILE), 'utf8'), GlossarySchema, FILE, 'glossary');
  return cache;
}

/** The entry for `id`; an unknown id fails the build so no term links to nothing. */
export function getTerm(id: string): Term {
  const term = loadGlossary().find((t) => t.id === id);
  if (!term) throw new Error(`<Term id="${id}">: no such term in ${FILE}`);
  return term;
}
