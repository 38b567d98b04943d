/**
 * The case as the memo and the CSV list it: each form field as typed, a blank penalty replaced by the
 * estimate the claim already uses, marked "（估算）" (calculators review #22), and the contract date.
 * Loaded only with the memo or the CSV (both dynamic imports), never with the island: no runtime imports,
 * the formatters come in as arguments.
 */
import type { RepaymentComparison } from '../../../calculators/collections/types';
import type { Decimal } from '../../../calculators/decimal';
import type { MemoField } from './CaseMemo';
import type { OptionsStrings } from './strings';

export interface FactFormat {
  money: (v: Decimal) => string;
  date: (iso: string) => string;
  /** Appended to a typed amount ("元" on the memo; nothing in a spreadsheet, whose label carries it). */
  unit: string;
  /** A blank optional field ("—" on the memo, an empty cell in a spreadsheet). */
  blank: string;
}

export function caseFacts(
  t: OptionsStrings,
  input: Record<string, string>,
  fields: readonly MemoField[],
  result: RepaymentComparison,
  f: FactFormat,
): [string, string][] {
  const facts = fields.map(({ key, label, money }): [string, string] =>
    key === 'pi' && !input.pi
      ? [t.penaltyShown + t.estimated, f.money(result.penaltyInterest)]
      : [t[label], input[key] ? input[key] + (money ? f.unit : '') : f.blank],
  );
  facts.push([t.contractDate, f.date(result.contractDate)], [t.claim, f.money(result.claim)]);
  return facts;
}
