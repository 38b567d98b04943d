/**
 * The five options, each built from the case figures (facts.ts):
 *
 *   1. settle — settle in full now, with part of the accrued penalty interest waived;
 *   2. catch-up — the regular schedule continues; the arrears are spread over N months on top;
 *   3. extension (展期) — overdue interest and penalty capitalised with the principal and re-amortised over a longer term;
 *   4. personalised (个性化分期) — penalty waived, interest frozen or reduced, repaid over up to maxPlanMonths;
 *   5. legal — litigation: expected recovery, time and cost.
 *
 * Every schedule is the core `amortize` (等额本息), rounded as the core rounds.
 * Plans 2–4 take the shortest term in their range whose highest payment is
 * affordable; if none is, the longest (lowest payment), flagged unaffordable.
 * Catch-up and extension charge the contract rate on everything; penalty
 * accrual stops because nothing is overdue once the plan is signed, which is
 * not counted as a concession.
 */
import { D, Decimal, ZERO, roundFen } from '../decimal';
import type { Bilingual } from '../errors';
import { formatDays, formatMoney, formatPercent } from '../format';
import { amortize } from '../schedule/amortize';
import { legalRouteClassification, restructuringClassification, settlementClassification } from './classification';
import type { CaseFigures } from './facts';
import { affordabilityRatio, approvalLevelFor, isAffordable, penaltyWaiver, planNpv } from './money';
import { borrowerRateOf, combine, interestForgone, shortestAffordable, type Built } from './search';
import { REPAYMENT_OPTION_NAMES, type RepaymentOption, type RepaymentPolicy } from './types';

type PlanCode = 'catch-up' | 'extension' | 'personalised';

/** NPV of monthly payments from month 1, to the fen. */
const npvOfPayments = (payments: Decimal[], discountRate: number) =>
  roundFen(planNpv(payments.map((amount, i) => ({ month: i + 1, amount })), discountRate));

const waiverShare = (waived: Decimal, penalty: Decimal) => (penalty.gt(0) ? waived.div(penalty) : ZERO);

/** Everything plans 2–4 share once their schedules are built. */
function planOption(
  f: CaseFigures,
  policy: RepaymentPolicy,
  o: { code: PlanCode; n: number; built: Built; affordable: boolean; debt: Decimal; waived?: Decimal; forgone?: Decimal; capitalised?: Decimal; note: Bilingual },
): RepaymentOption {
  const p = policy.collections.plans;
  const waived = o.waived ?? ZERO;
  const forgone = o.forgone ?? ZERO;
  const concession = waived.plus(forgone);
  const rate = borrowerRateOf(o.debt, o.built.payments);
  // Compared at the precision the rate is shown (0.01%), as RP-10 compares it with the cap.
  const withinAllInCap = rate ? rate.simple.toDecimalPlaces(4).lte(f.cap) : null;
  const approval = approvalLevelFor(policy.collections.approvalMatrix, { waiverShare: waiverShare(waived, f.penalty), concession, planMonths: o.n });
  const notes = [o.note];
  if (!approval) notes.push({ zh: '让步金额或期限超出审批矩阵，不得提供。', en: 'The concession or length is beyond the approval matrix; the option cannot be offered.' });
  if (withinAllInCap === false) {
    notes.push({
      zh: '按分舍入后方案的年化利率超过本公司综合年化成本上限，不得提供。',
      en: "After rounding to the fen, the plan's annualised rate is above the institution's all-in cap; it cannot be offered.",
    });
  }
  return {
    code: o.code,
    name: REPAYMENT_OPTION_NAMES[o.code],
    available: true,
    unavailableReason: null,
    planMonths: o.n,
    payments: o.built.payments,
    monthlyPayment: o.built.peak,
    capacity: f.capacity,
    affordability: affordabilityRatio(o.built.peak, f.capacity),
    affordable: o.affordable,
    totalCollected: o.built.payments.reduce((s, x) => s.plus(x), ZERO),
    penaltyWaived: waived,
    interestForgone: forgone,
    concession,
    capitalised: o.capitalised ?? ZERO,
    cost: ZERO,
    npv: npvOfPayments(o.built.payments, p.discountRate),
    borrowerRate: rate,
    withinAllInCap,
    classification: restructuringClassification(f.dpd, policy.provisioning),
    approval,
    eligible: o.affordable && approval !== null && withinAllInCap !== false,
    notes,
  };
}

