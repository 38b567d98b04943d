/** Types of the pricing calculation. Type-only imports: no zod reaches an island. */
import type { Decimal, DecimalInput } from '../decimal';
import type { Bilingual } from '../errors';
import type { PricingParams } from '../policy/pricing';
import type { LprParams } from '../policy/lpr';
import type { CostCap } from './cost-cap';
import type { Fees, RepaymentMethod, Schedule } from '../schedule/amortize';
import type { AnnualizedRate } from '../schedule/annualized-rate';

export type { PricingParams };
export type RiskGrade = PricingParams['grades'][number];

/** What pricing needs from the policy files: the pricing grid, the LPR series and the hard all-in line (governance). A full `Policy` fits. */
export interface PricingPolicy {
  pricing: PricingParams;
  lpr: LprParams;
  governance: { riskAppetite: { maxAllInAprRate: number; maxSingleBorrowerAmount?: number } };
}

/** What-if values that replace the policy's for one calculation; each is marked as overridden in the result. */
export interface PricingOverrides {
  fundingRate?: DecimalInput | undefined;
  targetMarginRate?: DecimalInput | undefined;
}

export interface PriceInput {
  grade: string;
  amount: DecimalInput;
  termMonths: number;
  method: RepaymentMethod;
  fees?: Fees | undefined;
  overrides?: PricingOverrides | undefined;
  /** YYYY-MM-DD; undefined or '' = today (the reader's local date). Sets the cap and the LPR used. */
  contractDate?: string | undefined;
}

export type ComponentKey = 'funding' | 'operating' | 'expectedLoss' | 'capital' | 'margin' | 'fees';

/** One step of the waterfall, as a rate per year of the balance. */
export interface PriceComponent {
  key: ComponentKey;
  rate: Decimal;
  /** true when the value is a what-if override, not the policy's. */
  overridden: boolean;
}

export interface Check {
  id: 'apr-cap' | 'lpr-line' | 'amount' | 'term' | 'bullet-term';
  /** pass / fail against a binding rule; info: a line shown for reference that does not bind on this contract date. */
  status: 'pass' | 'fail' | 'info';
  message: Bilingual;
}

/** The loan's economics at one contract rate, over its whole life. Money in 元 (unrounded), rates per year. */
export interface Economics {
  rate: Decimal;
  /** Σ opening balance × 1/12 (元·years). */
  balanceYears: Decimal;
  interest: Decimal;
  fees: Decimal;
  fundingCost: Decimal;
  operatingCost: Decimal;
  expectedLoss: Decimal;
  marginCharge: Decimal;
  /** Capital held × years: K × S. */
  capitalYears: Decimal;
  capitalYield: Decimal;
  /** income − funding − operating − expected loss − target margin + capital yield. */
  riskAdjustedReturn: Decimal;
  /** riskAdjustedReturn ÷ capitalYears: return on capital per year. */
  raroc: Decimal;
  /** riskAdjustedReturn − hurdle × capitalYears: profit above the hurdle over the life. */
  economicProfit: Decimal;
}

export interface PriceResult {
  grade: RiskGrade;
  /** Funding rate used (policy band or override) and the band's upper term. */
  fundingBandMonths: number;
  /** The minimum annual contract rate: RAROC equals the hurdle. */
  requiredRate: Decimal;
  /** The cost-plus rate: every cost and the margin before fees (the waterfall without its fees step). */
  costRate: Decimal;
  /** Waterfall; the rates sum to requiredRate exactly. */
  components: PriceComponent[];
  /** true when fees alone cover every cost, so the required rate is clamped at 0. */
  feesCoverAll: boolean;
  /** Economics at the required rate. */
  economics: Economics;
  /** Capital held at origination: amount × risk weight × capital ratio (元). */
  capitalAtStart: Decimal;
  /** Expected loss over the life (元, to the fen). */
  expectedLossAmount: Decimal;
  /** RAROC at the required rate (equals the hurdle). */
  raroc: Decimal;
  hurdleRate: Decimal;
  /** Capital held per unit of balance: risk weight × capital ratio. */
  capitalPerBalance: Decimal;
  /** The contract date the cap and the LPR were looked up for (YYYY-MM-DD). */
  contractDate: string;
  /** The all-in cost ceiling in force on the contract date. */
  costCap: CostCap;
  /** The one-year LPR in force on the contract date. */
  lpr: Decimal;
  schedule: Schedule;
  /** PBOC 公告〔2021〕第3号 annualised rate of the schedule at the required rate, fees included. */
  apr: AnnualizedRate;
  checks: Check[];
}

/**
 * Who may approve the offered price. No one may when the offer's all-in cost is over the cap in
 * force ('above-cap') or the loan is outside the amount and term limits ('outside-limits').
 */
export type ExceptionApproval = 'none' | 'risk-head' | 'cro' | 'not-approvable' | 'above-cap' | 'outside-limits';

export interface OfferResult {
  price: PriceResult;
  offeredRate: Decimal;
  economics: Economics;
  raroc: Decimal;
  /** Economic profit per year of the loan's life (元). */
  economicProfitPerYear: Decimal;
  /** offered − required. Negative: below the minimum. */
  marginOverMinimum: Decimal;
  /** required − offered: the price exception asked for (negative or zero: none). */
  discountBelowMinimum: Decimal;
  meetsHurdle: boolean;
  /** The rate at which income just covers funding, operating cost and expected loss (nothing left for capital). */
  breakEvenRate: Decimal;
  /** Who may approve this price under RP-03's exception rules. */
  approval: ExceptionApproval;
  schedule: Schedule;
  apr: AnnualizedRate;
  checks: Check[];
}
