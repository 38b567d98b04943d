/**
 * 风险定价计算器: parse what staff type, call calculators/pricing (priceLoan,
 * evaluateOffer), render. Policy values and interface strings arrive as props
 * from Pricing.astro (built from content/policy/*.yaml; no YAML in the browser).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { priceLoan, evaluateOffer } from '../../../calculators/pricing/price';
import { gradeAvailability, type GradeAvailability } from '../../../calculators/pricing/availability';
import { fundingBand } from '../../../calculators/pricing/cost-rates';
import { nextDay } from '../../../calculators/dated';
import type { PricingPolicy, PriceResult, OfferResult, Check } from '../../../calculators/pricing/types';
import type { ComponentChildren } from 'preact';
import { CalcError, REPAYMENT_METHODS as METHODS, type RepaymentMethod } from '../../../calculators/schedule/index';
import { parseAmount, parseFeeRate, parseLoanAmount, parseRate, parseTerm } from '../../../calculators/input/index';
import { normalizeInput } from '../../../calculators/input/normalize';
import { ZERO, type Decimal } from '../../../calculators/decimal';
import {
  formatDate,
  formatMoney,
  formatMonths,
  formatPercent,
  formatNumber,
  formatPoints,
  formatSigned,
  type Lang,
} from '../../../calculators/format';
import { Field, SelectField } from '../kit/Field';
import { Toolbar } from '../kit/Toolbar';
import { useUrlState } from '../kit/url-state';
import { kitStrings } from '../kit/strings';
import type { PricingStrings } from './strings';
import { fill } from '../kit/fill';
import { Waterfall } from './Waterfall';
import { parseContractDate, useContractDate } from '../kit/contract-date';
import { scheduleLink } from './schedule-link';
import { localDateTime } from './stamp';
import type { MathSteps as MathStepsType } from './MathSteps';
import type * as CompareModule from './CompareTable';
import type { CompareFmt, Kept } from './CompareTable';
import type { Schedule } from '../../../calculators/schedule/amortize';
import type { AnnualizedRate } from '../../../calculators/schedule/annualized-rate';

/** The scenario shown before anyone types (and on the server-rendered page). d: the contract date as typed; '' = today. */
export const DEFAULT_SCENARIO = {
  g: 'C',
  a: '50,000',
  n: '12',
  m: 'equal-instalment',
  uf: '',
  mf: '',
  fo: '',
  mo: '',
  o: '',
  d: '',
  c: '',
};
type Scenario = typeof DEFAULT_SCENARIO;

/**
 * Scenarios kept for comparison travel in the URL as c=: fields in KEYS order joined by _, scenarios by *
 * (URLSearchParams leaves both as they are; normalizeInput removes every _ from a value), the method as
 * its index in REPAYMENT_METHODS (so that list's order is part of the link format: append, never reorder), amount and term as parsed (8万 → 80000, 1年 → 12), thousands separators and a trailing % dropped,
 * the contract date last (blank: today), trailing blanks cut: c=C_50000_12_0*E_50000_12_0_____30_2028-01-01.
 * Only a scenario that prices is kept; a hand-edited one that does not shows a message in its column.
 */
const KEYS = ['g', 'a', 'n', 'm', 'uf', 'mf', 'fo', 'mo', 'o', 'd'] as const;
const MAX_KEPT = 3;
const encode = (s: Scenario) =>
  KEYS.map((k) =>
    k === 'g' ? s.g : k === 'm' ? METHODS.indexOf(s.m as RepaymentMethod) : normalizeInput(s[k]).replace(/,|%$/g, ''),
  )
    .join('_')
    .replace(/_+$/, '');
const decode = (x: string) => {
  const v = x.split('_');
  const s = { ...DEFAULT_SCENARIO };
  KEYS.forEach((k, i) => (s[k] = v[i] ?? ''));
  s.m = (s.m.length === 1 && METHODS['012'.indexOf(s.m)]) || '';
  return s;
};
type Bi = { zh: string; en: string };
type FieldKey = 'a' | 'n' | 'uf' | 'mf' | 'fo' | 'mo' | 'o' | 'd';

