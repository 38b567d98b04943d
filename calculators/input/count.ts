/** parseCount: a whole number as staff type it — days, months, periods: "45", "45天", "４５", "10期". */
import { normalizeInput } from './normalize';
import { fail, type ParseResult } from './result';

// Written out rather than with format.ts, which would bring decimal.js into the classifier's island (+7.5 KB).
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const months = {
  zh: (n: number) => `${grouped(n)} 个月`,
  en: (n: number) => `${grouped(n)} month${n === 1 ? '' : 's'}`,
};

/**
 * A whole number 0–`max`; `what` names it in messages.
 *
 * @example parseCount('45天') // { ok: true, value: 45 }
 */
export function parseCount(
  text: string,
  what: { zh: string; en: string } = { zh: '逾期天数', en: 'Days past due' },
  max = 100_000,
): ParseResult<number> {
  // A trailing point ("45.") is the number, as in every parser here: no error half-way through typing.
  const s = normalizeInput(String(text ?? ''))
    .replace(/(?:天|日|个月|月|期|days?|dpd|months?|periods?)$/, '')
    .replace(/(\d)\.$/, '$1');
  if (s === '') return fail('empty', { zh: `请输入${what.zh}。`, en: `Enter ${what.en.toLowerCase()}.` });
  if (/^-\d/.test(s)) return fail('negative', { zh: `${what.zh}不能为负数。`, en: `${what.en} cannot be negative.` });
  if (!/^\d{1,7}$/.test(s))
    return fail('not-a-number', {
      zh: `${what.zh}须为整数，例如 0、45 或 91。`,
      en: `${what.en} must be a whole number, e.g. 0, 45 or 91.`,
    });
  const n = Number.parseInt(s, 10);
  if (n > max)
    return fail('too-large', {
      zh: `${what.zh}过大（最多 ${grouped(max)}）。`,
      en: `${what.en}: at most ${grouped(max)}.`,
    });
  return { ok: true, value: n };
}

/**
 * A whole number of months from `min` to `max` (a remaining term, an observation period).
 *
 * @example parseMonths('0', { zh: '剩余期限', en: 'Remaining term' }, { min: 1, max: 600 }) // error: "剩余期限至少 1 个月。"
 */
export function parseMonths(
  text: string,
  what: { zh: string; en: string },
  { min = 0, max = 600 }: { min?: number; max?: number } = {},
): ParseResult<number> {
  const n = parseCount(text, what, max);
  if (n.ok && n.value < min)
    return fail('too-small', {
      zh: `${what.zh}至少 ${months.zh(min)}。`,
      en: `${what.en} is at least ${months.en(min)}.`,
    });
  return n;
}
