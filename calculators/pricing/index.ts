/** Risk-based pricing (RP-03): required rate, its components, RAROC, caps, offers. */
export { priceLoan, evaluateOffer, findGrade, exceptionApproval } from './price';
export { fundingBand, capitalPerBalance, policyCostRates } from './cost-rates';
export {
  lprOn,
  lprLine,
  costCapOn,
  withinCostCap,
  disclosedRate,
  capVerdict,
  type CostCap,
  type CostCapBasis,
} from './cost-cap';
export { gradeAvailability, type Availability, type GradeAvailability, type GradeStatus } from './availability';
export { economicsAt, costPlusRate, capitalCharge, raroc, type CostRates, type LoanShape } from './economics';
export { balanceYears, openingBalances } from './balance';
export { solveIncreasing } from './solve';
export { costCapCheck, lprLineCheck, limitChecks } from './checks';
export { pricingFeasibilityIssues } from './feasibility';
export type * from './types';
