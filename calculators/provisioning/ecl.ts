/**
 * expectedCreditLoss: 12-month and lifetime expected credit loss (CAS 22 /
 * IFRS 9) of loans or DPD buckets, RP-06 §6.2:
 *
 *   ECL = Σₜ marginal PDₜ × LGD × EADₜ × DFₜ,  t = 1 … 12 (12-month) or 1 … remaining months (lifetime)
 *
 *  - marginal PDₜ = Sₜ₋₁ × hₜ, the chance of defaulting in month t having survived to it; the
 *    monthly hazard hₜ = 1 − (1 − PD_y)^(1/12) comes from the bucket's conditional annual PD for year y;
 *  - EADₜ = the balance outstanding at the start of month t on the level-instalment schedule of the
 *    calculation core (`amortize`, 等额本息) at the effective rate over the remaining months;
 *  - DFₜ = (1 + EIR ÷ 12)^(−t): discounting at the effective rate, monthly as in RP-10;
 *  - stage 3 (credit-impaired): default has happened, PD = 100%, ECL = LGD × balance.
 * The allowance is the 12-month ECL in stage 1 and the lifetime ECL in stages 2 and 3.
 * Rounding: each line's 12-month and lifetime ECL is rounded half-up to the fen; totals add rounded lines.
 */
import { D, ONE, ZERO, roundFen, type Decimal, type DecimalInput } from '../decimal';
import { CalcError } from '../errors';
import { amortize } from '../schedule/amortize';
import type { Provisioning } from '../policy/provisioning';
import type { Category, Stage } from '../policy/categories';
import { bucketById, bucketForDpd, proxyBucket, type Bucket } from './buckets';
import { balanceOf } from './five-tier';

export interface EclExposure {
  label?: string;
  /** Gross carrying amount (EAD at the reporting date), 元. */
  balance: DecimalInput;
  /** How to find the ECL parameters: days past due, a bucket id, or a category (its proxy bucket). */
  dpd?: number;
  bucket?: string;
  category?: Category;
  /** A stage decided elsewhere (e.g. classifyLoan for a restructured loan); never lowers the bucket's stage. */
  stage?: Stage;
  /** Effective annual interest rate (fraction); default `ecl.defaultEffectiveRate`. */
  annualRate?: DecimalInput;
  /** Whole months left to contractual maturity; default `ecl.defaultRemainingMonths`. */
  remainingMonths?: number;
}

export interface EclPeriod {
  month: number;
  ead: Decimal;
  marginalPd: Decimal;
  discountFactor: Decimal;
  /** marginalPd × LGD × EAD × DF, unrounded */
  loss: Decimal;
}

export interface EclLine {
  label: string;
  bucket: Bucket;
  stage: Stage;
  balance: Decimal;
  annualRate: Decimal;
  remainingMonths: number;
  lgd: Decimal;
  /** Cumulative PD over the next 12 months (or the remaining life if shorter) and over the remaining life. */
  pd12m: Decimal;
  pdLifetime: Decimal;
  ecl12m: Decimal;
  eclLifetime: Decimal;
  /** What is booked: 12-month ECL in stage 1, lifetime otherwise. */
  allowance: Decimal;
  periods: EclPeriod[];
}

export interface EclTotals {
  balance: Decimal;
  ecl12m: Decimal;
  eclLifetime: Decimal;
  allowance: Decimal;
}

export interface EclResult {
  lines: EclLine[];
  byStage: Record<Stage, EclTotals>;
  total: EclTotals;
}

const emptyTotals = (): EclTotals => ({ balance: ZERO, ecl12m: ZERO, eclLifetime: ZERO, allowance: ZERO });

function bucketOf(e: EclExposure, policy: Provisioning): Bucket {
  if (e.bucket !== undefined) return bucketById(e.bucket, policy);
  if (e.category !== undefined) return proxyBucket(e.category, policy);
  if (e.dpd !== undefined) {
    if (!Number.isInteger(e.dpd) || e.dpd < 0) {
      throw new CalcError('invalid-input', {
        zh: '逾期天数须为非负整数。',
        en: 'Days past due must be a whole number, 0 or more.',
      });
    }
    return bucketForDpd(e.dpd, policy);
  }
  return bucketForDpd(0, policy);
}

/** Monthly hazard for each year of the term structure: 1 − (1 − PD)^(1/12). */
const monthlyHazards = (pds: readonly number[]): Decimal[] =>
  pds.map((pd) => (pd >= 1 ? ONE : ONE.minus(ONE.minus(D(pd)).pow(ONE.div(12)))));

