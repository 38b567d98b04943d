/**
 * portfolioReserve: one portfolio, both views (RP-06 §7). Balances come by DPD
 * bucket (each bucket reserved at its policy category) or by category (ECL then
 * uses each category's proxy bucket). The allowance to book is the higher of the
 * five-tier reserve (specific + general) and the ECL allowance — the company's
 * prudential rule — and the coverage indicators are measured on it.
 */
import { D, ZERO, type Decimal, type DecimalInput } from '../decimal';
import { CalcError } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { CATEGORIES, type Category } from './categories';
import { coverageRatios, type Appetite, type CoverageResult } from './coverage';
import { expectedCreditLoss, type EclExposure, type EclResult } from './ecl';
import { balanceOf, fiveTierReserve, type FiveTierReserve } from './five-tier';

export interface PortfolioInput {
  by: 'bucket' | 'category';
  /** One balance per bucket (policy order) or per category (正常 … 损失). */
  balances: readonly DecimalInput[];
  annualRate?: DecimalInput;
  remainingMonths?: number;
}

export interface PortfolioReserve {
  fiveTier: FiveTierReserve;
  ecl: EclResult;
  /** The higher of the five-tier reserve and the ECL allowance. */
  booked: Decimal;
  coverage: CoverageResult;
}

export function portfolioReserve(input: PortfolioInput, policy: Provisioning, appetite?: Appetite): PortfolioReserve {
  const keys: readonly string[] = input.by === 'bucket' ? policy.ecl.buckets.map((b) => b.id) : CATEGORIES;
  if (input.balances.length !== keys.length) {
    throw new CalcError('invalid-input', { zh: `需要 ${keys.length} 个余额。`, en: `${keys.length} balances are needed.` });
  }
  const byCategory: Record<Category, Decimal> = { normal: ZERO, specialMention: ZERO, substandard: ZERO, doubtful: ZERO, loss: ZERO };
  const exposures: EclExposure[] = keys.map((key, i) => {
    const balance = balanceOf(input.balances[i], key, true);
    const category = input.by === 'bucket' ? policy.ecl.buckets[i]!.category : (key as Category);
    byCategory[category] = byCategory[category].plus(balance);
    const where = input.by === 'bucket' ? { bucket: key } : { category };
    return { label: key, balance, ...where, annualRate: input.annualRate ?? D(policy.ecl.defaultEffectiveRate), remainingMonths: input.remainingMonths ?? policy.ecl.defaultRemainingMonths };
  });
  const fiveTier = fiveTierReserve(byCategory, policy);
  const ecl = expectedCreditLoss(exposures, policy);
  const booked = ecl.total.allowance.gt(fiveTier.total) ? ecl.total.allowance : fiveTier.total;
  return {
    fiveTier,
    ecl,
    booked,
    coverage: coverageRatios(booked, fiveTier.totalLoans, fiveTier.npl, policy, appetite),
  };
}
