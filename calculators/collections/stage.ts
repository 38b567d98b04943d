/**
 * Which collection stage (OP-01, collections.stages) a number of days past due falls in.
 * No zod, no decimal.js: the collector's task view bundles it for the browser, reading the
 * stage edges from the page.
 */

/** A stage's edges in days past due; the last stage is open-ended (no toDays). */
export interface StageRange {
  fromDays: number;
  toDays?: number | undefined;
}

/**
 * Index of the stage that holds `dpd`, or −1 when none does (before the first stage starts).
 *
 * @example stageIndexAt(45, policy.collections.stages) // 2 (M2: 31–60 DPD)
 * @example stageIndexAt(-5, policy.collections.stages) // -1
 */
export function stageIndexAt(dpd: number, stages: readonly StageRange[]): number {
  if (!Number.isInteger(dpd)) return -1;
  return stages.findIndex((s) => dpd >= s.fromDays && (s.toDays === undefined || dpd <= s.toDays));
}
