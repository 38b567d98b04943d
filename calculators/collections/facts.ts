/**
 * Validating a case and deriving the figures every option shares: the penalty
 * rate and interest, the claim, the arrears, the unchanged regular schedule,
 * the cost cap for the loan's contract date and the base its cost is measured on.
 *
 * Valid facts: amounts finite, ≥ 0 and to the fen; whole DPD and month counts;
 * the overdue principal part of the outstanding principal; something owed;
 * principal not yet due only with instalments left to pay; DPD above 0 exactly
 * when something is overdue. Anything else is impossible and throws
 * CalcError('invalid-case') with a message in both languages. Tiny claims are
 * valid: the options are computed and the cap check flags any plan whose fen
 * rounding lifts its annualised rate over the cap.
 */
import { decimalArg } from '../args';
import { contractDateOf } from '../dated';
import { D, Decimal, roundFen, type DecimalInput } from '../decimal';
import { CalcError, type Bilingual } from '../errors';
import { formatPercent } from '../format';
import { costCapOn, type CostCap } from '../pricing/cost-cap';
import { amortize, type Schedule } from '../schedule/amortize';
import { estimatePenaltyInterest, penaltyRateFor } from './money';
import type { CostBase, RepaymentCase, RepaymentPolicy } from './types';

export interface CaseFigures {
  outstanding: Decimal;
  overduePrincipal: Decimal;
  overdueInterest: Decimal;
  contractRate: Decimal;
  capacity: Decimal;
  funds: Decimal;
  dpd: number;
  remaining: number;
  age: number;
  /** The loan's contract date (YYYY-MM-DD) and the all-in cost cap for it and the loan's total term. */
  contractDate: string;
  costCap: CostCap;
  costCapTermMonths: number;
  /** What a plan's all-in cost is measured against: the money actually lent (see costBaseOf). */
  costBase: CostBase;
  /** The hard line the penalty rate is capped at (governance). */
  penaltyCap: Decimal;
  penaltyRate: Decimal;
  penaltyRateUncapped: Decimal;
  penalty: Decimal;
  penaltyEstimated: boolean;
  /** outstanding principal + overdue interest + penalty */
  claim: Decimal;
  /** Overdue principal + overdue interest: what penalty interest accrues on. */
  overdueBase: Decimal;
  /** overdue principal + overdue interest + penalty */
  arrears: Decimal;
  /** The unchanged schedule of the principal not yet due; null when the loan has matured. */
  regular: Schedule | null;
}

/** `field`: the RepaymentCase input responsible, so an island can show the message under it (calculators review #24). */
const invalid = (message: Bilingual, field?: keyof RepaymentCase & string): never => {
  throw new CalcError('invalid-case', message, field);
};

const AMOUNT_NAMES: Record<string, Bilingual> = {
  outstandingPrincipal: { zh: '剩余本金', en: 'The outstanding principal' },
  overduePrincipal: { zh: '逾期本金', en: 'The overdue principal' },
  overdueInterest: { zh: '逾期利息', en: 'The overdue interest' },
  penaltyInterest: { zh: '罚息', en: 'The penalty interest' },
  monthlyCapacity: { zh: '每月还款能力', en: 'The monthly repayment capacity' },
  availableFunds: { zh: '可一次性支付的资金', en: 'The funds available now' },
};

/** A non-negative amount to the fen; `field` names it in the error (the English text starts with the field key). */
function amountOf(field: keyof typeof AMOUNT_NAMES & string, value: DecimalInput): Decimal {
  let v: Decimal | undefined;
  try {
    v = D(value);
  } catch {
    v = undefined;
  }
  if (!v || !v.isFinite() || v.isNeg() || v.decimalPlaces() > 2) {
    const name = AMOUNT_NAMES[field]!;
    invalid(
      {
        zh: `${name.zh}须为不小于 0、最多两位小数的金额。`,
        en: `${name.en} must be an amount of at least 0 with at most two decimals.`,
      },
      field as keyof RepaymentCase & string,
    );
  }
  return v!;
}

