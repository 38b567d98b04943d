/** Cap and limit checks of RP-03, each with its reason in both languages. */
import { D, Decimal } from '../decimal';
import { formatMoney, formatMonths, formatPercent, type Lang } from '../format';
import type { Bilingual } from '../errors';
import type { RepaymentMethod } from '../schedule/amortize';
import type { Check, PricingPolicy } from './types';

const pct = (v: Decimal | number, lang: Lang) => formatPercent(v, lang, 2, 2);
const both = (f: (lang: Lang) => string): Bilingual => ({ zh: f('zh'), en: f('en') });

/**
 * The all-in cap: the annualised rate (simple, IRR method, fees included — RP-10 compares caps on
 * the simple figure) may not exceed governance.riskAppetite.maxAllInAprRate. At the cap exactly it
 * passes. The IRR is solved to 1e-15 a period, so the comparison is made at 10 decimal places.
 */
export function aprCapCheck(aprSimple: Decimal, policy: PricingPolicy, what: 'required' | 'offered'): Check {
  const cap = D(policy.governance.riskAppetite.maxAllInAprRate);
  const apr = aprSimple.toDecimalPlaces(10);
  if (apr.lte(cap)) {
    return {
      id: 'apr-cap',
      status: 'pass',
      message: both((l) =>
        l === 'zh'
          ? `年化利率（单利，含费用）${pct(apr, l)}，未超过本公司上限 ${pct(cap, l)}。`
          : `All-in APR (simple) ${pct(apr, l)} is within the ${pct(cap, l)} cap.`,
      ),
    };
  }
  return {
    id: 'apr-cap',
    status: 'fail',
    message: both((l) =>
      l === 'zh'
        ? `${what === 'required' ? '最低定价' : '报价'}的年化利率（单利，含费用）${pct(apr, l)} 超过本公司上限 ${pct(cap, l)}：应拒绝，或减免费用、要求担保以降低违约损失率后重新定价；不得以拆分费用等方式规避。`
        : `The ${what} all-in APR (simple) ${pct(apr, l)} exceeds the ${pct(cap, l)} cap: decline, or waive fees or require a guarantee to lower the loss given default and re-price; never split fees to get under it.`,
    ),
  };
}

/** 4 × one-year LPR: shown for reference only (法释〔2020〕17号 binds 民间借贷; 法释〔2020〕27号 exempts licensed lenders). */
export function lprLineCheck(aprSimple: Decimal, policy: PricingPolicy): Check {
  const { oneYearRate, judicialLineMultiple } = policy.pricing.lpr;
  const line = D(oneYearRate).times(judicialLineMultiple);
  const above = aprSimple.toDecimalPlaces(10).gt(line);
  return {
    id: 'lpr-line',
    status: 'info',
    message: both((l) =>
      l === 'zh'
        ? `参考：${above ? '高于' : '不高于'} ${judicialLineMultiple} 倍一年期 LPR（${pct(line, l)}）。该线约束民间借贷，不直接约束本公司，但须在审批材料中列示。`
        : `Reference: ${above ? 'above' : 'not above'} ${judicialLineMultiple} × the one-year LPR (${pct(line, l)}). That line binds private lending, not the institution, but is shown in the approval file.`,
    ),
  };
}

/** Amount, term and interest-only term against pricing.limits. */
export function limitChecks(amount: Decimal, termMonths: number, method: RepaymentMethod, policy: PricingPolicy): Check[] {
  const lim = policy.pricing.limits;
  const out: Check[] = [];
  const [minA, maxA] = [D(lim.minLoanAmount), D(lim.maxLoanAmount)];
  const okAmount = amount.gte(minA) && amount.lte(maxA);
  out.push({
    id: 'amount',
    status: okAmount ? 'pass' : 'fail',
    message: both((l) =>
      l === 'zh'
        ? `单笔金额须在 ${formatMoney(minA, l)} 至 ${formatMoney(maxA, l)} 之间${okAmount ? '：符合。' : '：不符合，请调整金额。'}`
        : `A loan must be from ${formatMoney(minA, l)} to ${formatMoney(maxA, l)}${okAmount ? ': within.' : ': outside; change the amount.'}`,
    ),
  });
  const okTerm = termMonths >= lim.minTermMonths && termMonths <= lim.maxTermMonths;
  out.push({
    id: 'term',
    status: okTerm ? 'pass' : 'fail',
    message: both((l) =>
      l === 'zh'
        ? `期限须在 ${formatMonths(lim.minTermMonths, l)} 至 ${formatMonths(lim.maxTermMonths, l)} 之间${okTerm ? '：符合。' : '：不符合，请调整期限。'}`
        : `The term must be ${formatMonths(lim.minTermMonths, l)} to ${formatMonths(lim.maxTermMonths, l)}${okTerm ? ': within.' : ': outside; change the term.'}`,
    ),
  });
  if (method === 'interest-only' && termMonths > lim.maxBulletTermMonths) {
    out.push({
      id: 'bullet-term',
      status: 'fail',
      message: both((l) =>
        l === 'zh'
          ? `按月付息、到期还本的贷款期限不得超过 ${formatMonths(lim.maxBulletTermMonths, l)}：请改为分期还本或缩短期限。`
          : `Interest-only loans may run at most ${formatMonths(lim.maxBulletTermMonths, l)}: amortise the principal or shorten the term.`,
      ),
    });
  }
  return out;
}
