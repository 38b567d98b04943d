/**
 * classifyLoan: one loan's five-tier category and ECL stage, and the rule that
 * decided each. Retail loans are classified loan by loan (RP-06 §3.1).
 *
 * Every rule that applies proposes a minimum category; the strictest wins
 * (ties go to the rule listed first). Thresholds read "more than" (超过):
 * day 90 is still 关注, day 91 is 次级.
 */
import { CalcError, type Bilingual } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { CATEGORY_NAMES, categoryRank, isNonPerforming, type Category, type Stage } from './categories';
import { ORDER, IFRS9, cite } from './citations';
import { bucketForDpd } from './buckets';

/** Facts other than days past due that force a minimum category (RP-06 §3.3, §3.4). */
export const TRIGGERS = [
  'diverted-funds',
  'refinanced',
  'credit-impaired',
  'evasion',
  'bankruptcy',
  'restructured-again',
  'missed-during-observation',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

export interface LoanFacts {
  /** Days past due of the oldest unpaid principal, interest or fee: a whole number ≥ 0. */
  dpd: number;
  /** The loan is a restructured asset (重组资产): terms eased or refinanced for a borrower in difficulty. */
  restructured?: boolean;
  /** Whole months since the first repayment date after the restructuring. */
  observationMonths?: number;
  /** Repayment periods paid in full and on time, in a row, since that date. */
  consecutiveOnTimePayments?: number;
  /** Category just before the restructuring; a non-performing loan is not upgraded during the observation period. */
  categoryBeforeRestructuring?: Category;
  otherTriggers?: readonly Trigger[];
}

export interface RuleHit {
  id: string;
  category: Category;
  /** Citation: the RP-06 clause, what it says, and the external rule it applies. */
  text: Bilingual;
  /** Anchor of the clause on the policy page (content/docs/policies/provisioning.mdx). */
  clause: string;
}

export interface Classification {
  category: Category;
  nonPerforming: boolean;
  stage: Stage;
  /** The rule that decided the category, as a citation. */
  rule: Bilingual;
  clause: string;
  /** The rule that decided the stage, as a citation. */
  stageRule: Bilingual;
  stageClause: string;
  /** Every rule that applied, in the order checked; the deciding one is `decidedBy`. */
  hits: RuleHit[];
  decidedBy: string;
  /** Restructured and still in its observation period. */
  inObservation: boolean;
}

const TRIGGER_RULES: Record<Trigger, { category: Category; clause: string; text: Bilingual; law: boolean }> = {
  'diverted-funds': {
    category: 'specialMention',
    clause: '3.3',
    text: { zh: '借款人未经同意改变资金用途，至少归为关注', en: 'funds used for another purpose without consent: at least special mention' },
    law: true,
  },
  refinanced: {
    category: 'specialMention',
    clause: '3.3',
    text: { zh: '以借新还旧或其他借款偿还（借款人财务状况正常的除外），至少归为关注', en: 'repaid by new borrowing (借新还旧) unless the borrower’s finances are normal: at least special mention' },
    law: true,
  },
  'credit-impaired': {
    category: 'substandard',
    clause: '3.3',
    text: { zh: '已发生信用减值，至少归为次级', en: 'credit-impaired: at least substandard' },
    law: false,
  },
  evasion: {
    category: 'doubtful',
    clause: '3.3',
    text: { zh: '借款人逃废债务，至少归为可疑', en: 'the borrower evades the debt (逃废债): at least doubtful' },
    law: false,
  },
  bankruptcy: {
    category: 'loss',
    clause: '3.3',
    text: { zh: '借款人进入破产清算，或已死亡且遗产不足清偿，归为损失', en: 'borrower in bankruptcy liquidation, or dead with an insufficient estate: loss' },
    law: false,
  },
  'restructured-again': {
    category: 'doubtful',
    clause: '3.4',
    text: { zh: '观察期内财务状况未好转而再次重组，至少归为可疑，观察期重新计算', en: 'restructured again during the observation period: at least doubtful, and the period restarts' },
    law: false,
  },
  'missed-during-observation': {
    category: 'doubtful',
    clause: '3.4',
    text: { zh: '观察期内未按约定还款，至少归为可疑，观察期重新计算', en: 'a payment missed during the observation period: at least doubtful, and the period restarts' },
    law: false,
  },
};

const bad = (zh: string, en: string): never => {
  throw new CalcError('invalid-input', { zh, en });
};
const wholeOrAbsent = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 100_000);

