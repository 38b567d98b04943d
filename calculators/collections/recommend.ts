/**
 * The recommendation: of the eligible options (available, affordable,
 * approvable, within the cap) the one with the highest NPV; ties go to the
 * smaller concession, then the shorter plan, then the order listed. With none:
 * the legal route if its conditions hold and its NPV is positive, otherwise a
 * hardship review. One sentence says why, in both languages.
 */
import { roundFen, type Decimal } from '../decimal';
import type { Bilingual } from '../errors';
import { capitalise, formatDays, formatMoney } from '../format';
import type { RepaymentComparison, RepaymentOption, RepaymentPolicy } from './types';

function better(a: RepaymentOption, b: RepaymentOption): RepaymentOption {
  if (!a.npv.eq(b.npv)) return a.npv.gt(b.npv) ? a : b;
  if (!a.concession.eq(b.concession)) return a.concession.lt(b.concession) ? a : b;
  return b.planMonths < a.planMonths ? b : a;
}

/**
 * The recommendation among the built options, with its reason (see the file header).
 *
 * @example recommend(options, D(2250), policy).code // 'extension' for the case under settleOption (the highest NPV of the eligible plans)
 * @example recommend([], D(2250), policy).code // 'hardship-review'
 */
export function recommend(
  options: RepaymentOption[],
  limit: Decimal,
  policy: RepaymentPolicy,
): RepaymentComparison['recommendation'] {
  const plans = options.filter((o) => o.code !== 'legal' && o.available);
  const affordable = plans.filter((o) => o.affordable);
  const eligible = affordable.filter((o) => o.eligible);
  const best = eligible.reduce<RepaymentOption | undefined>((b, o) => (b ? better(b, o) : o), undefined);
  const noAffordableOption = affordable.length === 0;
  if (best) {
    return {
      code: best.code,
      noAffordableOption,
      reason: {
        zh: `在借款人可负担的方案中，「${best.name.zh}」对本公司的净现值最高（${formatMoney(best.npv, 'zh')}），${best.code === 'settle' ? '一次性支付' : '每月最高还款'} ${formatMoney(best.monthlyPayment, 'zh')}。`,
        en: `Of the options the borrower can afford, “${best.name.en}” has the highest net present value to the institution (${formatMoney(best.npv, 'en')}), with ${best.code === 'settle' ? 'a single payment of' : 'a highest monthly payment of'} ${formatMoney(best.monthlyPayment, 'en')}.`,
      },
    };
  }
  const why: Bilingual = noAffordableOption
    ? {
        zh: `没有任何方案在借款人的还款能力之内（每月可负担上限 ${formatMoney(roundFen(limit), 'zh')}）`,
        en: `no option is affordable (the monthly limit is ${formatMoney(roundFen(limit), 'en')})`,
      }
    : {
        zh: '可负担的方案均超出审批矩阵或综合年化成本上限',
        en: 'every affordable option is beyond the approval matrix or above the all-in cap',
      };
  const legal = options.find((o) => o.code === 'legal');
  if (legal?.available && legal.npv.gt(0)) {
    return {
      code: 'legal',
      noAffordableOption,
      reason: {
        zh: `${why.zh}，且已符合诉讼条件，建议转入法律诉讼（预计净现值 ${formatMoney(legal.npv, 'zh')}）。`,
        en: `${capitalise(why.en)}, and the case meets the conditions for litigation, so the legal route is recommended (expected NPV ${formatMoney(legal.npv, 'en')}).`,
      },
    };
  }
  const days = policy.collections.plans.hardshipReviewDays;
  return {
    code: 'hardship-review',
    noAffordableOption,
    reason: {
      zh: `${why.zh}，且暂不宜诉讼，建议在 ${formatDays(days, 'zh')}内完成困难情况复核。`,
      en: `${capitalise(why.en)}, and litigation is not yet appropriate, so a hardship review is recommended within ${formatDays(days, 'en')}.`,
    },
  };
}
