/** Schedules of a plan and the search for its shortest affordable term. */
import { Decimal, ZERO, roundFen } from '../decimal';
import { CalcError } from '../errors';
import { annualizedRate } from '../schedule/annualized-rate';
import type { Schedule } from '../schedule/amortize';

/** A plan's schedules: one (extension, 个性化分期) or two running side by side (catch-up). */
export interface Built {
  schedules: Schedule[];
  /** Total due each month, month 1 first. */
  payments: Decimal[];
  /** The highest monthly total. */
  peak: Decimal;
}

/**
 * Schedules paid side by side: the total due each month and the highest month, what affordability is judged on.
 *
 * @example combine([amortize({ principal: '1000', annualRate: '0', termMonths: 2, method: 'equal-instalment' }), amortize({ principal: '300', annualRate: '0', termMonths: 3, method: 'equal-instalment' })]) // { payments: [600, 600, 100], peak: 600, schedules }
 */
export function combine(schedules: Schedule[]): Built {
  const length = Math.max(0, ...schedules.map((s) => s.rows.length));
  const payments = Array.from({ length }, (_, i) =>
    schedules.reduce((sum, s) => sum.plus(s.rows[i]?.payment ?? ZERO), ZERO),
  );
  return { schedules, payments, peak: payments.reduce((m, p) => Decimal.max(m, p), ZERO) };
}

/**
 * Shortest term n in [lo, hi] whose highest payment passes `ok`. The payment
 * falls as n grows, so bisect, then step down past any fen-level rounding blip.
 * If even hi fails, hi is returned (the lowest payment), marked unaffordable.
 *
 * @example shortestAffordable(1, 12, (n) => combine([amortize({ principal: '1200', annualRate: '0', termMonths: n, method: 'equal-instalment' })]), (peak) => peak.lte(250)) // { n: 5, affordable: true, built: { peak: 240, … } }
 */
export function shortestAffordable(
  lo: number,
  hi: number,
  build: (n: number) => Built,
  ok: (peak: Decimal) => boolean,
) {
  const cache = new Map<number, Built>();
  const at = (n: number) => {
    let b = cache.get(n);
    if (!b) cache.set(n, (b = build(n)));
    return b;
  };
  if (!ok(at(hi).peak)) return { n: hi, built: at(hi), affordable: false };
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (ok(at(mid).peak)) b = mid;
    else a = mid + 1;
  }
  while (a > lo && ok(at(a - 1).peak)) a -= 1;
  return { n: a, built: at(a), affordable: true };
}

/**
 * Interest forgone against the contract rate: Σ opening balance × (contract − plan) ÷ 12, rounded half-up to the fen at the end.
 *
 * @example interestForgone(amortize({ principal: '12000', annualRate: '0.06', termMonths: 12, method: 'equal-principal' }), D('0.18'), D('0.06')) // 780
 */
export function interestForgone(s: Schedule, contractRate: Decimal, planRate: Decimal): Decimal {
  const gap = contractRate.minus(planRate);
  if (gap.lte(0)) return ZERO;
  let opening = s.rows[0] ? s.rows[0].balance.plus(s.rows[0].principal) : ZERO;
  let sum = ZERO;
  for (const r of s.rows) {
    sum = sum.plus(opening.times(gap).div(12));
    opening = r.balance;
  }
  return roundFen(sum);
}

/**
 * The borrower's annualised rate (PBOC IRR method) of `base` lent `monthsBefore` whole months before
 * signing and repaid by `payments` from the month after signing: cash flows [−base, 0 × monthsBefore,
 * payment₁, …]. null when there is no rate.
 *
 * @example borrowerRateOf(D(1000), 0, [D(550), D(550)]) // { simple: 0.79157…, compound: 1.15235… }
 * @example borrowerRateOf(D(1000), 1, [D(1200)]) // { simple: 1.14534…, compound: 1.985984 }: 20% over two months
 */
export function borrowerRateOf(
  base: Decimal,
  monthsBefore: number,
  payments: Decimal[],
): { simple: Decimal; compound: Decimal } | null {
  if (!payments.length || base.lte(0)) return null;
  try {
    const r = annualizedRate([base.neg(), ...Array.from({ length: monthsBefore }, () => ZERO), ...payments]);
    return { simple: r.simple, compound: r.compound };
  } catch (e) {
    if (e instanceof CalcError) return null;
    throw e;
  }
}
