import { z } from 'zod';
import { D } from '../decimal';
import { nextDay } from '../dated';
import type { LprParams } from './lpr';
import { amount, bilingual, dated, fraction, isoDate, wholeMonths } from './primitives';
import { inOrder, uniqueBy } from './list-checks';

/**
 * `content/policy/pricing.yaml`: the parameter grid of 风险定价政策 (RP-03).
 * All rates are fractions per year of the outstanding balance (0.035 = 3.5%).
 * The hard all-in line is governance.riskAppetite.maxAllInAprRate (one value, one
 * place); the ceiling for a new loan by contract date is `costCap` (read through
 * costCapOn, pricing/cost-cap.ts). `pricingPolicyIssues` checks the files together.
 */

/** 0 < p < 1: a probability of default of exactly 0 or 1 is not a risk grade. */
const pd = z
  .number()
  .gt(0, 'PD must be above 0 (a fraction: 0.035 = 3.5%)')
  .lt(1, 'PD must be below 1 (a fraction: 0.035 = 3.5%)');
/** 0 < LGD ≤ 1: the share of the exposure lost when a borrower defaults. */
const lgd = z
  .number()
  .gt(0, 'LGD must be above 0 (a fraction: 0.85 = 85%)')
  .max(1, 'LGD cannot exceed 1 (100% of the exposure)');

const GradeSchema = z
  .object({
    id: z.string().regex(/^[A-Z][0-9]?$/, 'a grade id is a capital letter, optionally with a digit (A, B2)'),
    pd,
    lgd,
    note: bilingual,
  })
  .strict();

const FundingBandSchema = z
  .object({
    /** The band covers loans with a term up to and including this many months. */
    upToMonths: wholeMonths.max(120),
    /** Funds-transfer price (FTP) of the band, per year. */
    fundingRate: fraction,
  })
  .strict();

export const PricingSchema = z
  .object({
    grades: z
      .array(GradeSchema)
      .min(5, 'at least five risk grades (A–E)')
      .superRefine((grades, ctx) => {
        uniqueBy(grades, 'id', ctx, (id) => `grade ${id} is listed twice`);
        inOrder(
          grades,
          'pd',
          ctx,
          (g, prev) => g.pd > prev.pd,
          (g, prev) =>
            `grades must be listed from best to worst: PD of ${g.id} (${g.pd}) must be above PD of ${prev.id} (${prev.pd})`,
        );
      }),
    capital: z
      .object({
        /** Share of the balance counted as risk-weighted assets. */
        retailRiskWeightRatio: z
          .number()
          .gt(0, 'the risk weight must be above 0')
          .max(2.5, 'a retail risk weight above 250% is not plausible'),
        /** Capital held per unit of risk-weighted assets. */
        targetCapitalRatio: z.number().gt(0, 'the capital ratio must be above 0').max(1),
        /** Hurdle: the minimum RAROC, per year. */
        hurdleRate: fraction,
        /** What the capital earns while held (invested at a near risk-free rate), per year. */
        capitalYieldRate: fraction,
      })
      .strict()
      .refine((c) => c.hurdleRate > c.capitalYieldRate, {
        message: 'the hurdle return must be above the capital yield, or capital would cost nothing',
        path: ['hurdleRate'],
      }),
    costs: z
      .object({
        /** Funding cost by term band, shortest band first. */
        fundingBands: z
          .array(FundingBandSchema)
          .min(1)
          .superRefine((bands, ctx) =>
            inOrder(
              bands,
              'upToMonths',
              ctx,
              (b, prev) => b.upToMonths > prev.upToMonths,
              (b, prev) =>
                `term bands must be sorted, shortest first, without repeats: ${b.upToMonths} months follows ${prev.upToMonths}`,
            ),
          ),
        /** Operating cost (acquisition, servicing, collection), per year of the balance. */
        operatingCostRate: fraction,
        /** Target margin added on top of every cost and the capital charge, per year. */
        targetMarginRate: fraction,
      })
      .strict(),
    /** 《小额贷款公司综合融资成本管理工作指引》 (December 2025): the dates it sets, as reported. */
    costGuideline: z
      .object({
        reportedDate: isoDate,
        /** By this date the share of new loans above 4 × LPR falls markedly. */
        shareReductionDate: isoDate,
        /** By this date every new loan is within 4 × LPR. */
        fullComplianceDate: isoDate,
        /** Loans of this many months or less are held to the 24% line too (no exemption for short loans). */
        shortLoanMaxMonths: wholeMonths,
      })
      .strict()
      .refine((g) => g.reportedDate < g.shareReductionDate && g.shareReductionDate < g.fullComplianceDate, {
        message: 'the guideline dates must run reportedDate < shareReductionDate < fullComplianceDate',
        path: ['fullComplianceDate'],
      }),
    /** Ceiling on a new loan's all-in annual cost by contract date: the lower of maxRate and lprMultiple × LPR. */
    costCap: z
      .object({
        maxRate: dated(
          fraction.refine((r) => r > 0, 'a cap must be above 0'),
          { required: true },
        ),
        lprMultiple: dated(z.number().positive(), { required: false }).optional(),
      })
      .strict(),
    limits: z
      .object({
        minLoanAmount: amount.positive(),
        maxLoanAmount: amount.positive(),
        minTermMonths: wholeMonths,
        maxTermMonths: wholeMonths.max(60, 'personal consumer loans run at most 60 months'),
        /** Longest term for interest-only (bullet) loans. */
        maxBulletTermMonths: wholeMonths,
      })
      .strict()
      .refine((l) => l.minLoanAmount < l.maxLoanAmount, {
        message: 'must be above minLoanAmount',
        path: ['maxLoanAmount'],
      })
      .refine((l) => l.minTermMonths <= l.maxTermMonths, {
        message: 'must be at least minTermMonths',
        path: ['maxTermMonths'],
      })
      .refine((l) => l.maxBulletTermMonths >= l.minTermMonths && l.maxBulletTermMonths <= l.maxTermMonths, {
        message: 'must lie between minTermMonths and maxTermMonths',
        path: ['maxBulletTermMonths'],
      }),
    exceptions: z
      .object({
        /** How far below the required rate the head of risk management may approve. */
        riskHeadMaxDiscountRate: fraction,
        /** How far below the required rate the chief risk officer may approve. */
        croMaxDiscountRate: fraction,
      })
      .strict()
      .refine((e) => e.croMaxDiscountRate >= e.riskHeadMaxDiscountRate, {
        message: 'the CRO’s authority must be at least the head of risk management’s',
        path: ['croMaxDiscountRate'],
      }),
    validation: z
      .object({
        /** Realised default rates are compared with each grade's PD this often. */
        backtestMonths: wholeMonths.max(12),
        /** Full independent validation of the pricing model at least this often. */
        fullValidationMonths: wholeMonths.max(36),
        /** Relative deviation of realised default rate from PD that triggers recalibration. */
        pdDeviationTriggerRatio: fraction,
      })
      .strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const last = p.costs.fundingBands[p.costs.fundingBands.length - 1];
    if (last && last.upToMonths < p.limits.maxTermMonths) {
      ctx.addIssue({
        code: 'custom',
        message: `the longest term band (${last.upToMonths} months) must cover limits.maxTermMonths (${p.limits.maxTermMonths})`,
        path: ['costs', 'fundingBands'],
      });
    }
  });

