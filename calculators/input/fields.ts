/**
 * A form's parse results by field key, turned into what the form shows under each
 * field: the error of a field that failed, else its note (a conversion or a
 * plausibility check, e.g. "按 4.9% 计算；如指 0.049%，请输入 0.049%"). A cross-field
 * error (upfront fee ≥ principal, overdue > outstanding …) is the island's to add to
 * `errors` under the key of the field responsible, so it gets aria-invalid too (review #24).
 *
 * @example byField({ a: parseLoanAmount('50'), r: parseRate('abc') })
 * // { errors: { r: { zh: '无法识别为利率…', en: 'Not a rate…' } }, notes: { a: { zh: '金额不足 100 元…', en: … } }, ok: false }
 */
import type { Bilingual } from '../errors';
import type { ParseResult } from './result';

export type FieldMessages<K extends string> = Partial<Record<K, Bilingual>>;

/**
 * What the form shows under each field (see the file header): errors first, else notes; `ok` when no field failed.
 *
 * @example byField({ n: parseTerm('2年'), r: parseRate('abc') }) // { errors: { r: { zh: '无法识别为利率…', en: 'Not a rate; e.g. 4.9%, 18, 万分之五 or 0.05%/day.' } }, notes: {}, ok: false }
 */
export function byField<K extends string>(
  results: Partial<Record<K, ParseResult<unknown>>>,
): { errors: FieldMessages<K>; notes: FieldMessages<K>; ok: boolean } {
  const errors: FieldMessages<K> = {};
  const notes: FieldMessages<K> = {};
  for (const key in results) {
    const r = results[key];
    if (r && !r.ok) errors[key] = r.error.message;
    else if (r?.note) notes[key] = r.note;
  }
  return { errors, notes, ok: !Object.keys(errors).length };
}
