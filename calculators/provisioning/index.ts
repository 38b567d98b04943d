/**
 * Asset classification and provisioning (RP-06): the single source of truth for
 * a loan's five-tier category and ECL stage, the five-tier reserve, expected
 * credit loss and the coverage indicators. For build-time code; islands import the
 * file that defines what they need (calculators/README.md, "Import rule").
 */
export {
  CATEGORIES,
  CATEGORY_NAMES,
  NPL_CATEGORIES,
  categoryRank,
  worseCategory,
  isNonPerforming,
  type Category,
  type Stage,
} from '../policy/categories';
export {
  classifyLoan,
  TRIGGERS,
  OBSERVATION_TRIGGERS,
  type LoanFacts,
  type Trigger,
  type Classification,
  type RuleHit,
} from './classify';
export { categoryOf, categoryRules, strictest, type CategoryFacts } from './category-rules';
export {
  fiveTierReserve,
  reserveBand,
  type BalancesByCategory,
  type FiveTierReserve,
  type ReserveLine,
} from './five-tier';
export {
  expectedCreditLoss,
  eclLine,
  type EclExposure,
  type EclLine,
  type EclPeriod,
  type EclResult,
  type EclTotals,
} from './ecl';
export { portfolioReserve, type GeneralRiskReserve, type PortfolioInput, type PortfolioReserve } from './portfolio';
export { coverageRatios, floorMissed, type Appetite, type CoverageResult, type Requirement } from './coverage';
export { bucketForDpd, bucketById, proxyBucket, stricterDays, type Bucket, type StricterDays } from './buckets';
export {
  parseDays,
  parseCount,
  parseBalance,
  parseAnnualPercent,
  splitPastedCells,
  readPastedBalances,
  type PastedBalances,
} from './input';
export { ORDER as CLASSIFICATION_ORDER } from './citations';
export type { Provisioning } from '../policy/provisioning';