/** Parse one scenario; errors by field, or the inputs priceLoan takes. */
function parse(s: Scenario, policy: PricingPolicy, today: string) {
  const errors: Partial<Record<FieldKey, Bi>> = {};
  // What a parser assumed (0.049 read as 4.9%, an amount under 100 元), shown under the field.
  const notes: Partial<Record<FieldKey, Bi>> = {};
  const opt = (
    key: FieldKey,
    parsed: () => { ok: true; value: Decimal; note?: Bi } | { ok: false; error: { message: Bi } },
  ) => {
    if (!s[key].trim()) return undefined;
    const r = parsed();
    if (!r.ok) errors[key] = r.error.message;
    else if (r.note) notes[key] = r.note;
    return r.ok ? r.value : undefined;
  };
  const amount = parseLoanAmount(s.a);
  if (amount.ok && amount.note) notes.a = amount.note;
  const term = parseTerm(s.n);
  const date = parseContractDate(s.d, today);
  if (!amount.ok) errors.a = amount.error.message;
  if (!term.ok) errors.n = term.error.message;
  if (!date.ok) errors.d = date.error.message;
  const termMonths = term.ok ? term.value : undefined;
  const upfront = opt('uf', () => parseAmount(s.uf, { allowZero: true }));
  const monthly = opt('mf', () => parseFeeRate(s.mf));
  const fundingRate = opt('fo', () => parseRate(s.fo));
  // A target margin is usually a few percent: 0.5 there means 0.5%, not a fraction.
  const targetMarginRate = opt('mo', () => parseRate(s.mo, { fractions: false }));
  const offeredRate = opt('o', () => parseRate(s.o));
  const method = (METHODS as readonly string[]).includes(s.m) ? (s.m as RepaymentMethod) : 'equal-instalment';
  const grade = policy.pricing.grades.some((g) => g.id === s.g) ? s.g : 'C';
  if (!amount.ok || !term.ok || !date.ok || Object.keys(errors).length)
    return { errors, notes, method, grade, termMonths };
  return {
    errors,
    notes,
    method,
    grade,
    termMonths,
    offeredRate,
    input: {
      contractDate: date.value,
      grade,
      amount: amount.value,
      termMonths: term.value,
      method,
      fees: { upfrontAmount: upfront ?? ZERO, monthlyFeeRate: monthly ?? ZERO },
      overrides: { fundingRate, targetMarginRate },
    },
  };
}

/**
 * The form field of each cross-field CalcError (calculators review #24). The other figures priceLoan checks
 * (amount, term, negative rates) never reach it: the parsers refuse them first, under their own fields.
 */
const FIELD_OF: Record<string, FieldKey> = { upfrontFee: 'uf', fees: 'mf' };

/**
 * Price one scenario; `all` adds every grade's price and whether it can be served on the contract date
 * (the grade table of the scenario being edited), with the grades as they stand on each later date a grade's status changes.
 */
function compute(s: Scenario, policy: PricingPolicy, today: string, all = true) {
  const p = parse(s, policy, today);
  if (!p.input) return p;
  try {
    const price = priceLoan(p.input, policy);
    const offer = p.offeredRate ? evaluateOffer({ ...p.input, offeredRate: p.offeredRate }, policy) : undefined;
    const grades = all ? policy.pricing.grades.map((g) => priceLoan({ ...p.input, grade: g.id }, policy)) : undefined;
    const on = (contractDate: string) => gradeAvailability({ contractDate, termMonths: p.input.termMonths }, policy);
    const avail = all ? on(price.contractDate) : undefined;
    const later = new Map(
      avail?.grades.flatMap((g) => (g.change ? [[g.change.from, on(g.change.from)] as const] : [])),
    );
    return { ...p, price, offer, grades, avail, later };
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    // A cross-field error (an upfront fee not below the amount …) also goes under its field (review #24).
    const key = FIELD_OF[e.field!];
    return { ...p, failure: e.messages, errors: key ? { ...p.errors, [key]: e.messages } : p.errors };
  }
}

