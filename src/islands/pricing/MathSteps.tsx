/**
 * The formulas with this scenario's numbers (calculators/pricing/economics.ts), loaded when the reader opens
 * "show the calculation" (a dynamic import). Runtime imports: none of the project's. The formatters come in
 * as props: a module shared with the island would be split into a chunk of its own that the island loads up front.
 */
import type { Decimal } from '../../../calculators/decimal';
import type { PriceResult, PricingPolicy } from '../../../calculators/pricing/types';
import type { fill as Fill } from '../kit/fill';
import type { PricingStrings } from './strings';

type Fmt = (v: Decimal | number) => string;

export function MathSteps({
  t,
  price,
  policy,
  f,
}: {
  t: PricingStrings;
  price: PriceResult;
  policy: PricingPolicy;
  /** fill, a percent to 4 decimals, a number to 2, a percent to 2 (the page's language). */
  f: { fill: typeof Fill; p4: Fmt; n2: Fmt; pct: Fmt };
}) {
  const { p4, n2 } = f;
  const e = price.economics;
  const c = policy.pricing.capital;
  const get = (key: string) => price.components.find((x) => x.key === key)?.rate ?? 0;
  const vars = {
    S: n2(e.balanceYears),
    f: p4(get('funding')),
    o: p4(get('operating')),
    pd: p4(price.grade.pd),
    lgd: p4(price.grade.lgd),
    k: p4(price.capitalPerBalance),
    h: p4(c.hurdleRate),
    y: p4(c.capitalYieldRate),
    m: p4(get('margin')),
    c: p4(price.costRate),
    r: p4(price.requiredRate),
    F: n2(e.fees),
    I: n2(e.interest),
    FC: n2(e.fundingCost),
    OC: n2(e.operatingCost),
    EL: n2(e.expectedLoss),
    MC: n2(e.marginCharge),
    CY: n2(e.capitalYield),
    KS: n2(e.capitalYears),
    raroc: p4(e.raroc),
    P: n2(price.schedule.disbursed),
    U: n2(price.schedule.upfrontFee),
    net: n2(price.schedule.netProceeds),
    simple: f.pct(price.apr.simple),
    compound: f.pct(price.apr.compound),
  };
  const lines = [
    t.mathS,
    t.mathC,
    e.fees.isZero() ? t.mathR : t.mathFees,
    t.mathRaroc,
    price.schedule.upfrontFee.isZero() ? t.mathApr : t.mathAprFee,
  ];
  return (
    <ol>
      {lines.map((l) => (
        <li key={l}>{f.fill(l, vars)}</li>
      ))}
    </ol>
  );
}
