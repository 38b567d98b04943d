/**
 * 还款方案比较计算器 (OP-02): parse the case, call compareRepaymentPlans, render
 * the comparison, the chart, the recommendation and the case memo. Policy values
 * arrive as props (read at build time); the URL holds only figures and the loan's
 * contract date. A plan that is unaffordable, above the cost cap for that date or
 * beyond the approval matrix is marked red: it cannot be offered.
 */
import { render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { RepaymentComparison, RepaymentPolicy } from '../../../calculators/collections/types';
import { CATEGORY_NAMES } from '../../../calculators/policy/categories';
import { localToday } from '../../../calculators/dated';
import { formatDate, formatMoney, formatNumber, formatPercent, type Lang } from '../../../calculators/format';
import { toCsv } from '../../../calculators/csv';
import { Field, SelectField } from '../kit/Field';
import { Toolbar } from '../kit/Toolbar';
import { useUrlState } from '../kit/url-state';
import { kitStrings } from '../kit/strings';
import { CaseMemo, type Basis } from './CaseMemo';
import { OptionsChart } from './OptionsChart';
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

export default function RepaymentOptions({ lang, t, policy, basis, buildDate }: Props) {
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

  // The memo lives at the end of <body> so print CSS can print it alone.
  useEffect(() => {
    let root = document.getElementById('calc-memo-root');
    if (!root) {
      root = document.createElement('div');
      root.id = 'calc-memo-root';
      document.body.appendChild(root);
    }
    const unit = lang === 'zh' ? ' 元' : ' CNY';
    const facts = FIELDS.map((f) => {
      // A blank penalty was estimated: print the estimate, marked so (calculators review #22).
      if (f.key === 'pi' && !s.pi && r)
        return [t.penaltyShown + t.estimated, formatMoney(r.penaltyInterest, lang)] as [string, string];
      return [t[LABELS[f.key]], s[f.key] ? s[f.key] + (f.money ? unit : '') : t.na] as [string, string];
    });
    if (r) facts.push([t.contractDate, formatDate(r.contractDate, lang)]);
    // The memo's date is the reader's local date, never UTC (calculators review #5).
    render(
      r && chosen ? (
        <CaseMemo
          lang={lang}
          t={t}
          facts={facts}
          result={r}
          rows={rows}
          chosen={chosen}
          basis={basis}
          today={localToday()}
        />
      ) : null,
      root,
    );
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

      <section class="calc-results" aria-live="polite" aria-label={k.results}>
        {r ? (
          <>
            <p
              class={`calc-recommendation${r.recommendation.noAffordableOption ? ' calc-recommendation--none' : ''}`}
              data-result="recommendation"
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
          <Toolbar lang={lang} csv={csv} csvName={t.csvName} />
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
          <OptionsChart
            options={r.options}
            lang={lang}
            title={t.chartTitle}
            monthLabel={t.month}
            summary={(n, max) => fill(t.chartSummary, { n, max: money(max) })}
          />
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
function MathSteps({
  lang,
  t,
  r,
  policy,
  dpd,
}: {
  lang: Lang;
  t: OptionsStrings;
  r: RepaymentComparison;
  policy: RepaymentPolicy;
  dpd: string;
}) {
  const p = policy.collections.plans;
  const pct = (v: Parameters<typeof formatPercent>[0], d = 2) => formatPercent(v, lang, d);
  // The penalty rate's cap step is shown, so 18% × 1.5 = 27% capped at 24% does not read as a slip (calculators review #21).
  const capped = r.penaltyRateUncapped.gt(r.penaltyRateCap);
  const lines = [
    fill(capped ? t.mathPenaltyCapped : t.mathPenalty, {
      uplift: pct(policy.collections.penalty.penaltyUpliftRate),
      raw: pct(r.penaltyRateUncapped),
      cap: pct(r.penaltyRateCap),
    }),
    ...(r.penaltyEstimated
      ? [
          fill(t.mathPenaltyEst, {
            base: formatMoney(r.overdueBase, lang),
            rate: pct(r.penaltyRate),
            dpd,
            penalty: formatMoney(r.penaltyInterest, lang),
          }),
        ]
      : []),
    fill(t.mathClaim, {
      claim: formatMoney(r.claim, lang),
      ratio: pct(p.affordabilityMaxRatio),
      limit: formatMoney(r.affordableLimit, lang),
    }),
    fill(t.mathNpv, { disc: pct(p.discountRate), monthly: pct(r.monthlyDiscountRate, 6) }),
    fill(t.mathRate, {
      base: formatMoney(r.costBase.amount, lang),
      months: r.costBase.monthsBefore,
      cap: formatPercent(r.costCap.rate, lang, 2, 2),
    }),
    ...r.options
      .filter((o) => o.available && o.payments.length > 1)
      .map((o) =>
        fill(t.mathPlan, {
          name: o.name[lang],
          n: o.planMonths,
          first: formatMoney(o.payments[0]!, lang),
          base: formatNumber(r.annualDiscountFactor, lang, 20),
          npv: formatMoney(o.npv, lang),
        }),
      ),
  ];
  return (
    <ol>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ol>
  );
}
