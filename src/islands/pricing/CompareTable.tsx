/**
 * The scenario comparison's rows, table and CSV block, loaded once a scenario is kept (a dynamic import: the
 * server render never has one, so hydration is unaffected). Runtime imports: none of the project's. The
 * formatters come in as props: a module shared with the island would be split into a chunk of its own that
 * the island then loads up front.
 */
import type { Decimal, DecimalInput } from '../../../calculators/decimal';
import type { OfferResult, PriceInput, PriceResult } from '../../../calculators/pricing/types';
import type { RepaymentMethod } from '../../../calculators/schedule/amortize';
import type { Bilingual } from '../../../calculators/errors';
import type { Lang } from '../../../calculators/format';
import type { fill as Fill } from '../kit/fill';
import type { PricingStrings } from './strings';

/** A kept scenario that prices (PricingCalculator's compute), or why it does not. */
export interface Priced {
  price: PriceResult;
  offer: OfferResult | undefined;
  offeredRate: Decimal | undefined;
  grade: string;
  method: RepaymentMethod;
  input: PriceInput;
}
export type Kept = { c: Priced; why?: undefined } | { c?: undefined; why: string };

/** One kept scenario as the island decoded and priced it: its grade and method as written, and the result. */
export interface KeptPrice {
  x: { g: string; m: string };
  c?: { errors: Partial<Record<string, Bilingual>>; failure?: Bilingual } | undefined;
}

/**
 * Each kept scenario (a code from the link) priced, or why it cannot be: an unknown grade or method, the
 * first field that does not parse (named), or the calculation's own message.
 */
export function keptOf(
  t: PricingStrings,
  lang: Lang,
  grades: readonly { id: string }[],
  list: readonly string[],
  price: (code: string) => KeptPrice,
): Kept[] {
  const label: Record<string, string> = {
    a: t.amount,
    n: t.term,
    uf: t.upfront,
    mf: t.monthlyFee,
    fo: t.funding,
    mo: t.margin,
    o: t.offered,
    d: t.date,
  };
  return list.map((code) => {
    const { x, c } = price(code);
    const bad = Object.entries(c?.errors ?? {})[0];
    const known = grades.some((g) => g.id === x.g);
    if (known && x.m && !bad && c && 'price' in c) return { c: c as unknown as Priced };
    const why = !known
      ? [t.grade, t.notChoice]
      : !x.m
        ? [t.method, t.notChoice]
        : bad
          ? [label[bad[0]], bad[1]![lang]]
          : [c?.failure?.[lang] ?? ''];
    return { why: why.join(lang === 'zh' ? '：' : ': ') };
  });
}

export interface CompareFmt {
  t: PricingStrings;
  fill: typeof Fill;
  date: (iso: string) => string;
  months: (n: number) => string;
  money: (v: Decimal) => string;
  pct: (v: Decimal) => string;
  /** "Scenario n", marked when it holds what-if values. */
  head: (k: Kept, i: number) => string;
}

type Row = [string, (c: Priced) => DecimalInput | undefined, ('m' | 'p' | 's')?];

