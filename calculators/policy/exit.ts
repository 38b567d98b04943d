import { z } from 'zod';
import { amount, fraction, ratio, wholeDays, wholeMonths } from './primitives';

/**
 * `content/policy/exit.yaml`: 退出机制 (RP-08): extension (展期), NPL transfer,
 * securitisation (ABS) and credit-guarantee insurance (信用保证保险).
 * Term bounds are pricing.limits, the 5-year total term collections.plans.consumerLoanMaxTermMonths,
 * the transfer procedure's values collections.npTransfer and the standardised-funding limit
 * governance.riskAppetite.maxStandardFundingMultiple; none is repeated here.
 */
export const ExitSchema = z
  .object({
    extension: z
      .object({
        maxExtensions: z.number().int().min(0).max(3),
        /** Cumulative extension; the text also caps it at the original term. */
        maxExtensionMonths: wholeMonths.max(60, {
          message: 'must be at most 60 months (consumer loans ≤ 5 years in total)',
        }),
        applicationLeadDays: wholeDays.min(1).max(60),
        decisionDays: wholeDays.min(1).max(30),
        minPaidInstalments: z.number().int().min(1).max(60),
        deptHeadMaxAmount: amount.positive(),
        maxExtendedBalanceRatio: fraction,
      })
      .strict()
      .refine((e) => e.decisionDays < e.applicationLeadDays, {
        message: 'must be shorter than applicationLeadDays: the borrower hears the decision before the due date',
        path: ['decisionDays'],
      }),
    nplTransfer: z
      .object({
        eligibleMinDpdDays: wholeDays.min(91, {
          message: 'must be over 90 days: only non-performing loans are transferred',
        }),
        reservePriceToValuationRatio: fraction.refine((n) => n > 0, { message: 'must be above 0' }),
        croMaxPrincipalAmount: amount.positive(),
      })
      .strict(),
    securitisation: z
      .object({
        minRetentionShare: fraction,
        minSeasoningMonths: wholeMonths.max(24),
        maxBorrowerShareOfPoolRatio: fraction.refine((n) => n > 0 && n <= 0.01, {
          message: 'must be above 0 and at most 1%: a pool of small loans is granular',
        }),
        leverageWarningRatio: fraction.refine((n) => n > 0 && n < 1, {
          message: 'must be between 0 and 1 (exclusive): the warning comes before the limit',
        }),
      })
      .strict(),
    creditInsurance: z
      .object({
        insurerMinSolvencyRatio: ratio.min(1, { message: 'must be at least 1 (100%)' }),
        maxSingleInsurerShare: fraction.refine((n) => n > 0, { message: 'must be above 0' }),
        claimAfterDpdDays: wholeDays.min(1).max(360),
        claimSettlementDays: wholeDays.min(1).max(90),
        insurerReviewMonths: wholeMonths.max(12),
      })
      .strict(),
  })
  .strict()
  .superRefine((x, ctx) => {
    if (x.creditInsurance.claimAfterDpdDays >= x.nplTransfer.eligibleMinDpdDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['creditInsurance', 'claimAfterDpdDays'],
        message: `must be less than nplTransfer.eligibleMinDpdDays (${x.nplTransfer.eligibleMinDpdDays}): an insured loan is claimed before it could be sold`,
      });
    }
  });
export type Exit = z.infer<typeof ExitSchema>;
