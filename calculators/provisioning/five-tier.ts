/**
 * fiveTierReserve: the loan-loss reserve by the five-tier method of the 2002
 * guideline (RP-06 §4): a specific reserve per category at the institution's
 * chosen ratio (shown with the band the guideline allows) plus a general
 * reserve on the whole loan balance.
 *
 * Rounding: each category's reserve, each band limit and the general reserve
 * are rounded half-up to the fen (per line); totals add the rounded lines.
 */
import { D, ZERO, roundFen, type Decimal, type DecimalInput } from '../decimal';
import { CalcError } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { CATEGORIES, isNonPerforming, type Category } from '../policy/categories';

export type BalancesByCategory = Partial<Record<Category, DecimalInput>>;

export interface ReserveLine {
  category: Category;
  balance: Decimal;
  /** The institution's chosen ratio (0 for 正常: covered by the general reserve). */
  ratio: Decimal;
  /** The band the guideline allows: reference × (1 ± bandShare) for 次级 and 可疑; the reference ratio itself otherwise. */
  bandMin: Decimal;
  bandMax: Decimal;
  reserve: Decimal;
  reserveMin: Decimal;
  reserveMax: Decimal;
}

export interface FiveTierReserve {
  lines: ReserveLine[];
  totalLoans: Decimal;
  specific: Decimal;
  general: Decimal;
  /** specific + general */
  total: Decimal;
  /** 次级 + 可疑 + 损失 */
  npl: Decimal;
  /** npl ÷ total loans; null for an empty portfolio. */
  nplRatio: Decimal | null;
}

/**
 * Chosen ratio and band of a category.
 *
 * @example reserveBand('substandard', policy.provisioning) // { ratio: 0.3, bandMin: 0.2, bandMax: 0.3, banded: true }
 */
export function reserveBand(
  category: Category,
  policy: Provisioning,
): { ratio: Decimal; bandMin: Decimal; bandMax: Decimal; banded: boolean } {
  if (category === 'normal') return { ratio: ZERO, bandMin: ZERO, bandMax: ZERO, banded: false };
  const line = policy.specificReserve[category];
  const ref = D(line.referenceRatio);
  const banded = category === 'substandard' || category === 'doubtful'; // the ±20% band exists for these two only
  const share = banded ? D(policy.specificReserve.bandShare) : ZERO;
  return {
    ratio: D(line.chosenRatio),
    bandMin: ref.times(D(1).minus(share)),
    bandMax: ref.times(D(1).plus(share)),
    banded,
  };
}

/**
 * A balance as a Decimal: finite, not negative, at most two decimals. Missing counts as 0 unless `required`.
 *
 * @example balanceOf('1000.5', '关注类余额') // 1000.5; balanceOf(undefined, '…') // 0; balanceOf('-1', '…') throws
 */
export function balanceOf(value: DecimalInput | undefined | null, what: string, required = false): Decimal {
  if (required && (value === undefined || value === null)) {
    throw new CalcError('invalid-input', { zh: `缺少${what}。`, en: `${what} is missing.` });
  }
  let v: Decimal;
  try {
    v = D(value ?? 0);
  } catch {
    throw new CalcError('invalid-input', { zh: `${what}不是有效金额。`, en: `${what} is not a valid amount.` });
  }
  if (!v.isFinite() || v.isNeg() || v.decimalPlaces() > 2) {
    throw new CalcError('invalid-input', {
      zh: `${what}须为不小于 0、最多两位小数的金额。`,
      en: `${what} must be an amount of 0 or more with at most two decimals.`,
    });
  }
  return v;
}

/**
 * The specific reserve of each of the five categories at its chosen ratio, the total, NPL and the NPL ratio.
 *
 * @example fiveTierReserve({ normal: '8000000', specialMention: '400000', substandard: '200000' }, policy.provisioning)
 * // total 197000.00 (8000 + 60000 specific, the rest general), npl 200000.00, nplRatio 0.0233
 */
export function fiveTierReserve(balances: BalancesByCategory, policy: Provisioning): FiveTierReserve {
  const lines = CATEGORIES.map((category): ReserveLine => {
    const balance = balanceOf(balances[category], category);
    const { ratio, bandMin, bandMax } = reserveBand(category, policy);
    return {
      category,
      balance,
      ratio,
      bandMin,
      bandMax,
      reserve: roundFen(balance.times(ratio)), // per line, half-up to the fen
      reserveMin: roundFen(balance.times(bandMin)),
      reserveMax: roundFen(balance.times(bandMax)),
    };
  });
  const totalLoans = lines.reduce((s, l) => s.plus(l.balance), ZERO);
  const specific = lines.reduce((s, l) => s.plus(l.reserve), ZERO);
  const general = roundFen(totalLoans.times(policy.generalReserve.chosenRate)); // half-up to the fen
  const npl = lines.filter((l) => isNonPerforming(l.category)).reduce((s, l) => s.plus(l.balance), ZERO);
  return {
    lines,
    totalLoans,
    specific,
    general,
    total: specific.plus(general),
    npl,
    nplRatio: totalLoans.isZero() ? null : npl.div(totalLoans),
  };
}
