/**
 * Guards for the figures an exported calculation takes: anything it cannot use (text that is
 * not a number, a missing field, NaN, Infinity, an object) becomes a CalcError with a message in
 * both languages, never decimal.js's raw "[DecimalError]" and never a NaN result.
 */
import { D, type Decimal, type DecimalInput } from './decimal';
import { CalcError, type Bilingual } from './errors';

/**
 * A finite Decimal from `value`, or CalcError('invalid-input') naming the figure (`name`: "金额" / "The amount").
 *
 * @example decimalArg('12.5', { zh: '金额', en: 'The amount' }) // 12.5
 * @example decimalArg('abc', { zh: '金额', en: 'The amount' }) // throws CalcError('invalid-input'): 'The amount must be a finite number.'
 */
export function decimalArg(value: unknown, name: Bilingual): Decimal {
  try {
    return D(value as DecimalInput);
  } catch {
    throw new CalcError('invalid-input', {
      zh: `${name.zh}须为有限的数字。`,
      en: `${name.en} must be a finite number.`,
    });
  }
}

/**
 * A whole number from `min` to `max` (months, days, periods), or CalcError('invalid-input') naming it.
 *
 * @example wholeArg(12, { zh: '期限', en: 'The term' }, 1, 600) // 12
 * @example wholeArg(0.5, { zh: '期限', en: 'The term' }, 1, 600) // throws CalcError('invalid-input'): 'The term must be a whole number from 1 to 600.'
 */
export function wholeArg(value: unknown, name: Bilingual, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new CalcError('invalid-input', {
      zh: `${name.zh}须为 ${min} 至 ${max} 之间的整数。`,
      en: `${name.en} must be a whole number from ${min} to ${max}.`,
    });
  }
  return value;
}
