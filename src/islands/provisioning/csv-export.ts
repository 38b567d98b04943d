/**
 * The portfolio-reserve CSV, loaded when the reader asks for it (a dynamic import: none of this is in the
 * island's hydration). It starts with what the file is about, so a copy in a month-end folder stands alone
 * (calculators review #10): the inputs as parsed (余额口径, each balance, the effective rate, the remaining
 * term), the NPLs and NPL ratio, the policy version, when it was calculated (the reader's local date and
 * time) and the link that reproduces it; then the five-tier and ECL tables, the regulatory basis and the
 * ratios. Rates as fractions, money to the fen.
 */
// Imports: csv.ts, the kit's clock and types only (see src/islands/pricing/csv-export.ts for why).
import { provenanceRows, toCsv } from '../../../calculators/csv';
import type { Decimal } from '../../../calculators/decimal';
import type { Lang } from '../../../calculators/format';
import type { Category } from '../../../calculators/policy/categories';
import type { Provisioning } from '../../../calculators/policy/provisioning';
import type { PortfolioReserve } from '../../../calculators/provisioning/portfolio';
import { localDateTime } from '../kit/stamp';
import type { ReserveStrings } from './reserve-strings';

export interface ReserveCsv {
  lang: Lang;
  t: ReserveStrings;
  /** A category's name in the page's language (passed in: importing the names here would split them into a chunk of their own). */
  categoryName: (c: Category) => string;
  policy: Provisioning;
  policyVersion: string;
  link: string;
  by: 'bucket' | 'category';
  /** The row labels in the island's order (bucket or category names). */
  labels: readonly string[];
  rate: Decimal;
  months: number;
  res: PortfolioReserve;
}

/** What the file is about: the inputs, the NPLs, the policy, the time and the link. */
function head({ t, by, labels, rate, months, res, policyVersion, link }: ReserveCsv): string[][] {
  const ft = res.fiveTier;
  return [
    [t.csvInputs],
    [t.mode, by === 'bucket' ? t.bucket : t.category],
    ...res.ecl.lines.map((l, i) => [labels[i] ?? l.label, l.balance.toFixed(2)]),
    [t.rate, rate.toFixed(6)],
    [t.months, String(months)],
    [t.npl, ft.npl.toFixed(2)],
    [t.nplRatio, ft.nplRatio?.toFixed(6) ?? ''],
    ...provenanceRows(
      { policy: t.csvPolicy, at: t.csvAt, link: t.csvLink },
      { policy: policyVersion, at: localDateTime(new Date()), link },
    ),
    [],
  ];
}

export function reserveCsv(p: ReserveCsv): string {
  const { lang, t, policy, res, labels, categoryName } = p;
  const rowName = p.by === 'bucket' ? t.row : t.cat;
  return toCsv([
    ...head(p),
    [t.cat, t.bal, t.csvRatio, t.reserve],
    ...res.fiveTier.lines.map((l) => [
      categoryName(l.category),
      l.balance.toFixed(2),
      l.ratio.toString(),
      l.reserve.toFixed(2),
    ]),
    [
      t.general,
      res.fiveTier.totalLoans.toFixed(2),
      String(policy.generalReserve.chosenRate),
      res.fiveTier.general.toFixed(2),
    ],
    [t.fiveTierTotal, '', '', res.fiveTier.total.toFixed(2)],
    [],
    [rowName, t.bal, t.stage, t.ecl12, t.eclLife, t.allowance],
    ...res.ecl.lines.map((l, i) => [
      labels[i] ?? '',
      l.balance.toFixed(2),
      String(l.stage),
      l.ecl12m.toFixed(2),
      l.eclLifetime.toFixed(2),
      l.allowance.toFixed(2),
    ]),
    [
      t.eclTotal,
      res.ecl.total.balance.toFixed(2),
      '',
      res.ecl.total.ecl12m.toFixed(2),
      res.ecl.total.eclLifetime.toFixed(2),
      res.ecl.total.allowance.toFixed(2),
    ],
    [],
    [t.booked, res.bookedAllowance.toFixed(2)],
    [t.grrFiveTier, res.generalRiskReserve.fiveTierGap.toFixed(2)],
    [t.grrRequirement, res.generalRiskReserve.requirementGap.toFixed(2)],
    [t.grr, res.generalRiskReserve.total.toFixed(2)],
    [t.regBasis, res.regulatoryBasisReserve.toFixed(2)],
    [t.coverage, res.coverage.coverage?.toFixed(6) ?? ''],
    [t.loanProvision, res.coverage.loanProvision?.toFixed(6) ?? ''],
    [t.coverageBooked, res.coverageOnBooked.coverage?.toFixed(6) ?? ''],
    [t.loanProvisionBooked, res.coverageOnBooked.loanProvision?.toFixed(6) ?? ''],
    ...res.coverage.requirements.map((q) => [`${q.name[lang]} ${t.shortfall}`, q.shortfall.toFixed(2)]),
    ...res.coverageOnBooked.requirements.map((q) => [`${q.name[lang]} ${t.shortfallBooked}`, q.shortfall.toFixed(2)]),
  ]);
}
