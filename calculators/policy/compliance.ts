import { z } from 'zod';
import { fraction, wholeDays, wholeMonths } from './primitives';

/**
 * `content/policy/compliance.yaml`: the institution's own standards in 合规与消费者保护政策 (RP-07):
 * marketing review, personal-information service levels and retention, complaint handling,
 * training hours and internal-control rhythm. Regulatory figures are cited in the policy text;
 * collection conduct lives in collections.yaml, the all-in APR cap in governance.yaml.
 */
const hours = z.number().int().min(1);
const count = z.number().int().min(1);

export const ComplianceSchema = z
  .object({
    disclosure: z
      .object({
        marketingReviewDays: wholeDays.min(1).max(30),
        /** Share of live marketing items re-checked each month. */
        liveCheckSampleShare: fraction.refine((n) => n > 0, {
          message: 'must be above 0: some live marketing is re-checked every month',
        }),
        partnerAdCheckMonths: wholeMonths.max(12),
        newProductReviewDays: wholeDays.min(1).max(60),
      })
      .strict(),
    personalInformation: z
      .object({
        requestResponseDays: wholeDays.min(1).max(30),
        humanReviewResponseDays: wholeDays.min(1).max(30),
        declinedRetentionMonths: wholeMonths.max(60),
        customerRetentionMonths: wholeMonths.max(360),
        incidentReportHours: hours.max(24, {
          message: 'must be at most 24 hours: a suspected incident is reported the same day',
        }),
        impactAssessmentRetentionMonths: wholeMonths
          .min(36, { message: 'must be at least 36 months (the company keeps assessments three years or more)' })
          .max(360),
        auditMonths: wholeMonths.max(24),
        partnerAssessmentMonths: wholeMonths.max(24),
      })
      .strict()
      .refine((p) => p.declinedRetentionMonths <= p.customerRetentionMonths, {
        message:
          'must not exceed customerRetentionMonths: data of declined applicants is kept no longer than customers\u2019',
        path: ['declinedRetentionMonths'],
      })
      .refine((p) => p.humanReviewResponseDays <= p.requestResponseDays, {
        message:
          'must not exceed requestResponseDays: a re-examination of a decision is not slower than an ordinary request',
        path: ['humanReviewResponseDays'],
      }),
    complaints: z
      .object({
        acknowledgeHours: hours.max(72),
        extensionDays: wholeDays.max(30),
        recordRetentionMonths: wholeMonths.min(24).max(360),
        /** Monthly complaints per 10,000 loans outstanding that trigger a root-cause review. */
        alertPer10kLoans: z.number().positive().max(1000),
        repeatIssueThreshold: count.max(50),
      })
      .strict(),
    training: z
      .object({
        newHireHours: hours.max(200),
        annualHours: hours.max(200),
        frontLineAnnualHours: hours.max(200),
        /** Score out of 100. */
        passScore: z.number().int().min(60).max(100),
      })
      .strict()
      .refine((t) => t.frontLineAnnualHours >= t.annualHours, {
        message: 'must be at least annualHours: front-line staff train at least as much as everyone else',
        path: ['frontLineAnnualHours'],
      }),
    internalControl: z
      .object({
        complianceInspectionMonths: wholeMonths.max(12),
        rotationMonths: wholeMonths.max(120),
        mandatoryLeaveDays: wholeDays.min(1).max(30),
        remediationDays: wholeDays.min(1).max(365),
      })
      .strict(),
  })
  .strict();
export type Compliance = z.infer<typeof ComplianceSchema>;
