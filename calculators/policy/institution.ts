import { z } from 'zod';
import { bilingual, isoDate } from './primitives';

/** `content/policy/institution.yaml`: who the (fictional) institution is. */
export const InstitutionSchema = z
  .object({
    name: bilingual,
    shortName: bilingual,
    licence: bilingual,
    fictional: z.literal(true, { message: 'the institution is fictional and must say so (fictional: true)' }),
    parametersAsOfDate: isoDate,
  })
  .strict();
export type Institution = z.infer<typeof InstitutionSchema>;
