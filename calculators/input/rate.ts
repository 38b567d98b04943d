/**
 * parseRate: an interest or fee rate as staff type it, returned as an ANNUAL
 * fraction (4.9% → 0.049).
 *   4.9% · 4.9 · ４．９％ · 年化4.9% · 4.9%/年      → per year (a bare number is percent per year)
 *   1%/月 · 月利率1%                               → per month, × 12
 *   万分之五 · 日息万分之五 · 0.05%/日 · 日利率0.05% → per day, × 360 (the 360-day year of RP-10)
 * A conversion is reported in `note`, so the result can say what was assumed.
 */
import { D, type Decimal, type DecimalInput } from '../decimal';
import { formatPercent } from '../format';
import { chineseNumeral, normalizeInput, numberParts } from './normalize';
import { fail, MAX_INPUT_LENGTH, type ParseResult } from './result';

/** Days in the year used to annualise a daily rate (RP-10). */
export const DAYS_PER_YEAR = 360;

type Period = 'year' | 'month' | 'day';
const PERIODS_PER_YEAR: Record<Period, number> = { year: 1, month: 12, day: DAYS_PER_YEAR };

const PREFIX: readonly [RegExp, Period][] = [
  [/^(?:年化利率|年化|年利率|年息|年)/, 'year'],
  [/^(?:月利率|月息|月)/, 'month'],
  [/^(?:日利率|日息|日)/, 'day'],
];
const SUFFIX: readonly [RegExp, Period][] = [
  [/(?:\/年|每年|perannum|p\.a\.?|\/year|peryear|\/yr|a\.?p\.?r\.?)$/, 'year'],
  [/(?:\/月|每月|\/month|permonth|\/mo|p\.m\.?)$/, 'month'],
  [/(?:\/日|\/天|每日|每天|\/day|perday|p\.d\.?)$/, 'day'],
];

const EXAMPLES = { zh: '例如 4.9%、18、万分之五 或 0.05%/日', en: 'e.g. 4.9%, 18, 万分之五 or 0.05%/day' };

export interface RateOptions {
  /** Highest accepted ANNUAL rate as a fraction (default 1 = 100% a year). */
  max?: DecimalInput;
}

export function parseRate(text: string, options: RateOptions = {}): ParseResult<Decimal> {
  const notARate = fail('not-a-number', `无法识别为利率，${EXAMPLES.zh}。`, `Not a rate; ${EXAMPLES.en}.`);
  let s = normalizeInput(String(text ?? ''));
  if (s === '') return fail('empty', '请输入利率。', 'Enter a rate.');
  if (s.length > MAX_INPUT_LENGTH) return notARate;

  let period: Period | undefined;
  for (const [re, p] of PREFIX) if (re.test(s)) { period = p; s = s.replace(re, ''); break; }
  let perUnit: Decimal | undefined; // 万分之 / 千分之 / 百分之 give the number's unit directly
  const fraction = /^(万分之|千分之|百分之)(.+)$/.exec(s);
  if (fraction) {
    const n = chineseNumeral(fraction[2]!);
    if (n === null) return notARate;
    perUnit = D(n).div(fraction[1] === '万分之' ? 10000 : fraction[1] === '千分之' ? 1000 : 100);
    // 万分之五 / 千分之一 without a period are how daily rates are quoted; 百分之 is a plain percentage a year.
    period ??= fraction[1] === '百分之' ? 'year' : 'day';
  } else {
    for (const [re, p] of SUFFIX) {
      if (re.test(s)) {
        if (period && period !== p) return notARate;
        period = p;
        s = s.replace(re, '');
        break;
      }
    }
  }

  let perPeriod: Decimal;
  if (perUnit) {
    perPeriod = perUnit;
  } else {
    const numeric = s.replace(/%$/, '');
    const parts = numberParts(numeric);
    if (!parts) return notARate;
    if (parts.negative && !D(parts.digits).isZero()) return fail('negative', '利率不能为负数。', 'The rate cannot be negative.');
    perPeriod = D(parts.digits).div(100); // with or without %, the number is a percentage
  }
  period ??= 'year';
  const annual = perPeriod.times(PERIODS_PER_YEAR[period]);
  const max = D(options.max ?? 1);
  if (annual.gt(max)) {
    const limit = { zh: formatPercent(max, 'zh'), en: formatPercent(max, 'en') };
    return fail('rate-too-high', `年化利率不能超过 ${limit.zh}，请检查输入（不带 % 的数字按年利率百分比理解）。`, `The annual rate cannot exceed ${limit.en}; check the input (a number without % is a percentage per year).`);
  }
  if (period === 'year') return { ok: true, value: annual };
  const shown = { zh: formatPercent(perPeriod, 'zh', 6), en: formatPercent(perPeriod, 'en', 6) };
  const year = { zh: formatPercent(annual, 'zh', 4), en: formatPercent(annual, 'en', 4) };
  const note =
    period === 'day'
      ? { zh: `已按日利率 ${shown.zh} × ${DAYS_PER_YEAR} 天折算为年利率 ${year.zh}。`, en: `Daily rate ${shown.en} × ${DAYS_PER_YEAR} days = ${year.en} a year.` }
      : { zh: `已按月利率 ${shown.zh} × 12 折算为年利率 ${year.zh}。`, en: `Monthly rate ${shown.en} × 12 = ${year.en} a year.` };
  return { ok: true, value: annual, note };
}
