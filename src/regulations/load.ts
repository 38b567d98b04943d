/** Reads and validates the regulation register once per build (Node fs; never shipped to the browser). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentYaml } from '../content-yaml';
import { RegisterSchema, type Regulation } from './schema';

export const REGISTER_FILE = 'content/regulations.yaml';
let cache: Regulation[] | undefined;

export function loadRegister(): Regulation[] {
  cache ??= parseContentYaml(
    readFileSync(join(process.cwd(), REGISTER_FILE), 'utf8'),
    RegisterSchema,
    REGISTER_FILE,
    'regulation register',
  );
  return cache;
}

/** The entry for `id`; an unknown id fails the build, so no citation points at nothing. */
export function getRegulation(id: string): Regulation {
  const reg = loadRegister().find((r) => r.id === id);
  if (!reg) throw new Error(`<Reg id="${id}">: no such regulation in ${REGISTER_FILE} (add it to the register first)`);
  return reg;
}

/** true when the rule no longer applies on `date`: superseded, or past its last day. */
export const isNoLongerInForce = (r: Regulation, date: string): boolean =>
  r.status === 'superseded' || r.status === 'expired' || (r.expires !== null && r.expires < date);
