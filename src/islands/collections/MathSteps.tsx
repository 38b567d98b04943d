/**
 * The formulas with this case's numbers in them, loaded when the reader opens
 * "show the calculation" (a dynamic import), not with the island. Runtime imports:
 * none of the project's — the formatters come in as `f`, so no module shared with
 * the island is split into a chunk of its own that the island would load up front.
 */
import type { RepaymentComparison, RepaymentPolicy } from '../../../calculators/collections/types';
import type { formatMoney, formatNumber, formatPercent, Lang } from '../../../calculators/format';
import type { fill as Fill } from '../kit/fill';
import type { OptionsStrings } from './strings';

export interface MathFormatters {
  fill: typeof Fill;
  formatMoney: typeof formatMoney;
  formatNumber: typeof formatNumber;
  formatPercent: typeof formatPercent;
}

export function MathSteps({
  lang,
  t,
  r,
  policy,
  dpd,
  f,
}: {
  lang: Lang;
  t: OptionsStrings;
  r: RepaymentComparison;
  policy: RepaymentPolicy;
  dpd: string;
  f: MathFormatters;
}) {
  const { fill, formatMoney, formatNumber, formatPercent } = f;
  const p = policy.collections.plans;
  const pct = (v: Parameters<typeof formatPercent>[0], d = 2) => formatPercent(v, lang, d);
  // The penalty rate's cap step is shown, so 18% × 1.5 = 27% capped at 24% does not read as a slip (calculators review #21).
  const capped = r.penaltyRateUncapped.gt(r.penaltyRateCap);
  const lines = [
    fill(capped ? t.mathPenaltyCapped : t.mathPenalty, {
      uplift: pct(policy.collections.penalty.penaltyUpliftRate),
      raw: pct(r.penaltyRateUncapped),
      cap: pct(r.penaltyRateCap),
    }),
    ...(r.penaltyEstimated
      ? [
          fill(t.mathPenaltyEst, {
            base: formatMoney(r.overdueBase, lang),
            rate: pct(r.penaltyRate),
            dpd,
            penalty: formatMoney(r.penaltyInterest, lang),
          }),
        ]
      : []),
    fill(t.mathClaim, {
      claim: formatMoney(r.claim, lang),
      ratio: pct(p.affordabilityMaxRatio),
      limit: formatMoney(r.affordableLimit, lang),
    }),
    fill(t.mathNpv, { disc: pct(p.discountRate), monthly: pct(r.monthlyDiscountRate, 6) }),
    fill(t.mathRate, {
      base: formatMoney(r.costBase.amount, lang),
      months: r.costBase.monthsBefore,
      cap: formatPercent(r.costCap.rate, lang, 2, 2),
    }),
    ...r.options
      .filter((o) => o.available && o.payments.length > 1)
      .map((o) =>
        fill(t.mathPlan, {
          name: o.name[lang],
          n: o.planMonths,
          first: formatMoney(o.payments[0]!, lang),
          base: formatNumber(r.annualDiscountFactor, lang, 20),
          npv: formatMoney(o.npv, lang),
        }),
      ),
  ];
  return (
    <ol>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ol>
  );
}
