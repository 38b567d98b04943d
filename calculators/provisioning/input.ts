/**
 * Parsing what staff type into the provisioning calculators. Never throws:
 * returns the same `ParseResult` as the core parsers.
 */
import { D, type Decimal } from '../decimal';
import { parseAmount } from '../input/amount';
import { normalizeInput, numberParts } from '../input/normalize';
import { fail, type ParseResult } from '../input/result';

/** A whole number 0–`max` as staff type it ("45", "45天", "４５"); `what` names it in messages. */
export function parseCount(text: string, what: { zh: string; en: string } = { zh: '逾期天数', en: 'Days past due' }, max = 100_000): ParseResult<number> {
  const s = normalizeInput(String(text ?? '')).replace(/(?:天|日|个月|月|期|days?|dpd|months?|periods?)$/, '');
  if (s === '') return fail('empty', `请输入${what.zh}。`, `Enter ${what.en.toLowerCase()}.`);
  if (/^-\d/.test(s)) return fail('negative', `${what.zh}不能为负数。`, `${what.en} cannot be negative.`);
  if (!/^\d{1,7}$/.test(s)) return fail('not-a-number', `${what.zh}须为整数，例如 0、45 或 91。`, `${what.en} must be a whole number, e.g. 0, 45 or 91.`);
  const n = Number.parseInt(s, 10);
  if (n > max) return fail('too-large', `${what.zh}过大（最多 ${max.toLocaleString('en-US')}）。`, `${what.en}: at most ${max.toLocaleString('en-US')}.`);
  return { ok: true, value: n };
}

/** Days past due: a whole number 0–100,000. */
export const parseDays = (text: string): ParseResult<number> => parseCount(text);

/**
 * An annual effective rate as a plain percentage, 0–100%: "18%", "18", "１８％".
 * Deliberately narrower than the core's parseRate: an effective interest rate is
 * always annual here, so daily and monthly forms are refused rather than converted.
 */
export function parseAnnualPercent(text: string): ParseResult<Decimal> {
  const s = normalizeInput(String(text ?? '')).replace(/%$/, '');
  if (s === '') return fail('empty', '请输入年利率，如 18%。', 'Enter an annual rate, e.g. 18%.');
  const parts = numberParts(s);
  if (!parts) return fail('not-a-number', '无法识别为年利率，请输入如 18% 的百分数。', 'Not a rate; enter a percentage such as 18%.');
  if (parts.negative) return fail('negative', '利率不能为负数。', 'The rate cannot be negative.');
  const value = D(parts.digits).div(100);
  if (value.gt(1)) return fail('rate-too-high', '年利率不能超过 100%。', 'The annual rate cannot exceed 100%.');
  return { ok: true, value };
}

/** A balance: an amount of 0 or more (an empty field counts as 0). */
export function parseBalance(text: string): ParseResult<Decimal> {
  if (normalizeInput(String(text ?? '')) === '') return parseAmount('0', { allowZero: true });
  return parseAmount(text, { allowZero: true });
}

/**
 * A column or a row pasted from a spreadsheet. Several lines: one value a line
 * (with several columns, e.g. a label and an amount, the last cell of each line).
 * One line: cells split on tabs or semicolons. Never on commas, which are
 * thousands separators. Blank lines at either end are dropped.
 */
export function splitPastedCells(text: string): string[] {
  const lines = String(text ?? '').split(/\r\n|\r|\n/).map((l) => l.trim());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  while (lines.length && lines[0] === '') lines.shift();
  if (lines.length === 1) return lines[0]!.split(/[\t;]/).map((c) => c.trim());
  return lines.map((l) => {
    const cells = l.split(/[\t;]/).map((c) => c.trim()).filter(Boolean);
    return cells[cells.length - 1] ?? '';
  });
}
