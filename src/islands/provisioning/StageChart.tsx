/**
 * Horizontal bars of the ECL allowance per bucket (or category), coloured by
 * stage, as a small inline SVG. The ECL table above is its text alternative;
 * the aria-label states every bar's figure.
 */
import type { Decimal } from '../../../calculators/decimal';
import { formatAmount, type Lang } from '../../../calculators/format';

interface Row {
  label: string;
  value: Decimal;
  stage: number;
}
interface Props {
  lang: Lang;
  title: string;
  summary: string;
  rows: readonly Row[];
  stageLabel: (n: number) => string;
}

const W = 480;
const BAR = 22;
const GAP = 8;
const LABEL = 118;
const VALUE = 96;

export function StageChart({ lang, title, summary, rows, stageLabel }: Props) {
  if (rows.length === 0) return null;
  const max = rows.reduce((m, r) => (r.value.gt(m) ? r.value : m), rows[0]!.value);
  const H = rows.length * (BAR + GAP) + GAP;
  const span = W - LABEL - VALUE;
  // Pixel widths only: converting the rounded money figures to floats here affects drawing, never a shown number.
  const width = (v: Decimal) => (max.isZero() ? 0 : v.div(max).times(span).toNumber());
  return (
    <figure class="calc-chart rs-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {rows.map((r, i) => {
          const y = GAP + i * (BAR + GAP);
          const w = width(r.value);
          return (
            <g key={r.label}>
              <text x={LABEL - 8} y={y + BAR * 0.7} text-anchor="end" class="rs-label">
                {r.label}
              </text>
              <rect
                class={`rs-stage${r.stage}`}
                x={LABEL}
                y={y}
                width={Math.max(w, r.value.isZero() ? 0 : 1).toFixed(1)}
                height={BAR}
              />
              <text x={LABEL + w + 6} y={y + BAR * 0.7} class="rs-label">
                {formatAmount(r.value, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="calc-legend" aria-hidden="true">
        {[1, 2, 3].map((n) => (
          <li key={n}>
            <span class={`swatch rs-stage${n}`} />
            {stageLabel(n)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
