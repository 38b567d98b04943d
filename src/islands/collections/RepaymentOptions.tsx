/**
 * 还款方案比较计算器 (OP-02): parse the case, call compareRepaymentPlans, render
 * the comparison, the chart, the recommendation and the case memo. Policy values
 * arrive as props (read at build time); the URL holds only figures.
 */
import { render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { RepaymentComparison, RepaymentPolicy } from '../../../calculators/collections/types';
import { CATEGORY_NAMES } from '../../../calculators/provisioning/categories';
import { D } from '../../../calculators/decimal';
import { formatMoney, formatPercent, type Lang } from '../../../calculators/format';
import { toCsv } from '../../../calculators/csv';
import { Field, SelectField } from '../kit/Field';
import { Toolbar } from '../kit/Toolbar';
import { useUrlState } from '../kit/url-state';
import { kitStrings } from '../kit/strings';
import { CaseMemo, type Basis } from './CaseMemo';
import { OptionsChart } from './OptionsChart';
import { compute, DEFAULT_CASE, type FieldKey } from './compute';
import { metricRows } from './rows';
import type { OptionsStrings } from './strings';
import { fill } from '../kit/fill';

/** `t`: this language's strings, passed from the server wrapper so the other language never reaches the bundle. */
interface Props { lang: Lang; t: OptionsStrings; policy: RepaymentPolicy; basis: Basis }

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
const LABELS = { op: 'outstanding', pp: 'overduePrincipal', oi: 'overdueInterest', pi: 'penalty', d: 'dpd', r: 'rate', n: 'remaining', age: 'age', c: 'capacity', f: 'funds' } as const;

export default function RepaymentOptions({ lang, t, policy, basis }: Props) {
  const k = kitStrings[lang];
  const [s, set] = useUrlState(DEFAULT_CASE);
  const c = useMemo(() => compute(s, policy), [s, policy]);
  const r = c.result;
  const rows = useMemo(() => (r ? metricRows(r, t, lang) : []), [r, lang]);
  const choices = r ? r.options.filter((o) => o.available) : [];
  const chosen = r && s.ch !== 'auto' && choices.some((o) => o.code === s.ch) ? (s.ch as RepaymentComparison['recommendation']['code']) : r?.recommendation.code;

  // The memo lives at the end of <body> so print CSS can print it alone.
  useEffect(() => {
    let root = document.getElementById('calc-memo-root');
    if (!root) {
      root = document.createElement('div');
      root.id = 'calc-memo-root';
      document.body.appendChild(root);
    }
    const unit = lang === 'zh' ? ' 元' : ' CNY';
    const facts = FIELDS.map((f) => [t[LABELS[f.key]], s[f.key] ? s[f.key] + (f.money ? unit : '') : t.na] as [string, string]);
    render(r && chosen ? <CaseMemo lang={lang} t={t} facts={facts} result={r} rows={rows} chosen={chosen} basis={basis} today={new Date().toISOString().slice(0, 10)} /> : null, root);
  }, [r, rows, chosen, lang, t, basis]);

  const csv = r ? () => toCsv(metricRows(r, t, lang, true)) : undefined;
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, lang);
  const recCode = r?.recommendation.code;

  return (
    <div class="calc not-content" data-calc="repayment-options">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label={t.form}>
        {FIELDS.map((f) => (
          <Field
            key={f.key}
            id={`ro-${f.key}`}
            label={t[LABELS[f.key]]}
            hint={f.hint ? t[`${LABELS[f.key]}Hint` as keyof typeof t] : undefined}
            value={s[f.key]}
            onInput={(v) => set({ [f.key]: v } as Partial<typeof DEFAULT_CASE>)}
            error={c.errors[f.key]?.[lang]}
            suffix={f.money ? (lang === 'zh' ? '元' : 'CNY') : undefined}
            inputMode={f.key === 'r' ? 'text' : 'decimal'}
          />
        ))}
        {r && (
          <SelectField
            id="ro-ch"
            label={t.chosen}
            value={choices.some((o) => o.code === s.ch) ? s.ch : 'auto'}
            options={[{ value: 'auto', label: t.auto }, ...choices.map((o) => ({ value: o.code, label: o.name[lang] }))]}
            onChange={(v) => set({ ch: v })}
          />
        )}
      </form>

      <section class="calc-results" aria-live="polite" aria-label={k.results}>
        {r ? (
          <>
            <p class={`calc-recommendation${r.recommendation.noAffordableOption ? ' calc-recommendation--none' : ''}`} data-result="recommendation">
              <strong>{t.recommendation}{lang === 'zh' ? '：' : ': '}</strong>
              {r.recommendation.reason[lang]}
            </p>
            <dl class="calc-summary">
              <div><dt>{t.claim}</dt><dd data-result="claim">{money(r.claim)}</dd></div>
              <div><dt>{t.penaltyShown}{r.penaltyEstimated ? t.estimated : ''}</dt><dd data-result="penalty">{money(r.penaltyInterest)}</dd></div>
              <div class="calc-key"><dt>{t.limit}</dt><dd data-result="limit">{money(r.affordableLimit.toDecimalPlaces(2))}</dd></div>
              <div><dt>{t.categoryNow}</dt><dd data-result="category">{CATEGORY_NAMES[r.categoryNow][lang]}</dd></div>
            </dl>
          </>
        ) : (
          <p class="calc-error" data-result="error">{c.failure ? t.error + c.failure[lang] : k.fixInput}</p>
        )}
      </section>

      {r && (
        <>
          <Toolbar lang={lang} csv={csv} csvName={t.csvName} />
          <p class="calc-note print-hidden">{t.memoNote}</p>
          <div class="calc-table-wrap calc-table-wrap--full" tabIndex={0} role="region" aria-label={t.compare}>
            <table class="calc-table calc-compare">
              <caption>{t.compare}</caption>
              <thead>
                <tr>
                  {rows[0]!.map((h, i) => (
                    <th key={i} scope="col" class={r.options[i - 1]?.code === recCode ? 'is-recommended' : undefined} data-option={r.options[i - 1]?.code}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.slice(1).map((row) => (
                  <tr key={row[0]}>
                    {row.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i} class={r.options[i - 1]?.code === recCode ? 'is-recommended' : undefined}>{cell}</td>))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul class="calc-notes">
            {r.options.map((o) => (
              <li key={o.code}><strong>{o.name[lang]}</strong>{lang === 'zh' ? '：' : ': '}{[o.unavailableReason?.[lang], ...o.notes.map((n) => n[lang]), o.available ? o.classification.text[lang] : ''].filter(Boolean).join(' ')}</li>
            ))}
          </ul>
          <OptionsChart options={r.options} lang={lang} title={t.chartTitle} monthLabel={t.month} summary={(n, max) => fill(t.chartSummary, { n, max: money(max) })} />
          <details class="calc-math">
            <summary>{k.showMath}</summary>
            <MathSteps lang={lang} t={t} r={r} policy={policy} dpd={s.d} />
          </details>
        </>
      )}
    </div>
  );
}

/** The formulas with this case's numbers in them. */
function MathSteps({ lang, t, r, policy, dpd }: { lang: Lang; t: OptionsStrings; r: RepaymentComparison; policy: RepaymentPolicy; dpd: string }) {
  const p = policy.collections.plans;
  const pct = (v: Parameters<typeof formatPercent>[0], d = 2) => formatPercent(v, lang, d);
  const base = r.arrears.minus(r.penaltyInterest);
  const lines = [
    fill(t.mathPenalty, { uplift: pct(policy.collections.penalty.penaltyUpliftRate), rate: pct(r.penaltyRate), cap: pct(policy.governance.riskAppetite.maxAllInAprRate) }),
    ...(r.penaltyEstimated ? [fill(t.mathPenaltyEst, { base: formatMoney(base, lang), rate: pct(r.penaltyRate), dpd, penalty: formatMoney(r.penaltyInterest, lang) })] : []),
    fill(t.mathClaim, { claim: formatMoney(r.claim, lang), ratio: pct(p.affordabilityMaxRatio), limit: formatMoney(r.affordableLimit.toDecimalPlaces(2), lang) }),
    fill(t.mathNpv, { disc: pct(p.discountRate), monthly: pct(r.monthlyDiscountRate, 6) }),
    t.mathRate,
    ...r.options
      .filter((o) => o.available && o.payments.length > 1)
      .map((o) => fill(t.mathPlan, { name: o.name[lang], n: o.planMonths, first: formatMoney(o.payments[0]!, lang), base: D(1).plus(p.discountRate).toFixed(), npv: formatMoney(o.npv, lang) })),
  ];
  return <ol>{lines.map((l) => <li key={l}>{l}</li>)}</ol>;
}
