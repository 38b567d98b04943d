/** Collections: the repayment-options comparator and its building blocks (OP-02). */
export { compareRepaymentPlans } from './compare';
export { costBaseOf } from './facts';
export { cumulativeCollections } from './cumulative';
export {
  REPAYMENT_OPTION_NAMES,
  type CostBase,
  type RecommendationCode,
  type RepaymentCase,
  type RepaymentComparison,
  type RepaymentOption,
  type RepaymentOptionCode,
  type RepaymentPolicy,
} from './types';
export {
  affordabilityRatio,
  approvalLevelFor,
  estimatePenaltyInterest,
  floorFen,
  isAffordable,
  penaltyRateFor,
  penaltyWaiver,
  planMonthlyDiscountRate,
  planNpv,
} from './money';
export type { ClassificationConsequence } from './classification';
