/** parseTerm: a loan term in whole months — 12 · 12个月 · 12期 · 3年 · 30年 · 1.5年 · 24 months. */
import { D } from '../decimal';
import { normalizeInput, numberParts } from './normalize';
import { fail, MAX_INPUT_LENGTH, type ParseResult } from './result';

export const MIN_TERM_MONTHS = 1;
export const MAX_TERM_MONTHS = 360;

export function parseTerm(text: string): ParseResult<number> {
  const s = normalizeInput(String(text ?? ''));
  if (s === '') return fail('empty', '请输入期限（月数）。', 'Enter a term in months.');
  const notATerm = fail('not-a-number', '无法识别为期限，例如 12、12个月 或 3年。', 'Not a term; e.g. 12, 12 months or 3 years.');
  if (s.length > MAX_INPUT_LENGTH) return notATerm;

  const years = /^(.+?)(?:年|years?|yrs?|y)$/.exec(s);
  const body = years ? years[1]! : s.replace(/(?:个月|月|期|months?|mos?|m)$/, '');
  const parts = numberParts(body);
  if (!parts) return notATerm;
  const months = D(parts.digits).times(years ? 12 : 1);
  if (parts.negative && !months.isZero()) return fail('negative', '期限不能为负数。', 'The term cannot be negative.');
  if (!months.isInteger()) {
    return fail('not-whole-months', '期限须为整月数，例如 18 或 1.5年。', 'The term must be a whole number of months, e.g. 18 or 1.5 years.');
  }
  if (months.lt(MIN_TERM_MONTHS) || months.gt(MAX_TERM_MONTHS)) {
    return fail('term-out-of-range', `期限须在 ${MIN_TERM_MONTHS}–${MAX_TERM_MONTHS} 个月之间。`, `The term must be between ${MIN_TERM_MONTHS} and ${MAX_TERM_MONTHS} months.`);
  }
  return { ok: true, value: months.toNumber() };
}
