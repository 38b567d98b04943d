/** parseCount: a whole number as staff type it — days, months, periods: "45", "45天", "４５", "10期". */
import { normalizeInput } from './normalize';
import { fail, type ParseResult } from './result';

/** A whole number 0–`max`; `what` names it in messages. */
export function parseCount(text: string, what: { zh: string; en: string } = { zh: '逾期天数', en: 'Days past due' }, max = 100_000): ParseResult<number> {
  const s = normalizeInput(String(text ?? '')).replace(/(?:天|日|个月|月|期|days?|dpd|months?|periods?)$/, '');
  if (s === '') return fail('empty', `请输入${what.zh}。`, `Enter ${what.en.toLowerCase()}.`);
  if (/^-\d/.test(s)) return fail('negative', `${what.zh}不能为负数。`, `${what.en} cannot be negative.`);
  if (!/^\d{1,7}$/.test(s)) return fail('not-a-number', `${what.zh}须为整数，例如 0、45 或 91。`, `${what.en} must be a whole number, e.g. 0, 45 or 91.`);
  const n = Number.parseInt(s, 10);
  if (n > max) return fail('too-large', `${what.zh}过大（最多 ${max.toLocaleString('en-US')}）。`, `${what.en}: at most ${max.toLocaleString('en-US')}.`);
  return { ok: true, value: n };
}
