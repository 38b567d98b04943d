/**
 * Policy parameters that change on a date. A dated parameter is a list of
 * steps, each in force from its `from` date until the next step's date; the
 * last runs on. Steps are contiguous by construction, so the only gap a
 * schedule can have is before its first step (policy/primitives.ts `dated()`
 * makes required ones start by EARLIEST_CONTRACT_DATE).
 *
 * Dates are ISO calendar dates (YYYY-MM-DD) compared as text, which orders
 * them correctly. No zod here: islands import this file.
 */
import { CalcError, type Bilingual } from './errors';

export interface DatedStep<T> {
  /** First day the value is in force (YYYY-MM-DD). */
  from: string;
  value: T;
  /** false: the fixing is not individually confirmed by a source (LPR history); absent means confirmed. */
  confirmed?: boolean | undefined;
  /** Why this step exists (the rule or decision behind it), in both languages. */
  note?: Bilingual | undefined;
}
export type Dated<T> = readonly DatedStep<T>[];

/** Calculators accept contract dates from this day on; required dated parameters must cover it. */
export const EARLIEST_CONTRACT_DATE = '2020-01-01';
/** …and up to this day (a date further out is a typing error, not a contract). */
export const LATEST_CONTRACT_DATE = '2099-12-31';

/**
 * true when `s` is a real calendar date written YYYY-MM-DD.
 *
 * @example isIsoDate('2026-02-28') // true
 * @example isIsoDate('2026-02-30') // false; isIsoDate('2026-2-1') // false
 */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`); // V8 rolls 02-30 over to 03-02, so compare the round trip
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Today in the reader's (or the build machine's) own time zone, YYYY-MM-DD: never UTC, which is yesterday before 08:00 in Beijing.
 *
 * @example localToday(new Date(2026, 11, 4, 9, 30)) // '2026-12-04'
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day after an ISO date (2027-12-31 → 2028-01-01).
 *
 * @example nextDay('2027-12-31') // '2028-01-01'
 */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A contract date as a calculator takes it: a real date between EARLIEST_CONTRACT_DATE and
 * LATEST_CONTRACT_DATE, or undefined for today. Anything else throws CalcError('invalid-date').
 *
 * @example contractDateOf('2026-12-04') // '2026-12-04'; contractDateOf(undefined) // today, the reader's local date
 */
export function contractDateOf(date: unknown): string {
  if (date === undefined || date === '') return localToday();
  if (!isIsoDate(date) || date < EARLIEST_CONTRACT_DATE || date > LATEST_CONTRACT_DATE) {
    throw new CalcError('invalid-date', {
      zh: `合同日期须为 ${EARLIEST_CONTRACT_DATE} 至 ${LATEST_CONTRACT_DATE} 之间的日期，格式 YYYY-MM-DD。`,
      en: `The contract date must be a date from ${EARLIEST_CONTRACT_DATE} to ${LATEST_CONTRACT_DATE}, written YYYY-MM-DD.`,
    });
  }
  return date;
}

/**
 * The step in force on `date`, or undefined before the first step.
 *
 * @example stepOn([{ from: '2020-01-01', value: 1 }, { from: '2027-01-01', value: 2 }], '2026-06-30') // { from: '2020-01-01', value: 1 }
 */
export function stepOn<T>(steps: Dated<T>, date: string): DatedStep<T> | undefined {
  let found: DatedStep<T> | undefined;
  for (const s of steps) {
    if (s.from > date) break;
    found = s;
  }
  return found;
}

/**
 * The date the value in force on `date` has held since: the first of the run of consecutive steps
 * with that value (an LPR fixing that left the rate unchanged does not restart it).
 *
 * @example inForceSince([{ from: '2020-01-01', value: 1 }, { from: '2025-01-01', value: 1 }, { from: '2027-01-01', value: 2 }], '2026-06-30') // '2020-01-01'
 * @example inForceSince(steps, '2019-01-01') // undefined
 */
export function inForceSince<T>(steps: Dated<T>, date: string): string | undefined {
  let i = -1;
  while (i + 1 < steps.length && steps[i + 1]!.from <= date) i++;
  if (i < 0) return undefined;
  let j = i;
  while (j > 0 && steps[j - 1]!.value === steps[i]!.value) j--;
  return steps[j]!.from;
}

/**
 * The first step that starts after `date`: the change already scheduled.
 *
 * @example nextStepAfter([{ from: '2020-01-01', value: 1 }, { from: '2025-01-01', value: 1 }, { from: '2027-01-01', value: 2 }], '2026-06-30') // { from: '2027-01-01', value: 2 }
 * @example nextStepAfter(steps, '2027-06-30') // undefined
 */
export function nextStepAfter<T>(steps: Dated<T>, date: string): DatedStep<T> | undefined {
  return steps.find((s) => s.from > date);
}

/**
 * true for a value shaped like a dated parameter (a non-empty list of { from, value } steps).
 *
 * @example isDated([{ from: '2020-01-01', value: 0.24 }]) // true
 * @example isDated(0.24) // false; isDated([]) // false
 */
export function isDated(value: unknown): value is Dated<unknown> {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((s) => s && typeof s === 'object' && 'from' in s && 'value' in s)
  );
}
