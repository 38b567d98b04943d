/**
 * parseTerm: a loan term in whole months — 12 · 12个月 · 12期 · 3年 · 3年期 · 30年 · 1.5年 ·
 * 24 months · 十二期 · 两年 · 半年 (6) · 一年半 (18).
 */
import { D } from '../decimal';
import { chineseNumeral, normalizeInput, numberParts } from './normalize';
import { fail, MAX_INPUT_LENGTH, type ParseResult } from './result';

export const MIN_TERM_MONTHS = 1;
export const MAX_TERM_MONTHS = 360;

/**
 * A loan term in whole months as staff type it (12 · 12期 · 12个月 · 1年 · 一年半); never throws.
 *
 * @example parseTerm('2年') // { ok: true, value: 24 }
 * @example parseTerm('24期') // { ok: true, value: 24 }
 */
export function parseTerm(text: string): ParseResult<number> {
  const s = normalizeInput(String(text ?? ''));
  if (s === '') return fail('empty', { zh: '请输入期限（月数）。', en: 'Enter a term in months.' });
  const notATerm = fail('not-a-number', {
    zh: '无法识别为期限，例如 12、12个月 或 3年。',
    en: 'Not a term; e.g. 12, 12 months or 3 years.',
  });
  if (s.length > MAX_INPUT_LENGTH) return notATerm;

  const years = /^(.*?)(?:年|years?|yrs?|y)(半)?期?$/.exec(s);
  let body = years ? years[1]! : s.replace(/(?:个月|月|期|months?|mos?|m)$/, '');
  let half = years?.[2] ? '0.5' : '0'; // 一年半
  if (years && body === '半' && half === '0') [body, half] = ['0', '0.5']; // 半年
  const cn = chineseNumeral(body);
  const parts = numberParts(body) ?? (cn === null ? null : { negative: false, digits: cn });
  if (!parts) return notATerm;
  const months = D(parts.digits)
    .plus(half)
    .times(years ? 12 : 1);
  if (parts.negative && !months.isZero())
    return fail('negative', { zh: '期限不能为负数。', en: 'The term cannot be negative.' });
  // 360年 is 360 months typed with the wrong unit, not a 360-year loan: say so (review #1).
  const n = parts.digits;
  if (years && months.gt(MAX_TERM_MONTHS) && D(n).lte(MAX_TERM_MONTHS) && D(n).isInteger() && half === '0') {
    return fail('wrong-unit', {
      zh: `${n} 年超过 ${MAX_TERM_MONTHS / 12} 年；如指 ${n} 个月，请输入 ${n}。`,
      en: `${n} years is over ${MAX_TERM_MONTHS / 12}; for ${n} months, type ${n}.`,
    });
  }
  if (!months.isInteger()) {
    return fail('not-whole-months', {
      zh: '期限须为整月数，例如 18 或 1.5年。',
      en: 'The term must be a whole number of months, e.g. 18 or 1.5 years.',
    });
  }
  if (months.lt(MIN_TERM_MONTHS) || months.gt(MAX_TERM_MONTHS)) {
    return fail('term-out-of-range', {
      zh: `期限须在 ${MIN_TERM_MONTHS}–${MAX_TERM_MONTHS} 个月之间。`,
      en: `The term must be between ${MIN_TERM_MONTHS} and ${MAX_TERM_MONTHS} months.`,
    });
  }
  return { ok: true, value: months.toNumber() };
}
