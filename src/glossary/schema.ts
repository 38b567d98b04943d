/** The glossary (content/glossary/terms.yaml): one entry per term, both languages. */
import { z } from 'zod';
import { uniqueBy } from '../../calculators/policy/list-checks';

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const TermSchema = z
  .object({
    /** Anchor on the glossary page and the key <Term id="…"> uses: lowercase, digits, hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id: lowercase letters, digits and hyphens'),
    term: text,
    /** Abbreviation or the other common names (e.g. DPD, M1). */
    aka: z.array(z.string().min(1)).default([]),
    /** One or two sentences: what a trainee needs first. Shown in the tooltip. */
    short: text,
    /** Longer explanation on the glossary page (optional). */
    detail: text.optional(),
    /** Relative site path of the page that governs it, e.g. "policies/provisioning/". */
    see: z
      .string()
      .regex(/^[a-z0-9/-]+\/(#[a-z0-9-]+)?$/)
      .optional(),
  })
  .strict();

export const GlossarySchema = z
  .array(TermSchema)
  .min(1)
  .superRefine((terms, ctx) => {
    uniqueBy(terms, 'id', ctx, (id) => `duplicate term id "${id}"`);
  });

export type Term = z.infer<typeof TermSchema>;
