/**
 * 还款计划计算器: parse what staff type, call calculators/ (amortize +
 * annualizedRate, and the cost cap for the contract date: costCapOn +
 * withinCostCap), render. No arithmetic here beyond what is shown.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  amortize,
  annualizedRate,
  scheduleCashflows,
  CalcError,
  REPAYMENT_METHODS as METHODS,
  type RepaymentMethod,
} from '../../../calculators/schedule/index';
import { parseAmount, parseFeeRate, parseLoanAmount, parseRate, parseTerm } from '../../../calculators/input/index';
import { capVerdict } from '../../../calculators/pricing/cost-cap';
import type { PricingPolicy } from '../../../calculators/pricing/types';
import {
  formatAmount,
  formatDate,
  formatMoney,
  formatPercent,
  formatNumber,
  type Lang,
} from '../../../calculators/format';
import { amountTag, csvFileName } from '../../../calculators/csv';
import { Field, SelectField } from '../kit/Field';
import { Toolbar } from '../kit/Toolbar';
import { useUrlState } from '../kit/url-state';
import { deferredWrite, shareLink } from './deferred-url';
import { kitStrings } from '../kit/strings';
import { ScheduleChart } from './ScheduleChart';
import { useSettled } from './settled';
import type { ScheduleStrings } from './strings';
import { fill } from '../kit/fill';
import { usePrinting } from '../kit/printing';
import { localDateTime } from '../kit/stamp';
import { parseContractDate, useContractDate } from '../kit/contract-date';

/** The scenario shown before anyone types, and on the server-rendered page. cd: the contract date as typed; '' = today. */
/** Long schedules show their first rows until the reader asks for all (the CSV always has every row). */
const FIRST_ROWS = 60;

/** Set on <html> by Schedule.astro's inline script when the address carries a scenario. */
export const LINK_CLASS = 'sc-link';

export const DEFAULT_SCENARIO = { a: '100,000', r: '12%', n: '12', m: 'equal-instalment', uf: '', mf: '', cd: '' };
type Scenario = typeof DEFAULT_SCENARIO;
type Key = 'a' | 'r' | 'n' | 'uf' | 'mf' | 'cd';

/** The field each input of amortize() is typed in: a CalcError naming one is shown under it (review #24). */
const FIELD_OF: Partial<Record<string, Key>> = {
  principal: 'a',
  annualRate: 'r',
  termMonths: 'n',
  upfrontFee: 'uf',
  fees: 'mf',
};

function compute(s: Scenario, policy: PricingPolicy, today: string) {
  const amount = parseLoanAmount(s.a);
  const rate = parseRate(s.r);
  const term = parseTerm(s.n);
  const upfront = s.uf.trim() ? parseAmount(s.uf, { allowZero: true }) : undefined;
  const monthly = s.mf.trim() ? parseFeeRate(s.mf) : undefined;
  const date = parseContractDate(s.cd, today);
  // What the parsers assumed (0.049 read as 4.9%, an amount under 100 元), shown under the field.
  const notes = { a: amount.ok ? amount.note : undefined, r: rate.ok ? rate.note : undefined };
  const method: RepaymentMethod = (METHODS as readonly string[]).includes(s.m)
    ? (s.m as RepaymentMethod)
    : 'equal-instalment';
  const errors: Partial<Record<Key, { zh: string; en: string }>> = {};
  if (!amount.ok) errors.a = amount.error.message;
  if (!rate.ok) errors.r = rate.error.message;
  if (!term.ok) errors.n = term.error.message;
  if (upfront && !upfront.ok) errors.uf = upfront.error.message;
  if (!date.ok) errors.cd = date.error.message;
  if (monthly && !monthly.ok) errors.mf = monthly.error.message;
  if (!amount.ok || !rate.ok || !term.ok || !date.ok || Object.keys(errors).length) return { errors, notes, method };
  try {
    const schedule = amortize({
      principal: amount.value,
      annualRate: rate.value,
      termMonths: term.value,
      method,
      fees: {
        upfrontAmount: upfront?.ok ? upfront.value : '0',
        monthlyFeeRate: monthly?.ok ? monthly.value : '0',
      },
    });
    const apr = annualizedRate(scheduleCashflows(schedule));
    // The all-in cost (simple, every fee in) against the cap for this contract date and term, by RP-10's one rule.
    const check = capVerdict(apr.simple, { contractDate: date.value, termMonths: term.value }, policy);
    return {
      errors,
      notes,
      method,
      schedule,
      apr,
      check,
      inputs: {
        principal: amount.value,
        rate: rate.value,
        term: term.value,
        method,
        upfront: upfront?.ok ? upfront.value : undefined,
        monthlyFee: monthly?.ok ? monthly.value : undefined,
        date: date.value,
      },
    };
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    // A cross-field error (an upfront fee not below the amount) goes under the field responsible, with aria-invalid.
    const field = e.field && FIELD_OF[e.field];
    if (field) return { errors: { ...errors, [field]: e.messages }, notes, method };
    return { errors, notes, method, failure: e.messages };
  }
}

