import { z } from 'zod';
import { amount, bilingual, fraction, wholeDays, wholeMonths } from './primitives';
import type { Governance } from './governance';

/**
 * `content/policy/monitoring.yaml`: monitoring frequency, early-warning thresholds,
 * model oversight and incident response of 风险预警与贷后管理 (RP-05).
 * The escalation deadline is governance.incidentEscalationHours (not repeated).
 */

const hours = z.number().int().min(1).max(720);
const share = fraction.refine((x) => x > 0, 'must be above 0');

const LevelSchema = z
  .object({
    id: z.enum(['yellow', 'orange', 'red']),
    name: bilingual,
    respondHours: hours,
  })
  .strict();

export const MonitoringSchema = z
  .object({
    frequency: z
      .object({
        behaviourScoreRefreshDays: wholeDays.min(1).max(31),
        bureauRefreshMonths: wholeMonths.max(12),
        watchBureauRefreshMonths: wholeMonths.max(12),
        businessReviewMonths: wholeMonths.max(12),
        largeExposureReviewMonths: wholeMonths.max(12),
        usageCheckDays: wholeDays.min(1).max(90),
        usageCheckSampleShare: share,
      })
      .strict()
      .refine((f) => f.watchBureauRefreshMonths <= f.bureauRefreshMonths, {
        message: 'a watched borrower is checked at least as often as others: must not exceed bureauRefreshMonths',
        path: ['watchBureauRefreshMonths'],
      })
      .refine((f) => f.largeExposureReviewMonths <= f.businessReviewMonths, {
        message:
          'large exposures are reviewed at least as often as other business borrowers: must not exceed businessReviewMonths',
        path: ['largeExposureReviewMonths'],
      }),
    signals: z
      .object({
        scoreDropPoints: z.number().int().positive(),
        scoreDropWindowDays: wholeDays.min(1).max(365),
        failedDebitCount: z.number().int().min(1),
        newLenders: z.number().int().min(1),
        newLenderWindowMonths: wholeMonths.max(24),
        externalOverdueDays: wholeDays.min(1),
        incomeDropShare: share,
        incomeBaselineMonths: wholeMonths.max(24),
        regionM1RiseShare: share,
        trendBaselineMonths: wholeMonths.max(24),
        vintageM1Multiple: z.number().gt(1, 'a vintage alert needs a multiple above 1'),
      })
      .strict(),
    levels: z
      .array(LevelSchema)
      .length(3, 'three alert levels: yellow, orange, red')
      .superRefine((list, ctx) => {
        const order = ['yellow', 'orange', 'red'];
        list.forEach((l, i) => {
          if (l.id !== order[i])
            ctx.addIssue({ code: 'custom', message: `level ${i + 1} must be ${order[i]}`, path: [i, 'id'] });
          const prev = list[i - 1];
          if (prev && !(l.respondHours < prev.respondHours)) {
            ctx.addIssue({
              code: 'custom',
              message: `a more severe level needs a shorter deadline: ${l.id} (${l.respondHours} h) must be below ${prev.id} (${prev.respondHours} h)`,
              path: [i, 'respondHours'],
            });
          }
        });
      }),
    models: z
      .object({
        autoCloseSampleShare: share,
        restrictionReviewHours: hours,
        psiWarning: z.number().positive().max(1),
        psiAction: z.number().positive().max(2),
        minKs: z.number().gt(0).lt(1),
        performanceReportMonths: wholeMonths.max(6),
      })
      .strict()
      .refine((m) => m.psiAction > m.psiWarning, { message: 'must be above psiWarning', path: ['psiAction'] }),
    incident: z
      .object({
        teamConveneHours: hours,
        massEventBorrowers: z.number().int().min(2),
        massEventWindowDays: wholeDays.min(1).max(90),
        majorEventBalanceAmount: amount.positive(),
        planDays: wholeDays.min(1).max(30),
        postReviewDays: wholeDays.min(1).max(180),
      })
      .strict(),
  })
  .strict();

export type Monitoring = z.infer<typeof MonitoringSchema>;

/**
 * Checks that need governance.yaml too; an empty list means consistent.
 *
 * @example monitoringPolicyIssues({ monitoring, governance }) // [] for the files in content/policy; one message per inconsistency otherwise
 */
export function monitoringPolicyIssues({
  monitoring,
  governance,
}: {
  monitoring: Monitoring;
  governance: Governance;
}): string[] {
  const issues: string[] = [];
  const escalate = governance.incidentEscalationHours;
  if (monitoring.incident.teamConveneHours > escalate) {
    issues.push(
      `monitoring.incident.teamConveneHours (${monitoring.incident.teamConveneHours}) exceeds governance.incidentEscalationHours (${escalate}): the team must have met before the event is escalated`,
    );
  }
  const red = monitoring.levels[2];
  if (red && red.respondHours > escalate) {
    issues.push(
      `the red-level response deadline (${red.respondHours} h) exceeds governance.incidentEscalationHours (${escalate})`,
    );
  }
  return issues;
}
