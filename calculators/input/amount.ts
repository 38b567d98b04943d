/**
 * parseAmount: an amount in 元 as staff type it — 1,000,000 · 1 000 000 ·
 * 100万 · 1.5亿 · 100万元 · ¥12,000 · １２３，４５６．７８.
 */
import { D, type Decimal, type DecimalInput } from '../decimal';
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

const EXAMPLES = { zh: '例如 100,000、100万 或 1.5亿', en: 'e.g. 100,000, 100万 or 1.5亿' };

export function parseAmount(text: string, options: AmountOptions = {}): ParseResult<Decimal> {
  const s = normalizeInput(String(text ?? ''));
  if (s === '') return fail('empty', '请输入金额。', 'Enter an amount.');
  if (s.length > MAX_INPUT_LENGTH) return fail('not-a-number', `无法识别为金额，${EXAMPLES.zh}。`, `Not an amount; ${EXAMPLES.en}.`);

  let body = s.replace(/^(?:rmb|cny|¥)/, '').replace(/(?:元|rmb|cny|yuan)$/, '');
  let multiplier = '1';
  for (const [word, factor] of UNITS) {
    if (body.endsWith(word)) {
      body = body.slice(0, -word.length);
      multiplier = factor;
      break;
    }
  }
  const parts = numberParts(body);
  if (!parts) return fail('not-a-number', `无法识别为金额，${EXAMPLES.zh}。`, `Not an amount; ${EXAMPLES.en}.`);

  const value = D(parts.digits).times(multiplier);
  if (parts.negative && !value.isZero()) return fail('negative', '金额不能为负数。', 'The amount cannot be negative.');
  if (value.isZero()) {
    return options.allowZero
      ? { ok: true, value: D(0) }
      : fail('zero', '金额须大于 0。', 'The amount must be more than 0.');
  }
  if (value.decimalPlaces() > 2) return fail('too-many-decimals', '金额最多精确到分（两位小数）。', 'An amount has at most two decimals (fen).');
  const max = D(options.max ?? DEFAULT_MAX_AMOUNT);
  if (value.gt(max)) {
    return fail('too-large', `金额超过上限 ${max.toFixed()} 元，请检查位数。`, `The amount is above the limit of ${max.toFixed()} yuan; check the digits.`);
  }
  return { ok: true, value };
}

/** A balance: an amount of 0 or more, where an empty field counts as 0. */
export function parseBalance(text: string): ParseResult<Decimal> {
  return parseAmount(normalizeInput(String(text ?? '')) === '' ? '0' : text, { allowZero: true });
}