/**
 * The money actually lent that a plan's all-in cost is measured against (OP-02; audit M12;
 * calculators review #16): the borrower's cash flows are −base at the first unpaid due date, then the
 * plan's payments from the month after signing.
 *
 * Why this bounds the loan-life cost from above. Split the loan's life at the first unpaid due date
 * D₀ (DPD days ago). Before D₀ the borrower paid on schedule at the contract's all-in rate, which was
 * within the cap when the loan was made; closing that part with the balance owed at D₀ (the principal
 * then outstanding plus the interest then due) gives cash flows whose IRR is that rate. The rest of
 * the life is −(that balance) at D₀ followed by whatever the borrower pays afterwards. Each part, and
 * the whole life, is one outflow followed by inflows, so its present value falls as the rate rises
 * and is ≤ 0 at any rate at or above its own IRR. At the larger of the two parts' IRRs both present
 * values are ≤ 0, so the whole life's is too: the loan-life rate is at most
 * max(contract rate, rate of the second part). The base used here is never larger than the true
 * balance at D₀: today's outstanding principal is at most the principal outstanding at D₀ (a
 * part-payment since then lowers it, which counts it as paid at D₀, earlier than it was), and the
 * unpaid interest is left out of the base altogether. The gap is counted as floor(DPD ÷ 30) whole
 * months, never more than the time elapsed on RP-10's 360-day year. A smaller base and a shorter
 * time both raise the rate, so the rate computed here is at least the second part's, and a plan that
 * passes the cap on it keeps the whole loan within the cap.
 *
 * With no principal left (only contract interest unpaid) the unpaid interest is the money still out
 * and is the base.
 *
 * @example costBaseOf(D(20000), D(400), 45) // { amount: 20000, basis: 'outstanding-principal', dpd: 45, monthsBefore: 1 }
 * @example costBaseOf(D(0), D(400), 45) // { amount: 400, basis: 'overdue-interest', dpd: 45, monthsBefore: 1 }
 */
export function costBaseOf(outstanding: Decimal, overdueInterest: Decimal, dpd: number): CostBase {
  const monthsBefore = Math.floor(dpd / 30);
  return outstanding.gt(0)
    ? { amount: outstanding, basis: 'outstanding-principal', dpd, monthsBefore }
    : { amount: overdueInterest, basis: 'overdue-interest', dpd, monthsBefore };
}

/**
 * The case as the options need it: every figure checked and made a Decimal, the penalty rate capped and
 * the penalty estimated when the ledger gives none, the cost cap and cost base for the loan. Throws
 * CalcError('invalid-input') naming the figure that is wrong.
 *
 * @example caseFigures({ outstandingPrincipal: '20000', overduePrincipal: '3000', overdueInterest: '400', dpd: 45, contractRate: '0.18', remainingTermMonths: 10, loanAgeMonths: 14, monthlyCapacity: '2500', contractDate: '2026-12-04' }, policy) // { penaltyRate: 0.24, penalty: 102 (estimated), arrears: 3502, claim: 20502, … }
 */
