/**
 * The one place the pricing island writes a link into the schedule calculator: its URL keys
 * (src/islands/schedule/ScheduleCalculator.tsx DEFAULT_SCENARIO: a, r, n, m, uf, mf, cd), filled from
 * the parsed loan, never from the text as typed. The rate is written as a percentage with 10 decimals,
 * so the schedule rebuilds the same instalments to the fen; a blank contract date stays blank (today).
 */
import { D, type Decimal } from '../../../calculators/decimal';
import { formatPercent } from '../../../calculators/format';
import type { PriceInput } from '../../../calculators/pricing/types';

const percent = (v: Decimal) => formatPercent(v, 'en', 10);

export function scheduleLink(page: string, loan: PriceInput, rate: Decimal, dated: boolean): string {
  const uf = D(loan.fees?.upfrontAmount ?? 0);
  const mf = D(loan.fees?.monthlyFeeRate ?? 0);
  const q = new URLSearchParams({ a: D(loan.amount).toFixed(), r: percent(rate), n: String(loan.termMonths) });
  q.set('m', loan.method);
  if (!uf.isZero()) q.set('uf', uf.toFixed());
  if (!mf.isZero()) q.set('mf', percent(mf));
  if (dated && loan.contractDate) q.set('cd', loan.contractDate);
  return `${page}?${q}`;
}
