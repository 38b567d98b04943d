/**
 * The all-in cost ceiling of a new loan by its contract date (RP-03, RP-10), and the one
 * rule every calculator compares an annualised rate with it by.
 *
 *   cap(date) = min( costCap.maxRate in force, costCap.lprMultiple in force × one-year LPR in force )
 *
 * The LPR multiple applies from its first step (2028-01-01: the December 2025 cost guideline's
 * end-2027 target); before it only maxRate binds. governance.riskAppetite.maxAllInAprRate (24%)
 * is the hard line no step may exceed (checked by pricingPolicyIssues).
 */
import { D, Decimal } from '../decimal';
import { contractDateOf, inForceSince, nextStepAfter, stepOn, type Dated } from '../dated';
import { CalcError, type Bilingual } from '../errors';
import { formatDate, formatPercent } from '../format';
import type { PricingPolicy } from './types';

/** What sets the ceiling on a date: the company's fixed rate, or a multiple of the one-year LPR. */
export type CostCapBasis = 'fixed-rate' | 'lpr-multiple';

export interface CostCap {
  /** Ceiling on the all-in annualised cost (simple, IRR method), a fraction per year. */
  rate: Decimal;
  basis: CostCapBasis;
  /** First day of the step that sets `rate` (for lpr-multiple: the later of the multiple's step and the LPR fixing). */
  effectiveFrom: string;
  /** The rule behind the ceiling, citable next to a verdict. */
  source: Bilingual;
  /** The contract date the ceiling was looked up for. */
  contractDate: string;
  /** The next scheduled change after the contract date, if any (date and ceiling, the LPR held at its latest fixing). */
  next: { from: string; rate: Decimal } | null;
}

const noValue = (what: Bilingual): never => {
  throw new CalcError('no-value-on-date', what);
};

/**
 * The one-year LPR in force on `date` (YYYY-MM-DD; undefined: today), from lpr.yaml's fixings.
 *
 * @example lprOn('2026-12-04', policy) // 0.03
 */
export function lprOn(date: string | undefined, policy: Pick<PricingPolicy, 'lpr'>): Decimal {
  const day = contractDateOf(date);
  const step = stepOn(policy.lpr.oneYearRate, day);
  return D(step?.value ?? noValue({ zh: `${day} 没有适用的 LPR。`, en: `No LPR fixing is in force on ${day}.` }));
}

/**
 * The 4 × LPR line on `date` (undefined: today): lpr.capMultiple × the one-year LPR in force. One
 * place for the line the checks compare with, <LprLine> shows and the cap adopts from 2028.
 *
 * @example lprLine('2026-12-04', policy) // 0.12 = 4 × 3.00%
 */
export function lprLine(date: string | undefined, policy: Pick<PricingPolicy, 'lpr'>): Decimal {
  return lprOn(date, policy).times(policy.lpr.capMultiple);
}

const lprStepOn = (policy: Pick<PricingPolicy, 'lpr'>, day: string) => stepOn(policy.lpr.oneYearRate, day)!;

/** The ceiling on `day` (already validated). */
function capOnDay(day: string, termMonths: number, policy: PricingPolicy): Omit<CostCap, 'next' | 'contractDate'> {
  const { costCap, costGuideline } = policy.pricing;
  const fixed =
    stepOn(costCap.maxRate, day) ??
    noValue({ zh: `${day} 没有适用的综合成本上限。`, en: `No cost cap is in force on ${day}.` });
  const multiple = costCap.lprMultiple ? stepOn(costCap.lprMultiple as Dated<number>, day) : undefined;
  const shortLoan: Bilingual | null =
    termMonths <= costGuideline.shortLoanMaxMonths
      ? { zh: '期限一个月以内（含）的贷款同样适用。', en: 'Loans of one month or less are held to it as well.' }
      : null;
  const withShort = (b: Bilingual): Bilingual =>
    shortLoan ? { zh: `${b.zh}${shortLoan.zh}`, en: `${b.en} ${shortLoan.en}` } : b;
  const fixedCap = {
    rate: D(fixed.value),
    basis: 'fixed-rate' as const,
    effectiveFrom: fixed.from,
    source: withShort(fixed.note ?? ruleOf(fixed.value)),
  };
  if (!multiple) return fixedCap;
  const lpr = lprStepOn(policy, day);
  const lprSince = inForceSince(policy.lpr.oneYearRate, day)!;
  const lprCap = D(lpr.value).times(multiple.value);
  if (lprCap.gte(fixedCap.rate)) return fixedCap;
  const source: Bilingual = {
    zh: `${multiple.value} 倍一年期 LPR（${formatPercent(lpr.value, 'zh', 2, 2)}，自${formatDate(lprSince, 'zh')}起）。${multiple.note?.zh ?? ''}`,
    en: `${multiple.value} × the one-year LPR (${formatPercent(lpr.value, 'en', 2, 2)} since ${formatDate(lprSince, 'en')}). ${multiple.note?.en ?? ''}`.trim(),
  };
  return {
    rate: lprCap,
    basis: 'lpr-multiple',
    effectiveFrom: multiple.from > lprSince ? multiple.from : lprSince,
    source: withShort(source),
  };
}

