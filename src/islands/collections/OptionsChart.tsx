/**
 * Cumulative cash collected per option, month by month (legal route net of its costs: cumulativeCollections):
 * a stretched inline SVG with HTML axis labels (months across, 元 or 万元 up; readable at any width), the
 * lines told apart by dash pattern as well as colour. Hover, tap or the arrow keys read one month's figures
 * out (calculators review #14). The comparison table is the full text alternative.
 *
 * Loaded after the island mounts (a dynamic import; the server-rendered chart stays until then), not with it:
 * island size budget. Runtime imports: cumulative.ts only (which imports nothing at runtime, and only the chart
 * uses it, so it comes with this chunk); D and the formatters come in as `f`, so no module the island bundles
 * is split into a chunk of its own that the island would load up front.
 */
import { useState } from 'preact/hooks';
import type { RepaymentOption } from '../../../calculators/collections/types';
import { cumulativeCollections } from '../../../calculators/collections/cumulative';
import type { D as DType, Decimal } from '../../../calculators/decimal';
import type { Lang } from '../../../calculators/format';
import type { OptionsStrings } from './strings';

interface Props {
  options: readonly RepaymentOption[];
  lang: Lang;
  t: OptionsStrings;
  /** The island's helpers (only the ones used here are listed). */
  f: {
    D: typeof DType;
    fill: (template: string, values: Record<string, string | number>) => string;
    formatMoney: (v: Decimal, lang: Lang) => string;
    formatNumber: (v: Decimal, lang: Lang) => string;
  };
}

const W = 640;
const H = 200;

export function OptionsChart({ options, lang, t, f }: Props) {
  const { D, fill } = f;
  const [picked, pick] = useState<number>();
  const shown = options.filter((o) => o.available);
  if (!shown.length) return null;
  const last = Math.max(1, ...shown.map((o) => o.planMonths));
  const lines = shown.map((o) => ({ o, s: cumulativeCollections(o, last) }));
  const all = lines.flatMap((l) => l.s);
  const max = all.reduce((m, v) => (v.gt(m) ? v : m), D(0));
  const min = all.reduce((m, v) => (v.lt(m) ? v : m), D(0));
  // About four round steps (1, 2, 2.5 or 5 × 10ⁿ) from the lowest value (the legal route can start below 0).
  const raw = max.minus(min).div(4);
  const mag = D(10).pow(raw.gt(0) ? raw.e : 0);
  const step = ['1', '2', '2.5', '5', '10'].map((s) => mag.times(s)).find((s) => s.gte(raw))!;
  const lo = min.div(step).floor().times(step);
  const hi = max.div(step).ceil().times(step);
  const top = hi.gt(lo) ? hi : lo.plus(step);
  const ticks: Decimal[] = [];
  for (let v = lo; v.lte(top); v = v.plus(step)) ticks.push(v);
  const big = D(lang === 'zh' ? 10000 : 1000);
  const inBig = top.abs().gte(big) || lo.abs().gte(big);
  const tick = (v: Decimal) => f.formatNumber(inBig ? v.div(big) : v, lang);
  // Pixel positions only: floats here affect drawing, never a figure shown.
  const share = (v: Decimal) => v.minus(lo).div(top.minus(lo)).toNumber();
  const x = (m: number) => (W * m) / last;
  const y = (v: Decimal) => H * (1 - share(v));
  const every = [1, 2, 3, 6, 12, 24].find((k) => last / k <= 8) ?? 24;
  const active = picked !== undefined && picked <= last ? picked : undefined;
  const readout =
    active === undefined
      ? t.chartHint
      : fill(t.chartReadout, {
          m: active,
          values: lines
            .map(({ o, s }) => `${o.name[lang]} ${f.formatMoney(s[active]!, lang)}`)
            .join(lang === 'zh' ? '；' : '; '),
        });
  const at = (e: PointerEvent) => {
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    pick(Math.min(last, Math.max(0, Math.round(((e.clientX - box.left) / box.width) * last))));
  };
  const onKey = (e: KeyboardEvent) => {
    const a = active ?? 0;
    const next = { ArrowRight: a + 1, ArrowUp: a + 1, ArrowLeft: a - 1, ArrowDown: a - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    pick(Math.min(last, Math.max(0, next)));
  };
  const summaryId = `oc-summary-${lang}`;
  return (
    <figure class="calc-chart calc-options-chart">
      <figcaption>{t.chartTitle}</figcaption>
      <div class="oc-plot">
        <span class="oc-unit" aria-hidden="true">
          {fill(t.chartAxisY, { unit: inBig ? t.unitBig : t.unitYuan })}
        </span>
        <div class="calc-axis calc-axis--y" aria-hidden="true" data-axis="amount">
          {ticks.map((v) => (
            <span key={v.toString()} style={{ bottom: `${(share(v) * 100).toFixed(2)}%` }}>
              {tick(v)}
            </span>
          ))}
        </div>
        <div
          class="calc-area"
          tabIndex={0}
          role="slider"
          aria-label={t.chartPick}
          aria-describedby={summaryId}
          aria-valuemin={0}
          aria-valuemax={last}
          aria-valuenow={active ?? 0}
          aria-valuetext={readout}
          onPointerMove={at}
          onPointerDown={at}
          onKeyDown={onKey}
          onFocus={() => active === undefined && pick(0)}
        >
          <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" preserveAspectRatio="none">
            {ticks.map((v) => (
              <line
                key={v.toString()}
                class={v.isZero() ? 'axis' : 'calc-gridline'}
                x1="0"
                x2={W}
                y1={y(v).toFixed(1)}
                y2={y(v).toFixed(1)}
              />
            ))}
            {active !== undefined && <line class="oc-hot" x1={x(active)} x2={x(active)} y1="0" y2={H} />}
            {lines.map(({ o, s }) => (
              <polyline
                key={o.code}
                class={`opt-line opt-${o.code}`}
                fill="none"
                points={s.map((v, m) => `${x(m).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
              />
            ))}
          </svg>
        </div>
        <div class="calc-axis calc-axis--x" aria-hidden="true" data-axis="month">
          {Array.from({ length: Math.floor(last / every) + 1 }, (_, i) => i * every).map((m) => (
            <span key={m} style={{ left: `${((m / last) * 100).toFixed(2)}%` }}>
              {m}
            </span>
          ))}
        </div>
        <span class="oc-unit oc-unit--x" aria-hidden="true">
          {t.chartAxisX}
        </span>
      </div>
      <p class="oc-readout" data-result="chart-readout">
        {readout}
      </p>
      <p id={summaryId} class="sr-only">
        {fill(t.chartSummary, { n: last, max: f.formatMoney(max, lang) })}
      </p>
      <ul class="calc-legend" aria-hidden="true">
        {shown.map((o) => (
          <li key={o.code}>
            <svg class="swatch-line" viewBox="0 0 24 8" width="24" height="8">
              <line class={`opt-line opt-${o.code}`} x1="0" x2="24" y1="4" y2="4" />
            </svg>
            {o.name[lang]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