/** An option that cannot be set up for this case: nothing to pay, nothing to approve, never eligible. */
function unavailable(f: CaseFigures, policy: RepaymentPolicy, code: PlanCode, reason: Bilingual): RepaymentOption {
  return {
    code,
    name: REPAYMENT_OPTION_NAMES[code],
    available: false,
    unavailableReason: reason,
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
    capitalised: ZERO,
    cost: ZERO,
    npv: ZERO,
    borrowerRate: null,
    withinAllInCap: null,
    classification: restructuringClassification(f.dpd, policy.provisioning),
    approval: null,
    eligible: false,
    notes: [],
  };
}

const affordableFor = (capacity: Decimal, ratio: number) => (peak: Decimal) => isAffordable(peak, capacity, ratio);

export function settleOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const { plans: p, approvalMatrix } = policy.collections;
  const waived = penaltyWaiver(f.penalty, p.settlementWaiverRate, approvalMatrix);
  const lump = f.claim.minus(waived);
  const capacity = f.capacity.plus(f.funds);
  const affordable = isAffordable(lump, capacity, p.affordabilityMaxRatio);
  const approval = approvalLevelFor(approvalMatrix, { waiverShare: waiverShare(waived, f.penalty), concession: waived, planMonths: 0 });
  return {
    code: 'settle',
    name: REPAYMENT_OPTION_NAMES.settle,
    available: true,
    unavailableReason: null,
    planMonths: 0,
    payments: [lump],
    monthlyPayment: lump,
    capacity,
    affordability: affordabilityRatio(lump, capacity),
    affordable,
    totalCollected: lump,
    penaltyWaived: waived,
    interestForgone: ZERO,
    concession: waived,
    capitalised: ZERO,
    cost: ZERO,
    npv: roundFen(lump), // paid at signing: month 0, not discounted
    borrowerRate: null,
    withinAllInCap: null,
    classification: settlementClassification(f.dpd, policy.provisioning),
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

export function catchUpOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const p = policy.collections.plans;
  if (f.arrears.isZero()) {
    return unavailable(f, policy, 'catch-up', { zh: '没有逾期金额，无需补缴。', en: 'Nothing is overdue, so there is nothing to catch up.' });
  }
  const hi = Math.min(p.catchUpMaxMonths, Math.max(f.remaining, p.consumerLoanMaxTermMonths - f.age));
  if (hi < 1) {
    return unavailable(f, policy, 'catch-up', { zh: '贷款已达最长期限，无法再安排分期补缴。', en: 'The loan has reached its maximum term; the arrears cannot be spread further.' });
  }
  const build = (n: number) =>
    combine([...(f.regular ? [f.regular] : []), amortize({ principal: f.arrears, annualRate: f.contractRate, termMonths: n, method: 'equal-instalment' })]);
  const s = shortestAffordable(1, hi, build, affordableFor(f.capacity, p.affordabilityMaxRatio));
  return planOption(f, policy, {
    code: 'catch-up',
    n: s.n,
    built: s.built,
    affordable: s.affordable,
    debt: f.claim,
    note: {
      zh: `逾期本金、逾期利息和罚息共 ${formatMoney(f.arrears, 'zh')} 按合同利率分 ${s.n} 个月补缴，原还款计划不变。`,
      en: `The arrears of ${formatMoney(f.arrears, 'en')} (overdue principal, interest and penalty) are repaid at the contract rate over ${s.n} months on top of the unchanged schedule.`,
    },
  });
}

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
  const build = (n: number) => combine([amortize({ principal: f.claim, annualRate: f.contractRate, termMonths: n, method: 'equal-instalment' })]);
  const s = shortestAffordable(lo, hi, build, affordableFor(f.capacity, p.affordabilityMaxRatio));
  const capitalised = f.overdueInterest.plus(f.penalty);
  return planOption(f, policy, {
    code: 'extension',
    n: s.n,
    built: s.built,
    affordable: s.affordable,
    debt: f.claim,
    capitalised,
    note: {
      zh: `剩余本金与逾期利息、罚息（资本化 ${formatMoney(capitalised, 'zh')}）合计 ${formatMoney(f.claim, 'zh')}，按合同利率重新分 ${s.n} 期；贷款总期限 ${f.age + s.n} 个月。`,
      en: `Remaining principal plus overdue interest and penalty (${formatMoney(capitalised, 'en')} capitalised), ${formatMoney(f.claim, 'en')} in all, re-amortised at the contract rate over ${s.n} months; total loan term ${f.age + s.n} months.`,
    },
  });
}

