/**
 * Classification consequence of each option, decided by the provisioning
 * module's category rules (RP-06 §3.2, §3.4; the same rules classifyLoan applies,
 * without the other triggers, which a repayment plan does not change):
 *
 *  - today: the loan as it stands (its DPD floor);
 *  - plans 2–4 (catch-up, extension, 个性化分期): a contract change in the
 *    borrower's favour for a borrower in difficulty is a restructured asset.
 *    Once signed nothing is overdue, so the loan is classified as restructured,
 *    in its observation period, with today's category as the category before
 *    the restructuring (at least 关注; a non-performing loan is not upgraded);
 *  - settlement: the loan closes, nothing is left to classify;
 *  - legal route: no contract change; the loan keeps ageing until recovery.
 */
import type { Bilingual } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { CATEGORY_NAMES, type Category } from '../policy/categories';
import { categoryOf } from '../provisioning/category-rules';

export interface ClassificationConsequence {
  /** True for a restructuring (plans 2–4): the observation-period rules apply. */
  restructured: boolean;
  /** Category today. */
  categoryBefore: Category;
  /** Category once the option is in place; null when the loan is closed (settlement). */
  categoryAfter: Category | null;
  /** Observation period in months for a restructuring with monthly repayments; null otherwise. */
  observationMonths: number | null;
  text: Bilingual;
}

/**
 * The loan's category today by its DPD floor alone: what every option's consequence starts from.
 *
 * @example categoryToday(45, policy.provisioning) // 'specialMention'
 * @example categoryToday(100, policy.provisioning) // 'substandard'
 */
export const categoryToday = (dpd: number, policy: Provisioning): Category => categoryOf({ dpd }, policy).category;

/**
 * Settlement closes the loan: nothing is left to classify, and the waiver is a concession, not a restructuring.
 *
 * @example settlementClassification(45, policy.provisioning) // { restructured: false, categoryBefore: 'specialMention', categoryAfter: null, observationMonths: null, text: … }
 */
export function settlementClassification(dpd: number, policy: Provisioning): ClassificationConsequence {
  return {
    restructured: false,
    categoryBefore: categoryToday(dpd, policy),
    categoryAfter: null,
    observationMonths: null,
    text: {
      zh: '一次性结清后贷款终结，不再分类；减免的罚息作为让步记录在案，不属于重组。',
      en: 'Settlement in full closes the loan, so nothing is left to classify; the waived penalty interest is recorded as a concession. It is not a restructuring.',
    },
  };
}

/**
 * Plans 2–4 change the contract in a struggling borrower's favour, so the loan becomes a restructured asset
 * in its observation period (RP-06 §3.4), classified by the same rules as classifyLoan.
 *
 * @example restructuringClassification(45, policy.provisioning) // { restructured: true, categoryBefore: 'specialMention', categoryAfter: 'specialMention', observationMonths: 12, text: … }
 */
export function restructuringClassification(dpd: number, policy: Provisioning): ClassificationConsequence {
  const before = categoryToday(dpd, policy);
  const after = categoryOf(
    {
      dpd: 0,
      restructured: true,
      observationMonths: 0,
      consecutiveOnTimePayments: 0,
      categoryBeforeRestructuring: before,
    },
    policy,
  );
  const { observationMinPeriods: periods, observationMinMonths } = policy.classification;
  const months = Math.max(observationMinMonths, periods); // monthly repayments: one period = one month
  return {
    restructured: true,
    categoryBefore: before,
    categoryAfter: after.category,
    observationMonths: months,
    text: {
      zh: `重组资产，重组后归为${CATEGORY_NAMES[after.category].zh}类（${after.text.zh}）。观察期自重组后首个还款日起，至少连续${periods}个还款期且不少于${months}个月。`,
      en: `Restructured asset, ${CATEGORY_NAMES[after.category].en} after the change (${after.text.en}). The observation period starts at the first repayment date after the change and lasts at least ${periods} consecutive repayment periods and ${months} months.`,
    },
  };
}

/**
 * 30 days a month for the ageing estimate.
 *
 * @example legalRouteClassification(45, 6, policy.provisioning) // { restructured: false, categoryBefore: 'specialMention', categoryAfter: 'substandard', observationMonths: null, text: … }
 */
export function legalRouteClassification(
  dpd: number,
  monthsToRecovery: number,
  policy: Provisioning,
): ClassificationConsequence {
  const before = categoryToday(dpd, policy);
  const later = categoryToday(dpd + monthsToRecovery * 30, policy);
  return {
    restructured: false,
    categoryBefore: before,
    categoryAfter: later,
    observationMonths: null,
    text: {
      zh: `不变更合同，不属于重组；贷款继续按逾期天数分类，目前为${CATEGORY_NAMES[before].zh}类，预计回收时为${CATEGORY_NAMES[later].zh}类，届时评估核销。`,
      en: `No contract change, so not a restructuring; the loan keeps being classified by days past due: ${CATEGORY_NAMES[before].en} now and ${CATEGORY_NAMES[later].en} by the expected recovery date, when write-off is assessed.`,
    },
  };
}
