/**
 * The five options, each built from the case figures (facts.ts):
 *
 *   1. settle — settle in full now, with part of the accrued penalty interest waived;
 *   2. catch-up — the regular schedule continues; the arrears are spread over N months on top;
 *   3. extension (展期) — the outstanding principal re-amortised at the contract rate over a longer term;
 *   4. personalised (个性化分期) — penalty waived, interest frozen or reduced, repaid over up to maxPlanMonths;
 *   5. legal — litigation: expected recovery, time and cost.
 *
 * Interest is charged on principal only: no plan capitalises overdue interest or penalty interest
 * (OP-02; audit M12). In plans 2–4 the principal part (overdue principal for catch-up, the outstanding
 * principal for extension and 个性化分期) is amortised at the plan's rate, and the overdue interest
 * and unwaived penalty are a second, interest-free schedule over the same months, paid alongside.
 * Penalty accrual stops because nothing is overdue once the plan is signed, which is not counted as a
 * concession; nor is leaving interest off interest and penalty, which the company never charges.
 *
 * Every schedule is the core `amortize` (等额本息), rounded as the core rounds.
 * Plans 2–4 take the shortest term in their range whose highest payment is
 * affordable; if none is, the longest (lowest payment), flagged unaffordable.
 * Each plan's cost is measured over the loan's life against the money actually lent (facts.ts
 * costBaseOf) and compared with the cap for the loan's contract date by RP-10's rule (withinCostCap).
 */
import { D, Decimal, ZERO, roundFen } from '../decimal';
import type { Bilingual } from '../errors';
import { formatDays, formatMoney, formatPercent } from '../format';
import { withinCostCap } from '../pricing/cost-cap';
import { amortize, type Schedule } from '../schedule/amortize';
import {
  legalRouteClassification,
  restructuringClassification,
  settlementClassification,
  type ClassificationConsequence,
} from './classification';
import type { CaseFigures } from './facts';
import { affordabilityRatio, approvalLevelFor, isAffordable, penaltyWaiver, planNpv } from './money';
import { borrowerRateOf, combine, interestForgone, shortestAffordable, type Built } from './search';
import { REPAYMENT_OPTION_NAMES, type RepaymentOption, type RepaymentPolicy } from './types';

type PlanCode = 'catch-up' | 'extension' | 'personalised';

/** NPV of monthly payments from month 1, to the fen. */
const npvOfPayments = (payments: Decimal[], discountRate: number) =>
  roundFen(
    planNpv(
      payments.map((amount, i) => ({ month: i + 1, amount })),
      discountRate,
    ),
  );

const waiverShare = (waived: Decimal, penalty: Decimal) => (penalty.gt(0) ? waived.div(penalty) : ZERO);

/**
 * A plan's schedules over n months: `principal` amortised at `rate`, and `interestFree` (overdue
 * interest and unwaived penalty) amortised at 0% over the same months. Interest is charged on the
 * principal only; the interest-free part is never added to it. Either part may be absent (zero).
 */
function planSchedules(principal: Decimal, rate: Decimal, interestFree: Decimal, n: number): Schedule[] {
  const level = (amount: Decimal, annualRate: Decimal) =>
    amortize({ principal: amount, annualRate, termMonths: n, method: 'equal-instalment' });
  return [
    ...(principal.gt(0) ? [level(principal, rate)] : []),
    ...(interestFree.gt(0) ? [level(interestFree, ZERO)] : []),
  ];
}

/**
 * The option with nothing in it: not available, nothing to pay, collect or approve, never eligible.
 * Each option below starts from it and sets what differs.
 */
function blank(
  f: CaseFigures,
  code: RepaymentOption['code'],
  classification: ClassificationConsequence,
): RepaymentOption {
  return {
    code,
    name: REPAYMENT_OPTION_NAMES[code],
    available: false,
    unavailableReason: null,
    planMonths: 0,
    payments: [],
    monthlyPayment: ZERO,
    capacity: f.capacity,
    affordability: null,
    affordable: false,
    totalCollected: ZERO,
    penaltyWaived: ZERO,
    interestForgone: ZERO,
    concession: ZERO,
    interestFree: ZERO,
    cost: ZERO,
    npv: ZERO,
    borrowerRate: null,
    withinAllInCap: null,
    classification,
    approval: null,
    eligible: false,
    notes: [],
  };
}

