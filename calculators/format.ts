/**
 * Display formats shared by the MDX text and the calculators, so a figure
 * reads the same wherever it appears. Numbers are written from the Decimal's
 * own digits (no float detour), dates from their parts.
 */
import { D, Decimal, type DecimalInput } from './decimal';

export type Lang = 'zh' | 'en';

/**
 * A decimal string with thousands grouped by "," and "." before the fraction, rounded half
 * away from zero to at most `max` decimals and padded to at least `min`: exactly what
 * Intl.NumberFormat (roundingMode "halfExpand") writes for both zh-CN and en-US, which
 * tests/unit/format.test.ts checks on thousands of values. Written out rather than calling
 * Intl because a page's first Intl.NumberFormat sets up ICU's number formatting, 150–400 ms
 * of CPU on a throttled phone, inside the calculator island's hydration.
 */
function grouped(value: Decimal, max: number, min = 0): string {
  const rounded = value.toDecimalPlaces(max, Decimal.ROUND_HALF_UP);
  const [int = '0', frac = ''] = rounded.abs().toFixed().split('.');
  const digits = frac.padEnd(min, '0');
  // Like Intl, a negative that rounds to zero keeps its sign ("-0.00"); a zero is never negative.
  return (
    (value.isNeg() && !value.isZero() ? '-' : '') + int.replace(/\B(?=(\d{3})+$)/g, ',') + (digits ? `.${digits}` : '')
  );
}

/**
 * First letter upper case: a label or a sentence start in English ("special mention" → "Special mention").
 *
 * @example capitalise('special mention') // "Special mention"
 */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * 1234567.8 → "1,234,567.80 元" (zh) / "¥1,234,567.80" (en). Always two decimals: amounts are shown to the fen.
 *
 * @example formatMoney('1234.5', 'zh') // "1,234.50 元"; formatMoney('1234.5', 'en') // "¥1,234.50"
 */
export function formatMoney(value: DecimalInput, lang: Lang): string {
  const n = grouped(D(value), 2, 2);
  return lang === 'zh' ? `${n} 元` : `¥${n}`;
}

/**
 * An amount to the fen without its unit, for a table or chart whose heading names it.
 *
 * @example formatAmount('1234567.8', 'zh') // "1,234,567.80"
 */
export function formatAmount(value: DecimalInput, _lang: Lang): string {
  return grouped(D(value), 2, 2);
}

/**
 * A fraction as percentage points, without a unit: the caller writes "pp" or "个百分点".
 *
 * @example formatPoints('0.0125', 'en') // "1.25"
 */
export function formatPoints(value: DecimalInput, lang: Lang, digits = 2): string {
  return grouped(D(value).times(100), digits);
}

/**
 * A signed figure: "+" or a true minus sign (U+2212) before `text` of the absolute value.
 *
 * @example formatSigned(D('-12.5'), (v) => formatMoney(v, 'en')) // "−¥12.50"
 */
export function formatSigned(value: Decimal, text: (abs: Decimal) => string): string {
  return (value.isNeg() ? '−' : '+') + text(value.abs());
}

/**
 * A plain number with thousands separators: 1234567 → "1,234,567".
 *
 * @example formatNumber('1234567.891', 'en') // "1,234,567.89"
 */
export function formatNumber(value: DecimalInput, lang: Lang, maxDigits = 2): string {
  return grouped(D(value), maxDigits);
}

/**
 * A fraction as a percent: 0.0485 → "4.85%". `digits` is the most decimals shown (trailing zeros dropped).
 *
 * @example formatPercent('0.0485', 'en') // "4.85%"
 */
export function formatPercent(value: DecimalInput, lang: Lang, digits = 2, minDigits = 0): string {
  return `${grouped(D(value).times(100), digits, minDigits)}%`;
}

/**
 * A count of days: "90 天" / "90 days".
 *
 * @example formatDays(90, 'en') // "90 days"
 */
export function formatDays(value: DecimalInput, lang: Lang): string {
  const n = formatNumber(value, lang, 0);
  return lang === 'zh' ? `${n} 天` : `${n} ${n === '1' ? 'day' : 'days'}`;
}

/**
 * A count of months: "12 个月" / "12 months".
 *
 * @example formatMonths(1, 'en') // "1 month"
 */
export function formatMonths(value: DecimalInput, lang: Lang): string {
  const n = formatNumber(value, lang, 0);
  return lang === 'zh' ? `${n} 个月` : `${n} ${n === '1' ? 'month' : 'months'}`;
}

/** en-GB's abbreviated months, as Intl writes them (CLDR: "Sept", not "Sep"). */
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO date (YYYY-MM-DD) in the reader's language: "2026年11月23日" / "23 Nov 2026", read
 * as UTC so no time zone shifts the day. Written out like the numbers above, for the same
 * reason (a first Intl.DateTimeFormat costs ~150 ms of throttled CPU in the case memo's
 * render); tests/unit/format.test.ts holds it equal to Intl (zh-CN long, en-GB short).
 *
 * @example formatDate('2026-11-23', 'zh') // "2026年11月23日"; formatDate('2026-11-23', 'en') // "23 Nov 2026"
 */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${iso}`);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return lang === 'zh' ? `${y}年${m + 1}月${d}日` : `${d} ${MONTHS_EN[m]} ${y}`;
}
