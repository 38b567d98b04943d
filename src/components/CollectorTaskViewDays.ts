/** A collection stage's days past due in words, for the stages table and the task view. */
import { formatNumber, type Lang } from '../../calculators/format';

export function stageDays(from: number, to: number | undefined, lang: Lang): string {
  const n = (d: number) => formatNumber(d, lang, 0);
  const zh = lang === 'zh';
  if (from < 0) return zh ? `到期前 ${n(-from)} 天至到期日` : `${n(-from)} days before the due date to the due date`;
  if (to === undefined) return zh ? `${n(from)} 天及以上` : `${n(from)} days and over`;
  return zh ? `${n(from)}–${n(to)} 天` : `${n(from)}–${n(to)} days`;
}

/** An id-safe form of a stage code: "M3+" → "m3plus". */
export const stageSlug = (code: string) => code.toLowerCase().replace(/\+/g, 'plus');
