/** The shapes the repayment-options comparator takes and returns (OP-02). */
import type { Bilingual } from '../errors';
import type { Decimal, DecimalInput } from '../decimal';
import type { Policy } from '../policy/index';
import type { CostCap } from '../pricing/cost-cap';
import type { PricingPolicy } from '../pricing/types';
import type { Category } from '../policy/categories';
import type { ClassificationConsequence } from './classification';

/**
 * The parameters the comparator reads: the collections file, classification (provisioning), the cost
 * cap by contract date (pricing.costCap and pricing.costGuideline with the LPR series: costCapOn) and
 * the hard all-in line that caps the penalty rate (governance.riskAppetite.maxAllInAprRate). A full
 * `Policy` fits.
 */
export type RepaymentPolicy = Pick<Policy, 'collections' | 'provisioning'> &
  Pick<PricingPolicy, 'pricing' | 'lpr'> & {
    governance: { riskAppetite: { maxAllInAprRate: number } };
  };

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
  /**
   * The loan's original contract date (YYYY-MM-DD); undefined or '' = today. Sets the all-in cost cap
   * the plans are held to (costCapOn for this date and the loan's total term). The cap only falls over
   * time, so today is the strictest date a loan already on the books can have.
   */
  contractDate?: string | undefined;
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
  /**
   * Overdue interest and (unwaived) penalty interest the plan repays WITHOUT charging interest on them:
   * they are spread evenly over the plan next to the principal, never added to it. Nothing is ever
   * capitalised (OP-02; audit M12). 0 for settlement and the legal route.
   */
  interestFree: Decimal;
  /** Legal costs (legal route only; otherwise 0). */
  cost: Decimal;
  /** Net present value to the institution at the policy discount rate, to the fen. */
  npv: Decimal;
  /**
   * The borrower's all-in annualised rate (PBOC IRR method) over the loan's life, measured against the
   * money actually lent (RepaymentComparison.costBase), not against the restructured debt; null when
   * not a payment plan (settlement, legal route).
   */
  borrowerRate: { simple: Decimal; compound: Decimal } | null;
  /** withinCostCap(borrowerRate.simple, costCap.rate): RP-10's one comparison, at 0.01%. null when there is no rate. */
  withinAllInCap: boolean | null;
  classification: ClassificationConsequence;
  /** Who approves: matrix level (index) and approver; level null for the legal route; null = beyond the matrix. */
  approval: { level: number | null; approver: Bilingual } | null;
  /** May be recommended: available, affordable, approvable and within the cap (never the legal route). */
  eligible: boolean;
  notes: Bilingual[];
}

/**
 * The money actually lent that a plan's cost is measured against: the outstanding principal (or, with
 * none left, the unpaid contract interest) placed at the first unpaid due date, `monthsBefore` whole
 * months before signing (DPD ÷ 30 rounded down: RP-10's 360-day year).
 */
export interface CostBase {
  amount: Decimal;
  basis: 'outstanding-principal' | 'overdue-interest';
  /** Days past due: the first unpaid due date was this many days before signing. */
  dpd: number;
  monthsBefore: number;
}

export interface RepaymentComparison {
  /** The loan's contract date the cap was looked up for (YYYY-MM-DD). */
  contractDate: string;
  /** The all-in cost cap for that date and the loan's total term (loan age + instalments left, at least 1). */
  costCap: CostCap;
  /** The loan's total term the cap was looked up for, in months. */
  costCapTermMonths: number;
  /** What every plan's borrowerRate is measured against. */
  costBase: CostBase;
  /** The annual contract rate, as given. */
  contractRate: Decimal;
  /** The contract rate itself is above costCap (a loan written above the cap in force on its date). */
  contractRateAboveCap: boolean;
  penaltyRate: Decimal;
  /** The hard line the penalty rate is capped at (governance.riskAppetite.maxAllInAprRate). */
  penaltyRateCap: Decimal;
  /** contract rate × (1 + uplift) before the cap. */
  penaltyRateUncapped: Decimal;
  penaltyInterest: Decimal;
  penaltyEstimated: boolean;
  /** outstanding principal + overdue interest + penalty interest. */
  claim: Decimal;
  /** overdue principal + overdue interest + penalty interest. */
  arrears: Decimal;
  /** overdue principal + overdue interest: what penalty interest accrues on. */
  overdueBase: Decimal;
  /** Regular instalment of the unchanged schedule (0 when the loan has matured). */
  regularInstalment: Decimal;
  categoryNow: Category;
  monthlyDiscountRate: Decimal;
  /** 1 + the annual discount rate: month t is discounted by this to the power t ÷ 12. */
  annualDiscountFactor: Decimal;
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