export type PricingParams = z.infer<typeof PricingSchema>;

/**
 * Checks across pricing.yaml, lpr.yaml and governance.yaml that need only the parameters: the
 * loan limit within the single-borrower limit, every cap step within the hard line, and the
 * LPR-multiple cap in force by the guideline's deadline. (Whether the cheapest loan fits under
 * the cap needs the pricing calculator: pricingFeasibilityIssues in pricing/feasibility.ts.)
 *
 * @example pricingPolicyIssues({ pricing, lpr, governance }) // [] for the committed files
 */
export function pricingPolicyIssues(policy: {
  pricing: PricingParams;
  lpr: LprParams;
  governance: { riskAppetite: { maxAllInAprRate: number; maxSingleBorrowerAmount?: number } };
}): string[] {
  const { pricing, governance } = policy;
  const issues: string[] = [];
  const hardLine = D(governance.riskAppetite.maxAllInAprRate);
  const maxBorrower = governance.riskAppetite.maxSingleBorrowerAmount;
  if (maxBorrower !== undefined && pricing.limits.maxLoanAmount > maxBorrower) {
    issues.push(
      `pricing.limits.maxLoanAmount (${pricing.limits.maxLoanAmount}) exceeds governance.riskAppetite.maxSingleBorrowerAmount (${maxBorrower})`,
    );
  }
  for (const step of pricing.costCap.maxRate) {
    if (D(step.value).gt(hardLine)) {
      issues.push(
        `costCap.maxRate from ${step.from} (${step.value}) is above the hard line governance.riskAppetite.maxAllInAprRate (${hardLine})`,
      );
    }
  }
  // The guideline: every new loan within 4 × LPR by end-2027, so the company's LPR-multiple cap must start by the day after.
  const deadline = nextDay(pricing.costGuideline.fullComplianceDate);
  const multiple = pricing.costCap.lprMultiple?.find((s) => s.value <= policy.lpr.capMultiple);
  if (!multiple || multiple.from > deadline) {
    issues.push(
      `costCap.lprMultiple must hold a step of at most ${policy.lpr.capMultiple} × LPR from ${deadline} or earlier (costGuideline.fullComplianceDate ${pricing.costGuideline.fullComplianceDate})`,
    );
  }
  return issues;
}
