/** Types of the pricing calculation. Type-only imports: no zod reaches an island. */
import type { Decimal, DecimalInput } from '../decimal';
import type { Bilingual } from '../errors';
import type { PricingParams } from '../policy/pricing';
import type { AnnualizedRate, Fees, RepaymentMethod, Schedule } from '../schedule/index';

export type { PricingParams };
export type RiskGrade = PricingParams['grades'][number];

/** What pricing needs from the policy files: the pricing grid and the all-in APR cap (governance). A full `Policy` fits. */
export interface PricingPolicy {
  pricing: PricingParams;
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
  /** pass / fail against a binding rule; info: a reference line that does not bind the institution. */
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
  schedule: Schedule;
  /** PBOC 公告〔2021〕第3号 annualised rate of the schedule at the required rate, fees included. */
  apr: AnnualizedRate;
  checks: Check[];
}

/** Who may approve the offered price; 'above-cap': the offer's all-in APR is over the cap, so no one may. */
export type ExceptionApproval = 'none' | 'risk-head' | 'cro' | 'not-approvable' | 'above-cap';

export interface OfferResult {
  price: PriceResult;
  offeredRate: Decimal;
  economics: Economics;
  raroc: Decimal;
  /** Economic profit per year of the loan's life (元). */
  economicProfitPerYear: Decimal;
  /** offered − required. Negative: below the minimum. */
  marginOverMinimum: Decimal;
  meetsHurdle: boolean;
  /** The rate at which income just covers funding, operating cost and expected loss (nothing left for capital). */
  breakEvenRate: Decimal;
  /** Who may approve this price under RP-03's exception rules. */
  approval: ExceptionApproval;
  schedule: Schedule;
  apr: AnnualizedRate;
  checks: Check[];
}
