/**
 * Parsing what staff type into the provisioning calculators. Never throws:
 * returns the same `ParseResult` as the core parsers.
 */
import { D, type Decimal } from '../decimal';
import { parseCount } from '../input/count';
import { normalizeInput, numberParts } from '../input/normalize';
import { fail, type ParseResult } from '../input/result';
import { parseRate } from '../input/rate';
import { parseBalance } from '../input/amount';

export { parseCount } from '../input/count';
export { parseBalance } from '../input/amount';

/**
 * Days past due: a whole number 0–100,000.
 *
 * @example parseDays('45天') // { ok: true, value: 45 }
 */
export const parseDays = (text: string): ParseResult<number> => parseCount(text);

/**
 * An annual effective rate as a plain percentage, 0–100%: "18%", "18", "１８％".
 * Deliberately narrower than the core's parseRate: an effective interest rate is
 * always annual here, so daily and monthly forms are refused rather than converted.
 * A bare number under 1 follows parseRate's fraction rule (0.18 → 18%, with its note),
 * as every other rate field does (calculators review #1).
 *
 * @example parseAnnualPercent('0.18') // { ok: true, value: 0.18, note: { zh: '按 18% 计算；如指 0.18%，请输入 0.18%。', … } }
 */
export function parseAnnualPercent(text: string): ParseResult<Decimal> {
  const typed = normalizeInput(String(text ?? ''));
  const s = typed.replace(/%$/, '');
  const bare = s === typed ? numberParts(s) : null;
  if (bare && !bare.negative && D(bare.digits).gt(0) && D(bare.digits).lt(1)) return parseRate(s);
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
 *
 * @example splitPastedCells('1,000\n2,000\n') // ['1,000', '2,000']
 * @example splitPastedCells('分类\t余额\n正常\t8,000,000') // ['余额', '8,000,000'] (the last cell of each line)
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

/** A cell a spreadsheet shows for zero in accounting format: "-", "–", "—". */
const ZERO_DASH = /^[-\u2013\u2014\uff0d\u2212]$/;

export interface PastedBalances {
  /** The balances as text, in order, ready for the fields ("-" already made "0"). */
  values: string[];
  /** The count fits the mode in use. */
  fits: boolean;
  /** The count does not fit, but fits the other 余额口径 (e.g. 5 values with 7 buckets): suggest switching. */
  fitsOther: boolean;
}

/**
 * A pasted column or row read as balances (calculators review #25): header cells before the first
 * number (分类, 余额) are skipped, an accounting dash is 0, and the count is checked against the mode
 * in use (`need`) and the other one (`other`). Cells after the first number are kept as typed, so a
 * stray word shows as that field's error rather than silently shifting the rest.
 *
 * @example readPastedBalances('余额\n8,000,000\n-\n1万', 3, 5).values // ['8,000,000', '0', '1万']
 */
export function readPastedBalances(text: string, need: number, other: number): PastedBalances {
  const cells = splitPastedCells(text).map((c) => (ZERO_DASH.test(c) ? '0' : c));
  const first = cells.findIndex((c) => c === '' || parseBalance(c).ok);
  const values = first < 0 ? cells : cells.slice(first);
  const got = values.length;
  return { values, fits: got === need, fitsOther: got !== need && got === other };
}
