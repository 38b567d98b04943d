import { chineseDigit, chineseInteger } from './chinese';

/**
 * Turn what staff type or paste into plain ASCII: full-width digits and
 * punctuation (１２３，４５６．７８, ４．９％) become 123,456.78 and 4.9%;
 * every kind of space goes; letters go lower case.
 *
 * @example normalizeInput('１２３，４５６．７８') // '123,456.78'
 * @example normalizeInput('４．９ ％') // '4.9%'
 */
export function normalizeInput(text: string): string {
  return text
    .normalize('NFKC') // full-width forms → ASCII, ideographic space → space
    .replace(/[。｡]/g, '.') // an ideographic full stop typed as a decimal point
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff'’_]/g, '') // spaces, NBSP, thin spaces, BOM, 1'000 and 1_000 separators
    .toLowerCase();
}

/**
 * A plain decimal number, optionally signed, optionally with thousands
 * separators in the right places (1,000,000 — not 1,00,0). No exponents:
 * "1e309" is not something staff mean. A trailing point ("5.") is the number
 * itself: it is what a field holds halfway through typing 5.5, so it must not
 * flash an error (calculators review #33).
 */
export const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/;
/** Same, but a lone decimal point start (".5") is accepted too. */
const LEADING_POINT = /^([+-]?)\.(\d+)$/;

export interface NumberParts {
  negative: boolean;
  digits: string; // "1234.5", without sign or separators
}

/**
 * Split a normalised numeric string, or null when it is not one.
 *
 * @example numberParts('-1.5') // { negative: true, digits: '1.5' }
 * @example numberParts('123,456.78') // { negative: false, digits: '123456.78' }; numberParts('12a') // null
 */
export function numberParts(text: string): NumberParts | null {
  const lead = LEADING_POINT.exec(text);
  if (lead) return { negative: lead[1] === '-', digits: `0.${lead[2]}` };
  const m = NUMBER.exec(text);
  if (!m) return null;
  const int = m[2]!.replace(/,/g, '');
  return { negative: m[1] === '-', digits: m[3] ? `${int}.${m[3]}` : int };
}

/**
 * A Chinese numeral as used in rates and terms: 五, 十五, 二十, 三点五 → "5", "15",
 * "20", "3.5" (whole part by `chineseInteger`). Arabic digits pass through. Null for anything else.
 *
 * @example chineseNumeral('三点五') // '3.5'; chineseNumeral('十五') // '15'
 * @example chineseNumeral('12') // '12'; chineseNumeral('abc') // null
 */
export function chineseNumeral(text: string): string | null {
  if (/^\d+(\.\d+)?$/.test(text)) return text;
  const [intPart = '', fracPart, ...rest] = text.split('点');
  const int = chineseInteger(intPart);
  if (rest.length || int === null) return null;
  if (fracPart === undefined) return int;
  const frac = [...fracPart].map(chineseDigit);
  return frac.length && frac.every((d) => d >= 0) ? `${int}.${frac.join('')}` : null;
}
