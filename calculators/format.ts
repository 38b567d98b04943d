/**
 * Display formats shared by the MDX text and the calculators, so a figure
 * reads the same wherever it appears. Intl does the locale work; a Decimal is
 * passed to Intl as a string, which Intl formats exactly (no float detour).
 */
import { D, type DecimalInput } from './decimal';

export type Lang = 'zh' | 'en';
const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');

/**
 * One Intl.NumberFormat per language and option set, reused: constructing one costs far
 * more than formatting with it (it was the largest cost of a calculator's first render).
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** Intl formats a numeric string exactly; the cast is only for TypeScript's older signature. */
function fmt(lang: Lang, value: string, opts: Intl.NumberFormatOptions): string {
  const key = lang + JSON.stringify(opts);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { roundingMode: 'halfExpand', ...opts } as Intl.NumberFormatOptions);
    formatters.set(key, f);
  }
  return f.format(value as unknown as number);
}

/** 1234567.8 → "1,234,567.80 元" (zh) / "¥1,234,567.80" (en). Always two decimals: amounts are shown to the fen. */
export function formatMoney(value: DecimalInput, lang: Lang): string {
  const n = fmt(lang, D(value).toFixed(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return lang === 'zh' ? `${n} 元` : `¥${n}`;
}

/** A plain number with thousands separators: 1234567 → "1,234,567". */
export function formatNumber(value: DecimalInput, lang: Lang, maxDigits = 2): string {
  return fmt(lang, D(value).toFixed(), { maximumFractionDigits: maxDigits });
}

/** A fraction as a percent: 0.0485 → "4.85%". `digits` is the most decimals shown (trailing zeros dropped). */
export function formatPercent(value: DecimalInput, lang: Lang, digits = 2, minDigits = 0): string {
  return `${fmt(lang, D(value).times(100).toFixed(), { maximumFractionDigits: digits, minimumFractionDigits: minDigits })}%`;
}

/** A count of days: "90 天" / "90 days". */
export function formatDays(value: DecimalInput, lang: Lang): string {
  const n = formatNumber(value, lang, 0);
  return lang === 'zh' ? `${n} 天` : `${n} ${n === '1' ? 'day' : 'days'}`;
}

/** A count of months: "12 个月" / "12 months". */
export function formatMonths(value: DecimalInput, lang: Lang): string {
  const n = formatNumber(value, lang, 0);
  return lang === 'zh' ? `${n} 个月` : `${n} ${n === '1' ? 'month' : 'months'}`;
}

/** An ISO date (YYYY-MM-DD) in the reader's language: "2026年11月23日" / "23 Nov 2026". Read as UTC so no time zone shifts the day. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