const ruleOf = (rate: number): Bilingual => ({
  zh: `本公司综合年化成本上限 ${formatPercent(rate, 'zh', 2, 2)}。`,
  en: `The company's all-in cap of ${formatPercent(rate, 'en', 2, 2)}.`,
});

/**
 * The ceiling on the all-in annual cost of a new loan contracted on `contractDate`
 * (YYYY-MM-DD; undefined or '' = today, the reader's local date) with `termMonths` months.
 * Throws CalcError for a date outside 2020–2099 or a term that is not a whole number of months.
 *
 * @example costCapOn({ contractDate: '2026-12-04', termMonths: 12 }, policy).rate // 0.24
 * @example costCapOn({ contractDate: '2028-03-01', termMonths: 12 }, policy).rate // 0.12 = 4 × 3.00%
 */
export function costCapOn(
  input: { contractDate?: string | undefined; termMonths: number },
  policy: PricingPolicy,
): CostCap {
  const day = contractDateOf(input.contractDate);
  const n = input.termMonths;
  if (!Number.isInteger(n) || n < 1 || n > 600) {
    throw new CalcError(
      'invalid-input',
      {
        zh: '期限须为 1–600 个整月。',
        en: 'The term must be a whole number of months from 1 to 600.',
      },
      'termMonths',
    );
  }
  const cap = capOnDay(day, n, policy);
  // The next date on which any input of the ceiling changes (a cap step, a multiple step or an LPR fixing).
  const changes = [policy.pricing.costCap.maxRate, policy.pricing.costCap.lprMultiple ?? [], policy.lpr.oneYearRate]
    .map((steps) => nextStepAfter(steps as Dated<unknown>, day)?.from)
    .filter((d): d is string => d !== undefined)
    .sort();
  let next: CostCap['next'] = null;
  for (const from of changes) {
    const later = capOnDay(from, n, policy);
    if (!later.rate.eq(cap.rate)) {
      next = { from, rate: later.rate };
      break;
    }
  }
  return { ...cap, contractDate: day, next };
}

/**
 * RP-10's one comparison with a cap: the annualised rate rounded half-up to the precision it is
 * disclosed at (0.01%, four decimals of a fraction) must not exceed the cap. At the cap exactly it
 * passes, so a 24.00% offer whose fen-rounded instalment gives an IRR of 24.000029% is allowed,
 * and the figure the borrower is shown (24.00%) is the figure compared.
 *
 * @example withinCostCap(D('0.24000029'), D('0.24')) // true
 * @example withinCostCap(D('0.24005'), D('0.24'))    // false: disclosed as 24.01%
 */
export function withinCostCap(annualRate: Decimal, cap: Decimal): boolean {
  return disclosedRate(annualRate).lte(cap);
}

/**
 * An annualised rate as RP-10 discloses it: a fraction to four decimals (0.01%), half-up.
 *
 * @example disclosedRate(D('0.240049')) // 0.24
 */
export const disclosedRate = (annualRate: Decimal): Decimal => annualRate.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);

/**
 * The schedule calculator's verdict on an annualised rate: the cap in force for the contract date
 * and term, whether the rate is within it (withinCostCap), and whether it is implausible: above
 * 100% a year as disclosed, almost always a typing error (calculators review #9).
 *
 * @example capVerdict(D('0.18'), { contractDate: '2026-12-04', termMonths: 12 }, policy) // { cap: { rate: 0.24, … }, within: true, implausible: false }
 */
export function capVerdict(
  aprSimple: Decimal,
  loan: { contractDate?: string | undefined; termMonths: number },
  policy: PricingPolicy,
) {
  const cap = costCapOn(loan, policy);
  return { cap, within: withinCostCap(aprSimple, cap.rate), implausible: disclosedRate(aprSimple).gt(1) };
}
