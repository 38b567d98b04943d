/**
 * The three checks policy lists need, shared by every schema's superRefine: ids unique, items in
 * order, ranges contiguous with only the last open-ended. Each adds its issue at the offending
 * item's field, so a build error names e.g. `ecl.buckets[3].fromDays`.
 */
import type { z } from 'zod';

type Path = (string | number)[];

/**
 * An issue at `[...at, i, key]` for every item whose `key` repeats an earlier item's.
 *
 * @example uniqueBy(grades, 'id', ctx, (id) => `grade ${id} is listed twice`)
 */
export function uniqueBy<T, K extends keyof T & string>(
  items: readonly T[],
  key: K,
  ctx: z.RefinementCtx,
  message: (id: string) => string,
  at: Path = [],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = String(item[key]);
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...at, i, key], message: message(id) });
    seen.add(id);
  });
}

/**
 * An issue at `[...at, i, key]` for every item that does not follow its predecessor as `follows` requires.
 *
 * @example inOrder(bands, 'upToMonths', ctx, (b, prev) => b.upToMonths > prev.upToMonths, (b, prev) => `… ${b.upToMonths} months follows ${prev.upToMonths}`)
 */
export function inOrder<T>(
  items: readonly T[],
  key: keyof T & string,
  ctx: z.RefinementCtx,
  follows: (item: T, prev: T) => boolean,
  message: (item: T, prev: T) => string,
  at: Path = [],
): void {
  items.forEach((item, i) => {
    const prev = items[i - 1];
    if (prev !== undefined && !follows(item, prev))
      ctx.addIssue({ code: 'custom', path: [...at, i, key], message: message(item, prev) });
  });
}

/**
 * Day ranges `{ id, fromDays, toDays? }` that tile first…∞: the first from `first.day` (0 unless
 * said), each from the day after the previous one ends, only the last open-ended (no toDays).
 *
 * @example contiguousRanges(buckets, ctx, 'bucket', ['ecl', 'buckets'])
 * @example contiguousRanges(stages, ctx, 'stage', ['stages'], { day: -3, why: 'the first stage is the pre-due reminder' })
 */
export function contiguousRanges(
  items: readonly { id: string; fromDays: number; toDays?: number | undefined }[],
  ctx: z.RefinementCtx,
  name: string,
  at: Path = [],
  first: { day: number; why: string } = { day: 0, why: `the first ${name} holds loans not past due` },
): void {
  const issue = (i: number, key: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [...at, i, key], message });
  items.forEach((b, i) => {
    const prev = items[i - 1];
    const last = i === items.length - 1;
    if (i === 0 && b.fromDays !== first.day) issue(i, 'fromDays', `must be ${first.day}: ${first.why}`);
    if (prev?.toDays !== undefined && b.fromDays !== prev.toDays + 1) {
      issue(
        i,
        'fromDays',
        `must be ${prev.toDays + 1} (the day after ${name} ${prev.id} ends): ${name}s are contiguous`,
      );
    }
    if (!last && b.toDays === undefined) issue(i, 'toDays', `only the last ${name} may be open-ended`);
    if (last && b.toDays !== undefined) issue(i, 'toDays', `the last ${name} must be open-ended (no toDays)`);
  });
}
