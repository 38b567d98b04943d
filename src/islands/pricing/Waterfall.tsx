/**
 * The required rate's waterfall: each component a step from the running total. Bar positions are
 * chart geometry (the only Decimal arithmetic in this island); the table is the accessible form.
 */
import { D, Decimal } from '../../../calculators/decimal';
import type { PriceResult } from '../../../calculators/pricing/types';
import type { PricingStrings } from './strings';

type Pct = (v: Decimal | number, digits?: number) => string;

/** Horizontal waterfall: each component a step from the running total; the table is the accessible form. */
export function Waterfall({ t, price, pct }: { t: PricingStrings; price: PriceResult; pct: Pct }) {
  let run = D(0);
  const steps = price.components.map((c) => {
    const from = run;
    run = run.plus(c.rate);
    return { c, from: c.rate.isNeg() ? run : from, width: c.rate.abs() };
  });
  const top = steps.reduce((m, x) => Decimal.max(m, x.from.plus(x.width)), price.requiredRate);
  const w = (v: Decimal) =>
    `${v
      .div(top.isZero() ? 1 : top)
      .times(100)
      .toFixed(2)}%`;
  return (
    <table class="calc-table pr-waterfall" data-result="waterfall">
      <caption>{t.waterfall}</caption>
      <thead>
        <tr>
          <th scope="col">{t.component}</th>
          <th scope="col">{t.rate}</th>
          <th scope="col" aria-hidden="true"></th>
        </tr>
      </thead>
      <tbody>
        {steps.map(({ c, from, width }) => (
          <tr key={c.key} data-component={c.key}>
            <th scope="row">
              {t[`c_${c.key}` as const]}
              {c.overridden ? t.whatIfMark : ''}
            </th>
            <td>{c.rate.isNeg() ? `−${pct(c.rate.abs(), 3)}` : pct(c.rate, 3)}</td>
            <td class="pr-bar-cell" aria-hidden="true">
              <span
                class={`pr-bar pr-bar-${c.rate.isNeg() ? 'neg' : c.overridden ? 'whatif' : 'pos'}`}
                style={{ marginInlineStart: w(from), width: w(width) }}
              />
            </td>
          </tr>
        ))}
        <tr class="pr-total">
          <th scope="row">{t.total}</th>
          <td data-result="waterfall-total">{pct(price.requiredRate, 3)}</td>
          <td class="pr-bar-cell" aria-hidden="true">
            <span class="pr-bar pr-bar-total" style={{ width: w(price.requiredRate) }} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
