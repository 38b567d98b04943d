/**
 * Guards for the figures an exported calculation takes: anything it cannot use (text that is
 * not a number, a missing field, NaN, Infinity, an object) becomes a CalcError with a message in
 * both languages, never decimal.js's raw "[DecimalError]" and never a NaN result.
 */
import { D, Decimal, type DecimalInput } from './decimal';
import { CalcError, type Bilingual } from './errors';

/** A finite Decimal from `value`, or CalcError('invalid-input') naming the figure (`name`: "金额" / "The amount"). */
export function decimalArg(value: unknown, name: Bilingual): Decimal {
  let d: Decimal | undefined;
  if (typeof value === 'string' || typeof value === 'number' || Decimal.isDecimal(value)) {
    try {
      d = D(value as DecimalInput);
    } catch {
      d = undefined;
    }
  }
  if (!d || !d.isFinite()) {
    throw new CalcError('invalid-input', { zh: `${name.zh}须为有限的数字。`, en: `${name.en} must be a finite number.` });
  }
  return d;
}
