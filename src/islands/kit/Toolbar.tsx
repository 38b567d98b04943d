/** Copy link, CSV download and print: the actions every calculator offers. */
import { useState } from 'preact/hooks';
import { kitStrings } from './strings';
import type { Lang } from '../../../calculators/format';

interface Props {
  lang: Lang;
  /** Builds the CSV text on demand (with its BOM); omit to hide the button. */
  csv?: (() => string) | undefined;
  csvName?: string;
}

export function Toolbar({ lang, csv, csvName = 'export.csv' }: Props) {
  const s = kitStrings[lang];
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(s.copied);
    } catch {
      setStatus(s.copyFailed);
    }
  };

  const download = () => {
    if (!csv) return;
    const blob = new Blob([csv()], { type: 'text/csv;charset=utf-8' });
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
    </div>
  );
}