/** Everything plans 2–4 share once their schedules are built. */
function planOption(
  f: CaseFigures,
  policy: RepaymentPolicy,
  o: {
    code: PlanCode;
    n: number;
    built: Built;
    affordable: boolean;
    interestFree: Decimal;
    waived?: Decimal;
    forgone?: Decimal;
    note: Bilingual;
  },
): RepaymentOption {
  const p = policy.collections.plans;
  const waived = o.waived ?? ZERO;
  const forgone = o.forgone ?? ZERO;
  const concession = waived.plus(forgone);
  // The loan-life cost against the money actually lent (facts.ts costBaseOf), not the restructured debt.
  const rate = borrowerRateOf(f.costBase.amount, f.costBase.monthsBefore, o.built.payments);
  // RP-10's one comparison with the cap (rounded to the disclosed 0.01%, at the cap exactly passes).
  const withinAllInCap = rate ? withinCostCap(rate.simple, f.costCap.rate) : null;
  const approval = approvalLevelFor(policy.collections.approvalMatrix, {
    waiverShare: waiverShare(waived, f.penalty),
    concession,
    planMonths: o.n,
  });
  const notes = [o.note];
  if (!approval)
    notes.push({
      zh: '让步金额或期限超出审批矩阵，不得提供。',
      en: 'The concession or length is beyond the approval matrix; the option cannot be offered.',
    });
  if (rate && withinAllInCap === false) {
    // The base and the cap's date and source are stated once for all plans (RepaymentComparison.costBase, costCap).
    notes.push({
      zh: `借款人综合年化成本 ${formatPercent(rate.simple, 'zh', 2, 2)} 超过上限 ${formatPercent(f.costCap.rate, 'zh', 2, 2)}，不得提供。`,
      en: `The borrower's all-in annualised cost of ${formatPercent(rate.simple, 'en', 2, 2)} is above the cap of ${formatPercent(f.costCap.rate, 'en', 2, 2)}; it cannot be offered.`,
    });
  }
  return {
    ...blank(f, o.code, restructuringClassification(f.dpd, policy.provisioning)),
    available: true,
    planMonths: o.n,
    payments: o.built.payments,
    monthlyPayment: o.built.peak,
    affordability: affordabilityRatio(o.built.peak, f.capacity),
    affordable: o.affordable,
    totalCollected: o.built.payments.reduce((s, x) => s.plus(x), ZERO),
    penaltyWaived: waived,
    interestForgone: forgone,
    concession,
    interestFree: o.interestFree,
    npv: npvOfPayments(o.built.payments, p.discountRate),
    borrowerRate: rate,
    withinAllInCap,
    approval,
    eligible: o.affordable && approval !== null && withinAllInCap !== false,
    notes,
  };
}

/** An option that cannot be set up for this case: nothing to pay, nothing to approve, never eligible. */
function unavailable(f: CaseFigures, policy: RepaymentPolicy, code: PlanCode, reason: Bilingual): RepaymentOption {
  return { ...blank(f, code, restructuringClassification(f.dpd, policy.provisioning)), unavailableReason: reason };
}

const affordableFor = (capacity: Decimal, ratio: number) => (peak: Decimal) => isAffordable(peak, capacity, ratio);

/**
 * Option 1: settle in full now, with the penalty waived up to the share the approval matrix allows.
 *
 * @example settleOption(f, policy) // with f = caseFigures({ outstandingPrincipal: '20000', overduePrincipal: '3000', overdueInterest: '400', dpd: 45, contractRate: '0.18', remainingTermMonths: 10, loanAgeMonths: 14, monthlyCapacity: '2500', contractDate: '2026-12-04' }, policy): monthlyPayment 20451 (half the 102 penalty waived), concession 51, affordable false with no funds
 */
export function settleOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const { plans: p, approvalMatrix } = policy.collections;
  const waived = penaltyWaiver(f.penalty, p.settlementWaiverRate, approvalMatrix);
  const lump = f.claim.minus(waived);
  const capacity = f.capacity.plus(f.funds);
  const affordable = isAffordable(lump, capacity, p.affordabilityMaxRatio);
  const approval = approvalLevelFor(approvalMatrix, {
    waiverShare: waiverShare(waived, f.penalty),
    concession: waived,
    planMonths: 0,
  });
  return {
    ...blank(f, 'settle', settlementClassification(f.dpd, policy.provisioning)),
    available: true,
    payments: [lump],
    monthlyPayment: lump,
    capacity,
    affordability: affordabilityRatio(lump, capacity),
    affordable,
    totalCollected: lump,
    penaltyWaived: waived,
    concession: waived,
    npv: roundFen(lump), // paid at signing: month 0, not discounted
    approval,
    eligible: affordable && approval !== null,
    notes: [
      {
        zh: `一次性付清全部剩余本金、逾期利息和未减免的罚息，共 ${formatMoney(lump, 'zh')}；今后的合同利息不再发生。`,
        en: `Pays all remaining principal, overdue interest and the unwaived penalty, ${formatMoney(lump, 'en')} in all; no further contract interest arises.`,
      },
    ],
  };
}

