/**
 * Chinese numerals as staff type an amount or a term: 一百万, 十万, 五千, 两万零五百,
 * 一千二百万, 伍万 (the 大写 of a contract), and the spoken shortening 三万五 (35,000),
 * 一百五 (150), 一亿二 (120,000,000).
 *
 * Strict on purpose, because a misread amount is worse than a refused one: digits go
 * from the highest place down; skipped places are marked by exactly one 零 (一千零五,
 * 一万零五百, 一亿零五千) and 零 marks nothing else — except that, as taught in school,
 * the zeros ending a 万 section may go unsaid (二十万五千 = 二十万零五千 = 205,000);
 * a bare 十 only at the start (十万, 十五).
 * Written here rather than taken from npm: the packages seen (e.g. chinese-parseint2,
 * ~2.4 KB min) read malformed text (一一 → 11, 万万 → 0) and return floats or NaN.
 */

const DIGITS = ['零一二三四五六七八九', '〇壹贰叁肆伍陆柒捌玖'];
/** Place of each unit: 十 = 10¹ … 千 = 10³ within a section; 万 and 亿 shift the section before them. */
const SMALL: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG: Record<string, number> = { 万: 4, 亿: 8 };

/**
 * 0–9 for a Chinese digit (两 = 2, 大写 壹 … 玖 too), −1 for anything else.
 *
 * @example chineseDigit('七') // 7; chineseDigit('两') // 2; chineseDigit('玖') // 9
 * @example chineseDigit('x') // -1
 */
export const chineseDigit = (c: string): number =>
  c === '两' ? 2 : Math.max(DIGITS[0]!.indexOf(c), DIGITS[1]!.indexOf(c));

interface Term {
  d: number; // 1–9
  e: number; // power of ten
  z: boolean; // a 零 stood before it
}

/**
 * The integer a Chinese numeral names, as a digit string ("35000"); null for anything
 * else, Arabic digits included. 零 alone is "0".
 *
 * @example chineseInteger('三万五') // "35000"
 * @example chineseInteger('一千零五十') // "1050"
 * @example chineseInteger('一千五十') // null: the skipped hundreds need a 零
 */
export function chineseInteger(text: string): string | null {
  if (text === '零' || text === '〇') return '0';
  const terms: Term[] = []; // placed for good (after 万 / 亿)
  let section: Term[] = []; // since the last 万 / 亿, places 0–3
  let pending = -1; // a digit waiting for its unit
  let zero = false;
  let lastBig = -1; // place of the last 万 / 亿, for 三万五
  for (const c of text) {
    const d = chineseDigit(c);
    if (d > 0) {
      if (pending >= 0) return null; // 一一
      pending = d;
    } else if (d === 0) {
      if (zero || pending >= 0 || !(terms.length || section.length)) return null; // 零零, 五零, a leading 零
      zero = true;
    } else if (c in SMALL) {
      // A bare 十 is 一十, but only as the first thing written (十五, 十万).
      const digit = pending >= 0 ? pending : c === '十' && !terms.length && !section.length ? 1 : -1;
      if (digit < 0) return null;
      section.push({ d: digit, e: SMALL[c]!, z: zero });
      pending = -1;
      zero = false;
    } else if (c in BIG) {
      if (pending >= 0) section.push({ d: pending, e: 0, z: zero });
      else if (zero) return null; // 一百零万
      if (!section.length || (lastBig >= 0 && BIG[c]! >= lastBig)) return null; // 万 alone, 一万亿, 八百万一十一万
      lastBig = BIG[c]!;
      for (const t of section) terms.push({ ...t, e: t.e + lastBig });
      section = [];
      pending = -1;
      zero = false;
    } else return null;
  }
  if (pending >= 0) {
    const last = section[section.length - 1];
    // A final digit with no unit: the ones after 十 or after a 零 (三十五, 一百零五);
    // otherwise one place below the last unit, as spoken (一百五 = 150, 三万五 = 35,000).
    const e = zero || !(last || terms.length) || last?.e === 1 ? 0 : last ? last.e - 1 : lastBig - 1;
    section.push({ d: pending, e, z: zero });
  } else if (zero) return null; // a trailing 零
  terms.push(...section);
  const top = terms[0];
  if (!top) return null;
  const digits = Array<number>(top.e + 1).fill(0);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const p = i ? terms[i - 1]!.e : t.e + 1;
    const gap = p - t.e;
    // Sections are places 0–3, 4–7 (万), 8–11 (亿). A 零 may stand only where places are
    // skipped, and must, unless the skipped places only end the section just above (二十万五千).
    const need = gap > 1 && ((p >> 2) - (t.e >> 2) !== 1 || (t.e & 3) < 3);
    if (gap < 1 || (t.z ? gap < 2 : need)) return null;
    digits[top.e - t.e] = t.d;
  }
  return digits.join('');
}
