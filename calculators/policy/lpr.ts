import { z } from 'zod';
import { dated, fraction } from './primitives';

/**
 * `content/policy/lpr.yaml`: the one-year loan prime rate (LPR) as a dated series of
 * fixings, each marked confirmed or not. Read by lprOn (pricing/cost-cap.ts) for the
 * rate in force on a contract date, and by the text through <Param path="lpr.oneYearRate" />.
 */
export const LprSchema = z
  .object({
    /** One-year LPR fixings (全国银行间同业拆借中心, published on the 20th of each month). */
    oneYearRate: dated(
      fraction.refine((r) => r > 0, 'the LPR must be above 0'),
      { required: true },
    ),
    /** 法释〔2020〕17号 Art. 25, and the December 2025 cost guideline's target: this many times the one-year LPR. */
    capMultiple: z.number().positive(),
  })
  .strict();
export type LprParams = z.infer<typeof LprSchema>;
