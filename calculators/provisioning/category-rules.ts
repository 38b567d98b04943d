/**
 * The category rules every classification applies (RP-06): the days-past-due
 * floors (§3.2), the restructured-asset observation period (§3.4), and
 * "strictest wins". classifyLoan (classify.ts) adds the other triggers (§3.3)
 * and the ECL stage; the repayment-plan comparator needs only these, so its
 * page does not download the rest.
 *
 * Thresholds read "more than" (超过): day 90 is still 关注, day 91 is 次级.
 */
import { CalcError, type Bilingual } from '../errors';
import type { Provisioning } from '../policy/provisioning';
import { CATEGORY_NAMES, categoryRank, isNonPerforming, type Category } from '../policy/categories';
import { dpdFloor } from '../policy/dpd-floor';
import { ORDER, cite } from './citations';
import type { LoanFacts, RuleHit } from './classify';

/** A loan's facts without the other triggers of §3.3. */
export type CategoryFacts = Omit<LoanFacts, 'otherTriggers'>;

/**
 * One rule that applies: `law` cites the Order after the RP-06 clause; `anchor` is the clause's id on the policy page.
 *
 * @example ruleHit('dpd-substandard', 'substandard', '3.2', { zh: '逾期超过90天', en: 'more than 90 days past due' }, true, 'rule-dpd').text.en
 * // 'RP-06 §3.2: more than 90 days past due. Source: Measures for the Risk Classification of Financial Assets of Commercial Banks (CBIRC and PBOC Order [2023] No. 1)'
 */
export const ruleHit = (
  id: string,
  category: Category,
  clause: string,
  text: Bilingual,
  law: boolean,
  anchor: string,
): RuleHit => ({
  id,
  category,
  clause: anchor,
  text: cite(clause, text, law ? ORDER : undefined),
});

/** `field`: the LoanFacts key at fault, so an island can show the message next to that input. */
const bad = (message: Bilingual, field: keyof CategoryFacts): never => {
  throw new CalcError('invalid-input', message, field);
};
const wholeOrAbsent = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 100_000);

/**
 * Throws CalcError('invalid-input'), naming the field, unless the day and month counts are whole numbers 0–100,000.
 *
 * @example checkLoanFacts({ dpd: 1.5 }) // throws: 'Days past due must be a whole number from 0 to 100,000.' (field 'dpd')
 */
export function checkLoanFacts(facts: CategoryFacts): void {
  const { dpd } = facts;
  if (!Number.isInteger(dpd) || dpd < 0 || dpd > 100_000)
    bad(
      { zh: '逾期天数须为 0–100,000 的整数。', en: 'Days past due must be a whole number from 0 to 100,000.' },
      'dpd',
    );
  if (!wholeOrAbsent(facts.observationMonths) || !wholeOrAbsent(facts.consecutiveOnTimePayments)) {
    bad(
      {
        zh: '观察期月数和连续按时还款期数须为非负整数。',
        en: 'Observation months and on-time payments must be whole numbers, 0 or more.',
      },
      wholeOrAbsent(facts.observationMonths) ? 'consecutiveOnTimePayments' : 'observationMonths',
    );
  }
}

/**
 * The §3.2 and §3.4 rules that apply, in the order checked. `restartObservation`: a new
 * restructuring or a missed payment during the period restarts it (a §3.4 trigger).
 *
 * @example categoryRules({ dpd: 91 }, policy.provisioning).hits.map((h) => h.id) // ['dpd-substandard']
 */
export function categoryRules(
  facts: CategoryFacts,
  policy: Provisioning,
  restartObservation = false,
): { hits: RuleHit[]; inObservation: boolean } {
  const c = policy.classification;
  const { dpd } = facts;
  const hits: RuleHit[] = [];

  // §3.2 Days-past-due floors (the Order, "more than"): the one rule, dpdFloor.
  const floor = dpdFloor(dpd, c);
  if (floor === 'loss') {
    hits.push(
      ruleHit(
        'dpd-loss',
        'loss',
        '3.2',
        { zh: `逾期超过${c.lossOverDays}天，归为损失`, en: `more than ${c.lossOverDays} days past due: loss` },
        true,
        'dpd-floors',
      ),
    );
  } else if (floor === 'doubtful') {
    hits.push(
      ruleHit(
        'dpd-doubtful',
        'doubtful',
        '3.2',
        {
          zh: `逾期超过${c.doubtfulOverDays}天，至少归为可疑`,
          en: `more than ${c.doubtfulOverDays} days past due: at least doubtful`,
        },
        true,
        'dpd-floors',
      ),
    );
  } else if (floor === 'substandard') {
    hits.push(
      ruleHit(
        'dpd-substandard',
        'substandard',
        '3.2',
        {
          zh: `逾期超过${c.substandardOverDays}天，至少归为次级`,
          en: `more than ${c.substandardOverDays} days past due: at least substandard`,
        },
        true,
        'dpd-floors',
      ),
    );
  } else if (floor === 'specialMention') {
    hits.push(
      ruleHit(
        'dpd-overdue',
        'specialMention',
        '3.2',
        {
          zh: '本金、利息或费用逾期，至少归为关注',
          en: 'principal, interest or fees overdue: at least special mention',
        },
        true,
        'dpd-floors',
      ),
    );
  }

  // §3.4 Restructured assets: in observation until both the months and the on-time periods are reached.
  const periodDone =
    (facts.observationMonths ?? 0) >= c.observationMinMonths &&
    (facts.consecutiveOnTimePayments ?? 0) >= c.observationMinPeriods &&
    !restartObservation;
  const inObservation = Boolean(facts.restructured) && !periodDone;
  if (inObservation) {
    hits.push(
      ruleHit(
        'restructured',
        'specialMention',
        '3.4',
        {
          zh: '重组资产在观察期内，至少归为关注',
          en: 'restructured asset in its observation period: at least special mention',
        },
        false,
        'restructured',
      ),
    );
    const before = facts.categoryBeforeRestructuring;
    if (before && isNonPerforming(before)) {
      hits.push(
        ruleHit(
          'restructured-no-upgrade',
          before,
          '3.4',
          {
            zh: `重组前已为${CATEGORY_NAMES[before].zh}类，观察期内不上调`,
            en: `already ${CATEGORY_NAMES[before].en} before the restructuring: no upgrade during the observation period`,
          },
          false,
          'restructured',
        ),
      );
    }
  }
  return { hits, inObservation };
}

const PERFORMING: RuleHit = {
  id: 'performing',
  category: 'normal',
  clause: 'dpd-floors',
  text: cite('3.1', { zh: '未逾期，且无其他下调情形，归为正常', en: 'not past due and no other trigger: normal' }),
};

/**
 * The deciding rule: the strictest hit (on a tie the first checked stays), or "normal" when none applies.
 *
 * @example strictest([]).category // 'normal': no rule applies
 */
export function strictest(hits: readonly RuleHit[]): RuleHit {
  let decided: RuleHit | undefined;
  for (const h of hits) if (!decided || categoryRank(h.category) > categoryRank(decided.category)) decided = h;
  return decided ?? PERFORMING;
}

/**
 * The category and its deciding rule from the days past due and the restructuring alone.
 *
 * @example categoryOf({ dpd: 91 }, policy.provisioning).category // 'substandard'
 */
export function categoryOf(facts: CategoryFacts, policy: Provisioning): RuleHit {
  checkLoanFacts(facts);
  return strictest(categoryRules(facts, policy).hits);
}
