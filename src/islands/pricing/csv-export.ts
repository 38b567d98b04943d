/**
 * The pricing CSV, loaded when the reader asks for it (a dynamic import: none of this is in the island's
 * hydration). It starts with what the file is about, so a copy in a loan folder stands alone: the inputs as
 * parsed, the policy version, when it was calculated (the reader's local date and time, never UTC) and the
 * link that reproduces it; then the minimum rate's make-up, the customer's figures, every grade, and the
 * comparison. Rates as fractions, money to the fen.
 */
// Imports: csv.ts and types only. Anything the island also uses (decimal.ts, fill, dates) would be split by
// the bundler into a chunk of its own that the island then loads up front, costing more than it saves.
import { provenanceRows, toCsv } from '../../../calculators/csv';
import type { Decimal, DecimalInput } from '../../../calculators/decimal';
import type { Availability } from '../../../calculators/pricing/availability';
import type { OfferResult, PriceInput, PriceResult } from '../../../calculators/pricing/types';
import type { RepaymentMethod } from '../../../calculators/schedule/amortize';
import type { PricingStrings } from './strings';

/** A parsed value (a Decimal) to `dp` decimals; a blank stays blank. */
const fixed = (v: DecimalInput | undefined, dp: number) =>
  v === undefined ? '' : typeof v === 'object' ? v.toFixed(dp) : String(v);

export interface PricingCsv {
  t: PricingStrings;
  policyVersion: string;
  /** When it was calculated: the reader's local date and time (stamp.ts). */
  at: string;
  /** The scenario being edited, when it prices. */
  loan?:
    | { input: PriceInput; offeredRate: Decimal | undefined; price: PriceResult; offer: OfferResult | undefined }
    | undefined;
  /** Every grade's price and status on the contract date. */
  grades?: { prices: PriceResult[]; avail: Availability } | undefined;
  /** The comparison table, as the island shows it (label column first). */
  compare: string[][];
}

function inputs(t: PricingStrings, input: PriceInput, offeredRate: Decimal | undefined): string[][] {
  const o = input.overrides ?? {};
  return [
    [t.grade, input.grade],
    [t.amount, fixed(input.amount, 2)],
    [t.term, String(input.termMonths)],
    [t.method, t[input.method]],
    [t.upfront, fixed(input.fees?.upfrontAmount, 2)],
    [t.monthlyFee, fixed(input.fees?.monthlyFeeRate, 6)],
    [t.date, input.contractDate ?? ''],
    [t.offered, fixed(offeredRate, 6)],
    // What-if values only when set: a file with them is not a policy price.
    ...(o.fundingRate !== undefined ? [[t.funding, fixed(o.fundingRate, 6)]] : []),
    ...(o.targetMarginRate !== undefined ? [[t.margin, fixed(o.targetMarginRate, 6)]] : []),
  ];
}

/** First instalment, total interest, total repaid and the annualised rate of one schedule. */
const repaid = (t: PricingStrings, x: Pick<PriceResult, 'schedule' | 'apr'>, head: string, method: RepaymentMethod) => [
  [head],
  [t[`inst-${method}`], x.schedule.rows[0]!.payment.toFixed(2)],
  [t.interestTotal, x.schedule.totals.interest.toFixed(2)],
  [t.feesTotal, x.schedule.totals.fees.toFixed(2)],
  [t.allIn, x.schedule.totals.allIn.toFixed(2)],
  [t.aprS, x.apr.simple.toFixed(6)],
  [t.aprC, x.apr.compound.toFixed(6)],
  [],
];

export function pricingCsv(p: PricingCsv): string {
  const { t, loan, grades } = p;
  const rows: string[][] = [[t.csvInputs]];
  if (loan) rows.push(...inputs(t, loan.input, loan.offeredRate));
  rows.push(
    ...provenanceRows(
      { policy: t.csvPolicy, at: t.csvAt, link: t.csvLink },
      { policy: p.policyVersion, at: p.at, link: location.href },
    ),
    [],
  );
  if (loan) {
    const { price, offer } = loan;
    rows.push(
      [t.date, price.contractDate],
      [t.capRate, price.costCap.rate.toFixed(6)],
      [],
      [t.component, t.rate],
      ...price.components.map((c) => [t[`c_${c.key}` as const], c.rate.toFixed(6)]),
      [t.total, price.requiredRate.toFixed(6)],
      [t.aprSimple, price.apr.simple.toFixed(6)],
      [t.aprCompound, price.apr.compound.toFixed(6)],
      [],
      ...repaid(t, price, t.atRequired.replace('{r}', price.requiredRate.toFixed(6)), loan.input.method),
      ...(offer ? repaid(t, offer, t.atOffered.replace('{r}', offer.offeredRate.toFixed(6)), loan.input.method) : []),
    );
  }
  if (grades)
    rows.push(
      [t.grade, t.pd, t.lgd, t.required, t.aprSimple, t.onDate],
      ...grades.prices.map((g, i) => [
        g.grade.id,
        String(g.grade.pd),
        String(g.grade.lgd),
        g.requiredRate.toFixed(6),
        g.apr.simple.toFixed(6),
        t[`st-${grades.avail.grades[i]!.status}`],
      ]),
      [],
    );
  return toCsv([...rows, ...p.compare]);
}
