/**
 * compareRepaymentPlans: the five ways out of arrears side by side, with the
 * recommendation (OP-02 个性化还款方案操作规程). Throws CalcError
 * ('invalid-case' | 'rate-above-cap') for impossible facts; see facts.ts.
 *
 * Per option: monthly payment (the highest scheduled), affordability
 * (payment ÷ capacity; affordable when ≤ capacity × affordabilityMaxRatio,
 * exactly), total collected, concession (penalty waived + interest forgone),
 * NPV to the institution (month t discounted by (1 + discountRate)^(−t/12)),
 * the borrower's all-in annualised rate (PBOC IRR method) over the loan's life
 * against the money actually lent (facts.ts costBaseOf), checked against the
 * cost cap for the loan's contract date (costCapOn, withinCostCap), the
 * classification consequence and the approval level. Unusable figures
 * (a missing or non-numeric contract rate, text for an amount, a bad date)
 * throw CalcError with both messages, never decimal.js's raw error.
 */
import { D } from '../decimal';
import { withinCostCap } from '../pricing/cost-cap';
import { categoryToday } from './classification';
import { caseFigures } from './facts';
import { planMonthlyDiscountRate } from './money';
import { catchUpOption, extensionOption, legalOption, personalisedOption, settleOption } from './options';
import { recommend } from './recommend';
import type { RepaymentCase, RepaymentComparison, RepaymentPolicy } from './types';

/**
 * The five ways out of arrears side by side, with the recommendation (OP-02); see the file header.
 *
 * @example compareRepaymentPlans({ outstandingPrincipal: '20000', overduePrincipal: '3000', overdueInterest: '400', dpd: 45, contractRate: '0.18', remainingTermMonths: 10, loanAgeMonths: 14, monthlyCapacity: '2500', availableFunds: '0' }, policy).recommendation.code // the eligible option with the highest NPV
 */
export function compareRepaymentPlans(facts: RepaymentCase, policy: RepaymentPolicy): RepaymentComparison {
  const f = caseFigures(facts, policy);
  const p = policy.collections.plans;
  const options = [settleOption, catchUpOption, extensionOption, personalisedOption, legalOption].map((build) =>
    build(f, policy),
  );
  const limit = f.capacity.times(D(p.affordabilityMaxRatio));
  return {
    contractDate: f.contractDate,
    costCap: f.costCap,
    costCapTermMonths: f.costCapTermMonths,
    costBase: f.costBase,
    contractRate: f.contractRate,
    contractRateAboveCap: !withinCostCap(f.contractRate, f.costCap.rate),
    penaltyRate: f.penaltyRate,
    penaltyRateCap: f.penaltyCap,
    penaltyRateUncapped: f.penaltyRateUncapped,
    penaltyInterest: f.penalty,
    penaltyEstimated: f.penaltyEstimated,
    claim: f.claim,
    arrears: f.arrears,
    overdueBase: f.overdueBase,
    regularInstalment: f.regular?.rows[0]?.payment ?? D(0),
    categoryNow: categoryToday(f.dpd, policy.provisioning),
    monthlyDiscountRate: planMonthlyDiscountRate(p.discountRate),
    annualDiscountFactor: D(1).plus(p.discountRate),
    affordableLimit: limit,
    options,
    recommendation: recommend(options, limit, policy),
  };
}