interface Props {
  lang: Lang;
  t: PricingStrings;
  policy: PricingPolicy;
  /** The build machine's date (YYYY-MM-DD): "today" of the server render and of hydration, replaced by the reader's once mounted. */
  buildDate: string;
  /** RP-03's id, version and effective date, for the CSV's header. */
  policyVersion: string;
  /** The schedule calculator's page (base path and language included). */
  scheduleHref: string;
}

export default function PricingCalculator({ lang, t, policy, buildDate, policyVersion, scheduleHref }: Props) {
  const k = kitStrings[lang];
  const [s, set] = useUrlState(DEFAULT_SCENARIO);
  // Server and hydration price for the build date, so they match; then for the reader's own today (a date in the link stays).
  const cd = useContractDate(buildDate, s.d, (d) => set({ d }));
  const today = cd.today;
  const r = useMemo(() => compute(s, policy, today), [s, policy, today]);
  const pct = (v: Decimal | number, digits = 2) => formatPercent(v, lang, digits, 2);
  const money = (v: Decimal) => formatMoney(v, lang);
  const date = (iso: string) => formatDate(iso, lang);
  const sep = lang === 'zh' ? '' : ' ';
  const price = 'price' in r ? r.price : undefined;
  const offer = 'offer' in r ? r.offer : undefined;
  // An offer above the cap in force is the offered rate's fault: said under that field too (review #24).
  const capFail = offer?.checks.find((c) => c.id === 'apr-cap' && c.status === 'fail')?.message;
  const err = (key: FieldKey) => (r.errors[key] ?? (key === 'o' ? capFail : undefined))?.[lang];
  const note = (key: FieldKey) => r.notes[key]?.[lang];
  const { costs, grades } = policy.pricing;
  const avail = 'avail' in r ? r.avail : undefined;
  // The funding band of the term as parsed (2年, 24期 and 24 are the same band).
  const band = r.termMonths === undefined ? undefined : fundingBand(policy.pricing, r.termMonths);
  const overridden = price?.components.filter((c) => c.overridden).map((c) => t[c.key as 'funding' | 'margin']);

  // The "2028 view": the first contract date by which every new loan must be within 4 × LPR (the guideline's deadline + 1 day).
  const view = nextDay(policy.pricing.costGuideline.fullComplianceDate);

  /** What the company could do instead for a grade not open now, or one that closes later: the highest expected loss that would fit. */
  const fitOf = (g: GradeAvailability, i: number) => {
    const then = g.status === 'open' && g.change ? 'later' in r && r.later.get(g.change.from) : undefined;
    if (g.status === 'open' && !then) return undefined;
    return then ? { max: then.grades[i]!.maxExpectedLossOpen, cap: then.cap.rate } : { max: g.maxExpectedLossOpen };
  };

  // A printout says when, under which policy version and at which address it was calculated (after mount: the server has no address).
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  // The formulas' code loads when the reader opens them (MathSteps.tsx), not with the island.
  const [Steps, setSteps] = useState<typeof MathStepsType>();
  const openMath = (e: Event) =>
    (e.currentTarget as HTMLDetailsElement).open &&
    !Steps &&
    void import('./MathSteps').then((m) => setSteps(() => m.MathSteps));

  // Scenarios kept for comparison: each priced like the one being edited, or the reason it cannot be.
  const [said, say] = useState('');
  const pinRef = useRef<HTMLButtonElement>(null);
  const list = s.c.split('*').filter(Boolean).slice(0, MAX_KEPT);
  // Each kept scenario decoded and priced like the one being edited; CompareTable.keptOf says why one cannot be
  // (that code loads with the table, not with the island: size budget).
  const priceKept = (code: string) => {
    const x = decode(code);
    try {
      return { x, c: compute(x, policy, today, false) };
    } catch {
      return { x }; // reported as "cannot be priced"
    }
  };
  // The comparison's rows and table load once a scenario is kept (CompareTable.tsx); the server render never has one.
  const [Cmp, setCmp] = useState<typeof CompareModule>();
  useEffect(() => {
    if (list.length && !Cmp) void import('./CompareTable').then((m) => setCmp(() => m));
  }, [list.length]);
  const kept = useMemo(
    () => (Cmp ? Cmp.keptOf(t, lang, grades, list, priceKept) : []),
    [Cmp, s.c, policy, lang, t, today],
  );
  const head = (k: Kept, i: number) =>
    fill(t.scenario, { n: i + 1 }) + (k.c?.price.components.some((x) => x.overridden) ? t.whatIfMark : '');
  const f: CompareFmt = {
    t,
    fill,
    date,
    months: (n) => formatMonths(n, lang),
    money,
    pct,
    head,
  };
  const pin = () => {
    if (!price || !r.input) return say(k.fixInput);
    const code = encode({
      ...s,
      g: r.grade,
      m: r.method,
      a: r.input.amount.toFixed(),
      n: String(r.input.termMonths),
      d: s.d && r.input.contractDate,
    });
    const at = list.indexOf(code);
    if (at >= 0) say(fill(t.pinDup, { n: at + 1 }));
    else if (list.length >= MAX_KEPT) say(t.pinFull);
    else {
      set({ c: [...list, code].join('*') });
      say(fill(t.pinned, { n: list.length + 1 }));
    }
  };
  const remove = (i: number) => {
    const next = list.filter((_, j) => j !== i);
    set({ c: next.join('*') });
    say(fill(t.removed, { n: i + 1, count: next.length }));
    pinRef.current?.focus();
  };

  // The CSV's code loads when the button is pressed (csv-export.ts), not with the island.
  const loan = price && r.input ? { input: r.input, offeredRate: r.offeredRate, price, offer } : undefined;
  const csv =
    loan || list.length
      ? () =>
          Promise.all([import('./csv-export'), list.length ? import('./CompareTable') : undefined]).then(([m, cmp]) =>
            m.pricingCsv({
              t,
              policyVersion,
              at: localDateTime(new Date()),
              loan,
              grades: 'grades' in r && r.grades && avail ? { prices: r.grades, avail } : undefined,
              compare: cmp && list.length ? cmp.compareCsv(f, cmp.keptOf(t, lang, grades, list, priceKept)) : [],
            }),
          )
      : undefined;

  return (
    <div class="calc pr-calc not-content" data-calc="pricing">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label={t.form}>
        {/* 月供 · 利息合计 · 年化 at the offered rate (else the minimum), pinned on a phone while typing (review #12). */}
        {price && (
          <p class="calc-pin" data-result="pin" aria-hidden="true">
            {[
              [t[`inst-${r.method}`], money((offer ?? price).schedule.rows[0]!.payment)],
              [t.interestTotal, money((offer ?? price).schedule.totals.interest)],
              [t.aprS, pct((offer ?? price).apr.simple)],
            ]
              .map((x) => x.join(' '))
              .join(' · ')}
          </p>
        )}
        <SelectField
          id="pr-grade"
          label={t.grade}
          value={r.grade}
          options={grades.map((g) => ({
            value: g.id,
            label: fill(t.gradeOption, {
              id: g.id,
              pd: formatPercent(g.pd, lang, 2),
              lgd: formatPercent(g.lgd, lang, 2),
            }),
          }))}
          onChange={(v) => set({ g: v })}
        />
        <Field
          id="pr-amount"
          label={t.amount}
          hint={t.amountHint}
          value={s.a}
          onInput={(v) => set({ a: v })}
          error={err('a')}
          note={note('a')}
          inputMode="text"
          suffix={lang === 'zh' ? '元' : 'CNY'}
        />
        <Field
          id="pr-term"
          label={t.term}
          hint={t.termHint}
          value={s.n}
          onInput={(v) => set({ n: v })}
          error={err('n')}
          inputMode="text"
        />
        <SelectField
          id="pr-method"
          label={t.method}
          value={r.method}
          options={METHODS.map((m) => ({ value: m, label: t[m] }))}
          onChange={(v) => set({ m: v })}
        />
        <p class="calc-note pr-grade-note" data-result="grade-note">
          {grades.find((g) => g.id === r.grade)?.note[lang]}
        </p>
        <div class="pr-date">
          <Field
            id="pr-date"
            label={t.date}
            hint={t.dateHint}
            value={cd.text}
            onInput={cd.onInput}
            error={err('d')}
            inputMode="text"
          />
          <div class="calc-toolbar print-hidden">
            <button
              type="button"
              data-action="view"
              aria-pressed={price?.contractDate === view}
              onClick={() => cd.onInput(view)}
            >
              {fill(t.view, { y: view.slice(0, 4), date: date(view) })}
            </button>
            {s.d && (
              <button type="button" data-action="today" onClick={() => cd.onInput(today)}>
                {t.backToday}
              </button>
            )}
          </div>
        </div>
        <Field
          id="pr-offered"
          label={t.offered}
          hint={t.offeredHint}
          value={s.o}
          onInput={(v) => set({ o: v })}
          error={err('o')}
          note={note('o')}
          inputMode="text"
        />
        <fieldset class={`calc-fees${s.uf || s.mf ? '' : ' print-hidden'}`}>
          <legend>{t.fees}</legend>
          <Field
            id="pr-upfront"
            label={t.upfront}
            hint={t.upfrontHint}
            value={s.uf}
            onInput={(v) => set({ uf: v })}
            error={err('uf')}
            inputMode="text"
          />
          <Field
            id="pr-monthly-fee"
            label={t.monthlyFee}
            hint={t.monthlyFeeHint}
            value={s.mf}
            onInput={(v) => set({ mf: v })}
            error={err('mf')}
            inputMode="text"
          />
        </fieldset>
        <fieldset class={`calc-fees pr-whatif${s.fo || s.mo ? '' : ' print-hidden'}`}>
          <legend>{t.whatIf}</legend>
          <Field
            id="pr-funding"
            label={t.funding}
            hint={
              band
                ? fill(t.policyBand, { v: pct(band.fundingRate), n: formatMonths(band.upToMonths, lang) })
                : t.policyByTerm
            }
            value={s.fo}
            onInput={(v) => set({ fo: v })}
            error={err('fo')}
            note={note('fo')}
            inputMode="text"
          />
          <Field
            id="pr-margin"
            label={t.margin}
            hint={fill(t.policyValue, { v: pct(costs.targetMarginRate) })}
            value={s.mo}
            onInput={(v) => set({ mo: v })}
            error={err('mo')}
            note={note('mo')}
            inputMode="text"
          />
        </fieldset>
      </form>

      <section class="calc-results" aria-label={k.results}>
        {price ? (
          <>
            {overridden && overridden.length > 0 && (
              <p class="pr-whatif-banner" data-result="what-if" role="note">
                {fill(t.overridden, { which: overridden.join(lang === 'zh' ? '、' : ' and ') })}
              </p>
            )}
            <Verdict t={t} lang={lang} x={offer ?? price} offer={offer} policy={policy} pct={pct} date={date} sep={sep}>
              {avail &&
                (() => {
                  const i = avail.grades.findIndex((g) => g.grade.id === r.grade);
                  const g = avail.grades[i]!;
                  const fit = fitOf(g, i);
                  const v = {
                    g: g.grade.id,
                    el: pct(g.expectedLoss),
                    max: fit ? pct(fit.max) : '',
                    cap: fit?.cap ? pct(fit.cap) : '',
                  };
                  const line = [
                    fill(
                      t[g.status === 'open' ? 'gsOpen' : g.status === 'closed' ? 'gsClosed' : 'gs-exception-only'],
                      v,
                    ),
                    g.change && fill(t[`to-${g.change.status}` as 'to-closed'], { from: date(g.change.from) }),
                    fit && (fit.max.isPos() ? fill(fit.cap ? t.maxElThen : t.maxElNow, v) : t.noEl),
                  ];
                  return (
                    <p data-result="grade-status" data-status={g.status}>
                      {line.filter(Boolean).join(sep)}
                    </p>
                  );
                })()}
            </Verdict>
            <dl class="calc-summary">
              <div class="calc-key" aria-live="polite" aria-atomic="true">
                <dt>{t.required}</dt>
                <dd data-result="required">{pct(price.requiredRate, 3)}</dd>
              </div>
              <div class="calc-key">
                <dt>{t.aprSimple}</dt>
                <dd data-result="apr-simple">{pct(price.apr.simple)}</dd>
              </div>
              <div>
                <dt>{t.aprCompound}</dt>
                <dd data-result="apr-compound">{pct(price.apr.compound)}</dd>
              </div>
              <div>
                <dt>{t.el}</dt>
                <dd data-result="el">{money(price.expectedLossAmount)}</dd>
              </div>
              <div>
                <dt>{t.capital}</dt>
                <dd data-result="capital">{money(price.capitalAtStart)}</dd>
              </div>
              <div>
                <dt>{t.rarocReq}</dt>
                <dd data-result="raroc-required">{pct(price.raroc)}</dd>
              </div>
            </dl>
            {price.feesCoverAll && <p class="calc-note">{t.feesCoverAll}</p>}
            {r.input && (
              <Customer
                t={t}
                lang={lang}
                method={r.method}
                link={(rate) => scheduleLink(scheduleHref, r.input!, rate, !!s.d)}
                cols={[
                  {
                    key: 'req',
                    head: fill(t.atRequired, { r: pct(price.requiredRate, 3) }),
                    x: price,
                    rate: price.requiredRate,
                  },
                  ...(offer
                    ? [
                        {
                          key: 'offer',
                          head: fill(t.atOffered, { r: pct(offer.offeredRate, 3) }),
                          x: offer,
                          rate: offer.offeredRate,
                        },
                      ]
                    : []),
                ]}
              />
            )}
            {offer && <Offer t={t} lang={lang} offer={offer} pct={pct} money={money} />}
            <Checks t={t} lang={lang} title={t.checks} checks={offer ? offer.checks : price.checks} />
          </>
        ) : (
          <p class="calc-error" data-result="error">
            {'failure' in r && r.failure ? t.error + r.failure[lang] : k.fixInput}
          </p>
        )}
      </section>

      <section class={`pr-compare${list.length ? '' : ' print-hidden'}`} aria-labelledby="pr-compare-h">
        <h2 id="pr-compare-h">{t.compare}</h2>
        <div class="calc-toolbar print-hidden">
          <button type="button" ref={pinRef} onClick={pin} aria-disabled={!price || list.length >= MAX_KEPT}>
            {t.pin}
          </button>
          <span class="calc-status" role="status" data-result="compare-status">
            {said}
          </span>
        </div>
        <p class="calc-note print-hidden">{t.compareHint}</p>
        {kept.length > 0 && Cmp && <Cmp.CompareTable f={f} kept={kept} remove={remove} />}
      </section>

      {price && 'grades' in r && r.grades && avail && (
        <>
          {/* The title sits above the scrolling table, so a phone shows it whole. */}
          <h2 class="pr-table-title" id="pr-grades-h">
            {fill(t.grades, { date: date(price.contractDate) })}
          </h2>
          <div class="calc-table-wrap" tabIndex={0} role="region" aria-labelledby="pr-grades-h">
            <table class="calc-table pr-grades" data-result="grades" aria-labelledby="pr-grades-h">
              <thead>
                <tr>
                  {[t.gradeShort, t.onDate, t.required, t.aprShort, t.elRate, t.later].map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.grades.map((g, i) => {
                  const a = avail.grades[i]!;
                  const fit = fitOf(a, i);
                  const later = [
                    a.change && fill(t.stChange, { from: date(a.change.from), status: t[`st-${a.change.status}`] }),
                    fit?.max.isPos() && fill(t.stMaxEl, { max: pct(fit.max) }),
                  ];
                  return (
                    <tr
                      key={a.grade.id}
                      data-grade={a.grade.id}
                      data-status={a.status}
                      class={a.grade.id === r.grade ? 'pr-current' : undefined}
                      aria-current={a.grade.id === r.grade ? 'true' : undefined}
                    >
                      <th scope="row">{a.grade.id}</th>
                      <td class={`pr-st pr-st-${a.status}`}>{t[`st-${a.status}`]}</td>
                      <td>{pct(g.requiredRate)}</td>
                      <td
                        class={g.checks.some((c) => c.id === 'apr-cap' && c.status === 'fail') ? 'pr-fail' : undefined}
                      >
                        {pct(g.apr.simple)}
                      </td>
                      <td>{pct(a.expectedLoss, 3)}</td>
                      <td class="pr-later">{later.filter(Boolean).join(lang === 'zh' ? '；' : '; ') || '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Waterfall t={t} price={price} pct={pct} />
        </>
      )}
      <Toolbar lang={lang} csv={csv} csvName={t.csvName} />
      {mounted && (
        <p class="pr-stamp" data-result="stamp">
          {[`${t.csvAt}: ${localDateTime(new Date())}`, `${t.csvPolicy}: ${policyVersion}`, location.href].join(' · ')}
        </p>
      )}
      {price && (
        <details class="calc-math" onToggle={openMath}>
          <summary>{k.showMath}</summary>
          {Steps && (
            <Steps
              t={t}
              price={price}
              policy={policy}
              f={{ fill, p4: (v) => formatPercent(v, lang, 4), n2: (v) => formatNumber(v, lang, 2), pct }}
            />
          )}
        </details>
      )}
    </div>
  );
}

type Pct = (v: Decimal | number, digits?: number) => string;

type Repaid = { schedule: Schedule; apr: AnnualizedRate };
/**
 * What the customer pays at the minimum rate and at the offered rate: the first instalment, the totals and the
 * all-in annualised rate (simple first), each straight from the schedule priceLoan / evaluateOffer built,
 * with a link that opens the same loan at that rate in the schedule calculator.
 */
function Customer(p: {
  t: PricingStrings;
  lang: Lang;
  method: RepaymentMethod;
  cols: { key: string; head: string; x: Repaid; rate: Decimal }[];
  link: (rate: Decimal) => string;
}) {
  const { t, lang, cols } = p;
  const money = (v: Decimal) => formatMoney(v, lang);
  const pct = (v: Decimal) => formatPercent(v, lang, 2, 2);
  const rows: [string, string, (x: Repaid) => string][] = [
    [t[`inst-${p.method}`], 'instalment', (x) => money(x.schedule.rows[0]!.payment)],
    [t.interestTotal, 'interest', (x) => money(x.schedule.totals.interest)],
    ...(cols.some((c) => !c.x.schedule.totals.fees.isZero())
      ? [[t.feesTotal, 'fees', (x: Repaid) => money(x.schedule.totals.fees)] as [string, string, (x: Repaid) => string]]
      : []),
    [t.allIn, 'all-in', (x) => money(x.schedule.totals.allIn)],
    [t.aprS, 'apr-simple', (x) => pct(x.apr.simple)],
    [t.aprC, 'apr-compound', (x) => pct(x.apr.compound)],
  ];
  return (
    <div class="pr-customer" data-result="customer">
      <h2 id="pr-customer-h">{t.customer}</h2>
      <table class="calc-table" aria-labelledby="pr-customer-h">
        <thead>
          <tr>
            <td />
            {cols.map((c) => (
              <th scope="col" key={c.key}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, key, get]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {cols.map((c) => (
                <td key={c.key} data-result={`${c.key}-${key}`}>
                  {get(c.x)}
                </td>
              ))}
            </tr>
          ))}
          <tr class="print-hidden">
            <td />
            {cols.map((c) => (
              <td key={c.key}>
                <a href={p.link(c.rate)} data-result={`${c.key}-schedule`}>
                  {t.openSchedule}
                </a>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Checks({ t, lang, title, checks }: { t: PricingStrings; lang: Lang; title: string; checks: Check[] }) {
  return (
    <div class="pr-checks">
      <h2>{title}</h2>
      <ul data-result="checks">
        {checks.map((c) => (
          <li key={c.id} class={`pr-${c.status}`} data-check={c.id} data-status={c.status}>
            <strong>{t[c.status]}</strong> {c.message[lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Offer({
  t,
  lang,
  offer,
  pct,
  money,
}: {
  t: PricingStrings;
  lang: Lang;
  offer: OfferResult;
  pct: Pct;
  money: (v: Decimal) => string;
}) {
  return (
    <div class="pr-offer" data-result="offer">
      <h2>{t.offer}</h2>
      <dl class="calc-summary">
        <div class="calc-key">
          <dt>{t.aprOffer}</dt>
          <dd data-result="offer-apr">{pct(offer.apr.simple)}</dd>
        </div>
        <div>
          <dt>{t.rarocOffer}</dt>
          <dd data-result="offer-raroc">{pct(offer.raroc)}</dd>
        </div>
        <div>
          <dt>{t.marginOver}</dt>
          <dd data-result="offer-margin">{formatSigned(offer.marginOverMinimum, (x) => formatPoints(x, lang))} pp</dd>
        </div>
        <div>
          <dt>{t.profit}</dt>
          <dd data-result="offer-profit">{formatSigned(offer.economicProfitPerYear, money)}</dd>
        </div>
        <div>
          <dt>{t.breakEven}</dt>
          <dd data-result="break-even">{pct(offer.breakEvenRate)}</dd>
        </div>
      </dl>
      <p class="calc-note" data-result="offer-verdict" data-meets={String(offer.meetsHurdle)}>
        {fill(offer.meetsHurdle ? t.meets : t.misses, { v: pct(offer.price.hurdleRate) })}
      </p>
    </div>
  );
}

/**
 * The verdict leads: red when the loan cannot be issued (above the cap in force, outside the limits, a price no one
 * may approve), amber for a price exception, green only when it can be issued as it stands; then the cap in force on
 * the contract date, its source, the next scheduled change, and (children) the selected grade's status.
 */
function Verdict(p: {
  t: PricingStrings;
  lang: Lang;
  x: PriceResult | OfferResult;
  offer: OfferResult | undefined;
  policy: PricingPolicy;
  pct: Pct;
  date: (iso: string) => string;
  sep: string;
  children: ComponentChildren;
}) {
  const { t, lang, x, offer, pct, date } = p;
  const cap = (offer?.price ?? (x as PriceResult)).costCap;
  const failed = x.checks.filter((c) => c.status === 'fail' && c.id !== 'lpr-line');
  const capFail = failed.find((c) => c.id === 'apr-cap');
  const a = offer?.approval;
  const pp = (v: Decimal | number) => formatPoints(v, lang);
  const [tone, why]: ['block' | 'warn' | 'ok', string] = capFail
    ? ['block', capFail.message[lang]]
    : failed.length
      ? ['block', [t.outsideLimits, ...failed.map((c) => c.message[lang])].join(p.sep)]
      : offer && a === 'not-approvable'
        ? [
            'block',
            offer.offeredRate.lt(offer.breakEvenRate)
              ? fill(t.belowBreakEven, { o: pct(offer.offeredRate), be: pct(offer.breakEvenRate) })
              : fill(t.beyondAuthority, {
                  d: pp(offer.discountBelowMinimum),
                  max: pp(p.policy.pricing.exceptions.croMaxDiscountRate),
                }),
          ]
        : a === 'risk-head' || a === 'cro'
          ? ['warn', t[`approval-${a}`]]
          : ['ok', offer ? t['approval-none'] : t.vOkMin];
  return (
    <div class={`pr-verdict pr-verdict-${tone}`} data-result="verdict" data-tone={tone}>
      <p class="pr-verdict-head">
        <strong>
          {t[tone === 'block' ? 'vBlock' : tone === 'warn' ? 'vWarn' : 'vOk'] + (lang === 'zh' ? '：' : ': ')}
        </strong>
        {why}
      </p>
      <p data-result="cap">
        {fill(t.capLine, { date: date(cap.contractDate), cap: pct(cap.rate), from: date(cap.effectiveFrom) })}
        {cap.next && (
          <>
            <br />
            <span data-result="cap-next">
              {fill(t.capNext, { from: date(cap.next.from), cap: pct(cap.next.rate) })}
            </span>
          </>
        )}
      </p>
      <p class="calc-note" data-result="cap-source">
        {cap.source[lang]}
      </p>
      {p.children}
    </div>
  );
}
