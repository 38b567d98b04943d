/** Parse the case as typed, run the comparator; never throws. */
import { compareRepaymentPlans } from '../../../calculators/collections/compare';
import type { RepaymentComparison, RepaymentPolicy } from '../../../calculators/collections/types';
import { CalcError, type Bilingual } from '../../../calculators/errors';
import { parseAmount, parseBalance } from '../../../calculators/input/amount';
import { parseCount } from '../../../calculators/input/count';
import { parseRate } from '../../../calculators/input/rate';
import type { Decimal } from '../../../calculators/decimal';
import type { ParseResult } from '../../../calculators/input/result';
import { parseContractDate } from '../kit/contract-date';

/**
 * The case shown before anyone types. URL keys: figures and the loan's contract date only, never
 * names or IDs. cd: the contract date as typed; '' = today.
 */
export const DEFAULT_CASE = {
  op: '20,000',
  pp: '3,000',
  oi: '400',
  pi: '',
  d: '45',
  r: '18%',
  n: '10',
  age: '14',
  c: '2,500',
  f: '',
  cd: '',
  ch: 'auto',
};
export type CaseInput = typeof DEFAULT_CASE;
export type FieldKey = Exclude<keyof CaseInput, 'ch' | 'cd'>;

export interface Computed {
  errors: Partial<Record<FieldKey | 'cd', Bilingual>>;
  /** What a parser assumed (0.049 read as 4.9%, a daily rate annualised), shown under the field. */
  notes: Partial<Record<FieldKey, Bilingual>>;
  result?: RepaymentComparison;
  failure?: Bilingual;
}

const count = (what: Bilingual, max: number) => (text: string) => parseCount(text, what, max);
const PARSERS: Record<FieldKey, (text: string) => ParseResult<Decimal | number | undefined>> = {
  op: (t) => parseAmount(t, { allowZero: true }),
  pp: parseBalance,
  oi: parseBalance,
  pi: (t) => (t.trim() === '' ? { ok: true, value: undefined } : parseAmount(t, { allowZero: true })),
  d: count({ zh: '逾期天数', en: 'Days past due' }, 3650),
  r: (t) => parseRate(t),
  n: count({ zh: '剩余期数', en: 'Instalments not yet due' }, 360),
  age: count({ zh: '已放款月数', en: 'Months since disbursement' }, 600),
  c: (t) => parseAmount(t, { allowZero: true }),
  f: parseBalance,
};

/** `today`: the date a blank contract date stands for (the island passes the reader's, once mounted). */
export function compute(s: CaseInput, policy: RepaymentPolicy, today: string): Computed {
  const errors: Computed['errors'] = {};
  const notes: Computed['notes'] = {};
  const v: Partial<Record<FieldKey, Decimal | number | undefined>> = {};
  for (const key of Object.keys(PARSERS) as FieldKey[]) {
    const r = PARSERS[key](s[key]);
    if (r.ok) {
      v[key] = r.value;
      if (r.note) notes[key] = r.note;
    } else errors[key] = r.error.message;
  }
  const date = parseContractDate(s.cd, today);
  if (!date.ok) errors.cd = date.error.message;
  if (Object.keys(errors).length || !date.ok) return { errors, notes };
  // The case in PARSERS' order (outstandingPrincipal ↔ op … availableFunds ↔ f): a CalcError's `field`
  // finds its form field by position (cheaper in the island than a name map).
  const input = {
    outstandingPrincipal: v.op as Decimal,
    overduePrincipal: v.pp as Decimal,
    overdueInterest: v.oi as Decimal,
    penaltyInterest: v.pi as Decimal | undefined,
    dpd: v.d as number,
    contractRate: v.r as Decimal,
    remainingTermMonths: v.n as number,
    loanAgeMonths: v.age as number,
    monthlyCapacity: v.c as Decimal,
    availableFunds: v.f as Decimal,
    contractDate: date.value,
  };
  try {
    const result = compareRepaymentPlans(input, policy);
    // The recommended option first, in the table, the chart, the memo and the CSV (calculators review #30);
    // the sort is stable, so the others keep the comparator's order. The result is this call's own object.
    const code = result.recommendation.code;
    result.options.sort((a, b) => +(b.code === code) - +(a.code === code));
    return { errors, notes, result };
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    // A cross-field error (overdue principal above the outstanding, DPD 0 with arrears …) also goes under
    // the field responsible, with aria-invalid, not only into the results.
    const key = (Object.keys(PARSERS) as FieldKey[])[Object.keys(input).indexOf(e.field!)];
    if (key) errors[key] = e.messages;
    return { errors, notes, failure: e.messages };
  }
}
