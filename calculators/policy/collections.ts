import { z } from 'zod';
import { contiguousRanges, uniqueBy } from './list-checks';
import { amount, bilingual, fraction, isoDate, wholeDays, wholeMonths } from './primitives';

/**
 * `content/policy/collections.yaml`: parameters of the collections procedures
 * OP-01 … OP-05 (逾期催收, 个性化还款方案, 法律诉讼, 核销, 不良资产转让) and of the
 * repayment-options calculator (`calculators/collections`).
 *
 * Floors and ceilings written into the schema are the external rules the
 * institution cannot loosen: quiet hours 22:00–08:00, ≤ 3 effective calls a day
 * (GB/T 45251—2025), ≤ 6 attempts a day on one unanswered number (中国银行业协会
 * 2026 guideline), two collectors on a field visit (guideline Art. 22), agency
 * evaluation at least yearly (GB/T 45251—2025) and the 5-year consumer-loan
 * term (《个人贷款管理办法》, 2024). The restructured-asset observation period is
 * provisioning.classification's (RP-06), not repeated here.
 */

/** "HH:MM" on a 24-hour clock; kept as text so <Param> prints it as written. */
const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time written HH:MM on a 24-hour clock, e.g. "22:00"');
const minutesOf = (t: string) => Number.parseInt(t.slice(0, 2), 10) * 60 + Number.parseInt(t.slice(3, 5), 10);

/** A whole number of days past due; negative only for the pre-due reminder stage (days before the due date). */
const dpdDay = z.number().int().min(-30).max(3650);

/**
 * Text of the collector's task view. It may carry, in both languages alike: {collections.legal.legalMinDpdDays}
 * (a parameter, printed as <Param> prints it), {reg:civil-code|第1064条|short} (a citation, as <Reg>),
 * [a link](../litigation/) (relative to procedures/collections/) and **bold**. Figures that are parameters
 * are never typed (tests/unit/collector-task-view.test.ts).
 */
const taskText = bilingual;

/** 可做 / 不可做 / 须记录 / 升级条件: one stage's checklist, or the items every overdue stage shares. */
const checklist = z
  .object({
    may: z.array(taskText),
    mayNot: z.array(taskText),
    record: z.array(taskText),
    escalate: z.array(taskText),
  })
  .strict();

/** An approved script snippet (话术): when to use it and what to say; ×× marks what the collector fills in. */
const script = z.object({ situation: bilingual, text: bilingual }).strict();

/** One row of OP-01's "联系对象" matrix: who, whether they may be contacted, and on what terms. */
const contactParty = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z]*$/, 'a camelCase id such as listedContact'),
    who: taskText,
    /** allowed: yes; conditional: only on the terms given; never: prohibited. */
    rule: z.enum(['allowed', 'conditional', 'never']),
    verdict: taskText,
    limits: taskText,
  })
  .strict();

const stage = z
  .object({
    code: z.string().regex(/^[A-Z0-9+]{1,6}$/, 'a short code such as M1 or M3+'),
    name: bilingual,
    fromDays: dpdDay,
    toDays: dpdDay.optional(),
    actions: bilingual,
    channels: bilingual,
    owner: bilingual,
    /** Ids of contactParties that may be approached in this stage; absent: the whole matrix applies. */
    contactParties: z.array(z.string()).min(1).optional(),
    /** Said under a stage's shortened matrix (why the others are not contacted). */
    contactNote: bilingual.optional(),
    checklist,
    scripts: z.array(script).min(1),
  })
  .strict()
  .refine((s) => s.toDays === undefined || s.toDays >= s.fromDays, {
    message: 'must not be before fromDays',
    path: ['toDays'],
  });

const approvalLevel = z
  .object({
    approver: bilingual,
    /** Largest share of the accrued penalty interest this approver may waive (fraction: 0.3 = 30%). */
    maxWaiverRate: fraction,
    /** Largest total concession (penalty waived + interest forgone), 元. */
    maxConcessionAmount: amount,
    /** Longest restructured schedule this approver may grant. */
    maxPlanMonths: wholeMonths.max(60),
  })
  .strict();

const writeOffLevel = z
  .object({
    /** Upper bound of the borrower's written-off balance for this approver, 元; the last level has none. */
    upToAmount: amount.positive().optional(),
    approver: bilingual,
  })
  .strict();

