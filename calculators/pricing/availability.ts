/**
 * Which risk grades the company can still serve on a contract date (RP-03 §服务范围): each
 * grade's required rate and break-even rate at a term, without fees, against the cap in force.
 *
 *   open            required rate ≤ cap: priced normally;
 *   exception-only  break-even ≤ cap < required, and required − cap within the CRO's exception
 *                   authority: offered at most at the cap, with that exception;
 *   closed          otherwise: the company stops serving the grade at that term.
 *
 * Without fees the required rate is the cost-plus sum and the break-even rate is
 * funding + operating + expected loss (economics.ts), so no schedule is solved here.
 */
import { D, Decimal } from '../decimal';
import { costCapOn, withinCostCap, type CostCap } from './cost-cap';
import { policyCostRates } from './cost-rates';
import { costPlusRate } from './economics';
import type { PricingPolicy, RiskGrade } from './types';

export type GradeStatus = 'open' | 'exception-only' | 'closed';

export interface GradeAvailability {
  grade: RiskGrade;
  status: GradeStatus;
  requiredRate: Decimal;
  breakEvenRate: Decimal;
  /** PD × LGD of the grade. */
  expectedLoss: Decimal;
  /** The highest expected loss (PD × LGD) whose required rate still fits under the cap; may be negative (nothing fits). */
  maxExpectedLossOpen: Decimal;
  /** The first later date (from the scheduled cap changes, the LPR held at its latest fixing) when the grade's status worsens, and to what. */
  change: { from: string; status: GradeStatus } | null;
}

export interface Availability {
  contractDate: string;
  termMonths: number;
  cap: CostCap;
  grades: GradeAvailability[];
}

function statusAt(grade: RiskGrade, termMonths: number, cap: Decimal, policy: PricingPolicy) {
  const rates = policyCostRates(policy.pricing, grade, termMonths);
  const requiredRate = costPlusRate(rates);
  const breakEvenRate = rates.funding.plus(rates.operating).plus(rates.expectedLoss);
  const gap = requiredRate.minus(cap);
  const status: GradeStatus = withinCostCap(requiredRate, cap)
    ? 'open'
    : withinCostCap(breakEvenRate, cap) && gap.lte(policy.pricing.exceptions.croMaxDiscountRate)
      ? 'exception-only'
      : 'closed';
  return {
    rates,
    requiredRate,
    breakEvenRate,
    status,
    maxExpectedLossOpen: cap.minus(requiredRate.minus(rates.expectedLoss)),
  };
}

const RANK: Record<GradeStatus, number> = { open: 0, 'exception-only': 1, closed: 2 };

/**
 * Every grade's status at `termMonths` on `contractDate` (default today), with the date it next worsens.
 *
 * @example gradeAvailability({ contractDate: '2028-01-01', termMonths: 12 }, policy).grades.map((g) => g.status)
 * // ['open', 'open', 'open', 'closed', 'closed']
 */
export function gradeAvailability(
  input: { contractDate?: string | undefined; termMonths: number },
  policy: PricingPolicy,
): Availability {
  const cap = costCapOn(input, policy);
  const laterCaps: CostCap[] = [];
  for (let c: CostCap = cap; c.next;) {
    c = costCapOn({ contractDate: c.next.from, termMonths: input.termMonths }, policy);
    laterCaps.push(c);
  }
  const grades = policy.pricing.grades.map((grade) => {
    const now = statusAt(grade, input.termMonths, cap.rate, policy);
    const worse = laterCaps
      .map((c) => ({ from: c.contractDate, status: statusAt(grade, input.termMonths, c.rate, policy).status }))
      .find((s) => RANK[s.status] > RANK[now.status]);
    return {
      grade,
      status: now.status,
      requiredRate: now.requiredRate,
      breakEvenRate: now.breakEvenRate,
      expectedLoss: D(grade.pd).times(grade.lgd),
      maxExpectedLossOpen: now.maxExpectedLossOpen,
      change: worse ?? null,
    };
  });
  return { contractDate: cap.contractDate, termMonths: input.termMonths, cap, grades };
}