export function caseFigures(facts: RepaymentCase, policy: RepaymentPolicy): CaseFigures {
  if (!facts || typeof facts !== 'object') invalid({ zh: '缺少案件数据。', en: 'The case figures are missing.' });
  const c = policy.collections;
  const penaltyCap = D(policy.governance.riskAppetite.maxAllInAprRate);
  const outstanding = amountOf('outstandingPrincipal', facts.outstandingPrincipal);
  const overduePrincipal = amountOf('overduePrincipal', facts.overduePrincipal);
  const overdueInterest = amountOf('overdueInterest', facts.overdueInterest);
  const capacity = amountOf('monthlyCapacity', facts.monthlyCapacity);
  const funds = amountOf('availableFunds', facts.availableFunds ?? 0);
  const ledgerPenalty =
    facts.penaltyInterest === undefined ? undefined : amountOf('penaltyInterest', facts.penaltyInterest);
  const contractRate = decimalArg(facts.contractRate, { zh: '合同利率', en: 'contractRate: the contract rate' });
  const { dpd, remainingTermMonths: remaining, loanAgeMonths: age } = facts;

  if (contractRate.isNeg() || contractRate.gt(1)) {
    invalid(
      {
        zh: '合同利率须为 0 至 100% 之间的年利率。',
        en: 'The contract rate must be an annual rate from 0 to 100%.',
      },
      'contractRate',
    );
  }
  const whole = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  if (!whole(dpd, 3650) || !whole(remaining, 600) || !whole(age, 600)) {
    invalid({
      zh: '逾期天数、剩余期数和已还款月数须为非负整数。',
      en: 'dpd, remainingTermMonths and loanAgeMonths must be whole numbers of at least 0.',
    });
  }
  if (overduePrincipal.gt(outstanding)) {
    invalid(
      {
        zh: '逾期本金不能大于剩余本金。',
        en: 'The overdue principal cannot exceed the outstanding principal.',
      },
      'overduePrincipal',
    );
  }
  if (outstanding.plus(overdueInterest).isZero())
    invalid({ zh: '没有欠款，无需制定方案。', en: 'Nothing is owed, so there is nothing to plan.' });
  const currentPrincipal = outstanding.minus(overduePrincipal);
  if (currentPrincipal.gt(0) && remaining === 0) {
    invalid(
      {
        zh: '尚未到期的本金须有剩余期数。',
        en: 'Principal not yet due needs at least one remaining instalment.',
      },
      'remainingTermMonths',
    );
  }
  const overdueBase = overduePrincipal.plus(overdueInterest);
  if (overdueBase.gt(0) !== dpd > 0) {
    invalid(
      {
        zh: '有逾期本金或利息时，逾期天数须大于 0；没有时须为 0。',
        en: 'Days past due must be above 0 when principal or interest is overdue, and 0 when nothing is.',
      },
      'dpd',
    );
  }

  const contractDate = contractDateOf(facts.contractDate);
  // The cap for the loan as written: its contract date and its whole term (months run + months left).
  const costCapTermMonths = Math.min(600, Math.max(1, age + remaining));
  const costCap = costCapOn({ contractDate, termMonths: costCapTermMonths }, policy);

  const penaltyRateUncapped = contractRate.times(D(c.penalty.penaltyUpliftRate).plus(1));
  const penaltyRate = penaltyRateFor(contractRate, c.penalty.penaltyUpliftRate, penaltyCap);
  if (!penaltyRate) {
    throw new CalcError(
      'rate-above-cap',
      {
        zh: `合同利率高于本公司综合年化成本上限 ${formatPercent(penaltyCap, 'zh')}，须先按合规程序处理。`,
        en: `The contract rate is above the institution's all-in cap of ${formatPercent(penaltyCap, 'en')}; refer the loan to compliance first.`,
      },
      'contractRate',
    );
  }
  const penalty = ledgerPenalty ?? estimatePenaltyInterest(overdueBase, penaltyRate, dpd);
  const regular = currentPrincipal.gt(0)
    ? amortize({
        principal: currentPrincipal,
        annualRate: contractRate,
        termMonths: remaining,
        method: 'equal-instalment',
      })
    : null;

  return {
    outstanding,
    overduePrincipal,
    overdueInterest,
    contractRate,
    capacity,
    funds,
    dpd,
    remaining,
    age,
    contractDate,
    costCap,
    costCapTermMonths,
    costBase: costBaseOf(outstanding, overdueInterest, dpd),
    penaltyCap,
    penaltyRate,
    penaltyRateUncapped,
    penalty: roundFen(penalty),
    penaltyEstimated: ledgerPenalty === undefined,
    claim: outstanding.plus(overdueInterest).plus(penalty),
    overdueBase,
    arrears: overdueBase.plus(penalty),
    regular,
  };
}
