/**
 * Remaining balance (line, right-hand scale) over the principal/interest split of each period (stacked bars,
 * left-hand scale), as a small inline SVG with HTML axis labels (readable at any width: the SVG stretches).
 * Long schedules are grouped by year so bars stay readable, and the caption says so (review #14). Hover,
 * tap or the arrow keys read one bar's values out. The schedule table below is the full text alternative.
 */
import { useState } from 'preact/hooks';
import { D, type Decimal } from '../../../calculators/decimal';
import { formatMoney, formatNumber, type Lang } from '../../../calculators/format';
import { fill } from '../kit/fill';
import type { ScheduleStrings } from './strings';

interface Row {
  period: number;
  principal: Decimal;
  interest: Decimal;
  balance: Decimal;
}
interface Props {
  rows: readonly Row[];
  lang: Lang;
  t: ScheduleStrings;
  summary: string;
}

const W = 640;
const H = 200;
/** Periods up to this many get a bar each; longer schedules one bar per year. */
const MONTHLY_BARS = 60;

/** Group periods into bars: one per period up to 60, else one per 12 periods (a year). */
function bars(rows: readonly Row[]) {
  const size = rows.length > MONTHLY_BARS ? 12 : 1;
  const out: { from: number; to: number; principal: Decimal; interest: Decimal; balance: Decimal }[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const group = rows.slice(i, i + size);
    const last = group[group.length - 1]!;
    out.push({
      from: group[0]!.period,
      to: last.period,
      principal: group.reduce((s, r) => s.plus(r.principal), D(0)),
      interest: group.reduce((s, r) => s.plus(r.interest), D(0)),
      balance: last.balance,
    });
  }
  return out;
}

/** A scale from 0 with about four round steps (1, 2, 2.5 or 5 × 10ⁿ) reaching at least `max`. */
function scale(max: Decimal) {
  if (!max.gt(0)) return { top: D(1), ticks: [D(0)] };
  const raw = max.div(4);
  const mag = D(10).pow(raw.e);
  const step = ['1', '2', '2.5', '5', '10'].map((s) => mag.times(s)).find((s) => s.gte(raw))!;
  const n = max.div(step).ceil().toNumber();
  return { top: step.times(n), ticks: Array.from({ length: n + 1 }, (_, i) => step.times(i)) };
}

/** Every k-th bar gets a label on the x axis: at most 12 periods or 8 years. */
function labelEvery(count: number, yearly: boolean) {
  const steps = yearly ? [1, 2, 5, 10] : [1, 2, 3, 6, 12];
  return steps.find((k) => count / k <= (yearly ? 8 : 12)) ?? steps[steps.length - 1]!;
}

