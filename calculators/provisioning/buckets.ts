/** Days-past-due buckets of the ECL parameters (RP-06 §6.3). */
import { CalcError } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { categoryRank, type Category } from '../policy/categories';
import { dpdFloor } from '../policy/dpd-floor';

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

/**
 * The bucket with this id, or CalcError('no-bucket').
 *
 * @example bucketById('dpd31to60', policy.provisioning).fromDays // 31 (to 60) with the committed buckets
 */
export function bucketById(id: string, policy: Provisioning): Bucket {
  const found = policy.ecl.buckets.find((b) => b.id === id);
  if (!found) throw new CalcError('no-bucket', { zh: `没有名为 ${id} 的逾期分段。`, en: `No bucket called ${id}.` });
  return found;
}

/**
 * The bucket whose ECL parameters stand in for a category when only category balances are known.
 *
 * @example proxyBucket('substandard', policy.provisioning).id // 'dpd91to180'
 */
export const proxyBucket = (category: Category, policy: Provisioning): Bucket =>
  bucketById(policy.ecl.categoryProxy[category], policy);

/** Days of a bucket reserved at a stricter category than loan-by-loan classification gives them. */
export interface StricterDays {
  bucket: Bucket;
  /** First and last day of the bucket whose DPD floor is milder than the bucket's category. */
  fromDays: number;
  toDays: number;
  /** The category loan-by-loan classification gives those days (the DPD floor at `fromDays`). */
  classified: Category;
}

/**
 * Buckets reserved more strictly than the classifier would classify part of their days (calculators review #27):
 * with the committed buckets, 181–360 DPD is reserved as 可疑 while days 181–270 classify as 次级. A
 * conservative choice of the policy, listed so the reserve page can say so next to its tables.
 *
 * @example stricterDays(policy.provisioning).map((s) => [s.bucket.id, s.fromDays, s.toDays, s.classified])
 * // [['dpd181to360', 181, 270, 'substandard']]
 */
export function stricterDays(policy: Provisioning): StricterDays[] {
  const out: StricterDays[] = [];
  for (const bucket of policy.ecl.buckets) {
    const rank = categoryRank(bucket.category);
    const milder = (d: number) => categoryRank(dpdFloor(d, policy.classification)) < rank;
    if (!milder(bucket.fromDays)) continue;
    // The floor only rises with the days, so the milder days run from the bucket's first day.
    let to = bucket.fromDays;
    const last = bucket.toDays ?? policy.classification.lossOverDays + 1;
    while (to < last && milder(to + 1)) to++;
    out.push({
      bucket,
      fromDays: bucket.fromDays,
      toDays: to,
      classified: dpdFloor(bucket.fromDays, policy.classification),
    });
  }
  return out;
}
