/**
 * A value that follows its source once the source has stopped changing for `ms`:
 * the 360-row table and the chart follow the schedule once typing pauses, so each
 * keystroke only re-renders the summary (review #19: 155–604 ms per keystroke at
 * 4× CPU slowdown when the table re-rendered every time). Starts equal to the
 * source, so the server render and hydration agree; `ms` 0 follows at once.
 */
import { useEffect, useState } from 'preact/hooks';

export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (settled === value) return undefined;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms === 0 ? value : settled;
}
