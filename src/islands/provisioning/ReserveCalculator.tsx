/**
 * 组合拨备测算: balances by DPD bucket or by category → five-tier reserve and
 * ECL side by side; the allowance booked (= ECL), the general risk reserve to
 * appropriate and the reserve on the regulatory basis (RP-06 §7); the coverage
 * indicators on the regulatory basis (and on the booked allowance alone) against
 * the regulatory and risk-appetite requirements (RP-06 §5). Everything is computed
 * by calculators/provisioning (portfolioReserve); this file parses and renders.
 */
import { useMemo, useState } from 'preact/hooks';
import { portfolioReserve, type PortfolioReserve } from '../../../calculators/provisioning/portfolio';
import { CATEGORIES, CATEGORY_NAMES } from '../../../calculators/policy/categories';
import { floorMissed, type Appetite, type CoverageResult } from '../../../calculators/provisioning/coverage';
import { stricterDays } from '../../../calculators/provisioning/buckets';
import { CalcError } from '../../../calculators/errors';
import { parseAnnualPercent, parseBalance, readPastedBalances } from '../../../calculators/provisioning/input';
import { parseMonths } from '../../../calculators/input/count';
import type { Provisioning } from '../../../calculators/policy/provisioning';
import { ZERO, type Decimal } from '../../../calculators/decimal';
import { formatAmount, formatMoney, formatPercent, type Lang } from '../../../calculators/format';
import { amountTag, csvFileName } from '../../../calculators/csv';
import { Field, SelectField } from '../kit/Field';
import { Toolbar } from '../kit/Toolbar';
import { useUrlState } from '../kit/url-state';
import { kitStrings } from '../kit/strings';
import type { ReserveStrings } from './reserve-strings';
import { fill } from '../kit/fill';
import { StageChart } from './StageChart';

const BUCKET_DEFAULTS = ['8,000,000', '300,000', '120,000', '80,000', '150,000', '60,000', '20,000'];
const CATEGORY_DEFAULTS = ['8,000,000', '500,000', '150,000', '60,000', '20,000'];

function defaults(policy: Provisioning) {
  const out: Record<string, string> = {
    m: 'bucket',
    r: formatPercent(policy.ecl.defaultEffectiveRate, 'en', 10),
    n: String(policy.ecl.defaultRemainingMonths),
  };
  policy.ecl.buckets.forEach((_, i) => (out[`b${i}`] = BUCKET_DEFAULTS[i] ?? '0'));
  CATEGORIES.forEach((_, i) => (out[`c${i}`] = CATEGORY_DEFAULTS[i] ?? '0'));
  return out;
}

type Msg = { zh: string; en: string };

function compute(s: Record<string, string>, policy: Provisioning, appetite: Appetite) {
  const by: 'bucket' | 'category' = s.m === 'category' ? 'category' : 'bucket';
  const keys = by === 'bucket' ? policy.ecl.buckets.map((_, i) => `b${i}`) : CATEGORIES.map((_, i) => `c${i}`);
  const errors: Record<string, Msg> = {};
  const balances = keys.map((k) => {
    const p = parseBalance(s[k] ?? '');
    if (!p.ok) errors[k] = p.error.message;
    return p.ok ? p.value : ZERO;
  });
  const rate = parseAnnualPercent(s.r ?? '');
  if (!rate.ok) errors.r = rate.error.message;
  // 0.18 read as 18%: said under the field (the fraction rule of every rate field, review #1).
  const rateNote = rate.ok ? rate.note : undefined;
  const months = parseMonths(s.n ?? '', { zh: '剩余期限', en: 'The remaining term' }, { min: 1, max: 600 });
  if (!months.ok) errors.n = months.error.message;
  if (Object.keys(errors).length || !rate.ok || !months.ok) return { by, keys, errors, rateNote };
  try {
    const result = portfolioReserve(
      { by, balances, annualRate: rate.value, remainingMonths: months.value },
      policy,
      appetite,
    );
    return { by, keys, errors, rateNote, result, rate: rate.value, months: months.value };
  } catch (e) {
    if (!(e instanceof CalcError)) throw e;
    // A refusal that names its input goes next to that field, with aria-invalid (review #24).
    const key = e.field === 'annualRate' ? 'r' : e.field === 'remainingMonths' ? 'n' : undefined;
    if (key) return { by, keys, errors: { ...errors, [key]: e.messages }, rateNote };
    return { by, keys, errors, rateNote, failure: e.messages };
  }
}

