/**
 * The contract-date field every dated calculator shares (the cap in force depends on it).
 *
 * "Today" is the build machine's date on the server render and at hydration, so the two match, and
 * the reader's own local date from mount on (never UTC: before 08:00 in Beijing that is yesterday).
 * The scenario keeps what was typed, but drops a date equal to today, so a link carries a date only
 * when it is not today; a date in the link stays as it is. While the reader types, the field shows
 * exactly what they typed (empty included) instead of snapping back to today.
 */
import { useEffect, useState } from 'preact/hooks';
import { contractDateOf, localToday } from '../../../calculators/dated';
import { CalcError, type Bilingual } from '../../../calculators/errors';
import { normalizeInput } from '../../../calculators/input/normalize';

export type ParsedDate = { ok: true; value: string } | { ok: false; error: { message: Bilingual } };

/** A contract date as typed (YYYY-MM-DD; 2027/3/1 and 2027年3月1日 too), or `today` when blank. */
export function parseContractDate(text: string, today: string): ParsedDate {
  if (!text.trim()) return { ok: true, value: today };
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(normalizeInput(text));
  try {
    return {
      ok: true,
      value: contractDateOf(m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text),
    };
  } catch (e) {
    if (e instanceof CalcError) return { ok: false, error: { message: e.messages } };
    throw e;
  }
}

/** `stored`: the scenario's date text ('' = today); `store` writes it. Returns today, the field's text and its input handler. */
export function useContractDate(buildDate: string, stored: string, store: (text: string) => void) {
  const [today, setToday] = useState(buildDate);
  useEffect(() => setToday(localToday()), []);
  const [typed, setTyped] = useState<string | null>(null);
  const onInput = (text: string) => {
    setTyped(text);
    const x = parseContractDate(text, today);
    store(x.ok && x.value === today ? '' : text);
  };
  return { today, text: typed ?? (stored || today), onInput };
}