export function ScheduleChart({ rows, lang, t, summary }: Props) {
  const [picked, pick] = useState<number>();
  if (rows.length === 0) return null;
  const data = bars(rows);
  const yearly = rows.length > MONTHLY_BARS;
  const n = data.length;
  const active = picked !== undefined && picked < n ? picked : undefined;
  const first = rows[0]!;
  const startBalance = first.balance.plus(first.principal);
  const maxBar = data.reduce((m, d) => (d.principal.plus(d.interest).gt(m) ? d.principal.plus(d.interest) : m), D(0));
  const barAxis = scale(maxBar);
  const balAxis = scale(startBalance);
  // 万元 (10,000) in Chinese, thousands in English, once a scale reaches that unit.
  const big = D(lang === 'zh' ? 10000 : 1000);
  const unit = (axis: { top: Decimal }) => (axis.top.gte(big) ? t.unitBig : t.unitYuan);
  const tickLabel = (v: Decimal, axis: { top: Decimal }) =>
    axis.top.gte(big) ? formatNumber(v.div(big), lang, 2) : formatNumber(v, lang, 0);
  // Pixel positions only: converting the already-rounded money figures to floats affects drawing, never a shown number.
  const share = (v: Decimal, top: Decimal) => v.div(top).toNumber();
  const y = (v: Decimal, top: Decimal) => H * (1 - share(v, top));
  const slot = W / n;
  const line = [`0,${y(startBalance, balAxis.top).toFixed(1)}`]
    .concat(data.map((d, i) => `${(slot * (i + 1)).toFixed(1)},${y(d.balance, balAxis.top).toFixed(1)}`))
    .join(' ');
  const every = labelEvery(n, yearly);
  const money = (v: Decimal) => formatMoney(v, lang);
  const readout =
    active === undefined
      ? t.chartHint
      : fill(yearly ? t.readoutYear : t.readoutPeriod, {
          i: active + 1,
          from: data[active]!.from,
          to: data[active]!.to,
          p: money(data[active]!.principal),
          int: money(data[active]!.interest),
          b: money(data[active]!.balance),
        });
  // The bar under the pointer (hover or tap): geometry from the drawing area's box.
  const at = (e: PointerEvent) => {
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    pick(Math.min(n - 1, Math.max(0, Math.floor(((e.clientX - box.left) / box.width) * n))));
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: (active ?? -1) + 1,
      ArrowUp: (active ?? -1) + 1,
      ArrowLeft: (active ?? 1) - 1,
      ArrowDown: (active ?? 1) - 1,
      Home: 0,
      End: n - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    pick(Math.min(n - 1, Math.max(0, next)));
  };
  const summaryId = `sc-chart-summary-${lang}`;
  return (
    <figure class="calc-chart sc-chart">
      <figcaption data-result="chart-caption">{yearly ? t.chartTitleYearly : t.chartTitle}</figcaption>
      <div class="sc-plot">
        <span class="sc-unit" aria-hidden="true">
          {fill(t.axisLeft, { unit: unit(barAxis) })}
        </span>
        <span class="sc-unit sc-unit--right" aria-hidden="true">
          {fill(t.axisRight, { unit: unit(balAxis) })}
        </span>
        <div class="calc-axis calc-axis--y" aria-hidden="true" data-axis="amount">
          {barAxis.ticks.map((v) => (
            <span key={v.toString()} style={{ bottom: `${(share(v, barAxis.top) * 100).toFixed(2)}%` }}>
              {tickLabel(v, barAxis)}
            </span>
          ))}
        </div>
        <div
          class="calc-area sc-area"
          tabIndex={0}
          role="slider"
          aria-label={yearly ? t.chartPickYear : t.chartPickPeriod}
          aria-describedby={summaryId}
          aria-valuemin={1}
          aria-valuemax={n}
          aria-valuenow={(active ?? 0) + 1}
          aria-valuetext={readout}
          onPointerMove={at}
          onPointerDown={at}
          onKeyDown={onKey}
          onFocus={() => active === undefined && pick(0)}
        >
          <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" preserveAspectRatio="none">
            {barAxis.ticks.map((v) => (
              <line
                key={v.toString()}
                class="calc-gridline"
                x1="0"
                x2={W}
                y1={y(v, barAxis.top).toFixed(1)}
                y2={y(v, barAxis.top).toFixed(1)}
              />
            ))}
            {active !== undefined && (
              <rect class="sc-hot" x={(slot * active).toFixed(1)} y="0" width={slot.toFixed(1)} height={H} />
            )}
            {data.map((d, i) => {
              const x = (slot * i + slot * 0.15).toFixed(1);
              const w = Math.max(slot * 0.7, 0.5).toFixed(1);
              const yP = y(d.principal, barAxis.top);
              const yI = y(d.principal.plus(d.interest), barAxis.top);
              return (
                <g key={i}>
                  <rect class="bar-principal" x={x} y={yP.toFixed(1)} width={w} height={(H - yP).toFixed(1)} />
                  <rect class="bar-interest" x={x} y={yI.toFixed(1)} width={w} height={(yP - yI).toFixed(1)} />
                </g>
              );
            })}
            <polyline class="balance-line" points={line} fill="none" />
          </svg>
        </div>
        <div class="calc-axis calc-axis--y2" aria-hidden="true" data-axis="balance">
          {balAxis.ticks.map((v) => (
            <span key={v.toString()} style={{ bottom: `${(share(v, balAxis.top) * 100).toFixed(2)}%` }}>
              {tickLabel(v, balAxis)}
            </span>
          ))}
        </div>
        <div class="calc-axis calc-axis--x" aria-hidden="true" data-axis="time">
          {data.map((_, i) =>
            i === 0 || (i + 1) % every === 0 ? (
              <span key={i} style={{ left: `${(((i + 0.5) / n) * 100).toFixed(2)}%` }}>
                {i + 1}
              </span>
            ) : null,
          )}
        </div>
        <span class="sc-unit sc-unit--x" aria-hidden="true">
          {yearly ? t.axisYear : t.axisPeriod}
        </span>
      </div>
      <p class="sc-readout" data-result="chart-readout" aria-hidden="true">
        {readout}
      </p>
      <span id={summaryId} class="sr-only">
        {summary}
      </span>
      <ul class="calc-legend" aria-hidden="true">
        <li>
          <span class="swatch bar-principal" />
          {t.principal}
        </li>
        <li>
          <span class="swatch bar-interest" />
          {t.interest}
        </li>
        <li>
          <span class="swatch balance-line" />
          {t.balance}
        </li>
      </ul>
    </figure>
  );
}
