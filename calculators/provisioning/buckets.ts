/** Days-past-due buckets of the ECL parameters (RP-06 §6.3). */
import { CalcError } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import type { Category } from '../policy/categories';

export type Bucket = Provisioning['ecl']['buckets'][number];

/**
 * The bucket that holds a loan `dpd` days past due (buckets are contiguous from day 0, the last open-ended).
 *
 * @example bucketForDpd(45, policy.provisioning).id // 'dpd31to60' with the committed buckets
 */
export function bucketForDpd(dpd: number, policy: Provisioning): Bucket {
  const found = policy.ecl.buckets.find((b) => dpd >= b.fromDays && (b.toDays === undefined || dpd <= b.toDays));
  if (!found)
    throw new CalcError('no-bucket', {
      zh: `逾期${dpd}天不属于任何分段。`,
      en: `No bucket holds ${dpd} days past due.`,
    });
  return found;
}

export function bucketById(id: string, policy: Provisioning): Bucket {
  const found = policy.ecl.buckets.find((b) => b.id === id);
  if (!found) throw new CalcError('no-bucket', { zh: `没有名为 ${id} 的逾期分段。`, en: `No bucket called ${id}.` });
  return found;
}

/** The bucket whose ECL parameters stand in for a category when only category balances are known. */
export const proxyBucket = (category: Category, policy: Provisioning): Bucket =>
  bucketById(policy.ecl.categoryProxy[category], policy);
