/**
 * Cap and limit checks of RP-03, each with its reason in both languages.
 * (Kept short: this text ships in the pricing island's JavaScript.)
 */
import { Decimal } from '../decimal';
import { formatDate, formatMoney, formatMonths, formatPercent, type Lang } from '../format';
import { disclosedRate, withinCostCap, type CostCap } from './cost-cap';
import type { RepaymentMethod } from '../schedule/amortize';
import type { Check, PricingPolicy } from './types';

const pct = (v: Decimal | number, l: Lang) => formatPercent(v, l, 2, 2);
const check = (id: Check['id'], status: Check['status'], message: Check['message']): Check => ({ id, status, message });
// Messages are written as plain { zh, en } literals: the island bundler keeps only the page's language of each.

/**
 * The all-in cap in force on the contract date (costCapOn): the annualised rate (simple, IRR
 * method, every fee included) compared by RP-10's one rule, withinCostCap (at the disclosed
 * 0.01%; at the cap exactly it passes). The message names the cap, its date and its source.
 *
 * @example costCapCheck(D('0.2'), costCapOn({ contractDate: '2026-12-04', termMonths: 12 }, policy)).status // 'pass' (cap 24%)
 * @example costCapCheck(D('0.25'), cap) // { id: 'apr-cap', status: 'fail', message: { …, en: 'The all-in annualised cost (simple, every fee included) 25.00% exceeds the 24.00% cap …' } }
 */
export function costCapCheck(aprSimple: Decimal, cap: CostCap): Check {
  const ok = withinCostCap(aprSimple, cap.rate);
  const apr = disclosedRate(aprSimple);
  return check(
    'apr-cap',
    ok ? 'pass' : 'fail',
    ok
      ? {
          zh: `综合年化成本（单利，含全部费用）${pct(apr, 'zh')}，未超过合同日适用的上限 ${pct(cap.rate, 'zh')}（自${formatDate(cap.effectiveFrom, 'zh')}起）。`,
          en: `The all-in annualised cost (simple, every fee included) ${pct(apr, 'en')} is within the ${pct(cap.rate, 'en')} cap in force on the contract date (since ${formatDate(cap.effectiveFrom, 'en')}).`,
        }
      : {
          zh: `综合年化成本（单利，含全部费用）${pct(apr, 'zh')} 超过合同日适用的上限 ${pct(cap.rate, 'zh')}（自${formatDate(cap.effectiveFrom, 'zh')}起）：不得以此价格发放；拒绝，或减免费用、降低利率后重新定价。`,
          en: `The all-in annualised cost (simple, every fee included) ${pct(apr, 'en')} exceeds the ${pct(cap.rate, 'en')} cap in force on the contract date (since ${formatDate(cap.effectiveFrom, 'en')}): it cannot be offered at this price; decline, or waive fees or lower the rate and re-price.`,
        },
  );
}

/**
 * 4 × the one-year LPR in force on the contract date: the December 2025 cost guideline's target for
 * every new loan by end-2027 (and the 法释〔2020〕17号 Art. 25 line). Information until the company's
 * cap adopts it; from then the cap check above enforces it.
 *
 * @example lprLineCheck(D('0.2'), cap, lprLine('2026-12-04', policy), 4) // { id: 'lpr-line', status: 'info', message: { …, en: '4 × the one-year LPR is 12.00%; this loan is above it. …' } }
 */
export function lprLineCheck(aprSimple: Decimal, cap: CostCap, line: Decimal, multiple: number): Check {
  const above = !withinCostCap(aprSimple, line);
  const binding = cap.basis === 'lpr-multiple';
  return check('lpr-line', binding ? (above ? 'fail' : 'pass') : 'info', {
    zh: `${multiple} 倍一年期 LPR 为 ${pct(line, 'zh')}，本笔${above ? '高于' : '不高于'}此线。${binding ? '合同日已适用此上限。' : '按监管要求，2027年末前全部新发放贷款须降至此线以内；本公司过渡安排见上限。'}`,
    en: `${multiple} × the one-year LPR is ${pct(line, 'en')}; this loan is ${above ? 'above' : 'not above'} it. ${binding ? 'This is the cap in force on the contract date.' : 'Regulators expect every new loan within it by end-2027; the company’s glide path sets the cap until then.'}`,
  });
}

/**
 * Amount, term and interest-only term against pricing.limits: the message states the rule; the status says whether it holds.
 *
 * @example limitChecks(D(50000), 12, 'interest-only', policy).map((c) => [c.id, c.status]) // [['amount', 'pass'], ['term', 'pass'], ['bullet-term', 'pass']]
 */
export function limitChecks(
  amount: Decimal,
  termMonths: number,
  method: RepaymentMethod,
  policy: PricingPolicy,
): Check[] {
  const lim = policy.pricing.limits;
  const out = [
    check('amount', amount.gte(lim.minLoanAmount) && amount.lte(lim.maxLoanAmount) ? 'pass' : 'fail', {
      zh: `单笔金额须为 ${formatMoney(lim.minLoanAmount, 'zh')} 至 ${formatMoney(lim.maxLoanAmount, 'zh')}。`,
      en: `A loan must be ${formatMoney(lim.minLoanAmount, 'en')} to ${formatMoney(lim.maxLoanAmount, 'en')}.`,
    }),
    check('term', termMonths >= lim.minTermMonths && termMonths <= lim.maxTermMonths ? 'pass' : 'fail', {
      zh: `期限须为 ${formatMonths(lim.minTermMonths, 'zh')} 至 ${formatMonths(lim.maxTermMonths, 'zh')}。`,
      en: `The term must be ${formatMonths(lim.minTermMonths, 'en')} to ${formatMonths(lim.maxTermMonths, 'en')}.`,
    }),
  ];
  if (method === 'interest-only') {
    out.push(
      check('bullet-term', termMonths <= lim.maxBulletTermMonths ? 'pass' : 'fail', {
        zh: `按月付息、到期还本的期限不得超过 ${formatMonths(lim.maxBulletTermMonths, 'zh')}。`,
        en: `Interest-only loans may run at most ${formatMonths(lim.maxBulletTermMonths, 'en')}.`,
      }),
    );
  }
  return out;
}