function compareRows({ t, date, months }: CompareFmt, kept: Kept[]): Row[] {
  const checksOf = (c: Priced) => (c.offer ?? c.price).checks;
  const rate = (c: Priced, key: string) => c.price.components.find((x) => x.key === key)?.rate;
  const ids = new Set(
    kept.flatMap((k) => (k.c ? checksOf(k.c) : []).filter((x) => x.status !== 'info').map((x) => x.id)),
  );
  return [
    [t.date, (c) => date(c.price.contractDate)],
    [t.grade, (c) => c.grade],
    [t.amount, (c) => c.input.amount, 'm'],
    [t.term, (c) => months(c.input.termMonths)],
    [t.method, (c) => t[c.method]],
    [t.upfront, (c) => c.input.fees?.upfrontAmount, 'm'],
    [t.monthlyFee, (c) => c.input.fees?.monthlyFeeRate, 'p'],
    [t.c_funding, (c) => rate(c, 'funding'), 'p'],
    [t.c_margin, (c) => rate(c, 'margin'), 'p'],
    [t.offered, (c) => c.offeredRate, 'p'],
    [t.capRate, (c) => c.price.costCap.rate, 'p'],
    [t.required, (c) => c.price.requiredRate, 'p'],
    [t.aprSimple, (c) => c.price.apr.simple, 'p'],
    [t.aprCompound, (c) => c.price.apr.compound, 'p'],
    [t.instReq, (c) => c.price.schedule.rows[0]?.payment, 'm'],
    [t.interestReq, (c) => c.price.schedule.totals.interest, 'm'],
    [t.allInReq, (c) => c.price.schedule.totals.allIn, 'm'],
    [t.el, (c) => c.price.expectedLossAmount, 'm'],
    [t.capital, (c) => c.price.capitalAtStart, 'm'],
    [t.rarocOffer, (c) => c.offer?.raroc, 'p'],
    [t.aprOffer, (c) => c.offer?.apr.simple, 'p'],
    [t.aprOfferCompound, (c) => c.offer?.apr.compound, 'p'],
    [t.instOffer, (c) => c.offer?.schedule.rows[0]?.payment, 'm'],
    [t.interestOffer, (c) => c.offer?.schedule.totals.interest, 'm'],
    [t.allInOffer, (c) => c.offer?.schedule.totals.allIn, 'm'],
    [t.meetsRow, (c) => c.offer && (c.offer.meetsHurdle ? 'pass' : 'fail'), 's'],
    [t.approval, (c) => c.offer && t[`approval-${c.offer.approval}`]],
    ...[...ids].map((id): Row => [
      t[`chk_${id as 'amount'}`],
      (c) => checksOf(c).find((x) => x.id === id)?.status,
      's',
    ]),
  ];
}

/** A cell as shown, or (csv) as exported: rates as fractions, money to the fen, like the rest of the CSV. Parsed values are Decimals. */
function cell(f: CompareFmt, v: DecimalInput | undefined, kind: string | undefined, csv?: boolean): string {
  if (v === undefined) return csv ? '' : '—';
  const d = v as Decimal;
  if (kind === 'm') return csv ? d.toFixed(2) : f.money(d);
  if (kind === 'p') return csv ? d.toFixed(6) : f.pct(d);
  return kind === 's' ? f.t[v as 'pass'] : String(v);
}

/** The comparison as CSV rows: a heading row, then one row per figure. */
export function compareCsv(f: CompareFmt, kept: Kept[]): string[][] {
  const { t } = f;
  return [
    [t.compare, ...kept.map(f.head)],
    ...compareRows(f, kept).map(([label, get, kind], j) => [
      label,
      ...kept.map((x) => (x.c ? cell(f, get(x.c), kind, true) : j ? '' : f.fill(t.pinBad, { why: x.why }))),
    ]),
  ];
}

export function CompareTable({ f, kept, remove }: { f: CompareFmt; kept: Kept[]; remove: (i: number) => void }) {
  const { t } = f;
  const rows = compareRows(f, kept);
  return (
    <div class="calc-table-wrap calc-table-wrap--full" tabIndex={0} role="region" aria-label={t.compareCaption}>
      <table class="calc-table calc-compare" data-result="compare">
        <caption>{t.compareCaption}</caption>
        <thead>
          <tr>
            <td />
            {kept.map((x, i) => (
              <th scope="col" key={i}>
                {f.head(x, i)}{' '}
                <button
                  type="button"
                  class="pr-remove print-hidden"
                  aria-label={f.fill(t.removeLabel, { n: i + 1 })}
                  onClick={() => remove(i)}
                >
                  {t.remove}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, get, kind], j) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {kept.map((x, i) => {
                const v = x.c && get(x.c);
                return x.c ? (
                  <td key={i} class={kind === 's' && v ? `pr-${String(v)}` : undefined}>
                    {cell(f, v, kind)}
                  </td>
                ) : j ? null : (
                  <td key={i} rowSpan={rows.length} class="calc-error" data-result="compare-bad">
                    {f.fill(t.pinBad, { why: x.why })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
