/**
 * 还款方案比较计算器 (OP-02): parse the case, call compareRepaymentPlans, render
 * the comparison, the chart, the recommendation and the case memo. Policy values
 * arrive as props (read at build time); the URL holds only figures and the loan's
 * contract date. A plan that is unaffordable, above the cost cap for that date or
 * beyond the approval matrix is marked red: it cannot be offered.
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  REPAYMENT_OPTION_NAMES,
  type RepaymentComparison,
  type RepaymentPolicy,
} from '../../../calculators/collections/types';
import { CATEGORY_NAMES } from '../../../calculators/policy/categories';
import { localToday } from '../../../calculators/dated';
import { formatDate, formatMoney, formatNumber, formatPercent, type Lang } from '../../../calculators/format';
import { Field, SelectField } from '../kit/Field';
import { Toolbar } from '../kit/Toolbar';
import { useUrlState } from '../kit/url-state';
import { kitStrings } from '../kit/strings';
import type { Basis, MemoCase } from './CaseMemo';
import type { MathSteps as MathStepsType } from './MathSteps';
import type * as AfterMount from './after-mount';
import { D } from '../../../calculators/decimal';
import { compute, DEFAULT_CASE, type FieldKey } from './compute';
import { blocks, costBasisText, metricRows } from './rows';
import { useContractDate } from '../kit/contract-date';
import type { OptionsStrings } from './strings';
import { fill } from '../kit/fill';

/** `t`: this language's strings, passed from the server wrapper so the other language never reaches the bundle. */
interface Props {
  lang: Lang;
  t: OptionsStrings;
  policy: RepaymentPolicy;
  basis: Basis;
  /** The build machine's date (YYYY-MM-DD): "today" of the server render and of hydration, replaced by the reader's once mounted. */
  buildDate: string;
  /** The default case's chart, drawn by the server wrapper (an Astro slot): shown until the chart's code has loaded. */
  chart?: ComponentChildren;
}

const FIELDS: { key: FieldKey; hint?: boolean; money?: boolean }[] = [
  { key: 'op', hint: true, money: true },
  { key: 'pp', money: true },
  { key: 'oi', money: true },
  { key: 'pi', hint: true, money: true },
  { key: 'd' },
  { key: 'r', hint: true },
  { key: 'n', hint: true },
  { key: 'age', hint: true },
  { key: 'c', hint: true, money: true },
  { key: 'f', money: true },
];
const LABELS = {
  op: 'outstanding',
  pp: 'overduePrincipal',
  oi: 'overdueInterest',
  pi: 'penalty',
  d: 'dpd',
  r: 'rate',
  n: 'remaining',
  age: 'age',
  c: 'capacity',
  f: 'funds',
} as const;
const MEMO_FIELDS = FIELDS.map((f) => ({ key: f.key, label: LABELS[f.key], money: f.money }));
/** What the lazily loaded memo, CSV, chart and formulas format with (passed in: see CaseMemo.tsx on why). */
const HELPERS = {
  D,
  fill,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  costBasisText,
  localToday,
  fallbackName: REPAYMENT_OPTION_NAMES['hardship-review'],
};

