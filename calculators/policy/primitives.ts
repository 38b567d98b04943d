/**
 * Building blocks for the policy-parameter schemas. Every YAML number is read
 * as written (0.049 stays 0.049 when turned into a Decimal with D()).
 * Naming convention that <Param> relies on to pick a display format:
 *   …Rate / …Ratio / …Share / pd / lgd → percent (stored as a fraction: 0.24 = 24%)
 *   …Amount → money in 元; …Days → days; …Months → months; …Multiple → "4 倍"/"4×"; …Date → date; other numbers → plain.
 */
import { z } from 'zod';
import { D } from '../decimal';

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
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`); // V8 rolls 02-30 over to 03-02, so compare the round trip
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');
/** Text in both languages of the handbook. */
export const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
