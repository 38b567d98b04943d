/**
 * Building blocks for the policy-parameter schemas. Every YAML number is read
 * as written (0.049 stays 0.049 when turned into a Decimal with D()).
 * Naming convention that <Param> relies on to pick a display format:
 *   …Rate / …Ratio / …Share / pd / lgd → percent (stored as a fraction: 0.24 = 24%)
 *   …Amount → money in 元; …Days → days; …Months → months; …Multiple → "4 倍"/"4×"; …Date → date; other numbers → plain.
 */
import { z } from 'zod';
import { D } from '../decimal';
import { EARLIEST_CONTRACT_DATE, isIsoDate } from '../dated';
import { inOrder } from './list-checks';

/** A fraction between 0 and 1 inclusive (a rate, ratio or probability). */
export const fraction = z.number().min(0).max(1);
/** A ratio that may exceed 100% (e.g. 拨备覆盖率 150% = 1.5). */
export const ratio = z.number().min(0).max(100);
/** An amount in 元, to the fen at most. */
export const amount = z
  .number()
  .nonnegative()
  .refine((n) => D(n).decimalPlaces() <= 2, { message: 'an amount has at most two decimals (fen)' });
export const wholeDays = z.number().int().nonnegative();
export const wholeMonths = z.number().int().positive();
/** An ISO calendar date, kept as text: 2026-01-01. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine(isIsoDate, 'not a real calendar date');
/** Text in both languages of the handbook. */
export const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * A parameter that changes on a date (see calculators/dated.ts): a list of steps
 * `{ from, value, confirmed?, note? }`, each in force until the next one's date.
 * Dates must be strictly ascending. `required`: the value must exist on every
 * contract date a calculator accepts, so the first step starts on or before
 * EARLIEST_CONTRACT_DATE (there is no gap where a value is required).
 * <Param> shows the step in force on the build date and the next scheduled one.
 *
 * @example dated(z.number(), { required: false }).safeParse([{ from: '2020-01-01', value: 1 }]).success // true
 * @example dated(z.number(), { required: false }).safeParse([{ from: '2021-01-01', value: 1 }, { from: '2020-01-01', value: 2 }]).success // false: dates not ascending
 */
export function dated<T extends z.ZodType>(value: T, { required }: { required: boolean }) {
  const step = z
    .object({ from: isoDate, value, confirmed: z.boolean().optional(), note: bilingual.optional() })
    .strict();
  return z
    .array(step)
    .min(1, 'a dated parameter needs at least one step { from, value }')
    .superRefine((steps, ctx) => {
      inOrder(
        steps,
        'from',
        ctx,
        (s, prev) => s.from > prev.from,
        (s, prev) => `steps must be in ascending date order without repeats: ${s.from} follows ${prev.from}`,
      );
      const first = steps[0];
      if (required && first && first.from > EARLIEST_CONTRACT_DATE) {
        ctx.addIssue({
          code: 'custom',
          message: `no value before ${first.from}: a required parameter must have a step from ${EARLIEST_CONTRACT_DATE} or earlier (the first contract date the calculators accept)`,
          path: [0, 'from'],
        });
      }
    });
}
