/** The shapes the repayment-options comparator takes and returns (OP-02). */
import type { Bilingual } from '../errors';
import type { Decimal, DecimalInput } from '../decimal';
import type { Policy } from '../policy/index';
import type { Category } from '../provisioning/categories';
import type { ClassificationConsequence } from './classification';

/** The parameters the comparator reads: the collections file, the all-in cap (governance) and classification (provisioning). */
export type RepaymentPolicy = Pick<Policy, 'collections' | 'governance' | 'provisioning'>;

/** Facts of one delinquent loan. Amounts in 元 (at most two decimals), rates as annual fractions. */
export interface RepaymentCase {
  /** All principal not yet repaid, the overdue part included. */
  outstandingPrincipal: DecimalInput;
  /** Principal that fell due and is unpaid (part of outstandingPrincipal). */
  overduePrincipal: DecimalInput;
  /** Contractual interest that fell due and is unpaid. */
  overdueInterest: DecimalInput;
  /** Penalty interest accrued, from the ledger. Omitted: estimated from the DPD and the penalty rate. */
  penaltyInterest?: DecimalInput | undefined;
  /** Days past due of the oldest unpaid amount. */
  dpd: number;
  /** Annual contract rate. */
  contractRate: DecimalInput;
  /** Regular monthly instalments not yet due. */
  remainingTermMonths: number;
  /** Months since disbursement: an extension may not take the loan past the 5-year maximum. */
  loanAgeMonths: number;
  /** The borrower's verified monthly repayment capacity. */
  monthlyCapacity: DecimalInput;
  /** Funds the borrower can pay at once (for settlement); default 0. */
  availableFunds?: DecimalInput | undefined;
}

export type RepaymentOptionCode = 'settle' | 'catch-up' | 'extension' | 'personalised' | 'legal';
export type RecommendationCode = RepaymentOptionCode | 'hardship-review';

export interface RepaymentOption {
  code: RepaymentOptionCode;
  name: Bilingual;
  /** False when the option cannot be set up for this case (see unavailableReason). */
  available: boolean;
  unavailableReason: Bilingual | null;
  /** 0 for settlement, N for catch-up, the new term for extension and 个性化分期, months to recovery for the legal route. */
  planMonths: number;
  /** Scheduled payments by month from month 1 (settlement: the one payment at signing). Empty for the legal route. */
  payments: Decimal[];
  /**
   * The HIGHEST scheduled payment, which affordability is tested on. For a level schedule this is
   * usually the last, balancing payment, which can be a fen or two above the level instalment. 0 for the legal route.
   */
  monthlyPayment: Decimal;
  /** The capacity the payment is compared with (settlement: this month's capacity plus available funds). */
  capacity: Decimal;
  /** monthlyPayment ÷ capacity; null when the capacity is 0 and for the legal route. */
  affordability: Decimal | null;
  /** monthlyPayment ≤ capacity × affordabilityMaxRatio (and capacity > 0). Always false for the legal route. */
  affordable: boolean;
  /** Total the institution expects to collect (legal route: the expected gross recovery). */
  totalCollected: Decimal;
  penaltyWaived: Decimal;
  interestForgone: Decimal;
  /** penaltyWaived + interestForgone. */
  concession: Decimal;
  /** Arrears added to the principal (overdue interest and penalty): the balance rises by this. */
  capitalised: Decimal;
  /** Legal costs (legal route only; otherwise 0). */
  cost: Decimal;
  /** Net present value to the institution at the policy discount rate, to the fen. */
  npv: Decimal;
  /** The borrower's annualised rate of the plan (PBOC IRR method); null when not a payment plan. */
  borrowerRate: { simple: Decimal; compound: Decimal } | null;
  /** Simple annualised rate (to 0.01%) ≤ the all-in cap; null when there is no rate. */
  withinAllInCap: boolean | null;
  classification: ClassificationConsequence;
  /** Who approves: matrix level (index) and approver; level null for the legal route; null = beyond the matrix. */
  approval: { level: number | null; approver: Bilingual } | null;
  /** May be recommended: available, affordable, approvable and within the cap (never the legal route). */
  eligible: boolean;
  notes: Bilingual[];
}

export interface RepaymentComparison {
  penaltyRate: Decimal;
  penaltyInterest: Decimal;
  penaltyEstimated: boolean;
  /** outstanding principal + overdue interest + penalty interest. */
  claim: Decimal;
  /** overdue principal + overdue interest + penalty interest. */
  arrears: Decimal;
  /** Regular instalment of the unchanged schedule (0 when the loan has matured). */
  regularInstalment: Decimal;
  categoryNow: Category;
  monthlyDiscountRate: Decimal;
  /** The affordability limit: monthly capacity × affordabilityMaxRatio. */
  affordableLimit: Decimal;
  options: RepaymentOption[];
  recommendation: {
    code: RecommendationCode;
    /** True when no available repayment plan (1–4) is affordable. */
    noAffordableOption: boolean;
    reason: Bilingual;
  };
}

export const REPAYMENT_OPTION_NAMES: Record<RecommendationCode, Bilingual> = {
  settle: { zh: '一次性结清（减免部分罚息）', en: 'Settle now with a penalty waiver' },
  'catch-up': { zh: '补缴逾期分期', en: 'Catch-up plan' },
  extension: { zh: '展期', en: 'Extension' },
  personalised: { zh: '个性化分期', en: 'Personalised instalments' },
  legal: { zh: '法律诉讼', en: 'Legal route' },
  'hardship-review': { zh: '困难情况复核', en: 'Hardship review' },
};
