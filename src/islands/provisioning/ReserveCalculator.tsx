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
import type { Appetite } from '../../../calculators/provisioning/coverage';
import { CalcError } from '../../../calculators/errors';
import { parseAnnualPercent, parseBalance, splitPastedCells } from '../../../calculators/provisioning/input';
import { parseMonths } from '../../../calculators/input/count';
import type { Provisioning } from '../../../calculators/policy/provisioning';
import { ZERO, type Decimal } from '../../../calculators/decimal';
import { formatAmount, formatMoney, formatPercent, type Lang } from '../../../calculators/format';
import { toCsv } from '../../../calculators/csv';
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
  const by = s.m === 'category' ? 'category' : 'bucket';
  const keys = by === 'bucket' ? policy.ecl.buckets.map((_, i) => `b${i}`) : CATEGORIES.map((_, i) => `c${i}`);
  const errors: Record<string, Msg> = {};
  const balances = keys.map((k) => {
    const p = parseBalance(s[k] ?? '');
    if (!p.ok) errors[k] = p.error.message;
    return p.ok ? p.value : ZERO;
  });
  const rate = parseAnnualPercent(s.r ?? '');
  if (!rate.ok) errors.r = rate.error.message;
  const months = parseMonths(s.n ?? '', { zh: '剩余期限', en: 'The remaining term' }, { min: 1, max: 600 });
  if (!months.ok) errors.n = months.error.message;
  if (Object.keys(errors).length || !rate.ok || !months.ok) return { by, keys, errors };
  try {
    const result = portfolioReserve(
      { by, balances, annualRate: rate.value, remainingMonths: months.value },
      policy,
      appetite,
    );
    return { by, keys, errors, result, rate: rate.value };
  } catch (e) {
    if (e instanceof CalcError) return { by, keys, errors, failure: e.messages };
    throw e;
  }
}

/** `t`: this page's interface strings (reserveStrings[lang]), passed by the page so the bundle carries no strings. */
export default function ReserveCalculator({
  lang,
  t,
  policy,
  appetite,
}: {
  lang: Lang;
  t: ReserveStrings;
  policy: Provisioning;
  appetite: Appetite;
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

  const onPaste = (text: string) => {
    const cells = splitPastedCells(text);
    if (cells.length === 0) return setPaste({ text });
    if (cells.length !== r.keys.length)
      return setPaste({ text, error: fill(t.pasteCount, { got: cells.length, n: r.keys.length }) });
    set(Object.fromEntries(r.keys.map((key, i) => [key, cells[i] ?? ''])));
    setPaste({ text: '', status: fill(t.pasted, { n: cells.length }) });
  };

  const res = r.result;
  const rowName = r.by === 'bucket' ? t.row : t.cat;
  const csv = res
    ? () =>
        toCsv([
          [t.cat, t.bal, t.csvRatio, t.reserve],
          ...res.fiveTier.lines.map((l) => [
            CATEGORY_NAMES[l.category][lang],
            l.balance.toFixed(2),
            l.ratio.toString(),
            l.reserve.toFixed(2),
          ]),
          [
            t.general,
            res.fiveTier.totalLoans.toFixed(2),
            String(policy.generalReserve.chosenRate),
            res.fiveTier.general.toFixed(2),
          ],
          [t.fiveTierTotal, '', '', res.fiveTier.total.toFixed(2)],
          [],
          [rowName, t.bal, t.stage, t.ecl12, t.eclLife, t.allowance],
          ...res.ecl.lines.map((l, i) => [
            labels[i] ?? '',
            l.balance.toFixed(2),
            String(l.stage),
            l.ecl12m.toFixed(2),
            l.eclLifetime.toFixed(2),
            l.allowance.toFixed(2),
          ]),
          [
            t.eclTotal,
            res.ecl.total.balance.toFixed(2),
            '',
            res.ecl.total.ecl12m.toFixed(2),
            res.ecl.total.eclLifetime.toFixed(2),
            res.ecl.total.allowance.toFixed(2),
          ],
          [],
          [t.booked, res.bookedAllowance.toFixed(2)],
          [t.grrFiveTier, res.generalRiskReserve.fiveTierGap.toFixed(2)],
          [t.grrRequirement, res.generalRiskReserve.requirementGap.toFixed(2)],
          [t.grr, res.generalRiskReserve.total.toFixed(2)],
          [t.regBasis, res.regulatoryBasisReserve.toFixed(2)],
          [t.coverage, res.coverage.coverage?.toFixed(6) ?? ''],
          [t.loanProvision, res.coverage.loanProvision?.toFixed(6) ?? ''],
          [t.coverageBooked, res.coverageOnBooked.coverage?.toFixed(6) ?? ''],
          [t.loanProvisionBooked, res.coverageOnBooked.loanProvision?.toFixed(6) ?? ''],
          ...res.coverage.requirements.map((q) => [`${q.name[lang]} ${t.shortfall}`, q.shortfall.toFixed(2)]),
          ...res.coverageOnBooked.requirements.map((q) => [
            `${q.name[lang]} ${t.shortfallBooked}`,
            q.shortfall.toFixed(2),
          ]),
        ])
    : undefined;

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
          onChange={(v) => set({ m: v })}
        />
        <Field
          id="rs-rate"
          label={t.rate}
          hint={t.rateHint}
          value={s.r ?? ''}
          onInput={(v) => set({ r: v })}
          error={r.errors.r?.[lang]}
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
            <div class="calc-key">
              <dt>{t.coverage}</dt>
              <dd data-result="coverage">{ratio(res.coverage.coverage, t.notDefined)}</dd>
              <dd class="rs-sub" data-result="coverage-booked">
                {fill(t.onBooked, { v: ratio(res.coverageOnBooked.coverage, t.notDefined) })}
              </dd>
            </div>
            <div class="calc-key">
              <dt>{t.loanProvision}</dt>
              <dd data-result="loan-provision">{ratio(res.coverage.loanProvision, '—')}</dd>
              <dd class="rs-sub" data-result="loan-provision-booked">
                {fill(t.onBooked, { v: ratio(res.coverageOnBooked.loanProvision, '—') })}
              </dd>
            </div>
          </dl>
        ) : (
          <p class="calc-error" data-result="error">
            {r.failure ? t.error + r.failure[lang] : k.fixInput}
          </p>
        )}
      </section>

      {res && (
        <>
          <Toolbar lang={lang} csv={csv} csvName={t.csvName} />
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