export function classifyLoan(facts: LoanFacts, policy: Provisioning): Classification {
  const { dpd } = facts;
  if (!Number.isInteger(dpd) || dpd < 0 || dpd > 100_000) bad('逾期天数须为 0–100,000 的整数。', 'Days past due must be a whole number from 0 to 100,000.');
  if (!wholeOrAbsent(facts.observationMonths) || !wholeOrAbsent(facts.consecutiveOnTimePayments)) {
    bad('观察期月数和连续按时还款期数须为非负整数。', 'Observation months and on-time payments must be whole numbers, 0 or more.');
  }
  const c = policy.classification;
  const triggers = new Set(facts.otherTriggers ?? []);
  const restructured = Boolean(facts.restructured) || triggers.has('restructured-again');
  const hits: RuleHit[] = [];
  const hit = (id: string, category: Category, clause: string, text: Bilingual, law: boolean, anchor: string) =>
    hits.push({ id, category, clause: anchor, text: cite(clause, text, law ? ORDER : undefined) });

  // §3.2 Days-past-due floors (the Order, "more than").
  if (dpd > c.lossOverDays) {
    hit('dpd-loss', 'loss', '3.2', { zh: `逾期超过${c.lossOverDays}天，归为损失`, en: `more than ${c.lossOverDays} days past due: loss` }, true, 'dpd-floors');
  } else if (dpd > c.doubtfulOverDays) {
    hit('dpd-doubtful', 'doubtful', '3.2', { zh: `逾期超过${c.doubtfulOverDays}天，至少归为可疑`, en: `more than ${c.doubtfulOverDays} days past due: at least doubtful` }, true, 'dpd-floors');
  } else if (dpd > c.substandardOverDays) {
    hit('dpd-substandard', 'substandard', '3.2', { zh: `逾期超过${c.substandardOverDays}天，至少归为次级`, en: `more than ${c.substandardOverDays} days past due: at least substandard` }, true, 'dpd-floors');
  } else if (dpd >= c.specialMentionFromDays) {
    hit('dpd-overdue', 'specialMention', '3.2', { zh: '本金、利息或费用逾期，至少归为关注', en: 'principal, interest or fees overdue: at least special mention' }, true, 'dpd-floors');
  }

  // §3.4 Restructured assets: in observation until both the months and the on-time periods are reached
  // (a new restructuring or a missed payment restarts the period).
  const periodDone =
    (facts.observationMonths ?? 0) >= c.observationMinMonths &&
    (facts.consecutiveOnTimePayments ?? 0) >= c.observationMinPeriods &&
    !triggers.has('restructured-again') &&
    !triggers.has('missed-during-observation');
  const inObservation = restructured && !periodDone;
  if (inObservation) {
    hit('restructured', 'specialMention', '3.4', { zh: '重组资产在观察期内，至少归为关注', en: 'restructured asset in its observation period: at least special mention' }, false, 'restructured');
    const before = facts.categoryBeforeRestructuring;
    if (before && isNonPerforming(before)) {
      hit('restructured-no-upgrade', before, '3.4', {
        zh: `重组前已为${CATEGORY_NAMES[before].zh}类，观察期内不上调`,
        en: `already ${CATEGORY_NAMES[before].en} before the restructuring: no upgrade during the observation period`,
      }, false, 'restructured');
    }
  }

  // §3.3 and §3.4 other triggers.
  for (const t of TRIGGERS) {
    if (!triggers.has(t)) continue;
    const r = TRIGGER_RULES[t];
    hit(t, r.category, r.clause, r.text, r.law, r.clause === '3.4' ? 'restructured' : 'other-triggers');
  }

  // Strictest wins; on a tie the first rule checked stays.
  let decided: RuleHit | undefined;
  for (const h of hits) if (!decided || categoryRank(h.category) > categoryRank(decided.category)) decided = h;
  const performing: RuleHit = {
    id: 'performing',
    category: 'normal',
    clause: 'dpd-floors',
    text: cite('3.1', { zh: '未逾期，且无其他下调情形，归为正常', en: 'not past due and no other trigger: normal' }),
  };
  const rule = decided ?? performing;

  // §6.1 Stage: the DPD bucket's stage, raised for forbearance and for non-performing loans.
  const bucket = bucketForDpd(dpd, policy);
  let stage = bucket.stage as Stage;
  let stageRule = cite('6.1', {
    zh: `所在逾期分段「${bucket.name.zh}」对应第${bucket.stage}阶段`,
    en: `its days-past-due bucket “${bucket.name.en}” maps to stage ${bucket.stage}`,
  }, IFRS9);
  if (isNonPerforming(rule.category) && stage < 3) {
    stage = 3;
    stageRule = cite('6.1', { zh: '不良贷款（次级、可疑、损失）视为已发生信用减值，归入第3阶段', en: 'a non-performing loan (substandard, doubtful, loss) is treated as credit-impaired: stage 3' });
  } else if (inObservation && stage < 2) {
    stage = 2;
    stageRule = cite('6.1', { zh: '观察期内的重组资产视为信用风险显著增加，至少归入第2阶段', en: 'a restructured asset in its observation period is treated as a significant increase in credit risk: at least stage 2' });
  }

  return {
    category: rule.category,
    nonPerforming: isNonPerforming(rule.category),
    stage,
    rule: rule.text,
    clause: rule.clause,
    stageRule,
    stageClause: 'staging',
    hits,
    decidedBy: rule.id,
    inObservation,
  };
}