/**
 * One exposure's stage, 12-month and lifetime ECL and the allowance booked for it (RP-06 §4).
 *
 * @example eclLine({ balance: '100000', dpd: 45 }, policy.provisioning) // stage 2, allowance (lifetime) 17634.04
 */
export function eclLine(e: EclExposure, policy: Provisioning): EclLine {
  const label = e.label ?? '';
  const bucket = bucketOf(e, policy);
  const balance = balanceOf(e.balance, label || 'balance', true);
  const annualRate = D(e.annualRate ?? policy.ecl.defaultEffectiveRate);
  const remainingMonths = e.remainingMonths ?? policy.ecl.defaultRemainingMonths;
  if (!annualRate.isFinite() || annualRate.isNeg() || annualRate.gt(1)) {
    throw new CalcError(
      'invalid-input',
      {
        zh: '实际利率须在 0 到 100% 之间。',
        en: 'The effective rate must be between 0 and 100%.',
      },
      'annualRate',
    );
  }
  if (!Number.isInteger(remainingMonths) || remainingMonths < 1 || remainingMonths > 600) {
    throw new CalcError(
      'invalid-input',
      {
        zh: '剩余期限须为 1–600 个整月。',
        en: 'The remaining term must be a whole number of months from 1 to 600.',
      },
      'remainingMonths',
    );
  }
  const stage = Math.max(bucket.stage, e.stage ?? 1) as Stage;
  const lgd = D(bucket.lgdRate);
  const base = { label, bucket, stage, balance, annualRate, remainingMonths, lgd };

  if (stage === 3 || balance.isZero()) {
    // Credit-impaired: default has occurred (PD 100%); the loss is LGD × the carrying amount.
    const loss = stage === 3 ? roundFen(balance.times(lgd)) : ZERO;
    const pd = stage === 3 ? ONE : ZERO;
    return { ...base, pd12m: pd, pdLifetime: pd, ecl12m: loss, eclLifetime: loss, allowance: loss, periods: [] };
  }

  const schedule = amortize({
    principal: balance,
    annualRate,
    termMonths: remainingMonths,
    method: 'equal-instalment',
  });
  const hazards = monthlyHazards(bucket.pdTermStructure);
  const growth = ONE.plus(annualRate.div(12));
  let survival = ONE;
  let df = ONE;
  let sum12 = ZERO;
  let sumLife = ZERO;
  let pd12m = ZERO;
  const periods: EclPeriod[] = [];
  for (let t = 1; t <= remainingMonths; t++) {
    const h = hazards[Math.min(Math.floor((t - 1) / 12), hazards.length - 1)]!;
    const marginalPd = survival.times(h);
    survival = survival.times(ONE.minus(h));
    df = df.div(growth);
    const ead = t === 1 ? balance : schedule.rows[t - 2]!.balance;
    const loss = marginalPd.times(lgd).times(ead).times(df);
    periods.push({ month: t, ead, marginalPd, discountFactor: df, loss });
    sumLife = sumLife.plus(loss);
    if (t <= 12) {
      sum12 = sum12.plus(loss);
      pd12m = ONE.minus(survival);
    }
  }
  const ecl12m = roundFen(sum12); // per line, half-up to the fen
  const eclLifetime = roundFen(sumLife);
  return {
    ...base,
    pd12m,
    pdLifetime: ONE.minus(survival),
    ecl12m,
    eclLifetime,
    allowance: stage === 1 ? ecl12m : eclLifetime,
    periods,
  };
}

/**
 * Every exposure's ECL line, with totals by stage and overall.
 *
 * @example expectedCreditLoss([{ balance: '100000', dpd: 0 }, { balance: '100000', dpd: 45 }], policy.provisioning).total.allowance // 18428.41
 */
export function expectedCreditLoss(exposures: readonly EclExposure[], policy: Provisioning): EclResult {
  const lines = exposures.map((e) => eclLine(e, policy));
  const byStage: Record<Stage, EclTotals> = { 1: emptyTotals(), 2: emptyTotals(), 3: emptyTotals() };
  const total = emptyTotals();
  for (const l of lines) {
    for (const t of [byStage[l.stage], total]) {
      t.balance = t.balance.plus(l.balance);
      t.ecl12m = t.ecl12m.plus(l.ecl12m);
      t.eclLifetime = t.eclLifetime.plus(l.eclLifetime);
      t.allowance = t.allowance.plus(l.allowance);
    }
  }
  return { lines, byStage, total };
}
