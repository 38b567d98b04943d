/**
 * The annualised rate of PBOC 公告〔2021〕第3号 (IRR method): the per-period
 * internal rate of return R of the borrower's cash flows, shown as
 * simple = R × periods per year (the figure the notice requires) and
 * compound = (1 + R)^periods − 1 (the effective annual rate).
 *
 * Solver: with x = 1/(1+R) the net present value is the polynomial
 * f(x) = Σ c_t·x^t. Newton's method on x, kept inside a bracket [lo, hi] with
 * f(lo) < 0 < f(hi) and replaced by bisection whenever a step leaves it, so it
 * always converges; it stops when the step in R is below 1e-15. Newton's
 * error after a step s is of order s², so the rate returned is good to far
 * more digits than the 1e-15 the rule states. The arithmetic that decides
 * the rate is Decimal at 40 significant digits; with a single sign change it
 * starts from the root found in floating point (floatStart), which leaves
 * one Decimal pass over the flows where R₀ needed about six.
 */
import { D, Decimal, ONE, ZERO, type DecimalInput } from '../decimal';
import { CalcError } from '../errors';
import { compressRuns, presentValue, type Run } from './present-value';

export interface AnnualizedRate {
  /** Internal rate of return per period. */
  periodic: Decimal;
  /** periodic × periods per year: the figure PBOC 公告〔2021〕第3号 requires. */
  simple: Decimal;
  /** (1 + periodic)^periods − 1: the effective annual rate. */
  compound: Decimal;
}

const TOLERANCE = D('1e-15');
const MAX_ITERATIONS = 300;
/** Search range in x = 1/(1+R): R from −99.99% to 10^6 % per period. */
const X_MIN = D('1e-4');
const X_MAX = D('1e4');
const GRID_STEPS = 400;

const sign = (v: Decimal) => (v.isZero() ? 0 : v.isNeg() ? -1 : 1);

function signChanges(runs: readonly Run[]): number {
  let changes = 0;
  for (let i = 1; i < runs.length; i++) if (sign(runs[i]!.value) !== sign(runs[i - 1]!.value)) changes++;
  return changes;
}

const noConvergence = () =>
  new CalcError('no-convergence', {
    zh: '年化利率求解未收敛，请检查现金流。',
    en: 'The annualised rate did not converge; check the cash flows.',
  });

/**
 * Safeguarded Newton on f, which is negative at lo and positive at hi
 * (hi = null: not yet known, the bracket is open above).
 */
function solve(runs: readonly Run[], lo: Decimal, hi: Decimal | null, start: Decimal): Decimal {
  let x = start;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const { f, df } = presentValue(runs, x);
    if (f.isZero()) return x;
    if (f.isNeg()) lo = x;
    else hi = x;
    let next = df.isZero() ? x : x.minus(f.div(df));
    if (!(next.gt(lo) && (hi === null || next.lt(hi)))) {
      next = hi === null ? x.times(2) : lo.plus(hi).div(2);
      if (next.gt(X_MAX)) throw noConvergence();
    }
    if (ONE.div(next).minus(ONE.div(x)).abs().lt(TOLERANCE)) return next; // step in R below tolerance
    x = next;
  }
  throw noConvergence();
}

/** One Newton step from R = 0: R₀ = Σc / Σ t·c (first-order in R). */
function decimalStart(runs: readonly Run[]): Decimal {
  const { f, df } = presentValue(runs, ONE);
  const r0 = df.isZero() ? ZERO : f.div(df);
  return r0.gt(-0.9) ? ONE.div(ONE.plus(r0)) : ONE;
}

/**
 * Where the Decimal Newton starts, for flows with one sign change: the root found in binary floating point
 * (the same safeguarded Newton, from R₀ = Σc / Σ t·c). Each Decimal pass over 360 distinct flows costs
 * ~0.6 ms and a float pass a few microseconds; from this start the Decimal solver takes one pass (rarely
 * two) instead of about six from R₀. The rate is still the Decimal solver's: the float only decides where
 * it begins (that point is bracketed and stepped from like any other iterate), so a poor start costs time,
 * never accuracy (tests/unit/annualized-rate.test.ts holds the result to the root within 1e-20).
 * Null when the flows do not fit a float or the float solve fails: the caller then starts from R₀ in Decimal.
 */