interface Props {
  lang: Lang;
  t: ScheduleStrings;
  /** The cost cap's parameters (pricing.costCap, pricing.costGuideline, the LPR series). */
  policy: PricingPolicy;
  /** The build machine's date (YYYY-MM-DD): "today" of the server render and of hydration, replaced by the reader's once mounted. */
  buildDate: string;
  /** The policies the figures follow (RP-10's method, RP-03's cap), for the CSV and the printout. */
  policyVersion: string;
}

const writeLater = deferredWrite(300);

export default function ScheduleCalculator({ lang, t, policy, buildDate, policyVersion }: Props) {
  const k = kitStrings[lang];
  // The address is written once typing pauses (deferred-url.ts); copy, CSV and print read shareLink().
  const [s, set] = useUrlState(DEFAULT_SCENARIO, writeLater);
  const contractDate = useContractDate(buildDate, s.cd, (cd) => set({ cd }));
  const { today } = contractDate;
  const r = useMemo(() => compute(s, policy, today), [s, policy, today]);
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, lang);
  const pct = (v: Parameters<typeof formatPercent>[0]) => formatPercent(v, lang, 2, 2);
  const err = (key: keyof typeof r.errors) => r.errors[key]?.[lang];
  // A shared link's figures are hidden (Schedule.astro) until the island has read the link: then show all at once (#15).
  const linkHidden = s !== DEFAULT_SCENARIO && document.documentElement.classList.contains(LINK_CLASS);
  useEffect(() => {
    if (s !== DEFAULT_SCENARIO) document.documentElement.classList.remove(LINK_CLASS);
  }, [s]);
  // The summary follows every keystroke; the chart and the table once typing pauses for 350 ms (#19): a shorter
  // pause fell between the keys of someone typing steadily, and the table's render then delayed the next key.
  // A printout has every row, unless the reader asked for the summary only (review #29).
  const printing = usePrinting();
  const [summaryOnly, setSummaryOnly] = useState(false);
  const shown = useSettled(r, linkHidden || printing ? 0 : 350);
  const [showAll, setAllRows] = useState(false);
  const allRows = showAll || (printing && !summaryOnly);
  const stale = shown !== r;
  // The printout's stamp names the address and the reader's time: after mount (the server has neither).
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const detailRows = shown.schedule?.rows ?? [];
  // Built only when the settled schedule changes: the same VNode lets Preact skip the 360 rows on a keystroke.
  const detail = useMemo(
    () =>
      shown.inputs ? (
        <>
          <ScheduleChart
            rows={detailRows}
            lang={lang}
            t={t}
            summary={fill(t.chartSummary, { n: detailRows.length, from: money(shown.inputs.principal) })}
          />
          <div class="calc-table-wrap" tabIndex={0} role="region" aria-label={t.schedule}>
            <table class="calc-table">
              <caption>{t.schedule}</caption>
              <thead>
                <tr>
                  {[t.period, t.payment, t.principal, t.interest, t.fee, t.balance].map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(allRows || detailRows.length <= FIRST_ROWS ? detailRows : detailRows.slice(0, FIRST_ROWS)).map(
                  (row) => (
                    <tr key={row.period}>
                      <th scope="row">{row.period}</th>
                      <td>{formatAmount(row.payment, lang)}</td>
                      <td>{formatAmount(row.principal, lang)}</td>
                      <td>{formatAmount(row.interest, lang)}</td>
                      <td>{formatAmount(row.fee, lang)}</td>
                      <td>{formatAmount(row.balance, lang)}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
          {!allRows && detailRows.length > FIRST_ROWS && (
            <p class="calc-note sc-more print-hidden">
              {fill(t.rowsShown, { shown: FIRST_ROWS, n: detailRows.length })}{' '}
              <button type="button" class="sc-show-all" onClick={() => setAllRows(true)}>
                {fill(t.showAll, { n: detailRows.length })}
              </button>
            </p>
          )}
        </>
      ) : null,
    [shown, allRows, lang, t],
  );

  const rows = r.schedule?.rows ?? [];
  const first = rows[0];
  const last = rows[rows.length - 1];
  const { schedule, apr, check, inputs } = r;
  // The CSV's code loads when the button is pressed (csv-export.ts), not with the island.
  const csv =
    schedule && apr && check && inputs
      ? () =>
          import('./csv-export').then((m) =>
            m.scheduleCsv({
              t,
              inputs,
              schedule,
              apr,
              cap: check.cap.rate,
              policyVersion,
              at: localDateTime(new Date()),
              link: shareLink(),
            }),
          )
      : undefined;
  // 还款计划_100万_4.9%_360期.csv: the file says which loan it holds (review #10).
  const csvName = inputs
    ? csvFileName([
        t.csvBase,
        amountTag(inputs.principal.toFixed(2), lang),
        lang === 'zh' ? formatPercent(inputs.rate, lang, 4) : formatPercent(inputs.rate, lang, 4).replace('%', 'pct'),
        fill(t.csvTerm, { n: inputs.term }),
      ])
    : undefined;
  const pin =
    first && apr && schedule
      ? [
          `${r.method === 'equal-instalment' ? t.pinInstalment : t.pinFirst} ${formatAmount(first.payment, lang)}`,
          `${t.pinInterest} ${formatAmount(schedule.totals.interest, lang)}`,
          `${t.pinApr} ${pct(apr.simple)}`,
        ].join(' · ')
      : k.fixInput;

  return (
    <div class={`calc calc-doc not-content${summaryOnly ? ' calc-doc--summary' : ''}`} data-calc="schedule">
      {inputs && mounted && (
        <PrintHead lang={lang} t={t} inputs={inputs} policyVersion={policyVersion} printing={printing} />
      )}
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label={t.schedule}>
        {/* On a phone the results start below the form: this line stays in view while it is filled in (review #12). */}
        <p class="calc-pin" aria-hidden="true" data-result="pin">
          {pin}
        </p>
        <Field
          id="sc-amount"
          label={t.amount}
          hint={t.amountHint}
          value={s.a}
          onInput={(v) => set({ a: v })}
          error={err('a')}
          note={r.notes.a?.[lang]}
          inputMode="text"
          suffix={lang === 'zh' ? '元' : 'CNY'}
        />
        <Field
          id="sc-rate"
          label={t.rate}
          hint={t.rateHint}
          value={s.r}
          onInput={(v) => set({ r: v })}
          error={err('r')}
          note={r.notes.r?.[lang]}
          inputMode="text"
        />
        <Field
          id="sc-term"
          label={t.term}
          hint={t.termHint}
          value={s.n}
          onInput={(v) => set({ n: v })}
          error={err('n')}
          inputMode="text"
        />
        <SelectField
          id="sc-method"
          label={t.method}
          value={r.method}
          options={METHODS.map((m) => ({ value: m, label: t[m] }))}
          onChange={(v) => set({ m: v })}
        />
        <Field
          id="sc-date"
          label={t.date}
          hint={t.dateHint}
          value={contractDate.text}
          onInput={contractDate.onInput}
          error={err('cd')}
          inputMode="text"
        />
        <fieldset class="calc-fees">
          <legend>{t.fees}</legend>
          <Field
            id="sc-upfront"
            label={t.upfront}
            hint={t.upfrontHint}
            value={s.uf}
            onInput={(v) => set({ uf: v })}
            error={err('uf')}
            inputMode="text"
          />
          <Field
            id="sc-monthly-fee"
            label={t.monthlyFee}
            hint={t.monthlyFeeHint}
            value={s.mf}
            onInput={(v) => set({ mf: v })}
            error={err('mf')}
            inputMode="text"
          />
        </fieldset>
      </form>

      <section class="calc-results" aria-label={k.results}>
        {r.schedule && r.apr && r.check && first && last ? (
          <>
            <dl class="calc-summary">
              {r.method === 'equal-instalment' ? (
                <>
                  <div class="calc-key" aria-live="polite" aria-atomic="true">
                    <dt>{t.instalment}</dt>
                    <dd data-result="instalment">{money(first.payment)}</dd>
                  </div>
                  {!last.payment.eq(first.payment) && (
                    <div>
                      <dt>{t.lastAdjusted}</dt>
                      <dd data-result="last">{money(last.payment)}</dd>
                    </div>
                  )}
                </>
              ) : (
                <>
                  <div class="calc-key" aria-live="polite" aria-atomic="true">
                    <dt>{t.firstInstalment}</dt>
                    <dd data-result="first">{money(first.payment)}</dd>
                  </div>
                  <div class="calc-key">
                    <dt>{t.lastInstalment}</dt>
                    <dd data-result="last">{money(last.payment)}</dd>
                  </div>
                  {r.method === 'equal-principal' && (
                    <div>
                      <dt>{t.decrease}</dt>
                      <dd data-result="decrease">{money(r.schedule.monthlyDecrease)}</dd>
                    </div>
                  )}
                </>
              )}
              <div>
                <dt>{t.totalInterest}</dt>
                <dd data-result="interest">{money(r.schedule.totals.interest)}</dd>
              </div>
              <div>
                <dt>{t.totalFees}</dt>
                <dd data-result="fees">{money(r.schedule.totals.fees)}</dd>
              </div>
              <div>
                <dt>{t.totalPaid}</dt>
                <dd data-result="paid">{money(r.schedule.totals.allIn)}</dd>
              </div>
              <div>
                <dt>{t.disbursed}</dt>
                <dd data-result="disbursed">{money(r.schedule.disbursed)}</dd>
              </div>
              <div class={`calc-key${r.check.within ? '' : ' sc-over'}`}>
                <dt>{t.aprSimple}</dt>
                <dd data-result="apr-simple">{pct(r.apr.simple)}</dd>
              </div>
              <div class={r.check.within ? undefined : 'sc-over'}>
                <dt>{t.capLabel}</dt>
                <dd data-result="cap">{pct(r.check.cap.rate)}</dd>
              </div>
              <div class="calc-key">
                <dt>{t.aprCompound}</dt>
                <dd data-result="apr-compound">{pct(r.apr.compound)}</dd>
              </div>
            </dl>
            {r.method === 'equal-principal' && (
              <p class="calc-note" data-result="first-formula">
                {fill(first.fee.isZero() ? t.firstFormula : t.firstFormulaFee, {
                  first: formatAmount(first.payment, lang),
                  pp: formatAmount(first.principal, lang),
                  i: formatAmount(first.interest, lang),
                  fee: formatAmount(first.fee, lang),
                  P: formatAmount(r.schedule.disbursed, lang),
                  r: formatPercent(r.schedule.monthlyRate, lang, 6),
                })}
              </p>
            )}
            <CapLine lang={lang} t={t} check={r.check} apr={r.apr.simple} />
            {/* The rate's fraction note (0.049 read as 4.9%) is under the rate field only. */}
            <p class="calc-note">{t.aprNote}</p>
          </>
        ) : (
          <p class="calc-error" data-result="error">
            {r.failure ? t.error + r.failure[lang] : k.fixInput}
          </p>
        )}
      </section>

      {r.schedule && r.apr && r.inputs && first && (
        <>
          <Toolbar lang={lang} csv={csv} csvName={csvName} link={shareLink} />
          <p class="calc-check sc-summary-only print-hidden">
            <input
              type="checkbox"
              id="sc-summary-only"
              checked={summaryOnly}
              onChange={(e) => setSummaryOnly((e.currentTarget as HTMLInputElement).checked)}
            />
            <label for="sc-summary-only">{fill(t.summaryOnly, { n: rows.length })}</label>
          </p>
          <details class="calc-math">
            <summary>{k.showMath}</summary>
            <Math lang={lang} t={t} method={r.method} inputs={r.inputs} schedule={r.schedule} apr={r.apr} />
          </details>
        </>
      )}
      {detail && (
        <div class={stale ? 'sc-detail sc-stale' : 'sc-detail'} aria-busy={stale}>
          {detail}
        </div>
      )}
    </div>
  );
}

type Computed = ReturnType<typeof compute>;

/**
 * What a printout starts with, in place of the form (print only): the inputs as parsed, as text (no empty
 * fields, no chevrons), then when, under which policies and at which address it was calculated (review #29).
 */
function PrintHead({
  lang,
  t,
  inputs,
  policyVersion,
  printing,
}: {
  lang: Lang;
  t: ScheduleStrings;
  inputs: NonNullable<Computed['inputs']>;
  policyVersion: string;
  printing: boolean;
}) {
  const lines: [string, string][] = [
    [t.amount, formatMoney(inputs.principal, lang)],
    [t.rate, formatPercent(inputs.rate, lang, 4)],
    [t.term, fill(t.termValue, { n: inputs.term })],
    [t.method, t[inputs.method]],
    [t.date, formatDate(inputs.date, lang)],
  ];
  if (inputs.upfront && !inputs.upfront.isZero()) lines.push([t.upfront, formatMoney(inputs.upfront, lang)]);
  if (inputs.monthlyFee && !inputs.monthlyFee.isZero())
    lines.push([t.monthlyFee, formatPercent(inputs.monthlyFee, lang, 4)]);
  return (
    <div class="calc-print-only" data-printing={printing ? 'true' : 'false'}>
      <dl class="sc-print-inputs" data-result="print-inputs">
        {lines.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p class="calc-stamp" data-result="stamp">
        {/* The link only when printing: reading it writes a waiting address change, which typing should not do. */}
        {[`${t.csvAt}: ${localDateTime(new Date())}`, `${t.csvPolicy}: ${policyVersion}`, printing ? shareLink() : '']
          .filter(Boolean)
          .join(' · ')}
      </p>
    </div>
  );
}

/** The verdict against the cap for the contract date, its source and next change; red when over; a warning above 100%. */
function CapLine({
  lang,
  t,
  check,
  apr,
}: {
  lang: Lang;
  t: ScheduleStrings;
  check: NonNullable<Computed['check']>;
  apr: NonNullable<Computed['apr']>['simple'];
}) {
  const pct = (v: Parameters<typeof formatPercent>[0]) => formatPercent(v, lang, 2, 2);
  const { cap } = check;
  const vars = {
    apr: pct(apr),
    cap: pct(cap.rate),
    date: formatDate(cap.contractDate, lang),
    from: formatDate(cap.effectiveFrom, lang),
    source: cap.source[lang],
  };
  return (
    <>
      <p
        class={`sc-cap ${check.within ? 'sc-cap--within' : 'sc-cap--over'}`}
        data-result="cap-verdict"
        data-over={check.within ? 'false' : 'true'}
      >
        {fill(check.within ? t.capWithin : t.capOver, vars)}
        {cap.next ? ` ${fill(t.capNext, { from: formatDate(cap.next.from, lang), rate: pct(cap.next.rate) })}` : ''}
      </p>
      {check.implausible && (
        <p class="sc-cap sc-cap--over" data-result="implausible">
          {t.implausible}
        </p>
      )}
    </>
  );
}

/** The formula with this scenario's numbers in it, and the rounding rule. */
function Math({
  lang,
  t,
  method,
  inputs,
  schedule,
  apr,
}: {
  lang: Lang;
  t: ScheduleStrings;
  method: RepaymentMethod;
  inputs: NonNullable<Computed['inputs']>;
  schedule: NonNullable<Computed['schedule']>;
  apr: NonNullable<Computed['apr']>;
}) {
  const monthly = schedule.monthlyRate;
  const first = schedule.rows[0]!;
  const vars = {
    annual: formatPercent(inputs.rate, lang, 4),
    r: formatNumber(monthly.toSignificantDigits(8), lang, 20),
    P: formatNumber(inputs.principal, lang),
    n: inputs.term,
    A: formatNumber(schedule.instalment, lang),
    pp: formatNumber(schedule.equalPrincipal, lang),
    i: formatNumber(first.interest, lang),
    i1: formatNumber(first.interest, lang),
    net: formatNumber(schedule.netProceeds, lang),
    fee: formatNumber(schedule.upfrontFee, lang),
    R: formatPercent(apr.periodic, lang, 6),
    simple: formatPercent(apr.simple, lang, 2, 2),
    compound: formatPercent(apr.compound, lang, 2, 2),
  };
  const lines = [t.mathRate];
  if (method === 'equal-instalment') lines.push(monthly.isZero() ? t.mathAnnuityZero : t.mathAnnuity, t.mathInterest);
  if (method === 'equal-principal') lines.push(t.mathPrincipal);
  if (method === 'interest-only') lines.push(t.mathInterestOnly);
  lines.push(t.mathLast, t.mathApr);
  return (
    <ol>
      {lines.map((l) => (
        <li key={l}>{fill(l, vars)}</li>
      ))}
    </ol>
  );
}
