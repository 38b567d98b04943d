/** Cumulative cash collected per option, month by month: the series the options chart draws. */
// No runtime imports: the options chart's lazy chunk carries this module alone, so nothing the island
// bundles (decimal.ts) is split into a chunk of its own that the island would load up front.
import type { Decimal } from '../decimal';
import type { RepaymentOption } from './types';

/**
 * Cash collected by the end of each month 0…`lastMonth` under `option`: a settlement all at
 * month 0; the legal route its costs at month 0 (negative) and its recovery net of costs at the
 * month it concludes; a plan its payments as they fall due.
 *
 * @example cumulativeCollections(catchUp, 2) // [0, payments[0], payments[0] + payments[1]]
 */
export function cumulativeCollections(option: RepaymentOption, lastMonth = option.planMonths): Decimal[] {
  const out: Decimal[] = [];
  let sum = option.totalCollected.times(0); // a Decimal 0 without importing decimal.ts (see above)
  for (let m = 0; m <= lastMonth; m++) {
    if (option.code === 'settle') sum = m === 0 ? option.payments[0]! : sum;
    else if (option.code === 'legal')
      sum = m === 0 ? option.cost.neg() : m === option.planMonths ? option.totalCollected.minus(option.cost) : sum;
    else if (m > 0) sum = sum.plus(option.payments[m - 1] ?? 0);
    out.push(sum);
  }
  return out;
}
