import { z } from 'zod';
import { amount, bilingual, fraction, wholeDays, wholeMonths } from './primitives';
import { inOrder, uniqueBy } from './list-checks';
import type { Governance } from './governance';

/**
 * `content/policy/portfolio.yaml`: concentration limits and stress scenarios of
 * 资产组合与集中度管理 (RP-04). The single-borrower caps are governance.riskAppetite.*;
 * `portfolioPolicyIssues` checks the two files together.
 */

/** 金规〔2024〕26号: one borrower with its related parties ≤ 15% of net assets at the previous year end. */
export const LEGAL_RELATED_GROUP_SHARE = 0.15;

const share = fraction.refine((x) => x > 0, 'must be above 0');

const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a scenario id is lower-case letters, digits and hyphens'),
    name: bilingual,
    story: bilingual,
    pdMultiple: z.number().min(1, 'a stress scenario may not lower PD (multiple ≥ 1)').max(20),
    lgdAddRatio: fraction,
    fundingCostAddRate: fraction,
    hotspotPdMultiple: z.number().min(1, 'a hotspot multiple below 1 would relieve the concentration').max(10),
  })
  .strict();

const severityKeys = ['pdMultiple', 'lgdAddRatio', 'fundingCostAddRate', 'hotspotPdMultiple'] as const;

export const PortfolioSchema = z
  .object({
    warningTriggerShare: share.refine((x) => x < 1, 'the warning must come before the limit (below 1)'),
    borrower: z
      .object({
        maxRelatedGroupShareOfNetAssetsRatio: share.max(
          LEGAL_RELATED_GROUP_SHARE,
          'may not exceed the legal 15% of net assets for a borrower with its related parties (金规〔2024〕26号)',
        ),
        largeExposureAmount: amount.positive(),
        maxTopTenShareOfNetAssetsRatio: z.number().gt(0).max(10),
      })
      .strict(),
    mix: z.object({ maxBusinessLoanShareRatio: fraction }).strict(),
    sector: z.object({ maxSingleSectorShareRatio: share, maxWatchSectorsShareRatio: fraction }).strict(),
    region: z
      .object({ maxSingleProvinceShareRatio: share, maxSingleCityShareRatio: share })
      .strict()
      .refine((r) => r.maxSingleCityShareRatio <= r.maxSingleProvinceShareRatio, {
        message: 'a city lies within a province: must not exceed maxSingleProvinceShareRatio',
        path: ['maxSingleCityShareRatio'],
      }),
    channel: z.object({ maxSinglePartnerShareRatio: share }).strict(),
    breach: z
      .object({
        remediationPlanDays: wholeDays.min(1).max(30),
        resumeAfterMonths: wholeMonths.max(12),
      })
      .strict(),
    stress: z
      .object({
        regularIntervalMonths: wholeMonths.max(12, 'stress tests run at least once a year'),
        horizonMonths: wholeMonths.max(60),
        maxSevereLossShareOfNetAssetsRatio: share,
        actionPlanMonths: wholeMonths.max(6),
        hotspotLossShare: share,
        scenarios: z
          .array(ScenarioSchema)
          .min(3, 'at least three scenarios (mild, moderate, severe)')
          .superRefine((list, ctx) => {
            uniqueBy(list, 'id', ctx, (id) => `scenario ${id} is listed twice`);
            for (const k of severityKeys) {
              inOrder(
                list,
                k,
                ctx,
                (s, prev) => s[k] >= prev[k],
                (s, prev) =>
                  `scenarios are listed mildest first: ${k} of ${s.id} (${s[k]}) is below that of ${prev.id} (${prev[k]})`,
              );
            }
          }),
      })
      .strict(),
  })
  .strict();

export type Portfolio = z.infer<typeof PortfolioSchema>;

/**
 * Checks that need governance.yaml too; an empty list means consistent.
 *
 * @example portfolioPolicyIssues({ portfolio, governance }) // [] for the files in content/policy; one message per inconsistency otherwise
 */
export function portfolioPolicyIssues({
  portfolio,
  governance,
}: {
  portfolio: Portfolio;
  governance: Governance;
}): string[] {
  const issues: string[] = [];
  const single = governance.riskAppetite.maxSingleBorrowerShareOfNetAssetsRatio;
  const group = portfolio.borrower.maxRelatedGroupShareOfNetAssetsRatio;
  if (group < single) {
    issues.push(
      `portfolio.borrower.maxRelatedGroupShareOfNetAssetsRatio (${group}) is below governance.riskAppetite.maxSingleBorrowerShareOfNetAssetsRatio (${single}): a group includes the borrower`,
    );
  }
  if (portfolio.borrower.maxTopTenShareOfNetAssetsRatio < single) {
    issues.push(`portfolio.borrower.maxTopTenShareOfNetAssetsRatio is below the single-borrower limit (${single})`);
  }
  return issues;
}
