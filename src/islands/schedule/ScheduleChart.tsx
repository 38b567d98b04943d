/**
 * Remaining balance (line) over the principal/interest split of each period
 * (stacked bars), as a small inline SVG. Long schedules are grouped by year so
 * bars stay readable. The schedule table below is its text alternative.
 */
import type { Decimal } from '../../../calculators/decimal';

interface Row {
  period: number;
  principal: Decimal;
  interest: Decimal;
  balance: Decimal;
}
interface Props {
  rows: readonly Row[];
  title: string;
  summary: string;
  principalLabel: string;
  interestLabel: string;
  balanceLabel: string;
}

const W = 640;
const H = 200;
const PAD = 4;

/** Group periods into bars: one per period up to 60, else one per 12 periods. */
function bars(rows: readonly Row[]) {
  const size = rows.length > 60 ? 12 : 1;
  const out: { principal: Decimal; interest: Decimal; balance: Decimal }[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const group = rows.slice(i, i + size);
    const last = group[group.length - 1]!;
    out.push({
      principal: group.reduce((s, r) => s.plus(r.principal), group[0]!.principal.times(0)),
      interest: group.reduce((s, r) => s.plus(r.interest), group[0]!.interest.times(0)),
      balance: last.balance,
    });
  }
  return out;
}

export function ScheduleChart({ rows, title, summary, principalLabel, interestLabel, balanceLabel }: Props) {
  if (rows.length === 0) return null;
  const data = bars(rows);
  const first = rows[0]!;
  const startBalance = first.balance.plus(first.principal);
  const maxBar = data.reduce(
    (m, d) => (d.principal.plus(d.interest).gt(m) ? d.principal.plus(d.interest) : m),
    data[0]!.principal.plus(data[0]!.interest),
  );
  const slot = (W - 2 * PAD) / data.length;
  // Pixel positions only: converting the already-rounded money figures to floats here affects drawing, never a shown number.
  const y = (v: Decimal, max: Decimal) =>
    max.isZero()
      ? H
      : H -
        PAD -
        v
          .div(max)
          .times(H - 2 * PAD)
          .toNumber();
  const line = [`${PAD},${y(startBalance, startBalance).toFixed(1)}`]
    .concat(data.map((d, i) => `${(PAD + slot * (i + 1)).toFixed(1)},${y(d.balance, startBalance).toFixed(1)}`))
    .join(' ');
  return (
    <figure class="calc-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {data.map((d, i) => {
          const x = PAD + slot * i + slot * 0.15;
          const w = Math.max(slot * 0.7, 0.5);
          const yP = y(d.principal, maxBar);
          const yI = y(d.principal.plus(d.interest), maxBar);
          return (
            <g key={i}>
              <rect
                class="bar-principal"
                x={x.toFixed(1)}
                y={yP.toFixed(1)}
                width={w.toFixed(1)}
                height={(H - PAD - yP).toFixed(1)}
              />
              <rect
                class="bar-interest"
                x={x.toFixed(1)}
                y={yI.toFixed(1)}
                width={w.toFixed(1)}
                height={(yP - yI).toFixed(1)}
              />
            </g>
          );
        })}
        <polyline class="balance-line" points={line} fill="none" />
      </svg>
      <ul class="calc-legend" aria-hidden="true">
        <li>
          <span class="swatch bar-principal" />
          {principalLabel}
        </li>
        <li>
          <span class="swatch bar-interest" />
          {interestLabel}
        </li>
        <li>
          <span class="swatch balance-line" />
          {balanceLabel}
        </li>
      </ul>
    </figure>
  );
}