/** "低于 150%" under a ratio below a requirement's floor (review #26): the floor comes from the policy, via the result. */
function belowText(t: ReserveStrings, lang: Lang, c: CoverageResult, ratio: 'coverage' | 'loanProvision') {
  const q = floorMissed(c, ratio);
  if (!q) return undefined;
  const v = formatPercent(ratio === 'coverage' ? q.minCoverage : q.minLoanProvision, lang);
  return fill(q.source === 'regulatory' ? t.below : t.belowAppetite, { v });
}

/** `t`: this page's interface strings (reserveStrings[lang]), passed by the page so the bundle carries no strings. */
export default function ReserveCalculator({
  lang,
  t,
  policy,
  appetite,
  policyVersion,
}: {
  lang: Lang;
  t: ReserveStrings;
  policy: Provisioning;
  appetite: Appetite;
  /** RP-06's id, version and effective date, for the CSV's header. */
  policyVersion: string;
}) {
  const k = kitStrings[lang];
  const initial = useMemo(() => defaults(policy), [policy]);
  const [s, set] = useUrlState(initial);
  const [paste, setPaste] = useState<{ text: string; error?: string; status?: string }>({ text: '' });
  const r = useMemo(() => compute(s, policy, appetite), [s, policy, appetite]);
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, lang);
  const num = (v: Parameters<typeof formatMoney>[0]) => amount(v, lang);
  const pct = (v: Parameters<typeof formatPercent>[0], d = 2) => formatPercent(v, lang, d);
  const ratio = (v: Decimal | null, none: string) => (v ? pct(v) : none);
  const labels =
    r.by === 'bucket' ? policy.ecl.buckets.map((b) => b.name[lang]) : CATEGORIES.map((c) => CATEGORY_NAMES[c][lang]);

  // Header cells skipped, "-" read as 0, and a count that fits the other 余额口径 says so (review #25).
  const onPaste = (text: string) => {
    const other = r.by === 'bucket' ? CATEGORIES.length : policy.ecl.buckets.length;
    const p = readPastedBalances(text, r.keys.length, other);
    const got = p.values.length;
    if (got === 0) return setPaste({ text });
    if (!p.fits) {
      const error = fill(t.pasteCount, { got, n: r.keys.length });
      const mode = r.by === 'bucket' ? t.category : t.bucket;
      return setPaste({ text, error: p.fitsOther ? `${error}${fill(t.pasteSwitch, { got, mode })}` : error });
    }
    set(Object.fromEntries(r.keys.map((key, i) => [key, p.values[i] ?? ''])));
    setPaste({ text: '', status: fill(t.pasted, { n: got }) });
  };

  const res = r.result;
  const rowName = r.by === 'bucket' ? t.row : t.cat;
  // The CSV's code loads when the button is pressed (csv-export.ts), not with the island.
  const csv =
    res && r.rate && r.months
      ? () =>
          import('./csv-export').then((m) =>
            m.reserveCsv({
              lang,
              t,
              categoryName: (c) => CATEGORY_NAMES[c][lang],
              policy,
              policyVersion,
              link: window.location.href,
              by: r.by,
              labels,
              rate: r.rate!,
              months: r.months!,
              res,
            }),
          )
      : undefined;
  // 拨备测算_按逾期分段_873万_18%_18个月.csv: the file says which scenario it holds (review #10).
  const csvName =
    res && r.rate
      ? csvFileName([
          t.csvName,
          r.by === 'bucket' ? t.bucket : t.category,
          amountTag(res.fiveTier.totalLoans.toFixed(2), lang),
          lang === 'zh' ? pct(r.rate, 4) : pct(r.rate, 4).replace('%', 'pct'),
          fill(t.csvTerm, { n: r.months ?? '' }),
        ])
      : undefined;
  const stricter = r.by === 'bucket' ? stricterDays(policy) : [];

  return (
    <div class="calc not-content" data-calc="reserve">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label={t.form}>
        <SelectField
          id="rs-mode"
          label={t.mode}
          value={r.by}
          options={[
            { value: 'bucket', label: t.bucket },
            { value: 'category', label: t.category },
          ]}
          onChange={(v) => {
            set({ m: v });
            // A paste error counted against the other mode is stale once the mode changes (review #25).
            setPaste({ text: '' });
          }}
        />
        <Field
          id="rs-rate"
          label={t.rate}
          hint={t.rateHint}
          value={s.r ?? ''}
          onInput={(v) => set({ r: v })}
          error={r.errors.r?.[lang]}
          note={r.rateNote?.[lang]}
          inputMode="text"
        />
        <Field
          id="rs-months"
          label={t.months}
          hint={t.monthsHint}
          value={s.n ?? ''}
          onInput={(v) => set({ n: v })}
          error={r.errors.n?.[lang]}
          inputMode="numeric"
        />
        <fieldset class="calc-fees">
          <legend>{t.balances}</legend>
          {r.keys.map((key, i) => (
            <Field
              key={key}
              id={`rs-${key}`}
              label={labels[i] ?? key}
              value={s[key] ?? ''}
              onInput={(v) => set({ [key]: v })}
              error={r.errors[key]?.[lang]}
              inputMode="text"
            />
          ))}
          <div class={`calc-field rs-paste${paste.error ? ' calc-field--invalid' : ''}`}>
            <label for="rs-paste">{t.paste}</label>
            <textarea
              id="rs-paste"
              rows={2}
              value={paste.text}
              aria-invalid={paste.error ? 'true' : 'false'}
              aria-describedby={`rs-paste-hint${paste.error ? ' rs-paste-error' : ''}`}
              onInput={(e) => onPaste((e.currentTarget as HTMLTextAreaElement).value)}
            />
            <p id="rs-paste-hint" class="calc-hint">
              {fill(t.pasteHint, { n: r.keys.length })}
            </p>
            {paste.error && (
              <p id="rs-paste-error" class="calc-error">
                {paste.error}
              </p>
            )}
            <p class="calc-hint" role="status">
              {paste.status ?? ''}
            </p>
          </div>
        </fieldset>
      </form>

      <section class="calc-results" aria-label={k.results}>
        {res ? (
          <dl class="calc-summary">
            <div class="calc-key" aria-live="polite" aria-atomic="true">
              <dt>{t.booked}</dt>
              <dd data-result="booked">{money(res.bookedAllowance)}</dd>
            </div>
            <div class="calc-key">
              <dt>{t.grr}</dt>
              <dd data-result="general-risk-reserve">{money(res.generalRiskReserve.total)}</dd>
              <dd class="rs-sub">{t.grrNote}</dd>
            </div>
            <div class="calc-key">
              <dt>{t.regBasis}</dt>
              <dd data-result="regulatory-basis">{money(res.regulatoryBasisReserve)}</dd>
            </div>
            <div>
              <dt>{t.fiveTierTotal}</dt>
              <dd data-result="five-tier">{money(res.fiveTier.total)}</dd>
            </div>
            <div>
              <dt>{t.npl}</dt>
              <dd data-result="npl">{money(res.fiveTier.npl)}</dd>
            </div>
            <div>
              <dt>{t.nplRatio}</dt>
              <dd data-result="npl-ratio">{res.fiveTier.nplRatio ? pct(res.fiveTier.nplRatio) : '—'}</dd>
            </div>
            <RatioCard
              label={t.coverage}
              name="coverage"
              value={ratio(res.coverage.coverage, t.notDefined)}
              below={belowText(t, lang, res.coverage, 'coverage')}
              booked={fill(t.onBooked, { v: ratio(res.coverageOnBooked.coverage, t.notDefined) })}
              bookedBelow={belowText(t, lang, res.coverageOnBooked, 'coverage')}
            />
            <RatioCard
              label={t.loanProvision}
              name="loan-provision"
              value={ratio(res.coverage.loanProvision, '—')}
              below={belowText(t, lang, res.coverage, 'loanProvision')}
              booked={fill(t.onBooked, { v: ratio(res.coverageOnBooked.loanProvision, '—') })}
              bookedBelow={belowText(t, lang, res.coverageOnBooked, 'loanProvision')}
            />
          </dl>
        ) : (
          <p class="calc-error" data-result="error">
            {r.failure ? t.error + r.failure[lang] : k.fixInput}
          </p>
        )}
      </section>

      {res && (
        <>
          <Toolbar lang={lang} csv={csv} csvName={csvName} />
          {stricter.map((x) => (
            <p class="calc-note rs-stricter" data-result="stricter" key={x.bucket.id}>
              {fill(t.stricter, {
                bucket: x.bucket.name[lang],
                cat: CATEGORY_NAMES[x.bucket.category][lang],
                from: x.fromDays,
                to: x.toDays,
                classified: CATEGORY_NAMES[x.classified][lang],
              })}{' '}
              <a href="../classifier/">{t.classifierLink}</a>
            </p>
          ))}
          <div class="rs-side">
            <div class="calc-table-wrap" tabIndex={0} role="region" aria-label={t.fiveTier}>
              <table class="calc-table" data-table="five-tier">
                <caption>{t.fiveTier}</caption>
                <thead>
                  <tr>
                    {[t.cat, t.bal, t.ratio, t.reserve].map((h) => (
                      <th scope="col" key={h}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {res.fiveTier.lines.map((l) => (
                    <tr key={l.category}>
                      <th scope="row">{CATEGORY_NAMES[l.category][lang]}</th>
                      <td>{num(l.balance)}</td>
                      <td>
                        {pct(l.ratio)}
                        {!l.bandMin.eq(l.bandMax) && (
                          <span class="rs-proxy">
                            {' '}
                            ({pct(l.bandMin)}–{pct(l.bandMax)})
                          </span>
                        )}
                      </td>
                      <td>{num(l.reserve)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">{t.specific}</th>
                    <td />
                    <td />
                    <td>{num(res.fiveTier.specific)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t.general}</th>
                    <td>{num(res.fiveTier.totalLoans)}</td>
                    <td>{pct(policy.generalReserve.chosenRate)}</td>
                    <td>{num(res.fiveTier.general)}</td>
                  </tr>
                  <tr class="rs-total">
                    <th scope="row">{t.total}</th>
                    <td />
                    <td />
                    <td data-result="five-tier-cell">{num(res.fiveTier.total)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
            <div class="calc-table-wrap" tabIndex={0} role="region" aria-label={t.ecl}>
              <table class="calc-table" data-table="ecl">
                <caption>{t.ecl}</caption>
                <thead>
                  <tr>
                    {[rowName, t.bal, t.stage, t.ecl12, t.eclLife, t.allowance].map((h) => (
                      <th scope="col" key={h}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {res.ecl.lines.map((l, i) => (
                    <tr key={l.label}>
                      <th scope="row">
                        {labels[i]}
                        {r.by === 'category' && (
                          <span class="rs-proxy">
                            {' '}
                            ({t.proxy} {l.bucket.name[lang]})
                          </span>
                        )}
                      </th>
                      <td>{num(l.balance)}</td>
                      <td>{l.stage}</td>
                      <td>{num(l.ecl12m)}</td>
                      <td>{num(l.eclLifetime)}</td>
                      <td>{num(l.allowance)}</td>
                    </tr>
                  ))}
                  <tr class="rs-total">
                    <th scope="row">{t.total}</th>
                    <td>{num(res.ecl.total.balance)}</td>
                    <td />
                    <td>{num(res.ecl.total.ecl12m)}</td>
                    <td>{num(res.ecl.total.eclLifetime)}</td>
                    <td data-result="ecl">{num(res.ecl.total.allowance)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
          </div>
          <div class="calc-table-wrap" tabIndex={0} role="region" aria-label={t.regBasis}>
            <table class="calc-table" data-table="regulatory-basis">
              <caption>{t.regBasis}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  <th scope="col">{t.amount}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t.booked}</th>
                  <td>{num(res.bookedAllowance)}</td>
                </tr>
                <tr>
                  <th scope="row">{t.grrFiveTier}</th>
                  <td data-result="grr-five-tier">{num(res.generalRiskReserve.fiveTierGap)}</td>
                </tr>
                <tr>
                  <th scope="row">{t.grrRequirement}</th>
                  <td data-result="grr-requirement">{num(res.generalRiskReserve.requirementGap)}</td>
                </tr>
                <tr class="rs-total">
                  <th scope="row">{t.regBasis}</th>
                  <td>{num(res.regulatoryBasisReserve)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <div class="calc-table-wrap" tabIndex={0} role="region" aria-label={t.requirements}>
            <table class="calc-table" data-table="coverage">
              <caption>{t.requirements}</caption>
              <thead>
                <tr>
                  {[t.req, t.shortfall, t.shortfallBooked, t.required, t.minCoverage, t.minLoan].map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {res.coverage.requirements.map((q, i) => {
                  const b = res.coverageOnBooked.requirements[i]!;
                  return (
                    <tr key={q.source} data-requirement={q.source}>
                      <th scope="row">{q.name[lang]}</th>
                      <td data-result={`shortfall-${q.source}`} class={q.met ? 'rs-met' : 'rs-short'}>
                        {q.met ? t.met : money(q.shortfall)}
                      </td>
                      <td data-result={`shortfall-booked-${q.source}`}>{b.met ? t.met : money(b.shortfall)}</td>
                      <td>{num(q.required)}</td>
                      <td>{pct(q.minCoverage)}</td>
                      <td>{pct(q.minLoanProvision)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p class="calc-hint rs-note">{t.reqNote}</p>
          <StageChart
            lang={lang}
            title={fill(t.chartTitle, { row: rowName })}
            rows={res.ecl.lines.map((l, i) => ({ label: labels[i] ?? '', value: l.allowance, stage: l.stage }))}
            summary={fill(t.chartSummary, {
              items: res.ecl.lines
                .map((l, i) => `${labels[i]} ${money(l.allowance)}（${fill(t.stageN, { n: l.stage })}）`)
                .join(lang === 'zh' ? '；' : '; '),
            })}
            stageLabel={(n) => fill(t.stageN, { n })}
          />
          <details class="calc-math">
            <summary>{k.showMath}</summary>
            <ShowMath lang={lang} t={t} res={res} rate={r.rate!} labels={labels} policy={policy} />
          </details>
        </>
      )}
    </div>
  );
}

/**
 * A ratio's card: the ratio on the regulatory basis, and on the booked allowance alone, each with the
 * floor it falls below in words (not colour alone: "低于 150%").
 */
function RatioCard(p: {
  label: string;
  name: string;
  value: string;
  below: string | undefined;
  booked: string;
  bookedBelow: string | undefined;
}) {
  return (
    <div class={`calc-key${p.below || p.bookedBelow ? ' rs-below' : ''}`}>
      <dt>{p.label}</dt>
      <dd data-result={p.name}>{p.value}</dd>
      {p.below && (
        <dd class="rs-flag" data-result={`${p.name}-below`}>
          {p.below}
        </dd>
      )}
      <dd class="rs-sub" data-result={`${p.name}-booked`}>
        {p.booked}
        {p.bookedBelow && ' '}
        {p.bookedBelow && (
          <span class="rs-flag" data-result={`${p.name}-booked-below`}>
            {p.bookedBelow}
          </span>
        )}
      </dd>
    </div>
  );
}

/** An amount to the fen without its unit (the table headers say 元): "63,549.61", "120,000.00". */
const amount = formatAmount;

function ShowMath({
  lang,
  t,
  res,
  rate,
  labels,
  policy,
}: {
  lang: Lang;
  t: ReserveStrings;
  res: PortfolioReserve;
  rate: Decimal;
  labels: string[];
  policy: Provisioning;
}) {
  const num = (v: Parameters<typeof formatMoney>[0]) => amount(v, lang);
  const pct = (v: Parameters<typeof formatPercent>[0], d = 2) => formatPercent(v, lang, d);
  const ft = res.fiveTier;
  const lines = ft.lines
    .filter((l) => !l.ratio.isZero())
    .map((l) => `${num(l.balance)} × ${pct(l.ratio)} = ${num(l.reserve)}`)
    .join(lang === 'zh' ? '；' : '; ');
  const i = res.ecl.lines.findIndex((l) => l.stage < 3 && l.periods.length > 0);
  const ex = res.ecl.lines[i];
  const p1 = ex?.periods[0];
  const items = [
    fill(t.mathSpecific, { lines, total: num(ft.specific) }),
    fill(t.mathGeneral, {
      rate: pct(policy.generalReserve.chosenRate),
      loans: num(ft.totalLoans),
      general: num(ft.general),
    }),
    fill(t.mathEcl, { rate: pct(rate, 4) }),
  ];
  if (ex && p1) {
    items.push(
      fill(t.mathEclExample, {
        row: labels[i] ?? '',
        pd1: pct(p1.marginalPd, 4),
        lgd: pct(ex.lgd),
        ead: num(p1.ead),
        df: p1.discountFactor.toSignificantDigits(6).toString(),
        loss: num(p1.loss.toDecimalPlaces(2)),
        pd12: pct(ex.pd12m, 2),
        pdLife: pct(ex.pdLifetime, 2),
      }),
    );
  }
  const booked = num(res.bookedAllowance);
  const basis = num(res.regulatoryBasisReserve);
  const g = res.generalRiskReserve;
  const reg = res.coverage.requirements.find((q) => q.source === 'regulatory')!;
  items.push(fill(t.mathBooked, { tier: num(ft.total), booked }));
  items.push(
    fill(t.mathGrr, {
      tier: num(ft.total),
      booked,
      req: num(reg.required),
      gap1: num(g.fiveTierGap),
      gap2: num(g.requirementGap),
      grr: num(g.total),
    }),
  );
  items.push(fill(t.mathBasis, { booked, grr: num(g.total), basis }));
  const ratio = (v: Decimal | null) => (v ? pct(v) : t.notDefined);
  if (!ft.totalLoans.isZero()) {
    const parts = { npl: num(ft.npl), loans: num(ft.totalLoans), basis, booked };
    items.push(
      fill(t.mathCoverage, {
        ...parts,
        coverage: ratio(res.coverage.coverage),
        loanRatio: ratio(res.coverage.loanProvision),
      }),
    );
    items.push(
      fill(t.mathCoverageBooked, {
        ...parts,
        coverage: ratio(res.coverageOnBooked.coverage),
        loanRatio: ratio(res.coverageOnBooked.loanProvision),
      }),
    );
  }
  for (const q of res.coverage.requirements) {
    items.push(
      fill(t.mathRequired, {
        name: q.name[lang],
        minC: pct(q.minCoverage),
        minL: pct(q.minLoanProvision),
        byC: num(q.requiredByCoverage),
        byL: num(q.requiredByLoanProvision),
        req: num(q.required),
        basis,
        gap: num(q.shortfall),
      }),
    );
  }
  return (
    <ol>
      {items.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ol>
  );
}
