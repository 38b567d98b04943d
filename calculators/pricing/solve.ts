/**
 * Root of an increasing function on a bracket, in Decimal: the Illinois
 * variant of false position, which keeps the root bracketed at every step (so
 * it cannot diverge or leave the range) and converges superlinearly; a
 * bisection step is forced whenever false position stalls.
 */
import { D, Decimal, type DecimalInput } from '../decimal';
import { CalcError } from '../errors';

const noConvergence = () =>
  new CalcError('no-convergence', { zh: '利率求解未收敛。', en: 'The rate solver did not converge.' });

/**
 * x in [lo, hi] with f(x) = 0, given f(lo) ≤ 0 ≤ f(hi); stops when the bracket is narrower than `tolerance`.
 *
 * @example solveIncreasing((x) => x.times(x).minus(2), 0, 2, '1e-10') // 1.41421356…
 */
export function solveIncreasing(
  f: (x: Decimal) => Decimal,
  low: DecimalInput,
  high: DecimalInput,
  tolerance: DecimalInput = '1e-24',
): Decimal {
  let lo = D(low);
  let hi = D(high);
  let flo = f(lo);
  let fhi = f(hi);
  if (flo.isZero()) return lo;
  if (fhi.isZero()) return hi;
  if (flo.isPos() || fhi.isNeg()) throw noConvergence();
  const tol = D(tolerance);
  let side = 0;
  for (let k = 0; k < 400; k++) {
    // False position; every third step without progress on both sides, bisect instead.
    let x = lo.minus(flo.times(hi.minus(lo)).div(fhi.minus(flo)));
    if (!(x.gt(lo) && x.lt(hi)) || k % 3 === 2) x = lo.plus(hi).div(2);
    const fx = f(x);
    if (fx.isZero()) return x;
    if (fx.isNeg()) {
      lo = x;
      flo = fx;
      if (side === -1) fhi = fhi.div(2); // Illinois: halve the stale end's value
      side = -1;
    } else {
      hi = x;
      fhi = fx;
      if (side === 1) flo = flo.div(2);
      side = 1;
    }
    if (hi.minus(lo).lt(tol)) return lo.plus(hi).div(2);
  }
  throw noConvergence();
}