/**
 * Option 2: the regular schedule continues and the arrears are spread over the shortest affordable term on top.
 *
 * @example catchUpOption(f, policy) // for the case under settleOption: 10 months, highest payment 2218.92, NPV 21606.20, no concession
 */
export function catchUpOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const p = policy.collections.plans;
  if (f.arrears.isZero()) {
    return unavailable(f, policy, 'catch-up', {
      zh: '没有逾期金额，无需补缴。',
      en: 'Nothing is overdue, so there is nothing to catch up.',
    });
  }
  const hi = Math.min(p.catchUpMaxMonths, Math.max(f.remaining, p.consumerLoanMaxTermMonths - f.age));
  if (hi < 1) {
    return unavailable(f, policy, 'catch-up', {
      zh: '贷款已达最长期限，无法再安排分期补缴。',
      en: 'The loan has reached its maximum term; the arrears cannot be spread further.',
    });
  }
  const interestFree = f.overdueInterest.plus(f.penalty);
  const build = (n: number) =>
    combine([...(f.regular ? [f.regular] : []), ...planSchedules(f.overduePrincipal, f.contractRate, interestFree, n)]);
  const s = shortestAffordable(1, hi, build, affordableFor(f.capacity, p.affordabilityMaxRatio));
  return planOption(f, policy, {
    code: 'catch-up',
    n: s.n,
    built: s.built,
    affordable: s.affordable,
    interestFree,
    note: {
      zh: `逾期本金 ${formatMoney(f.overduePrincipal, 'zh')} 按合同利率、逾期利息和罚息 ${formatMoney(interestFree, 'zh')} 不计息，分 ${s.n} 个月补缴，原还款计划不变。`,
      en: `The overdue principal of ${formatMoney(f.overduePrincipal, 'en')} at the contract rate, and the overdue interest and penalty of ${formatMoney(interestFree, 'en')} without interest, are repaid over ${s.n} months on top of the unchanged schedule.`,
    },
  });
}

/**
 * Option 3 (展期): the outstanding principal re-amortised at the contract rate over a longer term, within the loan's
 * 5-year maximum.
 *
 * @example extensionOption(f, policy) // for the case under settleOption: 11 months, highest payment 2031.52, NPV 21707.54, no concession
 */
export function extensionOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const p = policy.collections.plans;
  const lo = f.remaining + 1; // an extension is longer than what is left
  const hi = Math.min(p.maxPlanMonths, p.consumerLoanMaxTermMonths - f.age);
  if (hi < lo) {
    return unavailable(f, policy, 'extension', {
      zh: `展期后总期限将超过 ${p.consumerLoanMaxTermMonths} 个月的最长期限或方案期限上限。`,
      en: `An extension would take the loan past the ${p.consumerLoanMaxTermMonths}-month maximum term or the plan-length cap.`,
    });
  }
  // Only the principal bears interest: the overdue interest and penalty are repaid alongside, interest-free.
  const interestFree = f.overdueInterest.plus(f.penalty);
  const build = (n: number) => combine(planSchedules(f.outstanding, f.contractRate, interestFree, n));
  const s = shortestAffordable(lo, hi, build, affordableFor(f.capacity, p.affordabilityMaxRatio));
  return planOption(f, policy, {
    code: 'extension',
    n: s.n,
    built: s.built,
    affordable: s.affordable,
    interestFree,
    note: {
      zh: `剩余本金 ${formatMoney(f.outstanding, 'zh')} 按合同利率重新分 ${s.n} 期，逾期利息和罚息 ${formatMoney(interestFree, 'zh')} 不计息、同期分摊；贷款总期限 ${f.age + s.n} 个月。`,
      en: `The outstanding principal of ${formatMoney(f.outstanding, 'en')} is re-amortised at the contract rate over ${s.n} months; the overdue interest and penalty of ${formatMoney(interestFree, 'en')} bear no interest and are spread over the same months; total loan term ${f.age + s.n} months.`,
    },
  });
}

