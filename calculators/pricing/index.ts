/** Risk-based pricing (RP-03): required rate, its components, RAROC, caps, offers. */
export { priceLoan, evaluateOffer, fundingBand, findGrade, exceptionApproval } from './price';
export { economicsAt, costPlusRate, capitalCharge, raroc, type CostRates, type LoanShape } from './economics';
export { balanceYears, openingBalances } from './balance';
export { solveIncreasing } from './solve';
export { aprCapCheck, lprLineCheck, limitChecks } from './checks';
export { pricingPolicyIssues } from './policy-check';
export type * from './types';
