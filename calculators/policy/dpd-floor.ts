/**
 * The days-past-due floors (RP-06 §3.2, 《商业银行金融资产风险分类办法》 2023): the mildest category
 * a loan may hold for its days past due. Thresholds read "more than" (超过): with the Order's
 * 90 days, day 90 is still 关注 and day 91 is 次级. One rule for the classifier
 * (provisioning/category-rules.ts) and for the schema's check that no DPD bucket is milder
 * than its floor (policy/provisioning.ts). No zod here: islands import it.
 */
import type { Category } from './categories';

/** The classification thresholds of provisioning.yaml that set the floors. */
export interface DpdThresholds {
  specialMentionFromDays: number;
  substandardOverDays: number;
  doubtfulOverDays: number;
  lossOverDays: number;
}

/**
 * The DPD floor of a loan `dpd` days past due.
 *
 * @example dpdFloor(90, policy.provisioning.classification) // 'specialMention'
 * @example dpdFloor(91, policy.provisioning.classification) // 'substandard'
 */
export function dpdFloor(dpd: number, c: DpdThresholds): Category {
  if (dpd > c.lossOverDays) return 'loss';
  if (dpd > c.doubtfulOverDays) return 'doubtful';
  if (dpd > c.substandardOverDays) return 'substandard';
  return dpd >= c.specialMentionFromDays ? 'specialMention' : 'normal';
}
