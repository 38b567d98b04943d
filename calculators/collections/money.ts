/**
 * Small money and time-value helpers of the repayment-options comparator:
 * affordability, waivers, the approval matrix and NPV.
 */
import { wholeArg } from '../args';
import { D, Decimal, ZERO, type DecimalInput } from '../decimal';
import type { Bilingual } from '../errors';
import type { Policy } from '../policy/index';

type ApprovalLevel = Policy['collections']['approvalMatrix'][number];

/**
 * Round an amount DOWN to the fen: the rule for waivers, so a waiver never exceeds its authorised share.
 *
 * @example floorFen(D('12.349')) // 12.34
 */
export const floorFen = (value: Decimal): Decimal => value.toDecimalPlaces(2, Decimal.ROUND_DOWN);

/**
 * Affordable means payment ≤ capacity × ratio, exactly (no rounding), and a
 * positive capacity: with no capacity nothing is affordable.
 *
 * @example isAffordable('1000', '2500', '0.4') // true
 * @example isAffordable('1000.01', '2500', '0.4') // false
 */
export function isAffordable(payment: DecimalInput, capacity: DecimalInput, maxRatio: DecimalInput): boolean {
  const c = D(capacity);
  return c.gt(0) && D(payment).lte(c.times(D(maxRatio)));
}

/**
 * payment ÷ capacity, unrounded; null when the capacity is zero (never Infinity or NaN).
 *
 * @example affordabilityRatio('1000', '2500') // 0.4
 * @example affordabilityRatio('1000', '0') // null
 */
export function affordabilityRatio(payment: DecimalInput, capacity: DecimalInput): Decimal | null {
  const c = D(capacity);
  return c.gt(0) ? D(payment).div(c) : null;
}

/**
 * The overdue (penalty) rate: contract rate × (1 + uplift), capped at the
 * institution's all-in cap (governance.riskAppetite.maxAllInAprRate). Returns
 * null when the contract rate itself is above the cap.
 *
 * @example penaltyRateFor('0.12', '0.5', '0.24') // 0.18
 * @example penaltyRateFor('0.18', '0.5', '0.24') // 0.24 (capped)
 * @example penaltyRateFor('0.3', '0.5', '0.24') // null
 */
export function penaltyRateFor(
  contractRate: DecimalInput,
  upliftRate: DecimalInput,
  capRate: DecimalInput,
): Decimal | null {
  const r = D(contractRate);
  const cap = D(capRate);
  if (r.gt(cap)) return null;
  return Decimal.min(r.times(D(upliftRate).plus(1)), cap);
}

/**
 * Penalty interest estimated when the ledger figure is not given:
 * (overdue principal + overdue interest) × penalty rate ÷ 360 × DPD, rounded
 * half-up to the fen. Daily rate on a 360-day year (calculation rules, RP-10).
 * It treats every overdue amount as overdue for the full DPD, which DPD counts
 * from the oldest unpaid instalment, so it is an upper bound; the ledger figure is preferred.
 *
 * @example estimatePenaltyInterest('3400', '0.24', 45) // 102
 */
export function estimatePenaltyInterest(overdueBase: DecimalInput, penaltyRate: DecimalInput, dpd: number): Decimal {
  const days = wholeArg(dpd, { zh: '逾期天数', en: 'Days past due' }, 0, 100_000);
  return D(overdueBase).times(D(penaltyRate)).times(days).div(360).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * The penalty-interest waiver for a requested share: the share is clamped to
 * the highest level's maxWaiverRate, the amount rounded down to the fen and
 * clamped to the highest level's maxConcessionAmount. So a waiver never
 * exceeds what someone in the matrix may grant.
 *
 * @example penaltyWaiver('102', '0.5', policy.collections.approvalMatrix) // 51
 */
export function penaltyWaiver(
  penaltyInterest: DecimalInput,
  requestedRate: DecimalInput,
  matrix: readonly ApprovalLevel[],
): Decimal {
  const top = matrix[matrix.length - 1];
  if (!top) return ZERO;
  const pen = Decimal.max(D(penaltyInterest), ZERO);
  const rate = Decimal.max(Decimal.min(D(requestedRate), D(top.maxWaiverRate)), ZERO);
  return Decimal.min(floorFen(pen.times(rate)), D(top.maxConcessionAmount));
}

/**
 * The lowest level of the approval matrix whose authority covers the waiver
 * share (waived ÷ accrued penalty), the total concession and the plan length;
 * null when none does (the option is beyond the matrix and cannot be offered).
 *
 * @example approvalLevelFor(policy.collections.approvalMatrix, { waiverShare: '0.3', concession: '100', planMonths: 6 }) // { level: 0, approver: { zh: '催收组长', en: 'Collection team leader' } }
 * @example approvalLevelFor(policy.collections.approvalMatrix, { waiverShare: '1', concession: '1e9', planMonths: 600 }) // null
 */
export function approvalLevelFor(
  matrix: readonly ApprovalLevel[],
  need: { waiverShare: DecimalInput; concession: DecimalInput; planMonths: number },
): { level: number; approver: Bilingual } | null {
  const share = D(need.waiverShare);
  const concession = D(need.concession);
  const index = matrix.findIndex(
    (l) => share.lte(l.maxWaiverRate) && concession.lte(l.maxConcessionAmount) && need.planMonths <= l.maxPlanMonths,
  );
  const level = matrix[index];
  return level ? { level: index, approver: level.approver } : null;
}

/**
 * Monthly discount rate from an annual one, compounding: (1 + annual)^(1/12) − 1.
 * Chosen over annual ÷ 12 so that a payment one year away is discounted by
 * exactly 1 + annual, whatever the number of months.
 *
 * @example planMonthlyDiscountRate('0.12') // 0.0094887929…
 */
export function planMonthlyDiscountRate(annualRate: DecimalInput): Decimal {
  return D(annualRate).plus(1).pow(D(1).div(12)).minus(1);
}

/**
 * Net present value of dated cash flows, month t discounted by (1 + monthly)^−t
 * (= (1 + annual)^(−t/12)). Month 0 is the signing date. Unrounded: callers round to the fen.
 * One fractional power for the monthly rate, then whole powers: a fractional power per flow
 * costs an exp and a ln at 40 digits, which made a 60-month plan's NPV the slowest step in the
 * browser; the two forms agree to ~1e-38, far below the fen.
 *
 * @example planNpv([{ month: 0, amount: '-1000' }, { month: 12, amount: '1120' }], '0.12') // 0 (to ~1e-35)
 */
export function planNpv(flows: readonly { month: number; amount: DecimalInput }[], annualRate: DecimalInput): Decimal {
  const monthly = planMonthlyDiscountRate(annualRate).plus(1);
  return flows.reduce(
    (sum, f) => sum.plus(D(f.amount).div(monthly.pow(wholeArg(f.month, { zh: '月份', en: 'The month' }, 0, 1200)))),
    ZERO,
  );
}
