/** The comparison as rows (one per measure, one cell per option): the table, the CSV and the memo share it. */
import type { RepaymentComparison, RepaymentOption } from '../../../calculators/collections/types';
import { CATEGORY_NAMES } from '../../../calculators/provisioning/categories';
import type { Decimal } from '../../../calculators/decimal';
import { formatMoney, formatPercent, type Lang } from '../../../calculators/format';
import type { OptionsStrings } from './strings';

export type Row = [label: string, ...cells: string[]];

/** `plain`: figures as bare decimals (for a spreadsheet) instead of formatted text. */
export function metricRows(r: RepaymentComparison, t: OptionsStrings, lang: Lang, plain = false): Row[] {
  const money = (v: Decimal) => (plain ? v.toFixed(2) : formatMoney(v, lang));
  const pct = (v: Decimal) => (plain ? v.toDecimalPlaces(4).toFixed(4) : formatPercent(v, lang, 2, 2));
  const cell = (o: RepaymentOption, f: (o: RepaymentOption) => string) => (o.available ? f(o) : t.na);
  const row = (label: string, f: (o: RepaymentOption) => string): Row => [label, ...r.options.map((o) => cell(o, f))];
  const isLegal = (o: RepaymentOption) => o.code === 'legal';
  return [
    [t.option, ...r.options.map((o) => o.name[lang] + (o.available ? '' : lang === 'zh' ? `（${t.unavailable}）` : ` (${t.unavailable})`))],
    row(t.months, (o) => String(o.planMonths)),
    row(t.payment, (o) => (isLegal(o) ? t.na : money(o.monthlyPayment))),
    row(t.affordability, (o) => (o.affordability ? pct(o.affordability) : t.na)),
    row(t.affordable, (o) => (isLegal(o) ? t.na : o.affordable ? t.yes : t.no)),
    row(t.total, (o) => money(o.totalCollected)),
    row(t.concession, (o) => money(o.concession)),
    row(t.npv, (o) => money(o.npv)),
    row(t.borrowerRate, (o) => (o.borrowerRate ? pct(o.borrowerRate.simple) + (o.withinAllInCap === false ? ' ⚠' : '') : t.na)),
    row(t.classification, (o) => {
      const c = o.classification;
      if (!c.categoryAfter) return t.closed;
      return CATEGORY_NAMES[c.categoryAfter][lang] + (c.restructured ? t.restructured : '');
    }),
    row(t.approval, (o) => (o.approval ? o.approval.approver[lang] : t.beyondMatrix)),
  ];
}
