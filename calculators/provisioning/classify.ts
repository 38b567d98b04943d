/**
 * classifyLoan: one loan's five-tier category and ECL stage, and the rule that
 * decided each. Retail loans are classified loan by loan (RP-06 §3.1).
 *
 * Every rule that applies proposes a minimum category; the strictest wins
 * (ties go to the rule listed first). The days-past-due and restructuring
 * rules are in category-rules.ts; this file adds the other triggers and the stage.
 */
import type { Bilingual } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { isNonPerforming, type Category, type Stage } from '../policy/categories';
import { IFRS9, cite } from './citations';
import { categoryRules, checkLoanFacts, ruleHit, strictest } from './category-rules';
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

/** The §3.4 facts that only a restructured asset can have: the classifier shows them only when 重组资产 is ticked. */
export const OBSERVATION_TRIGGERS: ReadonlySet<Trigger> = new Set<Trigger>([
  'restructured-again',
  'missed-during-observation',
]);

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
    text: {
      zh: '借款人未经同意改变资金用途，至少归为关注',
      en: 'funds used for another purpose without consent: at least special mention',
    },
    law: false, // the company's own rule (RP-06 §3.3), not a requirement of the Order
  },
  refinanced: {
    category: 'specialMention',
    clause: '3.3',
    text: {
      zh: '以借新还旧或其他借款偿还（借款人财务状况正常的除外），至少归为关注',
      en: 'repaid by new borrowing (借新还旧) unless the borrower’s finances are normal: at least special mention',
    },
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
    text: {
      zh: '借款人进入破产清算，或已死亡且遗产不足清偿，归为损失',
      en: 'borrower in bankruptcy liquidation, or dead with an insufficient estate: loss',
    },
    law: false,
  },
  'restructured-again': {
    category: 'doubtful',
    clause: '3.4',
    text: {
      zh: '观察期内财务状况未好转而再次重组，至少归为可疑，观察期重新计算',
      en: 'restructured again during the observation period: at least doubtful, and the period restarts',
    },
    law: false,
  },
  'missed-during-observation': {
    category: 'doubtful',
    clause: '3.4',
    text: {
      zh: '观察期内未按约定还款，至少归为可疑，观察期重新计算',
      en: 'a payment missed during the observation period: at least doubtful, and the period restarts',
    },
    law: false,
  },
};

/**
 * A loan's five-tier category and ECL stage with every rule that applies and the one that decides
 * (RP-06 §3): DPD floors, restructuring, the other triggers of §3.3, strictest wins.
 *
 * @example classifyLoan({ dpd: 45 }, policy.provisioning) // { category: 'specialMention', stage: 2, … }
 */
export function classifyLoan(facts: LoanFacts, policy: Provisioning): Classification {
  checkLoanFacts(facts);
  const restructured = Boolean(facts.restructured);
  // The observation-period facts (§3.4) exist only for a restructured asset: for any other loan they are
  // ignored, never read as "restructured" (a 0-DPD loan was shown 可疑, calculators review #17).
  const triggers = new Set((facts.otherTriggers ?? []).filter((t) => restructured || !OBSERVATION_TRIGGERS.has(t)));
  const restart = triggers.has('restructured-again') || triggers.has('missed-during-observation');
  const { hits, inObservation } = categoryRules({ ...facts, restructured }, policy, restart);

  // §3.3 and §3.4 other triggers.
  for (const t of TRIGGERS) {
    if (!triggers.has(t)) continue;
    const r = TRIGGER_RULES[t];
    hits.push(ruleHit(t, r.category, r.clause, r.text, r.law, r.clause === '3.4' ? 'restructured' : 'other-triggers'));
  }
  const rule = strictest(hits);
  const { dpd } = facts;

  // §6.1 Stage: the DPD bucket's stage, raised for forbearance and for non-performing loans.
  const bucket = bucketForDpd(dpd, policy);
  let stage = bucket.stage as Stage;
  let stageRule = cite(
    '6.1',
    {
      zh: `所在逾期分段「${bucket.name.zh}」对应第${bucket.stage}阶段`,
      en: `its days-past-due bucket “${bucket.name.en}” maps to stage ${bucket.stage}`,
    },
    IFRS9,
  );
  if (isNonPerforming(rule.category) && stage < 3) {
    stage = 3;
    stageRule = cite('6.1', {
      zh: '不良贷款（次级、可疑、损失）视为已发生信用减值，归入第3阶段',
      en: 'a non-performing loan (substandard, doubtful, loss) is treated as credit-impaired: stage 3',
    });
  } else if (inObservation && stage < 2) {
    stage = 2;
    stageRule = cite('6.1', {
      zh: '观察期内的重组资产视为信用风险显著增加，至少归入第2阶段',
      en: 'a restructured asset in its observation period is treated as a significant increase in credit risk: at least stage 2',
    });
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
