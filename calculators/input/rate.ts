/**
 * parseRate: an interest or fee rate as staff type it, returned as an ANNUAL
 * fraction (4.9% → 0.049).
 *   4.9% · 4.9 · ４．９％ · 年化4.9% · 4.9%/年      → per year (a bare number of 1 or more is percent per year)
 *   0.049                                       → 4.9% a year, with a note (the fraction rule below)
 *   1%/月 · 月利率1%                               → per month, × 12
 *   万分之五 · 日息万分之五 · 0.05%/日 · 日利率0.05% → per day, × 360 (the 360-day year of RP-10)
 * A conversion is reported in `note`, so the result can say what was assumed.
 *
 * The fraction rule (calculators review #1), the one place it is decided: a yearly
 * rate typed without % and under 1 (0.049, as Excel's PMT takes it) is read as a
 * fraction — 4.9% — with a note "按 4.9% 计算；如指 0.049%，请输入 0.049%". Read the
 * other way it would be 0.049% a year, a rate nobody lends at, and the page showed a
 * plausible-looking but wrong instalment. Accepted with a note rather than refused,
 * because the meaning is near certain and the note says how to get the other one.
 * Not applied with a % sign, to a monthly or daily rate (月息0.8 is 0.8% a month), or
 * where the caller says the field's usual values are under 1% (`fractions: false`).
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
  /**
   * Read a bare yearly number under 1 as a fraction (0.049 → 4.9%, with a note). Default true;
   * false for a field whose usual values are under 1% (a monthly fee, a target margin): there 0.5 is 0.5%.
   */
  fractions?: boolean;
}

/**
 * @example parseRate('万分之五') // { ok: true, value: 0.18, note: { zh: '已按日利率 0.05% × 360 天折算…', en: 'Daily rate 0.05% × 360 days = 18% a year.' } }
 */
export function parseRate(text: string, options: RateOptions = {}): ParseResult<Decimal> {
  const notARate = fail('not-a-number', { zh: `无法识别为利率，${EXAMPLES.zh}。`, en: `Not a rate; ${EXAMPLES.en}.` });
  let s = normalizeInput(String(text ?? ''));
  if (s === '') return fail('empty', { zh: '请输入利率。', en: 'Enter a rate.' });
  if (s.length > MAX_INPUT_LENGTH) return notARate;

  let period: Period | undefined;
  for (const [re, p] of PREFIX)
    if (re.test(s)) {
      period = p;
      s = s.replace(re, '');
      break;
    }
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
  let typed: string | undefined; // a bare fraction, as typed (normalised)
  if (perUnit) {
    perPeriod = perUnit;
  } else {
    const numeric = s.replace(/%$/, '');
    const parts = numberParts(numeric);
    if (!parts) return notARate;
    let n = D(parts.digits);
    if (parts.negative && !n.isZero())
      return fail('negative', { zh: '利率不能为负数。', en: 'The rate cannot be negative.' });
    // The fraction rule (see the top of this file).
    if (numeric === s && (period ?? 'year') === 'year' && options.fractions !== false && n.gt(0) && n.lt(1)) {
      typed = parts.digits;
      n = n.times(100);
    }
    perPeriod = n.div(100); // otherwise, with or without %, the number is a percentage
  }
  period ??= 'year';
  const annual = perPeriod.times(PERIODS_PER_YEAR[period]);
  const max = D(options.max ?? 1);
  if (annual.gt(max)) {
    const limit = { zh: formatPercent(max, 'zh'), en: formatPercent(max, 'en') };
    return fail('rate-too-high', {
      zh: `年利率不能超过 ${limit.zh}。`,
      en: `The yearly rate cannot exceed ${limit.en}.`,
    });
  }
  if (typed) {
    const read = `${annual.times(100).toFixed()}%`;
    return {
      ok: true,
      value: annual,
      note: {
        zh: `按 ${read} 计算；如指 ${typed}%，请输入 ${typed}%。`,
        en: `Read as ${read}; for ${typed}%, type ${typed}%.`,
      },
    };
  }
  if (period === 'year') return { ok: true, value: annual };
  const shown = { zh: formatPercent(perPeriod, 'zh', 6), en: formatPercent(perPeriod, 'en', 6) };
  const year = { zh: formatPercent(annual, 'zh', 4), en: formatPercent(annual, 'en', 4) };
  const note =
    period === 'day'
      ? {
          zh: `已按日利率 ${shown.zh} × ${DAYS_PER_YEAR} 天折算为年利率 ${year.zh}。`,
          en: `Daily rate ${shown.en} × ${DAYS_PER_YEAR} days = ${year.en} a year.`,
        }
      : {
          zh: `已按月利率 ${shown.zh} × 12 折算为年利率 ${year.zh}。`,
          en: `Monthly rate ${shown.en} × 12 = ${year.en} a year.`,
        };
  return { ok: true, value: annual, note };
}

/**
 * A monthly fee (分期手续费) as a plain percentage of the original principal: "0.6%", "0.6".
 * A rate typed with a period (1%/月, 日息万分之五) is refused, not converted: the fee is
 * charged on the original principal every month, so a conversion would misstate it.
 *
 * @example parseFeeRate('0.6%') // { ok: true, value: 0.006 }
 * @example parseFeeRate('1%/月').ok // false
 */
export function parseFeeRate(text: string): ParseResult<Decimal> {
  // Fees per month are usually under 1% (0.6 means 0.6%), so no fraction rule here.
  const r = parseRate(text, { fractions: false });
  if (!r.ok && r.error.code === 'rate-too-high')
    return fail('rate-too-high', { zh: '手续费率不能超过 100%。', en: 'The fee rate cannot exceed 100%.' });
  if (r.ok && r.note)
    return fail('not-plain-percent', {
      zh: '请输入按原始本金计算的百分比，如 0.6%',
      en: 'Enter a plain percentage of the original principal, e.g. 0.6%',
    });
  return r;
}
