/**
 * The balance a loan's costs run on. Simplification used by the pricing
 * economics (RP-03): costs, capital and expected loss of period t accrue on the
 * balance outstanding at the START of period t (B₀ = P, …, Bₙ₋₁), one month at
 * a time, from the EXACT (unrounded) schedule at the contract rate. The booked
 * schedule rounds each line to the fen; the difference is below 1 fen a period.
 *
 * Their sum, in 元·years, is the loan's "balance-years" S = Σ Bₜ₋₁ ÷ 12, so a
 * cost of x a year on the balance costs x × S over the life, and the exact
 * interest at annual rate r is r × S.
 */
import { wholeArg } from '../args';
import { D, Decimal, ONE, type DecimalInput } from '../decimal';
import type { RepaymentMethod } from '../schedule/amortize';

/**
 * B₀ … Bₙ₋₁ of the exact schedule (no rounding), as a list: the oracle for balanceYears.
 *
 * @example openingBalances('1200', '0', 3, 'equal-principal') // [1200, 800, 400]
 */
export function openingBalances(
  principal: DecimalInput,
  annualRate: DecimalInput,
  n: number,
  method: RepaymentMethod,
): Decimal[] {
  const P = D(principal);
  const g = ONE.plus(D(annualRate).div(12));
  const G = g.pow(n);
  const out: Decimal[] = [];
  for (let t = 0; t < n; t++) {
    if (method === 'interest-only') out.push(P);
    else if (method === 'equal-principal') out.push(P.times(n - t).div(n));
    else if (g.eq(1)) out.push(P.times(n - t).div(n));
    else out.push(P.times(G.minus(g.pow(t))).div(G.minus(1)));
  }
  return out;
}

/**
 * S = Σ Bₜ₋₁ ÷ 12 in closed form:
 * level instalments P·(n·G ÷ (G − 1) − 1 ÷ i) with i = r ÷ 12, G = (1 + i)ⁿ (P·(n + 1) ÷ 2 at i = 0);
 * equal principal P·(n + 1) ÷ 2; interest only n·P.
 *
 * @example balanceYears('1200', '0', 12, 'equal-principal') // 650 = 1200 × 13 ÷ 2 ÷ 12
 * @example balanceYears('100000', '0.12', 12, 'equal-instalment') // 55154.553…
 */
export function balanceYears(
  principal: DecimalInput,
  annualRate: DecimalInput,
  n: number,
  method: RepaymentMethod,
): Decimal {
  const P = D(principal);
  const i = D(annualRate).div(12);
  wholeArg(n, { zh: '期限（月）', en: 'The term in months' }, 1, 600);
  let sum: Decimal;
  if (method === 'interest-only') sum = P.times(n);
  else if (method === 'equal-principal' || i.isZero()) sum = P.times(n + 1).div(2);
  else {
    const G = ONE.plus(i).pow(n);
    sum = P.times(G.times(n).div(G.minus(1)).minus(ONE.div(i)));
  }
  return sum.div(12);
}
