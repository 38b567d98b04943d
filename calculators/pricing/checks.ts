/**
 * Cap and limit checks of RP-03, each with its reason in both languages.
 * (Kept short: this text ships in the pricing island's JavaScript.)
 */
import { D, Decimal } from '../decimal';
import { formatMoney, formatMonths, formatPercent, type Lang } from '../format';
import type { RepaymentMethod } from '../schedule/amortize';
import type { Check, PricingPolicy } from './types';

type Text = (l: Lang) => string;
const pct = (v: Decimal | number, l: Lang) => formatPercent(v, l, 2, 2);
const check = (id: Check['id'], status: Check['status'], f: (zh: boolean, l: Lang) => string): Check => ({
  id,
  status,
  message: { zh: f(true, 'zh'), en: f(false, 'en') },
});

/**
 * The all-in cap: the annualised rate (simple, IRR method, fees included; RP-10 compares caps on the
 * simple figure) may not exceed governance.riskAppetite.maxAllInAprRate. At the cap exactly it passes.
 * The IRR is solved to 1e-15 a period, so the comparison is made at 10 decimal places.
 */
export function aprCapCheck(aprSimple: Decimal, policy: PricingPolicy): Check {
  const cap = D(policy.governance.riskAppetite.maxAllInAprRate);
  const apr = aprSimple.toDecimalPlaces(10);
  const ok = apr.lte(cap);
  const head: Text = (l) => (l === 'zh' ? `年化利率（单利，含费用）${pct(apr, l)}` : `The all-in APR (simple) ${pct(apr, l)}`);
  return check('apr-cap', ok ? 'pass' : 'fail', (zh, l) =>
    ok
      ? zh ? `${head(l)}，未超过上限 ${pct(cap, l)}。` : `${head(l)} is within the ${pct(cap, l)} cap.`
      : zh
        ? `${head(l)} 超过上限 ${pct(cap, l)}：拒绝，或减免费用、要求担保以降低违约损失率后重新定价。`
        : `${head(l)} exceeds the ${pct(cap, l)} cap: decline, or waive fees or require a guarantee to lower the loss given default, and re-price.`,
  );
}

/** 4 × one-year LPR: a reference only (法释〔2020〕17号 binds 民间借贷; 法释〔2020〕27号 exempts licensed lenders). */
export function lprLineCheck(aprSimple: Decimal, policy: PricingPolicy): Check {
  const { oneYearRate, judicialLineMultiple: k } = policy.pricing.lpr;
  const line = D(oneYearRate).times(k);
  const above = aprSimple.toDecimalPlaces(10).gt(line);
  return check('lpr-line', 'info', (zh, l) =>
    zh
      ? `${k} 倍一年期 LPR 为 ${pct(line, l)}，本笔${above ? '高于' : '不高于'}此线。此线约束民间借贷，不约束本公司，仅在审批材料中列示。`
      : `${k} × the one-year LPR is ${pct(line, l)}; this loan is ${above ? 'above' : 'not above'} it. The line binds private lending, not the institution; it is shown in the approval file only.`,
  );
}

/** Amount, term and interest-only term against pricing.limits: the message states the rule; the status says whether it holds. */
export function limitChecks(amount: Decimal, termMonths: number, method: RepaymentMethod, policy: PricingPolicy): Check[] {
  const lim = policy.pricing.limits;
  const range = (a: string, b: string, zh: boolean) => (zh ? `${a} 至 ${b}` : `${a} to ${b}`);
  const out = [
    check('amount', amount.gte(lim.minLoanAmount) && amount.lte(lim.maxLoanAmount) ? 'pass' : 'fail', (zh, l) =>
      (zh ? '单笔金额须为 ' : 'A loan must be ') + range(formatMoney(lim.minLoanAmount, l), formatMoney(lim.maxLoanAmount, l), zh) + (zh ? '。' : '.'),
    ),
    check('term', termMonths >= lim.minTermMonths && termMonths <= lim.maxTermMonths ? 'pass' : 'fail', (zh, l) =>
      (zh ? '期限须为 ' : 'The term must be ') + range(formatMonths(lim.minTermMonths, l), formatMonths(lim.maxTermMonths, l), zh) + (zh ? '。' : '.'),
    ),
  ];
  if (method === 'interest-only') {
    out.push(
      check('bullet-term', termMonths <= lim.maxBulletTermMonths ? 'pass' : 'fail', (zh, l) =>
        zh ? `按月付息、到期还本的期限不得超过 ${formatMonths(lim.maxBulletTermMonths, l)}。` : `Interest-only loans may run at most ${formatMonths(lim.maxBulletTermMonths, l)}.`,
      ),
    );
  }
  return out;
}
