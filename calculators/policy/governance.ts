import { z } from 'zod';
import { fraction, ratio, amount, wholeMonths, wholeDays } from './primitives';

/** `content/policy/governance.yaml`: the risk-appetite statement and the governance rhythm of 风险管理总则. */
export const GovernanceSchema = z
  .object({
    policyReviewMonths: wholeMonths.max(36),
    reviewReminderDays: wholeDays.max(365),
    riskCommitteeMeetingsPerYear: z.number().int().min(1).max(52),
    incidentEscalationHours: z.number().int().min(1).max(72),
    riskAppetite: z
      .object({
        maxNplRatio: fraction,
        maxM1PlusRatio: fraction,
        minProvisionCoverageRatio: ratio,
        minLoanProvisionRatio: fraction,
        maxSingleBorrowerAmount: amount.positive(),
        maxSingleBorrowerShareOfNetAssetsRatio: fraction,
        maxAllInAprRate: fraction,
        maxNonStandardFundingMultiple: z.number().positive().max(10),
        maxStandardFundingMultiple: z.number().positive().max(10),
      })
      .strict()
      .refine((a) => a.maxM1PlusRatio >= a.maxNplRatio, {
        message: 'must be at least maxNplRatio (every NPL loan is also 1+ days past due)',
        path: ['maxM1PlusRatio'],
      }),
  })
  .strict();
export type Governance = z.infer<typeof GovernanceSchema>;
