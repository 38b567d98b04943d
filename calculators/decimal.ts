/**
 * The one Decimal used by every calculator.
 *
 * An explicit clone, never the global config: 40 significant digits is far
 * above 2 + log10(largest balance) for any loan we price, so intermediate
 * results (powers, IRR iterations) lose nothing; rounding happens only at the
 * declared money boundaries below. Default rounding is half-up (四舍五入),
 * the convention written in the policy text.
 */
import DecimalJs from 'decimal.js';
import { CalcError } from './errors';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** What calculators accept for an amount or rate: a decimal string, a number from policy YAML, or a Decimal. */
export type DecimalInput = string | number | Decimal;

/**
 * Convert to our Decimal. Numbers come from YAML and are read by their shortest decimal form (0.049 → "0.049").
 * Anything that is not a finite number (text such as "abc", undefined, NaN, Infinity, an object) throws
 * CalcError('not-a-number'), so no caller of the calculation module ever sees decimal.js's raw
 * "[DecimalError]" or gets NaN back. Use decimalArg (args.ts) to name the figure in the message.
 *
 * @example D(0.049).toString() // '0.049'
 * @example D('abc') // throws CalcError('not-a-number')
 */
export const D = (value: DecimalInput): Decimal => {
  let d: Decimal | undefined;
  try {
    d = new Decimal(value);
  } catch {
    d = undefined;
  }
  if (!d || !d.isFinite()) {
    throw new CalcError('not-a-number', {
      zh: '输入的数值无效：须为有限的数字。',
      en: 'Not a usable number: a finite number is required.',
    });
  }
  return d;
};

/**
 * Round an amount to the fen (0.01 元), half-up: the rounding rule for every money figure shown or booked.
 *
 * @example roundFen(D('2.345')) // 2.35
 */
export const roundFen = (value: Decimal): Decimal => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
