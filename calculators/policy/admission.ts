import { z } from 'zod';
import { amount, fraction, wholeDays, wholeMonths } from './primitives';
import { inOrder, uniqueBy } from './list-checks';
import type { Governance } from './governance';

/**
 * `content/policy/admission.yaml`: the parameters of 客户准入与授信政策 (RP-02).
 * The legal single-borrower caps are governance.riskAppetite.* and the per-loan
 * amount and term limits are in pricing.yaml: neither is repeated here.
 * `admissionPolicyIssues` checks this file against governance.
 */

/** 《小额贷款公司监督管理暂行办法》（金规〔2024〕26号）: an online micro-lender's business loans to one borrower ≤ ¥10,000,000. */
export const LEGAL_BUSINESS_BORROWER_CAP = 10_000_000;

const age = z.number().int().min(18, 'a borrower must be an adult (18 or older)').max(100);
const count = z.number().int().nonnegative();

const GradeCapSchema = z
  .object({
    grade: z.string().regex(/^[A-Z][0-9]?$/, 'a grade id is a capital letter, optionally with a digit (A, B2)'),
    maxFacilityAmount: amount.positive(),
  })
  .strict();

export const AdmissionSchema = z
  .object({
    applicant: z
      .object({
        minAge: age,
        maxAgeAtMaturity: age,
        minMonthlyIncomeAmount: amount.positive(),
        minEmploymentMonths: wholeMonths.max(60),
        minBusinessOperatingMonths: wholeMonths.max(120),
      })
      .strict()
      .refine((a) => a.maxAgeAtMaturity > a.minAge, { message: 'must be above minAge', path: ['maxAgeAtMaturity'] }),
    creditReport: z
      .object({
        maxReportAgeDays: wholeDays.min(1).max(90),
        lookbackMonths: wholeMonths.max(60),
        declineOverdueDays: wholeDays.min(1),
        inquiryWindowMonths: wholeMonths.max(24),
        maxLoanInquiries: count,
        maxOtherLenders: count,
      })
      .strict()
      .refine((c) => c.inquiryWindowMonths <= c.lookbackMonths, {
        message: 'the inquiry window must lie within lookbackMonths',
        path: ['inquiryWindowMonths'],
      }),
    score: z
      .object({
        scaleLow: z.number().int(),
        scaleHigh: z.number().int(),
        manualReviewMinScore: z.number().int(),
        autoApproveMinScore: z.number().int(),
      })
      .strict()
      .refine((s) => s.scaleLow < s.manualReviewMinScore, {
        message: 'must be above scaleLow',
        path: ['manualReviewMinScore'],
      })
      .refine((s) => s.manualReviewMinScore < s.autoApproveMinScore, {
        message: 'must be above manualReviewMinScore (the manual-review band would be empty)',
        path: ['autoApproveMinScore'],
      })
      .refine((s) => s.autoApproveMinScore <= s.scaleHigh, {
        message: 'must be within the scale (≤ scaleHigh)',
        path: ['autoApproveMinScore'],
      }),
    affordability: z
      .object({
        manualReviewDebtToIncomeRatio: fraction,
        maxDebtToIncomeRatio: fraction,
        maxFacilityToAnnualIncomeRatio: z.number().gt(0).max(2),
        dataOnlyIncomeMaxFacilityAmount: amount,
        payrollHistoryMonths: wholeMonths.max(24),
        businessStatementMonths: wholeMonths.max(36),
        incomeDeviationShare: fraction.refine((x) => x > 0, 'must be above 0'),
      })
      .strict()
      .refine((a) => a.manualReviewDebtToIncomeRatio < a.maxDebtToIncomeRatio, {
        message: 'must be below maxDebtToIncomeRatio',
        path: ['manualReviewDebtToIncomeRatio'],
      }),
    verification: z
      .object({
        faceMatchMinScore: z.number().min(50, 'a face-match threshold below 50 of 100 accepts strangers').max(100),
        maxLivenessAttempts: z.number().int().min(1).max(10),
        deviceWindowDays: wholeDays.min(1).max(365),
        maxApplicantsPerDevice: z.number().int().min(1),
        videoInterviewAboveAmount: amount.positive(),
        fieldVisitAboveAmount: amount.positive(),
        manualReviewDays: wholeDays.min(1).max(10),
        recordRetentionMonths: wholeMonths
          .min(12, 'identity records are kept at least a year after settlement')
          .max(360),
      })
      .strict(),
    facility: z
      .object({
        newCustomerMaxFacilityAmount: amount.positive(),
        gradeCaps: z
          .array(GradeCapSchema)
          .min(1)
          .superRefine((caps, ctx) => {
            uniqueBy(caps, 'grade', ctx, (id) => `grade ${id} is listed twice`);
            inOrder(
              caps,
              'maxFacilityAmount',
              ctx,
              (c, prev) => c.maxFacilityAmount <= prev.maxFacilityAmount,
              (c, prev) =>
                `grades are listed best first: the cap of ${c.grade} (${c.maxFacilityAmount}) may not exceed that of ${prev.grade} (${prev.maxFacilityAmount})`,
            );
          }),
        businessMaxFacilityAmount: amount
          .positive()
          .max(
            LEGAL_BUSINESS_BORROWER_CAP,
            'may not exceed the ¥10,000,000 legal cap on business loans to one borrower (金规〔2024〕26号)',
          ),
        validityMonths: wholeMonths.max(36),
        increaseMinTenureMonths: wholeMonths.max(36),
        maxIncreaseRatio: fraction,
        reapplyAfterDeclineDays: wholeDays.max(365),
      })
      .strict()
      .refine((f) => f.increaseMinTenureMonths <= f.validityMonths, {
        message: 'must not exceed validityMonths (no facility could ever be increased)',
        path: ['increaseMinTenureMonths'],
      }),
    usage: z.object({ purposeEvidenceAboveAmount: amount.positive() }).strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const best = p.facility.gradeCaps[0]?.maxFacilityAmount ?? 0;
    if (p.facility.newCustomerMaxFacilityAmount > best) {
      ctx.addIssue({
        code: 'custom',
        message: `the first facility (${p.facility.newCustomerMaxFacilityAmount}) may not exceed the best grade's cap (${best})`,
        path: ['facility', 'newCustomerMaxFacilityAmount'],
      });
    }
    if (p.affordability.dataOnlyIncomeMaxFacilityAmount > best) {
      ctx.addIssue({
        code: 'custom',
        message: `must not exceed the best grade's cap (${best}): above it, income evidence would never be asked for`,
        path: ['affordability', 'dataOnlyIncomeMaxFacilityAmount'],
      });
    }
    if (p.verification.videoInterviewAboveAmount >= best) {
      ctx.addIssue({
        code: 'custom',
        message: `must be below the best grade's cap (${best}), or no consumer facility would ever need a video interview`,
        path: ['verification', 'videoInterviewAboveAmount'],
      });
    }
    if (p.verification.fieldVisitAboveAmount >= p.facility.businessMaxFacilityAmount) {
      ctx.addIssue({
        code: 'custom',
        message: `must be below facility.businessMaxFacilityAmount (${p.facility.businessMaxFacilityAmount}), or no business facility would ever need a visit`,
        path: ['verification', 'fieldVisitAboveAmount'],
      });
    }
  });

export type Admission = z.infer<typeof AdmissionSchema>;

/**
 * Checks that need governance.yaml too; an empty list means consistent.
 *
 * @example admissionPolicyIssues({ admission, governance }) // [] for the files in content/policy; one message per inconsistency otherwise
 */
export function admissionPolicyIssues({
  admission,
  governance,
}: {
  admission: Admission;
  governance: Governance;
}): string[] {
  const issues: string[] = [];
  const cap = governance.riskAppetite.maxSingleBorrowerAmount;
  admission.facility.gradeCaps.forEach((c, i) => {
    if (c.maxFacilityAmount > cap) {
      issues.push(
        `admission.facility.gradeCaps[${i}].maxFacilityAmount (${c.maxFacilityAmount}) exceeds governance.riskAppetite.maxSingleBorrowerAmount (${cap})`,
      );
    }
  });
  return issues;
}
