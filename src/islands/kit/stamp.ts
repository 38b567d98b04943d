import { localToday } from '../../../calculators/dated';

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD HH:MM in the reader's own time zone (never UTC, which is yesterday before 08:00 in Beijing). */
export const localDateTime = (now: Date) => `${localToday(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
