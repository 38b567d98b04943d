/**
 * parseAmount: an amount in 元 as staff type it — 1,000,000 · 1 000 000 ·
 * 100万 · 1.5亿 · 100万元 · 5万元 · 50,000元整 · ¥12,000 · １２３，４５６．７８ ·
 * 一百万 · 三万五 · 人民币伍万元整 (Chinese numerals: ./chinese.ts).
 */
import { D, type Decimal, type DecimalInput } from '../decimal';
import { formatNumber } from '../format';
import { chineseInteger } from './chinese';
import { normalizeInput, numberParts } from './normalize';
import { fail, MAX_INPUT_LENGTH, type ParseResult } from './result';

/** Chinese magnitude words, longest first so 千万 wins over 万. */
const UNITS: readonly [string, string][] = [
  ['千万', '1e7'],
  ['百万', '1e6'],
  ['亿', '1e8'],
  ['万', '1e4'],
  ['千', '1e3'],
];

/** 1 万亿 元: above any balance this handbook deals with, below where a typo becomes plausible. */
export const DEFAULT_MAX_AMOUNT = '1000000000000';

export interface AmountOptions {
  /** Accept 0 (e.g. an optional fee). Default false: a loan of 0 元 is a mistake. */
  allowZero?: boolean;
  /** Largest accepted amount in 元 (default 1 万亿). */
  max?: DecimalInput;
}

const EXAMPLES = { zh: '例如 100,000、100万 或 一百万', en: 'e.g. 100,000, 100万 or 一百万' };

/**
 * An amount in 元 as staff type it (100,000 · 10万 · 一百万 · ￥1,000 · full-width digits); never throws.
 *
 * @example parseAmount('8万') // { ok: true, value: 80000 }
 * @example parseAmount('abc').ok // false, with a message in both languages
 */
export function parseAmount(text: string, options: AmountOptions = {}): ParseResult<Decimal> {
  const s = normalizeInput(String(text ?? ''));
  if (s === '') return fail('empty', { zh: '请输入金额。', en: 'Enter an amount.' });
  if (s.length > MAX_INPUT_LENGTH)
    return fail('not-a-number', { zh: `无法识别为金额，${EXAMPLES.zh}。`, en: `Not an amount; ${EXAMPLES.en}.` });

  let body = s.replace(/^(?:rmb|cny|¥|人民币)/, '').replace(/(?:元整|元|整|rmb|cny|yuan)$/, '');
  // A numeral wholly in Chinese is read as a whole (一千二百万 is not 一千二 × 百万).
  const chinese = chineseInteger(body);
  let multiplier = '1';
  if (!chinese) {
    for (const [word, factor] of UNITS) {
      if (body.endsWith(word)) {
        body = body.slice(0, -word.length);
        multiplier = factor;
        break;
      }
    }
  }
  const parts = chinese ? { negative: false, digits: chinese } : numberParts(body);
  if (!parts)
    return fail('not-a-number', { zh: `无法识别为金额，${EXAMPLES.zh}。`, en: `Not an amount; ${EXAMPLES.en}.` });

  const value = D(parts.digits).times(multiplier);
  if (parts.negative && !value.isZero())
    return fail('negative', { zh: '金额不能为负数。', en: 'The amount cannot be negative.' });
  if (value.isZero()) {
    return options.allowZero
      ? { ok: true, value: D(0) }
      : fail('zero', { zh: '金额须大于 0。', en: 'The amount must be more than 0.' });
  }
  if (value.decimalPlaces() > 2)
    return fail('too-many-decimals', {
      zh: '金额最多精确到分（两位小数）。',
      en: 'An amount has at most two decimals (fen).',
    });
  const max = D(options.max ?? DEFAULT_MAX_AMOUNT);
  if (value.gt(max)) {
    return fail('too-large', {
      zh: `金额超过上限 ${formatNumber(max, 'zh')} 元，请检查位数。`,
      en: `Above the limit of ${formatNumber(max, 'en')} yuan; check the digits.`,
    });
  }
  return { ok: true, value };
}

/** Below this a loan principal is almost surely mistyped (a lost 万 or digits): see parseLoanAmount. */
export const PLAUSIBLE_LOAN_AMOUNT = 100;

/**
 * A loan principal. Under 100 元 it is accepted, with a `note` asking to check it,
 * not refused: every amount typed digit by digit passes through 5 and 50 on its way
 * to 50,000, and an error there would flash on each new entry (review #33), while
 * the figures of a 50 元 loan are absurd enough that no one quotes them.
 *
 * @example parseLoanAmount('50') // ok, value 50, note "金额不足 100 元，请核对；如指 50 万元，请输入 50万。"
 */
export function parseLoanAmount(text: string): ParseResult<Decimal> {
  const r = parseAmount(text);
  if (!r.ok || r.value.gte(PLAUSIBLE_LOAN_AMOUNT)) return r;
  const n = r.value.toFixed();
  return {
    ...r,
    note: {
      zh: `金额不足 100 元，请核对；如指 ${n} 万元，请输入 ${n}万。`,
      en: `Under 100 yuan: check it; for ${formatNumber(r.value.times(10000), 'en')} yuan, type ${n}万.`,
    },
  };
}

/**
 * A balance: an amount of 0 or more, where an empty field counts as 0.
 *
 * @example parseBalance('') // { ok: true, value: 0 }
 */
export function parseBalance(text: string): ParseResult<Decimal> {
  return parseAmount(normalizeInput(String(text ?? '')) === '' ? '0' : text, { allowZero: true });
}
