/**
 * Looking up and displaying one policy parameter by its dotted path, as the
 * MDX component <Param path="governance.riskAppetite.maxNplRatio" /> does.
 * The display format follows the key's suffix (see primitives.ts), so the
 * same value reads "2.5%" in the text and in a calculator.
 */
import {
  capitalise,
  formatDate,
  formatDays,
  formatMoney,
  formatMonths,
  formatNumber,
  formatPercent,
  type Lang,
} from '../format';
import { D } from '../decimal';
import { PolicyError } from './error';
import { CATEGORIES, CATEGORY_NAMES, type Category } from './categories';
import { isDated, localToday, nextStepAfter, stepOn, type Dated } from '../dated';

/** 'every' / 'Every' (at the start of a sentence): a frequency, "每月" / "every month", "每 3 个月" / "every 3 months". */
export type ParamFormat =
  'percent' | 'money' | 'days' | 'months' | 'multiple' | 'date' | 'number' | 'text' | 'every' | 'Every' | 'category';

/** Split "pricing.grades[2].pd" into ["pricing", "grades", 2, "pd"]. */
const segments = (path: string): (string | number)[] | undefined => {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m || !m[1]) return undefined;
    out.push(m[1], ...[...(m[2] ?? '').matchAll(/\[(\d+)\]/g)].map((x) => Number.parseInt(x[1] ?? '', 10)));
  }
  return out;
};

/**
 * The value at `path`; throws a PolicyError naming the first missing segment and what exists there.
 *
 * @example lookupParam(policy, 'governance.riskAppetite.maxAllInAprRate') // { key: 'maxAllInAprRate', value: 0.24 }
 */
export function lookupParam(policy: Record<string, unknown>, path: string): { key: string; value: unknown } {
  let node: unknown = policy;
  let key = '';
  const segs = segments(path);
  if (!segs) throw new PolicyError(`<Param path="${path}">: malformed path`);
  for (const seg of segs) {
    const container = node as Record<string | number, unknown> | null;
    if (container === null || typeof container !== 'object' || !(seg in container)) {
      const known = container && typeof container === 'object' ? Object.keys(container).join(', ') : '(none)';
      throw new PolicyError(`<Param path="${path}">: unknown parameter "${String(seg)}" (known here: ${known})`);
    }
    node = container[seg];
    if (typeof seg === 'string') key = seg;
  }
  return { key, value: node };
}

/**
 * The format a key implies by its suffix.
 *
 * @example formatForKey('maxAllInAprRate', 0.24) // 'percent'; formatForKey('maxConcessionAmount', 5000) // 'money'
 * @example formatForKey('reminderLeadDays', 3) // 'days'; formatForKey('backtestMonths', 3) // 'months'
 */
export function formatForKey(key: string, value: unknown): ParamFormat {
  if (key === 'category') return 'category';
  if (typeof value === 'string') return /Date$/.test(key) ? 'date' : 'text';
  if (/(Rate|Ratio|Share)$|^(pd|lgd)$/i.test(key)) return 'percent';
  if (/Amount$/.test(key)) return 'money';
  if (/Days$/.test(key)) return 'days';
  if (/Months$/.test(key)) return 'months';
  if (/Multiple$/.test(key)) return 'multiple';
  return 'number';
}

/**
 * Render a parameter value as text in `lang`. Bilingual {zh, en} values pick the reader's language.
 * A dated parameter (a list of { from, value } steps) shows the value in force on `asOf` (default:
 * today, i.e. the build date) and the next scheduled change: "24.00%（自2027年1月1日起：18.00%）" /
 * "24.00% (from 1 Jan 2027: 18.00%)"; before its first step, only "自2028年1月1日起：4 倍".
 *
 * @example formatParam('maxAllInAprRate', 0.24, 'zh') // "24%" (…Rate: a percent)
 */
export function formatParam(
  key: string,
  value: unknown,
  lang: Lang,
  format?: ParamFormat,
  asOf: string = localToday(),
): string {
  if (isDated(value)) return formatDated(key, value, lang, format, asOf);
  if (value && typeof value === 'object' && 'zh' in value && 'en' in value) {
    return String((value as Record<Lang, string>)[lang]);
  }
  const f = format ?? formatForKey(key, value);
  if (f === 'category') {
    if (!CATEGORIES.includes(value as Category))
      throw new PolicyError(`<Param>: "${String(value)}" is not a loan category`);
    return capitalise(CATEGORY_NAMES[value as Category][lang]); // a label: "Special mention"
  }
  if (typeof value === 'string' && f !== 'date') return value;
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new PolicyError(
      `<Param>: "${key}" is not a single value (it is ${Array.isArray(value) ? 'a list' : typeof value}); name one of its fields`,
    );
  }
  switch (f) {
    case 'every':
    case 'Every': {
      const text = frequency(key, value, lang);
      return f === 'Every' ? capitalise(text) : text;
    }
    case 'percent':
      return formatPercent(value, lang, 2);
    case 'money':
      return formatMoney(value, lang);
    case 'days':
      return formatDays(value, lang);
    case 'months':
      return formatMonths(value, lang);
    case 'multiple':
      return lang === 'zh' ? `${formatNumber(value, lang)} 倍` : `${formatNumber(value, lang)}×`;
    case 'date':
      return formatDate(String(value), lang);
    default:
      return formatNumber(value, lang, 4);
  }
}

function formatDated(
  key: string,
  steps: Dated<unknown>,
  lang: Lang,
  format: ParamFormat | undefined,
  asOf: string,
): string {
  const one = (v: unknown) => formatParam(key, v, lang, format, asOf);
  const from = (s: { from: string; value: unknown }) =>
    lang === 'zh'
      ? `自${formatDate(s.from, lang)}起：${one(s.value)}`
      : `from ${formatDate(s.from, lang)}: ${one(s.value)}`;
  const now = stepOn(steps, asOf);
  const next = nextStepAfter(steps, asOf);
  if (!now) return from(next!);
  if (!next) return one(now.value);
  return lang === 'zh' ? `${one(now.value)}（${from(next)}）` : `${one(now.value)} (${from(next)})`;
}

/** "每月" / "every month" for 1, "每 3 个月" / "every 3 months" otherwise; the unit follows the key (…Days or …Months). */
function frequency(key: string, value: number | string, lang: Lang): string {
  const unit = formatForKey(key, value);
  if (unit !== 'days' && unit !== 'months')
    throw new PolicyError(`<Param format="every">: "${key}" is not a number of days or months`);
  if (D(value).eq(1))
    return lang === 'zh' ? (unit === 'days' ? '每天' : '每月') : unit === 'days' ? 'every day' : 'every month';
  return (lang === 'zh' ? '每 ' : 'every ') + (unit === 'days' ? formatDays(value, lang) : formatMonths(value, lang));
}
