/**
 * portfolioReserve: one portfolio, both measures (RP-06 §7). Balances come by
 * DPD bucket (each bucket reserved at its policy category) or by category (ECL
 * then uses each category's proxy bucket).
 *
 * RP-06 §7:
 * 1. The loan-loss allowance booked is the expected credit loss (CAS 22). The
 *    five-tier reserve is never booked.
 * 2. What the booked allowance lacks of the regulatory reference — the five-tier
 *    reserve, and the regulatory coverage / loan-provision requirement of §5 — is
 *    covered by appropriating a general risk reserve from profit after tax (held
 *    in equity, not in the allowance or in profit or loss), or by a documented
 *    management overlay on ECL. This calculator measures the appropriation needed
 *    with no overlay: an approved overlay is part of ECL and lowers it.
 * 3. The reserve on the regulatory basis (监管口径的准备) = booked allowance +
 *    general risk reserve; the coverage and loan provision ratios are measured on
 *    it (§5), and the monthly risk report also shows them on the booked allowance
 *    alone. A shortfall against the risk appetite is not appropriated: it follows
 *    the limit-breach procedure, so it is reported, not covered.
 *
 * All amounts are sums and differences of figures already rounded to the fen
 * (per-line ECL and five-tier reserves, required reserves), so they are exact fen.
 */
import { D, Decimal, ZERO, type DecimalInput } from '../decimal';
import { CalcError } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { CATEGORIES, type Category } from '../policy/categories';
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

/** The general risk reserve (一般风险准备) to appropriate from equity for loan risk this month end (RP-06 §7 item 2). */
export interface GeneralRiskReserve {
  /** max(0, five-tier total − booked allowance): what the ECL lacks of the five-tier reserve. */
  fiveTierGap: Decimal;
  /**
   * max(0, regulatory required reserve − (booked allowance + fiveTierGap)): what is still
   * needed for the regulatory coverage / loan-provision requirement (RP-06 §5, as the company applies it).
   */
  requirementGap: Decimal;
  /** fiveTierGap + requirementGap = max(0, max(five-tier total, regulatory required) − booked allowance). */
  total: Decimal;
}

/**
 * Example (hand-checkable): 1,000,000 元 all 正常, by category, default rate and term.
 * Five-tier total = 1,000,000 × 1.5% = 15,000.00; the regulatory requirement (150% / 2.5%)
 * with no NPLs = 1,000,000 × 2.5% = 25,000.00; the ECL (12-month, current bucket) is
 * about 7,943.70. Then:
 *   bookedAllowance        =  7,943.70   (= ecl.total.allowance)
 *   generalRiskReserve     = { fiveTierGap: 7,056.30, requirementGap: 10,000.00, total: 17,056.30 }
 *   regulatoryBasisReserve = 25,000.00   (7,943.70 + 17,056.30)
 *   coverage.loanProvision = 2.5%        (25,000 ÷ 1,000,000); coverageOnBooked.loanProvision ≈ 0.79%
 */
export interface PortfolioReserve {
  /** The five-tier reserve (specific + general): the regulatory reference, never booked (RP-06 §4). */
  fiveTier: FiveTierReserve;
  ecl: EclResult;
  /** The loan-loss allowance booked (减值准备) = the ECL allowance, ecl.total.allowance (RP-06 §7 item 1). */
  bookedAllowance: Decimal;
  /** The general risk reserve to appropriate from equity (RP-06 §7 item 2). */
  generalRiskReserve: GeneralRiskReserve;
  /**
   * The reserve on the regulatory basis (监管口径的准备) = bookedAllowance + generalRiskReserve.total
   * = max(ECL, five-tier total, regulatory required reserve) (RP-06 §7 item 4).
   */
  regulatoryBasisReserve: Decimal;
  /** Coverage and loan provision ratios on the regulatory basis, against the regulatory and appetite requirements (RP-06 §5). */
  coverage: CoverageResult;
  /** The same ratios on the booked allowance alone, as the monthly risk report also shows them (RP-06 §5). */
  coverageOnBooked: CoverageResult;
}

/**
 * The month-end reserve of a portfolio given by bucket or by category: five-tier reserve, ECL, booked
 * allowance, general risk reserve and the coverage ratios on both bases (RP-06 §4–§7).
 *
 * @example portfolioReserve({ by: 'category', balances: ['8000000', '400000', '200000', '100000', '30000'] }, policy.provisioning).fiveTier.total // 288950.00
 */
export function portfolioReserve(input: PortfolioInput, policy: Provisioning, appetite?: Appetite): PortfolioReserve {
  const keys: readonly string[] = input.by === 'bucket' ? policy.ecl.buckets.map((b) => b.id) : CATEGORIES;
  if (input.balances.length !== keys.length) {
    throw new CalcError('invalid-input', {
      zh: `需要 ${keys.length} 个余额。`,
      en: `${keys.length} balances are needed.`,
    });
  }
  const byCategory: Record<Category, Decimal> = {
    normal: ZERO,
    specialMention: ZERO,
    substandard: ZERO,
    doubtful: ZERO,
    loss: ZERO,
  };
  const exposures: EclExposure[] = keys.map((key, i) => {
    const balance = balanceOf(input.balances[i], key, true);
    const category = input.by === 'bucket' ? policy.ecl.buckets[i]!.category : (key as Category);
    byCategory[category] = byCategory[category].plus(balance);
    const where = input.by === 'bucket' ? { bucket: key } : { category };
    return {
      label: key,
      balance,
      ...where,
      annualRate: input.annualRate ?? D(policy.ecl.defaultEffectiveRate),
      remainingMonths: input.remainingMonths ?? policy.ecl.defaultRemainingMonths,
    };
  });
  const fiveTier = fiveTierReserve(byCategory, policy);
  const ecl = expectedCreditLoss(exposures, policy);
  const { totalLoans, npl } = fiveTier;

  const bookedAllowance = ecl.total.allowance;
  const fiveTierGap = Decimal.max(ZERO, fiveTier.total.minus(bookedAllowance));
  // The regulatory requirement's shortfall once the five-tier gap is appropriated (the appetite is not appropriated).
  const regulatory = coverageRatios(bookedAllowance.plus(fiveTierGap), totalLoans, npl, policy).requirements.find(
    (q) => q.source === 'regulatory',
  )!;
  const requirementGap = regulatory.shortfall;
  const total = fiveTierGap.plus(requirementGap);
  const regulatoryBasisReserve = bookedAllowance.plus(total);
  return {
    fiveTier,
    ecl,
    bookedAllowance,
    generalRiskReserve: { fiveTierGap, requirementGap, total },
    regulatoryBasisReserve,
    coverage: coverageRatios(regulatoryBasisReserve, totalLoans, npl, policy, appetite),
    coverageOnBooked: coverageRatios(bookedAllowance, totalLoans, npl, policy, appetite),
  };
}
