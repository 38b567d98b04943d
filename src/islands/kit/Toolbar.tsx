/** Copy link, CSV download and print: the actions every calculator offers. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { kitStrings } from './strings';
import type { Lang } from '../../../calculators/format';

interface Props {
  lang: Lang;
  /** Builds the CSV text on demand (with its BOM), or loads the code that does (a dynamic import); omit to hide the button. */
  csv?: (() => string | Promise<string>) | undefined;
  csvName?: string;
  /** The link to copy: the address, unless the island writes it late (schedule/deferred-url.ts). */
  link?: () => string;
}

export function Toolbar({ lang, csv, csvName = 'export.csv', link = () => location.href }: Props) {
  const s = kitStrings[lang];
  const [status, setStatus] = useState('');
  // navigator.clipboard exists only on https and localhost; on a plain-http intranet the link is
  // shown in a selected, read-only field to copy by hand instead (calculators review #18).
  const [manual, setManual] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [manual]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link());
      setManual(false);
      setStatus(s.copied);
    } catch {
      setManual(true);
      setStatus(s.copyManual);
    }
  };

  const download = async () => {
    if (!csv) return;
    const blob = new Blob([await csv()], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = csvName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <div class="calc-toolbar print-hidden">
      <button type="button" onClick={copy}>
        {s.copyLink}
      </button>
      {csv && (
        <button type="button" onClick={download}>
          {s.downloadCsv}
        </button>
      )}
      <button type="button" onClick={() => window.print()}>
        {s.print}
      </button>
      <span class="calc-status" role="status">
        {status}
      </span>
      {manual && (
        <input
          class="calc-copy-field"
          type="text"
          readOnly
          aria-label={s.link}
          value={link()}
          ref={field}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
