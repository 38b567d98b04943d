/**
 * Parsing what staff type into the provisioning calculators. Never throws:
 * returns the same `ParseResult` as the core parsers.
 */
import { D, type Decimal } from '../decimal';
import { parseCount } from '../input/count';
import { normalizeInput, numberParts } from '../input/normalize';
import { fail, type ParseResult } from '../input/result';

export { parseCount } from '../input/count';
export { parseBalance } from '../input/amount';

/** Days past due: a whole number 0–100,000. */
export const parseDays = (text: string): ParseResult<number> => parseCount(text);

/**
 * An annual effective rate as a plain percentage, 0–100%: "18%", "18", "１８％".
 * Deliberately narrower than the core's parseRate: an effective interest rate is
 * always annual here, so daily and monthly forms are refused rather than converted.
 */
export function parseAnnualPercent(text: string): ParseResult<Decimal> {
  const s = normalizeInput(String(text ?? '')).replace(/%$/, '');
  if (s === '') return fail('empty', { zh: '请输入年利率，如 18%。', en: 'Enter an annual rate, e.g. 18%.' });
  const parts = numberParts(s);
  if (!parts)
    return fail('not-a-number', {
      zh: '无法识别为年利率，请输入如 18% 的百分数。',
      en: 'Not a rate; enter a percentage such as 18%.',
    });
  if (parts.negative) return fail('negative', { zh: '利率不能为负数。', en: 'The rate cannot be negative.' });
  const value = D(parts.digits).div(100);
  if (value.gt(1))
    return fail('rate-too-high', { zh: '年利率不能超过 100%。', en: 'The annual rate cannot exceed 100%.' });
  return { ok: true, value };
}

/**
 * A column or a row pasted from a spreadsheet. Several lines: one value a line
 * (with several columns, e.g. a label and an amount, the last cell of each line).
 * One line: cells split on tabs or semicolons. Never on commas, which are
 * thousands separators. Blank lines at either end are dropped.
 */
export function splitPastedCells(text: string): string[] {
  const lines = String(text ?? '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  while (lines.length && lines[0] === '') lines.shift();
  if (lines.length === 1) return lines[0]!.split(/[\t;]/).map((c) => c.trim());
  return lines.map((l) => {
    const cells = l
      .split(/[\t;]/)
      .map((c) => c.trim())
      .filter(Boolean);
    return cells[cells.length - 1] ?? '';
  });
}
