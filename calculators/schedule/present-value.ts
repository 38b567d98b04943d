/**
 * Present value of cash flows as a polynomial in the discount factor x = 1/(1+R):
 * f(x) = Σ c_t·x^t, and its derivative f'(x), for the IRR solver.
 *
 * Runs of equal flows (a level instalment repeated 359 times) are summed in
 * closed form as geometric series, so a level schedule costs a handful of
 * operations instead of one per period; other flows go through Horner's rule.
 */
import { Decimal, ONE, ZERO } from '../decimal';

export interface Run {
  /** Period of the first flow of the run. */
  start: number;
  length: number;
  value: Decimal;
}

/**
 * Group consecutive equal flows.
 *
 * @example compressRuns([D(-1000), D(550), D(550)]) // [{ start: 0, length: 1, value: -1000 }, { start: 1, length: 2, value: 550 }]
 */
export function compressRuns(flows: readonly Decimal[]): Run[] {
  const runs: Run[] = [];
  flows.forEach((value, t) => {
    const last = runs[runs.length - 1];
    if (last && last.value.eq(value)) last.length++;
    else runs.push({ start: t, length: 1, value });
  });
  return runs;
}

/** Below this distance from x = 1 the closed forms lose digits to cancellation: sum term by term instead. */
const NEAR_ONE = new Decimal('1e-8');

/**
 * G(x) = 1 + x + … + x^(m−1) and G'(x), plus x^m, for a run of length m.
 */
function geometric(x: Decimal, m: number): { g: Decimal; dg: Decimal; xm: Decimal } {
  const xm = x.pow(m);
  const oneMinusX = ONE.minus(x);
  if (oneMinusX.abs().gte(NEAR_ONE)) {
    const xm1 = xm.div(x);
    const g = ONE.minus(xm).div(oneMinusX);
    // G'(x) = (1 − m·x^(m−1) + (m−1)·x^m) / (1 − x)²
    const dg = ONE.minus(xm1.times(m))
      .plus(xm.times(m - 1))
      .div(oneMinusX.pow(2));
    return { g, dg, xm };
  }
  let g = ZERO;
  let dg = ZERO;
  for (let k = m - 1; k >= 0; k--) {
    dg = dg.times(x).plus(g);
    g = g.times(x).plus(ONE);
  }
  return { g, dg, xm };
}

/**
 * f(x) and f'(x) by Horner's rule over runs, from the last run back:
 * F = c·G(x) + x^m·F_next, F' = c·G'(x) + m·x^(m−1)·F_next + x^m·F'_next,
 * then F is multiplied by x^start of the first run.
 *
 * @example presentValue(compressRuns([D(-1000), D(550), D(550)]), D(1)) // { f: 100, df: 1650 }: −1000 + 550x + 550x² and its derivative at x = 1
 */
export function presentValue(runs: readonly Run[], x: Decimal): { f: Decimal; df: Decimal } {
  let f = ZERO;
  let df = ZERO;
  for (let i = runs.length - 1; i >= 0; i--) {
    const { value: c, length: m } = runs[i]!;
    if (m === 1) {
      df = df.times(x).plus(f);
      f = f.times(x).plus(c);
    } else {
      const { g, dg, xm } = geometric(x, m);
      df = c.times(dg).plus(xm.div(x).times(m).times(f)).plus(xm.times(df));
      f = c.times(g).plus(xm.times(f));
    }
    // Gap between this run and the next is zero by construction (runs are contiguous).
  }
  const start = runs[0]?.start ?? 0;
  if (start === 0) return { f, df };
  const xs = x.pow(start);
  return { f: f.times(xs), df: df.times(xs).plus(f.times(xs.div(x)).times(start)) };
}