/**
 * Option 4 (个性化分期): penalty waived, interest frozen or reduced, repaid over up to maxPlanMonths.
 *
 * @example personalisedOption(f, policy) // for the case under settleOption: 10 months, highest payment 2040, NPV 19864.33, concession 1752
 */
export function personalisedOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const { plans: p, approvalMatrix } = policy.collections;
  const waived = penaltyWaiver(f.penalty, p.personalisedWaiverRate, approvalMatrix);
  const debt = f.claim.minus(waived);
  const interestFree = f.overdueInterest.plus(f.penalty).minus(waived);
  const planRate = Decimal.min(D(p.personalisedPlanRate), f.contractRate);
  const build = (n: number) => combine(planSchedules(f.outstanding, planRate, interestFree, n));
  const s = shortestAffordable(1, p.maxPlanMonths, build, affordableFor(f.capacity, p.affordabilityMaxRatio));
  // Interest forgone is on the principal schedule only (the interest-free part would bear none anyway).
  const principalSchedule = f.outstanding.gt(0) ? s.built.schedules[0] : undefined;
  return planOption(f, policy, {
    code: 'personalised',
    n: s.n,
    built: s.built,
    affordable: s.affordable,
    interestFree,
    waived,
    forgone: principalSchedule ? interestForgone(principalSchedule, f.contractRate, planRate) : ZERO,
    note: {
      zh: `减免罚息 ${formatMoney(waived, 'zh')}，余额 ${formatMoney(debt, 'zh')} 分 ${s.n} 期偿还，只对剩余本金按年利率 ${formatPercent(planRate, 'zh')} 计息。`,
      en: `Penalty of ${formatMoney(waived, 'en')} waived; the balance of ${formatMoney(debt, 'en')} is repaid over ${s.n} months, with interest at ${formatPercent(planRate, 'en')} a year on the outstanding principal only.`,
    },
  });
}

/**
 * Litigation: costs paid at filing (month 0), the expected recovery after legalRecoveryMonths.
 *
 * @example legalOption(f, policy) // for the case under settleOption: available false (45 DPD is too early to sue), NPV 5050.05 after 18 months
 */
export function legalOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const l = policy.collections.legal;
  const recovery = roundFen(f.claim.times(l.legalRecoveryRate));
  const cost = roundFen(D(l.legalCostAmount).plus(f.claim.times(l.legalCostRate)));
  const npv = roundFen(
    planNpv(
      [
        { month: 0, amount: cost.neg() },
        { month: l.legalRecoveryMonths, amount: recovery },
      ],
      policy.collections.plans.discountRate,
    ),
  );
  const reasons: Bilingual[] = [];
  if (f.dpd < l.legalMinDpdDays)
    reasons.push({
      zh: `逾期未满 ${formatDays(l.legalMinDpdDays, 'zh')}`,
      en: `fewer than ${formatDays(l.legalMinDpdDays, 'en')} past due`,
    });
  if (f.claim.lt(l.legalMinClaimAmount))
    reasons.push({
      zh: `债权低于 ${formatMoney(l.legalMinClaimAmount, 'zh')}`,
      en: `claim below ${formatMoney(l.legalMinClaimAmount, 'en')}`,
    });
  return {
    ...blank(f, 'legal', legalRouteClassification(f.dpd, l.legalRecoveryMonths, policy.provisioning)),
    available: reasons.length === 0,
    unavailableReason: reasons.length
      ? {
          zh: `暂不符合诉讼条件：${reasons.map((r) => r.zh).join('；')}。`,
          en: `Not yet eligible for litigation: ${reasons.map((r) => r.en).join('; ')}.`,
        }
      : null,
    planMonths: l.legalRecoveryMonths,
    totalCollected: recovery,
    cost,
    npv,
    approval: { level: null, approver: l.approver },
    notes: [
      {
        zh: `预计 ${l.legalRecoveryMonths} 个月后回收 ${formatMoney(recovery, 'zh')}（债权的 ${formatPercent(l.legalRecoveryRate, 'zh')}），立案时支出费用 ${formatMoney(cost, 'zh')}。`,
        en: `Expected recovery ${formatMoney(recovery, 'en')} (${formatPercent(l.legalRecoveryRate, 'en')} of the claim) after ${l.legalRecoveryMonths} months, with ${formatMoney(cost, 'en')} of costs paid at filing.`,
      },
    ],
  };
}