function floatStart(runs: readonly Run[]): Decimal | null {
  const c: number[] = [];
  let sum = 0;
  let moment = 0;
  for (const run of runs) {
    const v = run.value.toNumber();
    for (let k = 0; k < run.length; k++) {
      sum += v;
      moment += c.length * v;
      c.push(v);
    }
  }
  const r0 = moment === 0 ? 0 : sum / moment;
  let x = r0 > -0.9 ? 1 / (1 + r0) : 1;
  let lo = 0;
  let hi = Infinity;
  for (let i = 0; i < 100; i++) {
    let f = 0;
    let df = 0;
    for (let t = c.length - 1; t >= 0; t--) {
      df = df * x + f;
      f = f * x + c[t]!;
    }
    if (!Number.isFinite(f) || !Number.isFinite(df)) return null;
    if (f === 0) break;
    if (f < 0) lo = x;
    else hi = x;
    const step = f / df; // NaN when df = 0: bisect
    // At float resolution: stop before rounding noise in f sends a step outside the bracket.
    if (Math.abs(step) <= 4 * Number.EPSILON * x || hi - lo <= 4 * Number.EPSILON * x) break;
    x -= step;
    if (!(x > lo && x < hi)) x = hi === Infinity ? lo * 2 : (lo + hi) / 2;
  }
  return Number.isFinite(x) && x > 0 && x < X_MAX.toNumber() ? new Decimal(x) : null;
}

/**
 * Per-period IRR R of the cash flows (first flow at t = 0).
 *
 * @example internalRateOfReturn([D(-1000), D(550), D(550)]) // 0.065965… per period
 */
export function internalRateOfReturn(cashflows: readonly DecimalInput[]): Decimal {
  const all = compressRuns(cashflows.map((c) => D(c)));
  // Zeros before the first and after the last flow do not change the roots (x > 0).
  const runs = all.filter((run, i) => !run.value.isZero() || (i > 0 && i < all.length - 1));
  if (runs.some((run) => !run.value.isFinite())) throw noConvergence();
  const nonZero = runs.filter((run) => !run.value.isZero());
  const changes = signChanges(nonZero);
  if (changes === 0) {
    throw new CalcError('no-sign-change', {
      zh: '现金流须既有流出也有流入，才能计算年化利率。',
      en: 'The cash flows need both an outflow and an inflow to have a rate.',
    });
  }
  // Shift time so the first non-zero flow is at t = 0, and orient it negative (the lender's view).
  const shift = runs[0]!.start;
  const flip = runs[0]!.value.isPos();
  const oriented = runs.map((run) => ({
    start: run.start - shift,
    length: run.length,
    value: flip ? run.value.neg() : run.value,
  }));

  if (changes === 1) {
    // One sign change: exactly one root x > 0 (Descartes' rule); f(0) = first flow < 0.
    return ONE.div(solve(oriented, ZERO, null, floatStart(oriented) ?? decimalStart(oriented))).minus(1);
  }

  // Several sign changes: look for every root on a grid; only a single one gives a rate.
  const step = X_MAX.div(X_MIN).pow(ONE.div(GRID_STEPS));
  const brackets: [Decimal, Decimal][] = [];
  let a = X_MIN;
  let fa = presentValue(oriented, a).f;
  for (let i = 0; i < GRID_STEPS; i++) {
    const b = a.times(step);
    const fb = presentValue(oriented, b).f;
    if (fb.isZero() || sign(fa) * sign(fb) < 0) brackets.push(fa.isNeg() ? [a, b] : [b, a]);
    a = b;
    fa = fb;
  }
  if (brackets.length > 1) {
    throw new CalcError('multiple-rates', {
      zh: '现金流多次改变方向，存在多个内部收益率，无法给出唯一的年化利率。',
      en: 'The cash flows change direction more than once and admit several internal rates of return; there is no single annualised rate.',
    });
  }
  if (brackets.length === 0) {
    throw new CalcError('no-rate', {
      zh: '这组现金流没有内部收益率。',
      en: 'These cash flows have no internal rate of return.',
    });
  }
  const [neg, pos] = brackets[0]!;
  // solve() wants f(lo) < 0 < f(hi) with lo < hi; flip f when the root is crossed downwards.
  const rising = neg.lt(pos);
  const flows = rising ? oriented : oriented.map((run) => ({ ...run, value: run.value.neg() }));
  const [lo, hi] = rising ? [neg, pos] : [pos, neg];
  return ONE.div(solve(flows, lo, hi, lo.plus(hi).div(2))).minus(1);
}

/**
 * The PBOC 公告〔2021〕第3号 annualised rate of cash flows one period apart: the IRR per period, × periodsPerYear
 * (simple) and compounded. Throws CalcError('no-sign-change' | 'multiple-rates' | 'no-convergence').
 *
 * @example annualizedRate(scheduleCashflows(amortize({ principal: '100000', annualRate: '0.12', termMonths: 12, method: 'equal-instalment' }))) // { periodic: 0.01, simple: 0.12, compound: 0.126825… }
 */
export function annualizedRate(cashflows: readonly DecimalInput[], periodsPerYear = 12): AnnualizedRate {
  const periodic = internalRateOfReturn(cashflows);
  return {
    periodic,
    simple: periodic.times(periodsPerYear),
    compound: periodic.plus(1).pow(periodsPerYear).minus(1),
  };
}