export default function RepaymentOptions({ lang, t, policy, basis, buildDate, chart }: Props) {
  const k = kitStrings[lang];
  const [s, set] = useUrlState(DEFAULT_CASE);
  const contractDate = useContractDate(buildDate, s.cd, (cd) => set({ cd }));
  const { today } = contractDate;
  const c = useMemo(() => compute(s, policy, today), [s, policy, today]);
  const r = c.result;
  const rows = useMemo(() => (r ? metricRows(r, t, lang) : []), [r, lang]);
  const choices = r ? r.options.filter((o) => o.available) : [];
  const chosen =
    r && s.ch !== 'auto' && choices.some((o) => o.code === s.ch)
      ? (s.ch as RepaymentComparison['recommendation']['code'])
      : r?.recommendation.code;

  // What the memo and the CSV are built from (one object: both load their code on demand).
  const memo: MemoCase | undefined =
    r && chosen
      ? {
          lang,
          t,
          input: s,
          fields: MEMO_FIELDS,
          result: r,
          rows,
          chosen,
          basis,
          f: HELPERS,
        }
      : undefined;

  // The chart, the memo and the CSV writer load once the island has mounted, not with it (after-mount.ts;
  // island size budget). Until then the chart the server drew for the default case (the `chart` slot) stays.
  const [later, setLater] = useState<typeof AfterMount>();
  useEffect(() => void import('./after-mount').then((m) => setLater(() => m)), []);
  const Chart = later?.OptionsChart;

  // The memo lives at the end of <body> so print CSS can print it alone.
  useEffect(() => {
    let root = document.getElementById('calc-memo-root');
    if (!root) {
      root = document.createElement('div');
      root.id = 'calc-memo-root';
      document.body.appendChild(root);
    }
    render(memo && later ? <later.CaseMemo {...memo} /> : null, root);
  }, [r, rows, chosen, lang, t, basis, later]);

  // The formulas' code loads when the reader opens them (MathSteps.tsx), not with the island.
  const [Steps, setSteps] = useState<typeof MathStepsType>();
  const openMath = (e: Event) =>
    (e.currentTarget as HTMLDetailsElement).open &&
    !Steps &&
    void import('./MathSteps').then((m) => setSteps(() => m.MathSteps));

  // The CSV's code (csv-export.ts) loads when the reader asks for the file, not with the island.
  const csv = memo && (() => import('./after-mount').then((m) => m.optionsCsv(memo, metricRows(r!, t, lang, true))));
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, lang);
  const recCode = r?.recommendation.code;

  return (
    <div class="calc not-content" data-calc="repayment-options">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label={t.form}>
        {/* The recommended option (first: compute.ts) and its instalment, pinned on a phone while typing. */}
        {r && r.options[0]?.code === recCode && (
          <p class="calc-pin" data-result="pin" aria-hidden="true">
            {fill(t.pin, { name: rows[0]![1]!, pay: rows[2]![1]! })}
          </p>
        )}
        {FIELDS.map((f) => (
          <Field
            key={f.key}
            id={`ro-${f.key}`}
            label={t[LABELS[f.key]]}
            hint={f.hint ? t[`${LABELS[f.key]}Hint` as keyof typeof t] : undefined}
            value={s[f.key]}
            onInput={(v) => set({ [f.key]: v } as Partial<typeof DEFAULT_CASE>)}
            error={c.errors[f.key]?.[lang]}
            note={c.notes[f.key]?.[lang]}
            suffix={f.money ? (lang === 'zh' ? '元' : 'CNY') : undefined}
            inputMode={f.key === 'r' || f.money ? 'text' : 'decimal'}
          />
        ))}
        <Field
          id="ro-cd"
          label={t.contractDate}
          hint={t.contractDateHint}
          value={contractDate.text}
          onInput={contractDate.onInput}
          error={c.errors.cd?.[lang]}
          inputMode="text"
        />
        {r && (
          <SelectField
            id="ro-ch"
            label={t.chosen}
            value={choices.some((o) => o.code === s.ch) ? s.ch : 'auto'}
            options={[
              { value: 'auto', label: t.auto },
              ...choices.map((o) => ({ value: o.code, label: o.name[lang] })),
            ]}
            onChange={(v) => set({ ch: v })}
          />
        )}
      </form>

      {/* Only the key figure is announced on each change, not every card (calculators review #32). */}
      <section class="calc-results" aria-label={k.results}>
        {r ? (
          <>
            <p
              class={`calc-recommendation${r.recommendation.noAffordableOption ? ' calc-recommendation--none' : ''}`}
              data-result="recommendation"
              aria-live="polite"
              aria-atomic="true"
            >
              <strong>
                {t.recommendation}
                {lang === 'zh' ? '：' : ': '}
              </strong>
              {r.recommendation.reason[lang]}
            </p>
            <dl class="calc-summary">
              <div>
                <dt>{t.claim}</dt>
                <dd data-result="claim">{money(r.claim)}</dd>
              </div>
              <div>
                <dt>
                  {t.penaltyShown}
                  {r.penaltyEstimated ? t.estimated : ''}
                </dt>
                <dd data-result="penalty">{money(r.penaltyInterest)}</dd>
              </div>
              <div class="calc-key">
                <dt>{t.limit}</dt>
                <dd data-result="limit">{money(r.affordableLimit.toDecimalPlaces(2))}</dd>
              </div>
              <div>
                <dt>{t.categoryNow}</dt>
                <dd data-result="category">{CATEGORY_NAMES[r.categoryNow][lang]}</dd>
              </div>
              <div>
                <dt>{t.capShort}</dt>
                <dd data-result="cap">{formatPercent(r.costCap.rate, lang, 2, 2)}</dd>
              </div>
            </dl>
            <p class="calc-note" data-result="cost-basis">
              {costBasisText(t, r, lang)}
            </p>
          </>
        ) : (
          <p class="calc-error" data-result="error">
            {c.failure ? t.error + c.failure[lang] : k.fixInput}
          </p>
        )}
      </section>

      {r && (
        <>
          <Toolbar
            lang={lang}
            csv={csv}
            csvName={fill(t.csvName, { claim: r.claim.toFixed(2), dpd: r.costBase.dpd })}
          />
          <p class="calc-note print-hidden">{t.memoNote}</p>
          <div class="calc-table-wrap calc-table-wrap--full" tabIndex={0} role="region" aria-label={t.compare}>
            <table class="calc-table calc-compare">
              <caption>{t.compare}</caption>
              <thead>
                <tr>
                  {rows[0]!.map((h, i) => (
                    <th
                      key={i}
                      scope="col"
                      class={r.options[i - 1]?.code === recCode ? 'is-recommended' : undefined}
                      data-option={r.options[i - 1]?.code}
                    >
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.slice(1).map((row) => (
                  <tr key={row[0]}>
                    {row.map((cell, i) => {
                      if (i === 0)
                        return (
                          <th key={i} scope="row">
                            {cell}
                          </th>
                        );
                      const o = r.options[i - 1];
                      const cls = [o?.code === recCode ? 'is-recommended' : '', blocks(t, row[0], o) ? 'ro-bad' : '']
                        .filter(Boolean)
                        .join(' ');
                      return (
                        <td key={i} class={cls || undefined}>
                          {cell}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul class="calc-notes">
            {r.options.map((o) => (
              <li key={o.code}>
                <strong>{o.name[lang]}</strong>
                {lang === 'zh' ? '：' : ': '}
                {[
                  o.unavailableReason?.[lang],
                  ...o.notes.map((n) => n[lang]),
                  o.available ? o.classification.text[lang] : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              </li>
            ))}
          </ul>
          {Chart ? <Chart options={r.options} lang={lang} t={t} f={HELPERS} /> : chart}
          <details class="calc-math" onToggle={openMath}>
            <summary>{k.showMath}</summary>
            {Steps && <Steps lang={lang} t={t} r={r} policy={policy} dpd={s.d} f={HELPERS} />}
          </details>
        </>
      )}
    </div>
  );
}
