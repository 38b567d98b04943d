/**
 * The comparison as rows (one per measure, one cell per option): the table, the CSV and the memo share it.
 * The borrower's rate is the all-in cost over the loan's life on the money actually lent (RepaymentComparison.costBase).
 */
import type { RepaymentComparison, RepaymentOption } from '../../../calculators/collections/types';
import { CATEGORY_NAMES } from '../../../calculators/policy/categories';
import type { Decimal } from '../../../calculators/decimal';
import { formatDate, formatMoney, formatPercent, type Lang } from '../../../calculators/format';
import type { OptionsStrings } from './strings';
import { fill } from '../kit/fill';

export type Row = [label: string, ...cells: string[]];

/** Cells that block an option (unaffordable, above the cap, beyond the matrix): shown in red, by row label. */
export function blocks(t: OptionsStrings, label: string, o: RepaymentOption | undefined): boolean {
  if (!o?.available || o.code === 'legal') return false;
  if (label === t.affordable) return !o.affordable;
  if (label === t.borrowerRate || label === t.withinCap) return o.withinAllInCap === false;
  if (label === t.approval) return o.approval === null;
  return false;
}

/** `plain`: figures as bare decimals (for a spreadsheet) instead of formatted text. */
export function metricRows(r: RepaymentComparison, t: OptionsStrings, lang: Lang, plain = false): Row[] {
  const money = (v: Decimal) => (plain ? v.toFixed(2) : formatMoney(v, lang));
  const pct = (v: Decimal) => (plain ? v.toDecimalPlaces(4).toFixed(4) : formatPercent(v, lang, 2, 2));
  // A spreadsheet gets an empty cell, not "—", where a figure does not apply (calculators review #10).
  const na = plain ? '' : t.na;
  const cell = (o: RepaymentOption, f: (o: RepaymentOption) => string) => (o.available ? f(o) : na);
  const row = (label: string, f: (o: RepaymentOption) => string): Row => [label, ...r.options.map((o) => cell(o, f))];
  const isLegal = (o: RepaymentOption) => o.code === 'legal';
  return [
    [
      t.option,
      ...r.options.map(
        (o) => o.name[lang] + (o.available ? '' : lang === 'zh' ? `（${t.unavailable}）` : ` (${t.unavailable})`),
      ),
    ],
    row(t.months, (o) => String(o.planMonths)),
    row(t.payment, (o) => (isLegal(o) ? na : money(o.monthlyPayment))),
    row(t.affordability, (o) => (o.affordability ? pct(o.affordability) : na)),
    row(t.affordable, (o) => (isLegal(o) ? na : o.affordable ? t.yes : t.no)),
    row(t.total, (o) => money(o.totalCollected)),
    row(t.concession, (o) => money(o.concession)),
    row(t.npv, (o) => money(o.npv)),
    row(t.borrowerRate, (o) =>
      o.borrowerRate ? pct(o.borrowerRate.simple) + (o.withinAllInCap === false && !plain ? t.overCap : '') : na,
    ),
    row(t.withinCap, (o) => (o.withinAllInCap === null ? na : o.withinAllInCap ? t.yes : t.no)),
    row(t.classification, (o) => {
      const c = o.classification;
      if (!c.categoryAfter) return t.closed;
      return CATEGORY_NAMES[c.categoryAfter][lang] + (c.restructured ? t.restructured : '');
    }),
    row(t.approval, (o) => (o.approval ? o.approval.approver[lang] : t.beyondMatrix)),
  ];
}

/** What a plan's cost was measured on and the cap it is held to (screen and memo). */
export function costBasisText(t: OptionsStrings, r: RepaymentComparison, lang: Lang): string {
  const pct = (v: Parameters<typeof formatPercent>[0]) => formatPercent(v, lang, 2, 2);
  const b = r.costBase;
  return fill(t.costBasis, {
    basis: b.basis === 'outstanding-principal' ? t.basisPrincipal : t.basisInterest,
    base: formatMoney(b.amount, lang),
    dpd: b.dpd,
    months: b.monthsBefore,
    cap: pct(r.costCap.rate),
    date: formatDate(r.contractDate, lang),
    term: r.costCapTermMonths,
    from: formatDate(r.costCap.effectiveFrom, lang),
    source: r.costCap.source[lang],
  });
}
