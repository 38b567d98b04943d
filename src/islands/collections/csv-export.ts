/**
 * The repayment-options CSV, loaded when the reader asks for it (a dynamic import, not in the island's
 * hydration). It starts with what the file is about, so a copy in a case file stands alone (calculators
 * review #10): the case facts, the recommendation and the option proposed, the procedure version, when it
 * was calculated (the reader's local date and time) and the link that reproduces it; then the comparison,
 * figures as bare numbers and an empty cell where one does not apply.
 */
// Imports: csv.ts, this folder's lazy helpers and types only (anything the island also imports would be
// split into a chunk of its own that the island then loads up front).
import { provenanceRows, toCsv } from '../../../calculators/csv';
import type { MemoCase } from './CaseMemo';
import { caseFacts } from './case-facts';
import type { Row } from './rows';

/** `memo`: what the memo is built from; `plain`: the comparison with bare figures (metricRows(…, true)). */
export function optionsCsv(memo: MemoCase, plain: Row[]): string {
  const { t, lang, result, f } = memo;
  const facts = caseFacts(t, memo.input, memo.fields, result, {
    money: (v) => v.toFixed(2),
    date: (iso) => iso,
    unit: '',
    blank: '',
  });
  const chosen = result.options.find((o) => o.code === memo.chosen)?.name ?? f.fallbackName;
  const now = new Date();
  return toCsv([
    [t.memoFacts],
    ...facts,
    [],
    [t.recommendation, result.recommendation.reason[lang]],
    [t.memoChosen, chosen[lang]],
    ...provenanceRows(
      { policy: t.memoBasis, at: t.csvAt, link: t.csvLink },
      {
        policy: `${memo.basis.id} v${memo.basis.version}`,
        // The reader's local date and time, never UTC: kit/stamp.ts's localDateTime written out, because
        // importing it here splits dated.ts into a chunk the island loads up front (+330 B, over budget).
        at: `${f.localToday(now)} ${now.toTimeString().slice(0, 5)}`,
        link: location.href,
      },
    ),
    [],
    ...plain,
  ]);
}