export const CollectionsSchema = z
  .object({
    /** The pre-due reminder starts this many days before the due date (stage PRE starts at −this). */
    reminderLeadDays: z.number().int().min(1).max(30),
    stages: z.array(stage).min(2),
    /** The checklist items of every stage from the first day past due, shown after each stage's own. */
    overdueChecklist: checklist,
    /** OP-01 "联系对象": the procedure's table and the task view's matrix. */
    contactParties: z.array(contactParty).min(1),
    contact: z
      .object({
        quietHoursStart: clockTime.refine((t) => minutesOf(t) >= 12 * 60 && minutesOf(t) <= 22 * 60, {
          message:
            'must be between 12:00 and 22:00: no collection contact 22:00–08:00 (GB/T 45251—2025; 中国银行业协会 2026)',
        }),
        quietHoursEnd: clockTime.refine((t) => minutesOf(t) >= 8 * 60 && minutesOf(t) < 12 * 60, {
          message:
            'must be between 08:00 and 11:59: no collection contact 22:00–08:00 (GB/T 45251—2025; 中国银行业协会 2026)',
        }),
        maxEffectiveCallsPerDay: z
          .number()
          .int()
          .min(1)
          .max(3, { message: 'must be at most 3 effective calls per debtor per day (GB/T 45251—2025)' }),
        maxAttemptsPerNumberPerDay: z.number().int().min(1).max(6, {
          message: 'must be at most 6 attempts a day on one unanswered number (中国银行业协会 2026 guideline)',
        }),
        lostContactFailedCalls: z.number().int().min(1).max(10),
        lostContactDays: wholeDays.min(1).max(30),
        fieldVisitMinCollectors: z
          .number()
          .int()
          .min(2, { message: 'a field visit needs at least 2 collectors (中国银行业协会 2026 guideline Art. 22)' })
          .max(4),
        recordRetentionMonths: wholeMonths
          .min(24, { message: 'collection records are kept at least 24 months' })
          .max(360),
        agencyReviewMonths: wholeMonths.max(12, {
          message: 'outside agencies are evaluated at least every 12 months (GB/T 45251—2025)',
        }),
        complaintResponseDays: wholeDays.min(1).max(30),
      })
      .strict(),
    penalty: z
      .object({
        /** Overdue (penalty) rate = contract rate × (1 + this), capped at governance.riskAppetite.maxAllInAprRate. */
        penaltyUpliftRate: fraction,
      })
      .strict(),
    /** Ordered from the lowest authority to the highest; each level at least as wide as the one before. */
    approvalMatrix: z.array(approvalLevel).min(1),
    plans: z
      .object({
        maxPlanMonths: wholeMonths.max(60, { message: 'must be at most 60 months (5-year consumer-loan maximum)' }),
        consumerLoanMaxTermMonths: wholeMonths.max(60, {
          message: 'must be at most 60 months (《个人贷款管理办法》 2024: consumer loans ≤ 5 years)',
        }),
        catchUpMaxMonths: wholeMonths.max(60),
        /** Annual discount rate for comparing options (the funding cost). */
        discountRate: fraction,
        /** A payment is affordable when payment ≤ monthly capacity × this. */
        affordabilityMaxRatio: z.number().gt(0).max(1),
        /** Share of accrued penalty interest waived when the borrower settles in full now. */
        settlementWaiverRate: fraction,
        /** Annual rate charged during 个性化分期 (0 = interest frozen); never above the contract rate. */
        personalisedPlanRate: fraction,
        /** Share of accrued penalty interest waived in 个性化分期. */
        personalisedWaiverRate: fraction,
        hardshipReviewDays: wholeDays.min(1).max(60),
        /** How far back the hardship evidence (bank statements, payslips) must reach. */
        evidenceLookbackMonths: wholeMonths.max(24),
        /** Working days Post-Loan Management has to verify the hardship evidence and set the capacity. */
        verificationWorkingDays: wholeDays.min(1).max(30),
        /** A missed payment under a plan: the borrower is contacted within this many days. */
        missedPaymentContactDays: wholeDays.min(1).max(30),
      })
      .strict(),
    legal: z
      .object({
        legalMinDpdDays: wholeDays.max(3650),
        legalMinClaimAmount: amount,
        /** Expected share of the claim recovered through the courts. */
        legalRecoveryRate: fraction,
        legalRecoveryMonths: wholeMonths.max(120),
        /** Costs: a fixed amount plus a share of the claim, paid when the case is filed. */
        legalCostAmount: amount,
        legalCostRate: fraction,
        approver: bilingual,
      })
      .strict(),
    writeOff: z
      .object({
        writeOffMinDpdDays: wholeDays.min(91, {
          message: 'must be over 90 days: a written-off loan is non-performing first',
        }),
        minRecoveryEffortDays: wholeDays.min(1),
        /** The institution's own small-balance write-off ceiling per borrower, 元 (not a statutory threshold). */
        smallBalanceMaxAmount: amount.positive(),
        recoveryReviewMonths: wholeMonths.max(12),
        approvalChain: z.array(writeOffLevel).min(1),
        /** 国家税务总局公告2015年第25号 tiers for 涉农 and 中小企业 loans. */
        taxMinOverdueMonths: wholeMonths,
        taxTier1MaxAmount: amount.positive(),
        taxTier2MaxAmount: amount.positive(),
      })
      .strict(),
    npTransfer: z
      .object({
        pilotEndDate: isoDate,
        minBorrowersPerBatch: z.number().int().min(3, { message: 'a batch has at least 3 borrowers' }),
        valuationValidityDays: wholeDays.min(1).max(365),
        minQualifiedBidders: z.number().int().min(1).max(10),
        borrowerNoticeDays: wholeDays.min(1).max(60),
        selfInspectionMonths: wholeMonths.max(12),
      })
      .strict(),
  })
  .strict()
  .superRefine((c, ctx) => {
    // Stages: contiguous by DPD, the first is the pre-due reminder, only the last is open-ended.
    contiguousRanges(
      c.stages.map((s) => ({ ...s, id: s.code })),
      ctx,
      'stage',
      ['stages'],
      { day: -c.reminderLeadDays, why: 'the first stage is the pre-due reminder (−reminderLeadDays)' },
    );
    // Contact matrix: unique ids; stages name only parties the matrix has; someone is always off limits.
    uniqueBy(c.contactParties, 'id', ctx, (id) => `"${id}" is listed twice`, ['contactParties']);
    const partyIds = c.contactParties.map((p) => p.id);
    if (!c.contactParties.some((p) => p.rule === 'never')) {
      ctx.addIssue({
        code: 'custom',
        path: ['contactParties'],
        message:
          'must name the unrelated third parties who are never contacted (GB/T 45251—2025: collection is addressed to the debtor only)',
      });
    }
    c.stages.forEach((s, i) =>
      s.contactParties?.forEach((id, j) => {
        if (!partyIds.includes(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'contactParties', j],
            message: `unknown party "${id}" (known: ${partyIds.join(', ')})`,
          });
        } else if (c.contactParties.find((p) => p.id === id)?.rule === 'never') {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'contactParties', j],
            message: `"${id}" may never be contacted`,
          });
        }
      }),
    );
    // Approval matrix: each level at least as wide as the one below it.
    c.approvalMatrix.forEach((l, i) => {
      const prev = c.approvalMatrix[i - 1];
      if (!prev) return;
      for (const k of ['maxWaiverRate', 'maxConcessionAmount', 'maxPlanMonths'] as const) {
        if (l[k] < prev[k]) {
          ctx.addIssue({
            code: 'custom',
            path: ['approvalMatrix', i, k],
            message: `must be at least the level below it (${prev[k]}): authority widens up the matrix`,
          });
        }
      }
    });
    const top = c.approvalMatrix[c.approvalMatrix.length - 1];
    if (top) {
      for (const k of ['settlementWaiverRate', 'personalisedWaiverRate'] as const) {
        if (c.plans[k] > top.maxWaiverRate) {
          ctx.addIssue({
            code: 'custom',
            path: ['plans', k],
            message: `must not exceed the highest approval level's maxWaiverRate (${top.maxWaiverRate})`,
          });
        }
      }
      if (top.maxPlanMonths < c.plans.maxPlanMonths) {
        ctx.addIssue({
          code: 'custom',
          path: ['approvalMatrix', c.approvalMatrix.length - 1, 'maxPlanMonths'],
          message: `must be at least plans.maxPlanMonths (${c.plans.maxPlanMonths}): someone must be able to approve the longest plan`,
        });
      }
    }
    if (c.plans.catchUpMaxMonths > c.plans.maxPlanMonths) {
      ctx.addIssue({
        code: 'custom',
        path: ['plans', 'catchUpMaxMonths'],
        message: 'must not exceed plans.maxPlanMonths',
      });
    }
    // Write-off chain: rising limits, only the last level open-ended.
    c.writeOff.approvalChain.forEach((l, i) => {
      const last = i === c.writeOff.approvalChain.length - 1;
      if (!last && l.upToAmount === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['writeOff', 'approvalChain', i, 'upToAmount'],
          message: 'only the last level may be unlimited',
        });
      }
      if (last && l.upToAmount !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['writeOff', 'approvalChain', i, 'upToAmount'],
          message: 'the last level must be unlimited (no upToAmount)',
        });
      }
      const prev = c.writeOff.approvalChain[i - 1];
      if (prev?.upToAmount !== undefined && l.upToAmount !== undefined && l.upToAmount <= prev.upToAmount) {
        ctx.addIssue({
          code: 'custom',
          path: ['writeOff', 'approvalChain', i, 'upToAmount'],
          message: `must be above the level below it (${prev.upToAmount})`,
        });
      }
    });
    if (c.writeOff.taxTier2MaxAmount <= c.writeOff.taxTier1MaxAmount) {
      ctx.addIssue({
        code: 'custom',
        path: ['writeOff', 'taxTier2MaxAmount'],
        message: 'must be above taxTier1MaxAmount',
      });
    }
  });
export type Collections = z.infer<typeof CollectionsSchema>;