export function personalisedOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const { plans: p, approvalMatrix } = policy.collections;
  const waived = penaltyWaiver(f.penalty, p.personalisedWaiverRate, approvalMatrix);
  const debt = f.claim.minus(waived);
  const planRate = Decimal.min(D(p.personalisedPlanRate), f.contractRate);
  const build = (n: number) => combine([amortize({ principal: debt, annualRate: planRate, termMonths: n, method: 'equal-instalment' })]);
  const s = shortestAffordable(1, p.maxPlanMonths, build, affordableFor(f.capacity, p.affordabilityMaxRatio));
  return planOption(f, policy, {
    code: 'personalised',
    n: s.n,
    built: s.built,
    affordable: s.affordable,
    debt,
    waived,
    forgone: interestForgone(s.built.schedules[0]!, f.contractRate, planRate),
    capitalised: f.overdueInterest.plus(f.penalty).minus(waived),
    note: {
      zh: `减免罚息 ${formatMoney(waived, 'zh')}，余额 ${formatMoney(debt, 'zh')} 按年利率 ${formatPercent(planRate, 'zh')} 分 ${s.n} 期偿还。`,
      en: `Penalty of ${formatMoney(waived, 'en')} waived; the balance of ${formatMoney(debt, 'en')} is repaid over ${s.n} months at ${formatPercent(planRate, 'en')} a year.`,
    },
  });
}

/** Litigation: costs paid at filing (month 0), the expected recovery after legalRecoveryMonths. */
export function legalOption(f: CaseFigures, policy: RepaymentPolicy): RepaymentOption {
  const l = policy.collections.legal;
  const recovery = roundFen(f.claim.times(l.legalRecoveryRate));
  const cost = roundFen(D(l.legalCostAmount).plus(f.claim.times(l.legalCostRate)));
  const npv = roundFen(planNpv([{ month: 0, amount: cost.neg() }, { month: l.legalRecoveryMonths, amount: recovery }], policy.collections.plans.discountRate));
  const reasons: Bilingual[] = [];
  if (f.dpd < l.legalMinDpdDays) reasons.push({ zh: `逾期未满 ${formatDays(l.legalMinDpdDays, 'zh')}`, en: `fewer than ${formatDays(l.legalMinDpdDays, 'en')} past due` });
  if (f.claim.lt(l.legalMinClaimAmount)) reasons.push({ zh: `债权低于 ${formatMoney(l.legalMinClaimAmount, 'zh')}`, en: `claim below ${formatMoney(l.legalMinClaimAmount, 'en')}` });
  return {
    code: 'legal',
    name: REPAYMENT_OPTION_NAMES.legal,
    available: reasons.length === 0,
    unavailableReason: reasons.length
      ? { zh: `暂不符合诉讼条件：${reasons.map((r) => r.zh).join('；')}。`, en: `Not yet eligible for litigation: ${reasons.map((r) => r.en).join('; ')}.` }
      : null,
    planMonths: l.legalRecoveryMonths,
    payments: [],
    monthlyPayment: ZERO,
    capacity: f.capacity,
    affordability: null,
    affordable: false,
    totalCollected: recovery,
    penaltyWaived: ZERO,
    interestForgone: ZERO,
    concession: ZERO,
    capitalised: ZERO,
    cost,
    npv,
    borrowerRate: null,
    withinAllInCap: null,
    classification: legalRouteClassification(f.dpd, l.legalRecoveryMonths, policy.provisioning),
    approval: { level: null, approver: l.approver },
    eligible: false,
    notes: [
      {
        zh: `预计 ${l.legalRecoveryMonths} 个月后回收 ${formatMoney(recovery, 'zh')}（债权的 ${formatPercent(l.legalRecoveryRate, 'zh')}），立案时支出费用 ${formatMoney(cost, 'zh')}。`,
        en: `Expected recovery ${formatMoney(recovery, 'en')} (${formatPercent(l.legalRecoveryRate, 'en')} of the claim) after ${l.legalRecoveryMonths} months, with ${formatMoney(cost, 'en')} of costs paid at filing.`,
      },
    ],
  };
}
