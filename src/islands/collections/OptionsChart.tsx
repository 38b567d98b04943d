/**
 * Cumulative cash collected per option, month by month (legal route net of its
 * costs: cumulativeCollections), as a small inline SVG. The arithmetic here is pixel geometry. Lines differ by dash pattern as well as colour;
 * the comparison table is the text alternative.
 *
 * Loaded after the island mounts (a dynamic import; the server-rendered chart stays
 * until then), not with it: island size budget. Runtime imports: none of the
 * project's — `f` brings them, so no module shared with the island is split into a
 * chunk of its own that the island would load up front.
 */
import type { RepaymentOption } from '../../../calculators/collections/types';
import type { cumulativeCollections } from '../../../calculators/collections/cumulative';
import type { D as DType, Decimal } from '../../../calculators/decimal';
import type { Lang } from '../../../calculators/format';

interface Props {
  options: readonly RepaymentOption[];
  lang: Lang;
  title: string;
  summary: (months: number, max: Decimal) => string;
  monthLabel: string;
  f: { D: typeof DType; cumulativeCollections: typeof cumulativeCollections };
}

const W = 640;
const H = 220;
const PAD = 6;

export function OptionsChart({ options, lang, title, summary, monthLabel, f }: Props) {
  const { D, cumulativeCollections } = f;
  const shown = options.filter((o) => o.available);
  if (!shown.length) return null;
  const last = Math.max(1, ...shown.map((o) => o.planMonths));
  const lines = shown.map((o) => ({ o, s: cumulativeCollections(o, last) }));
  const all = lines.flatMap((l) => l.s);
  const max = all.reduce((m, v) => (v.gt(m) ? v : m), D(0));
  const min = all.reduce((m, v) => (v.lt(m) ? v : m), D(0));
  const span = max.minus(min).isZero() ? D(1) : max.minus(min);
  // Pixel positions only: floats here affect drawing, never a figure shown.
  const x = (m: number) => PAD + ((W - 2 * PAD) * m) / last;
  const y = (v: Decimal) =>
    H -
    PAD -
    v
      .minus(min)
      .div(span)
      .times(H - 2 * PAD)
      .toNumber();
  return (
    <figure class="calc-chart calc-options-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary(last, max)} preserveAspectRatio="none">
        <line class="axis" x1={PAD} x2={W - PAD} y1={y(D(0)).toFixed(1)} y2={y(D(0)).toFixed(1)} />
        {lines.map(({ o, s }) => (
          <polyline
            key={o.code}
            class={`opt-line opt-${o.code}`}
            fill="none"
            points={s.map((v, m) => `${x(m).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
          />
        ))}
      </svg>
      <ul class="calc-legend" aria-hidden="true">
        {shown.map((o) => (
          <li key={o.code}>
            <svg class="swatch-line" viewBox="0 0 24 8" width="24" height="8">
              <line class={`opt-line opt-${o.code}`} x1="0" x2="24" y1="4" y2="4" />
            </svg>
            {o.name[lang]}
          </li>
        ))}
        <li>
          0–{last} {monthLabel}
        </li>
      </ul>
    </figure>
  );
}
