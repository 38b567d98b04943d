/**
 * The one-page case memo for the case file: the figures, the options in brief,
 * the option proposed, the approval it needs, and the procedure version it was
 * computed under. Rendered into a container at the end of <body> so that print
 * CSS can print it alone (see calculators.css, "Case memo").
 *
 * Loaded after the island mounts (a dynamic import), not with it: only print
 * needs it (island size budget). Runtime imports: none of the project's — the
 * formatters come in as `f`, so no module shared with the island is split into a
 * chunk of its own that the island would load up front.
 */
import type { RepaymentComparison } from '../../../calculators/collections/types';
import type { Bilingual } from '../../../calculators/errors';
import type { formatDate, formatMoney, Lang } from '../../../calculators/format';
import type { costBasisText, Row } from './rows';
import type { OptionsStrings } from './strings';
import type { fill } from '../kit/fill';
import { caseFacts } from './case-facts';

export interface Basis {
  id: string;
  version: string;
  effective: string;
}

export interface MemoHelpers {
  fill: typeof fill;
  formatDate: typeof formatDate;
  formatMoney: typeof formatMoney;
  costBasisText: typeof costBasisText;
  /** The reader's local date (YYYY-MM-DD) of a moment, never UTC. */
  localToday: (now?: Date) => string;
  /** The name printed when no option is offered (hardship review). */
  fallbackName: Bilingual;
}

/** A form field in the order printed: its URL key, its label's key in the strings, whether it is an amount. */
export type MemoField = { key: string; label: keyof OptionsStrings; money?: boolean };

/** The case as the memo and the CSV take it. */
export type MemoCase = Props;

interface Props {
  lang: Lang;
  t: OptionsStrings;
  /** The case as typed (URL state) and the form's fields, for the facts list. */
  input: Record<string, string>;
  fields: readonly MemoField[];
  result: RepaymentComparison;
  rows: Row[];
  chosen: RepaymentComparison['recommendation']['code'];
  basis: Basis;
  f: MemoHelpers;
}

export function CaseMemo({ lang, t, input, fields, result, rows, chosen, basis, f }: Props) {
  const { fill, formatDate, formatMoney } = f;
  const rec = result.recommendation;
  const option = result.options.find((o) => o.code === chosen);
  const chosenName = (option?.name ?? f.fallbackName)[lang];
  const facts = caseFacts(t, input, fields, result, {
    money: (v) => formatMoney(v, lang),
    date: (iso) => formatDate(iso, lang),
    unit: lang === 'zh' ? ' 元' : ' CNY',
    blank: t.na,
  });
  const approver = option?.approval ? option.approval.approver[lang] : option ? t.beyondMatrix : t.na;
  // Why the option proposed cannot be offered, if it cannot (printed in bold: calculators review #22).
  const blocked =
    option && option.available && option.code !== 'legal'
      ? [
          !option.affordable && t.blockedAffordable,
          option.withinAllInCap === false && t.blockedCap,
          !option.approval && t.blockedMatrix,
        ].filter((x): x is string => Boolean(x))
      : [];
  const [head, ...body] = rows;
  // The chosen option's column is highlighted (calculators review #22); cells after the label column.
  const col = (i: number) => (i > 0 && result.options[i - 1]?.code === chosen ? 'memo-chosen' : undefined);
  const colon = lang === 'zh' ? '：' : ': ';
  return (
    <article class="calc-memo" lang={lang === 'zh' ? 'zh-CN' : 'en'} data-memo>
      <h2>{t.memoTitle}</h2>
      <p>{t.memoCase}</p>
      <h3>{t.memoFacts}</h3>
      <dl class="memo-facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <table class="memo-table">
        <thead>
          <tr>
            {head!.map((h, i) => (
              <th key={i} scope="col" class={col(i)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((r) => (
            <tr key={r[0]}>
              {r.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={i} class={col(i)}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>
          {t.recommendation}
          {colon}
        </strong>
        {rec.reason[lang]}
      </p>
      <p data-memo="chosen">
        <strong>
          {t.memoChosen}
          {colon}
        </strong>
        {chosenName}
      </p>
      {blocked.length > 0 && (
        <p data-memo="blocked">
          <strong>
            {t.blocked}
            {blocked.join(lang === 'zh' ? '、' : ', ')}
            {t.blockedEnd}
          </strong>
        </p>
      )}
      {chosen !== rec.code && <p>{t.memoDeviation} ______________________________</p>}
      <p data-memo="approval">
        <strong>
          {t.memoApproval}
          {colon}
        </strong>
        {approver}
      </p>
      {option && <p>{option.classification.text[lang]}</p>}
      <p data-memo="cost-basis">{f.costBasisText(t, result, lang)}</p>
      <p class="memo-basis">
        <strong>
          {t.memoBasis}
          {colon}
        </strong>
        {fill(t.memoBasisText, { id: basis.id, version: basis.version, effective: formatDate(basis.effective, lang) })}{' '}
        {t.memoDate}
        {colon}
        {formatDate(f.localToday(), lang) /* the reader's local date, never UTC (review #5) */}
      </p>
      <p class="memo-sign">{t.memoSign}</p>
    </article>
  );
}
