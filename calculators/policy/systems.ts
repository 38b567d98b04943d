import { z } from 'zod';
import { fraction, wholeDays, wholeMonths } from './primitives';

/**
 * `content/policy/systems.yaml`: 信息系统与数据 (RP-09): monitoring-platform service levels,
 * security rhythm, model-validation cycles and drift thresholds, data quality.
 * All values are the institution's own; none is a regulatory figure. Alert levels and the PSI/KS
 * thresholds are monitoring.* (RP-05), the pricing model's back-test rhythm pricing.validation (RP-03).
 */
const level = (what: string) =>
  fraction.refine((n) => n >= 0.9 && n < 1, { message: `must be at least 0.9 and below 1 (${what})` });

export const SystemsSchema = z
  .object({
    platform: z
      .object({
        dataLatencyMinutes: z.number().int().min(1).max(60),
        coreAvailabilityRatio: level('an availability target, e.g. 0.999 = 99.9%'),
        recoveryTimeHours: z.number().int().min(1).max(72),
        recoveryPointMinutes: z.number().int().min(0).max(1440),
        maxPeakLoadRatio: fraction.refine((n) => n > 0 && n < 1, {
          message: 'must be between 0 and 1 (exclusive): headroom above peak load',
        }),
        drDrillMonths: wholeMonths.max(12),
      })
      .strict()
      .refine((p) => p.recoveryPointMinutes <= p.recoveryTimeHours * 60, {
        message: 'must not exceed recoveryTimeHours: the data-loss window is shorter than the restore time',
        path: ['recoveryPointMinutes'],
      }),
    security: z
      .object({
        accessReviewMonths: wholeMonths.max(12),
        logRetentionMonths: wholeMonths.min(6, { message: 'must be at least 6 months' }).max(120),
        penTestMonths: wholeMonths.max(24),
        criticalPatchDays: wholeDays.min(1).max(30),
        highPatchDays: wholeDays.min(1).max(90),
        backupRetentionDays: wholeDays.min(7).max(3650),
      })
      .strict()
      .refine((s) => s.highPatchDays >= s.criticalPatchDays, {
        message: 'must be at least criticalPatchDays: critical vulnerabilities are fixed first',
        path: ['highPatchDays'],
      }),
    models: z
      .object({
        highTierValidationMonths: wholeMonths.max(12, {
          message: 'must be at most 12 months: high-tier models are validated at least yearly',
        }),
        mediumTierValidationMonths: wholeMonths.max(36),
        lowTierValidationMonths: wholeMonths.max(60),
        parallelRunDays: wholeDays.min(1).max(180),
        ksDropTriggerRatio: fraction.refine((n) => n > 0, { message: 'must be above 0' }),
      })
      .strict()
      .superRefine((m, ctx) => {
        if (m.mediumTierValidationMonths < m.highTierValidationMonths) {
          ctx.addIssue({
            code: 'custom',
            path: ['mediumTierValidationMonths'],
            message: 'must be at least highTierValidationMonths: riskier models are validated more often',
          });
        }
        if (m.lowTierValidationMonths < m.mediumTierValidationMonths) {
          ctx.addIssue({
            code: 'custom',
            path: ['lowTierValidationMonths'],
            message: 'must be at least mediumTierValidationMonths: riskier models are validated more often',
          });
        }
      }),
    data: z
      .object({
        maxCriticalDataErrorRatio: fraction.refine((n) => n < 0.05, { message: 'must be below 5%' }),
        issueFixDays: wholeDays.min(1).max(90),
      })
      .strict(),
  })
  .strict();
export type Systems = z.infer<typeof SystemsSchema>;
