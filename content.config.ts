import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/**
 * Metadata every policy or procedure carries (rendered by src/overrides/PageTitle.astro).
 * Dates may be written bare (2026-01-01); YAML reads them as dates, so coerce.
 */
const documentMeta = z
  .object({
    id: z.string().regex(/^[A-Z]{2,3}-\d{2}$/, 'document id like RP-01'),
    type: z.enum(['policy', 'procedure']),
    version: z.string().regex(/^\d+\.\d+$/, 'version like 1.0'),
    /** The day the approving body approved this version (on or before `effective`). */
    approved: z.coerce.date().optional(),
    effective: z.coerce.date(),
    owner: z.string().min(1),
    approver: z.string().min(1),
    nextReview: z.coerce.date(),
    history: z
      .array(
        z
          .object({
            version: z.string(),
            date: z.coerce.date(),
            change: z.string().min(1),
            /** Who approved this version, when it differs from the document's approver. */
            approvedBy: z.string().min(1).optional(),
            /** Reference of the approval (minutes or resolution number), e.g. RMC-2026-12. */
            minutes: z.string().min(1).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .refine((d) => d.nextReview > d.effective, { message: 'nextReview must be after effective', path: ['nextReview'] })
  .refine((d) => !d.approved || d.approved <= d.effective, {
    message: 'approved must be on or before effective',
    path: ['approved'],
  });

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: z.object({ document: documentMeta.optional() }) }),
  }),
  // Overrides of Starlight's own UI strings (content/i18n/<lang>.json).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
