/**
 * The schedule CSV, loaded when the reader asks for it (a dynamic import, not in the island's hydration).
 * It starts with what the file is about, so a copy in a loan folder stands alone (review #10): the inputs
 * as parsed, the totals and the annualised rates (simple first), the policy version, when it was calculated
 * (the reader's local date and time) and the link that reproduces it; then one row per period. Rates as
 * fractions, money to the fen, as the pricing CSV (src/islands/pricing/csv-export.ts).
 */
// Imports: csv.ts and types only (see pricing/csv-export.ts: anything the island also uses would be split out).
import { provenanceRows, toCsv } from '../../../calculators/csv';
import type { Decimal } from '../../../calculators/decimal';
import type { AnnualizedRate } from '../../../calculators/schedule/annualized-rate';
import type { RepaymentMethod, Schedule } from '../../../calculators/schedule/amortize';
import type { ScheduleStrings } from './strings';

export interface ScheduleCsv {
  t: ScheduleStrings;
  inputs: {
    principal: Decimal;
    rate: Decimal;
    term: number;
    method: RepaymentMethod;
    upfront: Decimal | undefined;
    monthlyFee: Decimal | undefined;
    date: string;
  };
  schedule: Schedule;
  apr: AnnualizedRate;
  cap: Decimal;
  policyVersion: string;
  /** When it was calculated: the reader's local date and time (kit/stamp.ts). */
  at: string;
  link: string;
}

export function scheduleCsv({ t, inputs: i, schedule, apr, cap, policyVersion, at, link }: ScheduleCsv): string {
  const { totals, rows } = schedule;
  return toCsv([
    [t.csvInputs],
    [t.amount, i.principal.toFixed(2)],
    [t.rate, i.rate.toFixed(6)],
    [t.termMonths, String(i.term)],
    [t.method, t[i.method]],
    [t.upfront, i.upfront?.toFixed(2) ?? '0.00'],
    [t.monthlyFee, i.monthlyFee?.toFixed(6) ?? '0.000000'],
    [t.date, i.date],
    [],
    [t.csvResults],
    [t.firstInstalment, rows[0]!.payment.toFixed(2)],
    [t.totalInterest, totals.interest.toFixed(2)],
    [t.totalFees, totals.fees.toFixed(2)],
    [t.totalPaid, totals.allIn.toFixed(2)],
    [t.aprSimple, apr.simple.toFixed(6)],
    [t.aprCompound, apr.compound.toFixed(6)],
    [t.capLabel, cap.toFixed(6)],
    [],
    ...provenanceRows({ policy: t.csvPolicy, at: t.csvAt, link: t.csvLink }, { policy: policyVersion, at, link }),
    [],
    [t.period, t.payment, t.principal, t.interest, t.fee, t.balance],
    ...rows.map((row) => [
      String(row.period),
      row.payment.toFixed(2),
      row.principal.toFixed(2),
      row.interest.toFixed(2),
      row.fee.toFixed(2),
      row.balance.toFixed(2),
    ]),
  ]);
}
