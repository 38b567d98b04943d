/**
 * Turn what staff type or paste into plain ASCII: full-width digits and
 * punctuation (１２３，４５６．７８, ４．９％) become 123,456.78 and 4.9%;
 * every kind of space goes; letters go lower case.
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
 * "1e309" is not something staff mean.
 */
export const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** Same, but a lone decimal point start (".5") is accepted too. */
const LEADING_POINT = /^([+-]?)\.(\d+)$/;

export interface NumberParts {
  negative: boolean;
  digits: string; // "1234.5", without sign or separators
}

/** Split a normalised numeric string, or null when it is not one. */
export function numberParts(text: string): NumberParts | null {
  const lead = LEADING_POINT.exec(text);
  if (lead) return { negative: lead[1] === '-', digits: `0.${lead[2]}` };
  const m = NUMBER.exec(text);
  if (!m) return null;
  const int = m[2]!.replace(/,/g, '');
  return { negative: m[1] === '-', digits: m[3] === undefined ? int : `${int}.${m[3]}` };
}

const CN_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * A small Chinese numeral as used in rates: 五, 十五, 二十, 三点五 → "5", "15",
 * "20", "3.5". Arabic digits pass through. Null for anything else.
 */
export function chineseNumeral(text: string): string | null {
  if (/^\d+(\.\d+)?$/.test(text)) return text;
  const [intPart = '', fracPart, ...rest] = text.split('点');
  if (rest.length) return null;
  let int: string | null;
  if (intPart.includes('十')) {
    const [tens = '', ones = '', ...more] = intPart.split('十');
    if (more.length) return null;
    const t = tens === '' ? '1' : CN_DIGITS[tens];
    const o = ones === '' ? '0' : CN_DIGITS[ones];
    int = t && o ? `${t}${o}` : null; // tens digit then ones digit: 十五 → "15", 二十 → "20"
  } else {
    int = intPart.length === 1 ? (CN_DIGITS[intPart] ?? null) : null;
  }
  if (int === null) return null;
  if (fracPart === undefined) return int;
  const frac = [...fracPart].map((c) => CN_DIGITS[c]);
  return frac.length && frac.every(Boolean) ? `${int}.${frac.join('')}` : null;
}
