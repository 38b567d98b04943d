import { z } from 'zod';
import { D } from '../decimal';
import { bilingual, fraction, ratio, wholeDays, wholeMonths } from './primitives';
import { CATEGORIES, type Category } from './categories';
import { dpdFloor } from './dpd-floor';
import { contiguousRanges, uniqueBy } from './list-checks';

/**
 * `content/policy/provisioning.yaml`: parameters of 资产风险分类与拨备政策 (RP-06)
 * and of the classifier and portfolio-reserve calculators (`calculators/provisioning`).
 *
 * What the schema holds fixed, because the institution cannot loosen it:
 *  - the DPD floors of 《商业银行金融资产风险分类办法》 (2023): 1 / >90 / >270 / >360 days
 *    (stricter, i.e. smaller, thresholds are allowed);
 *  - the observation period of a restructured asset: ≥ 2 repayment periods and ≥ 12 months;
 *  - the 2002 reference ratios (2% / 25% / 50% / 100%) and the ±20% band, which exists
 *    for 次级 and 可疑 only: 关注 and 损失 are reserved at exactly the reference ratio;
 *  - the general reserve ≥ 1% of loans; the 2018 ranges 120–150% and 1.5–2.5%;
 *  - staging: more than 30 DPD at least stage 2, more than 90 DPD stage 3.
 * And what would make the arithmetic meaningless: buckets not contiguous, a worse
 * bucket with a milder category, stage, PD or LGD (reserves must never fall when a
 * balance moves to a worse bucket).
 */

const category = z.enum(CATEGORIES);
const rank = (c: Category) => CATEGORIES.indexOf(c);

const dpdDay = wholeDays.max(100_000);

const reserveLine = (reference: number, name: string) =>
  z
    .object({
      referenceRatio: z.literal(reference, {
        message: `must be ${reference} (${reference * 100}%), the 2002 guideline's reference ratio for ${name}`,
      }),
      chosenRatio: fraction,
    })
    .strict();

const bucket = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a short identifier such as dpd31to60'),
    name: bilingual,
    fromDays: dpdDay,
    toDays: dpdDay.optional(),
    stage: z.union([z.literal(1), z.literal(2), z.literal(3)], { message: 'stage is 1, 2 or 3' }),
    category,
    /** Conditional annual PD for year 1, 2, 3 …; the last entry applies to every later year. */
    pdTermStructure: z.array(fraction).min(1).max(30),
    lgdRate: fraction,
  })
  .strict()
  .refine((b) => b.toDays === undefined || b.toDays >= b.fromDays, {
    message: 'must not be before fromDays',
    path: ['toDays'],
  });

export const ProvisioningSchema = z
  .object({
    classification: z
      .object({
        specialMentionFromDays: z
          .number()
          .int()
          .min(1, { message: 'must be at least 1: a loan that is not overdue has no days past due' })
          .max(1, { message: 'must be 1: any overdue amount makes a loan at least 关注 (金融资产风险分类办法, 2023)' }),
        substandardOverDays: dpdDay.min(1).max(90, {
          message: 'must be at most 90: more than 90 days overdue is at least 次级 (金融资产风险分类办法, 2023)',
        }),
        doubtfulOverDays: dpdDay.min(1).max(270, {
          message: 'must be at most 270: more than 270 days overdue is at least 可疑 (金融资产风险分类办法, 2023)',
        }),
        lossOverDays: dpdDay.min(1).max(360, {
          message: 'must be at most 360: more than 360 days overdue is 损失 (金融资产风险分类办法, 2023)',
        }),
        observationMinPeriods: z
          .number()
          .int()
          .min(2, { message: 'at least 2 consecutive repayment periods (金融资产风险分类办法, 2023)' })
          .max(24),
        observationMinMonths: wholeMonths
          .min(12, { message: 'at least 12 months (金融资产风险分类办法, 2023)' })
          .max(36),
      })
      .strict()
      .superRefine((c, ctx) => {
        if (c.doubtfulOverDays <= c.substandardOverDays) {
          ctx.addIssue({ code: 'custom', path: ['doubtfulOverDays'], message: 'must be above substandardOverDays' });
        }
        if (c.lossOverDays <= c.doubtfulOverDays) {
          ctx.addIssue({ code: 'custom', path: ['lossOverDays'], message: 'must be above doubtfulOverDays' });
        }
      }),
    specificReserve: z
      .object({
        bandShare: z.literal(0.2, {
          message: 'must be 0.2: the 2002 guideline lets 次级 and 可疑 float by ±20% of the reference ratio',
        }),
        specialMention: reserveLine(0.02, '关注'),
        substandard: reserveLine(0.25, '次级'),
        doubtful: reserveLine(0.5, '可疑'),
        loss: reserveLine(1, '损失'),
      })
      .strict()
      .superRefine((r, ctx) => {
        for (const k of ['specialMention', 'loss'] as const) {
          if (r[k].chosenRatio !== r[k].referenceRatio) {
            ctx.addIssue({
              code: 'custom',
              path: [k, 'chosenRatio'],
              message: `must equal referenceRatio (${r[k].referenceRatio}): the ±20% band applies only to 次级 and 可疑, not to ${k === 'loss' ? '损失' : '关注'}`,
            });
          }
        }
        for (const k of ['substandard', 'doubtful'] as const) {
          // In Decimal: 0.25 × 1.2 is exactly 0.3 (in binary floating point it is 0.30000000000000004).
          const lo = D(r[k].referenceRatio).times(D(1).minus(r.bandShare));
          const hi = D(r[k].referenceRatio).times(D(1).plus(r.bandShare));
          const chosen = D(r[k].chosenRatio);
          if (chosen.lt(lo) || chosen.gt(hi)) {
            ctx.addIssue({
              code: 'custom',
              path: [k, 'chosenRatio'],
              message: `must be within the ±20% band of the reference ratio: ${lo.times(100).toDecimalPlaces(4).toString()}%–${hi.times(100).toDecimalPlaces(4).toString()}%`,
            });
          }
        }
      }),
    generalReserve: z
      .object({
        minimumRate: z.literal(0.01, {
          message: 'must be 0.01: the general reserve is at least 1% of loans (2002 guideline)',
        }),
        chosenRate: fraction,
      })
      .strict()
      .refine((g) => g.chosenRate >= g.minimumRate, {
        message: 'must be at least minimumRate (1% of loans)',
        path: ['chosenRate'],
      }),
    regulatory: z
      .object({
        coverageBaselineRatio: z.literal(1.5, { message: 'must be 1.5: the 150% baseline of 银监会令2011年第4号' }),
        loanProvisionBaselineRatio: z.literal(0.025, {
          message: 'must be 0.025: the 2.5% baseline of 银监会令2011年第4号',
        }),
        coverageRangeLowRatio: z.literal(1.2, { message: 'must be 1.2: 银监发〔2018〕7号 sets 120%–150%' }),
        coverageRangeHighRatio: z.literal(1.5, { message: 'must be 1.5: 银监发〔2018〕7号 sets 120%–150%' }),
        loanProvisionRangeLowRatio: z.literal(0.015, { message: 'must be 0.015: 银监发〔2018〕7号 sets 1.5%–2.5%' }),
        loanProvisionRangeHighRatio: z.literal(0.025, { message: 'must be 0.025: 银监发〔2018〕7号 sets 1.5%–2.5%' }),
        appliedCoverageRatio: ratio,
        appliedLoanProvisionRatio: fraction,
      })
      .strict()
      .superRefine((r, ctx) => {
        if (r.appliedCoverageRatio < r.coverageRangeLowRatio || r.appliedCoverageRatio > r.coverageRangeHighRatio) {
          ctx.addIssue({
            code: 'custom',
            path: ['appliedCoverageRatio'],
            message: 'must lie within the 2018 range 120%–150% (1.2–1.5)',
          });
        }
        if (
          r.appliedLoanProvisionRatio < r.loanProvisionRangeLowRatio ||
          r.appliedLoanProvisionRatio > r.loanProvisionRangeHighRatio
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['appliedLoanProvisionRatio'],
            message: 'must lie within the 2018 range 1.5%–2.5% (0.015–0.025)',
          });
        }
      }),
    ecl: z
      .object({
        stage2OverDays: dpdDay.max(30, {
          message:
            'must be at most 30: more than 30 days past due is presumed a significant increase in credit risk (IFRS 9 5.5.11)',
        }),
        stage3OverDays: dpdDay.max(90, {
          message: 'must be at most 90: default is presumed no later than 90 days past due (IFRS 9 B5.5.37)',
        }),
        defaultEffectiveRate: fraction,
        defaultRemainingMonths: wholeMonths.max(600),
        buckets: z.array(bucket).min(2).max(20),
        categoryProxy: z
          .object(Object.fromEntries(CATEGORIES.map((c) => [c, z.string()])) as Record<Category, z.ZodString>)
          .strict(),
      })
      .strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const { buckets } = p.ecl;
    const cls = p.classification;
    // The classifier's own rule (dpdFloor), so the floors exist once.
    const floor = (dpd: number) => dpdFloor(dpd, cls);
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['ecl', ...path], message });
    uniqueBy(buckets, 'id', ctx, (id) => `duplicate bucket id "${id}"`, ['ecl', 'buckets']);
    contiguousRanges(buckets, ctx, 'bucket', ['ecl', 'buckets']);
    buckets.forEach((b, i) => {
      const path = (k: string) => ['buckets', i, k];
      const prev = buckets[i - 1];
      // A bucket may not straddle a threshold: every loan in it must get the same stage.
      for (const [limit, name] of [
        [p.ecl.stage2OverDays, 'stage2OverDays'],
        [p.ecl.stage3OverDays, 'stage3OverDays'],
      ] as const) {
        if (b.fromDays <= limit && (b.toDays === undefined || b.toDays > limit)) {
          issue(path('toDays'), `must end on day ${limit}: a bucket may not straddle ${name} (${limit})`);
        }
      }
      const worstDay = b.toDays ?? b.fromDays;
      const needStage = b.fromDays > p.ecl.stage3OverDays ? 3 : b.fromDays > p.ecl.stage2OverDays ? 2 : 1;
      if (b.stage < needStage)
        issue(
          path('stage'),
          `must be at least ${needStage} for loans more than ${needStage === 3 ? p.ecl.stage3OverDays : p.ecl.stage2OverDays} days past due`,
        );
      if (rank(b.category) < rank(floor(worstDay))) {
        issue(path('category'), `must be at least ${floor(worstDay)}: the DPD floor of day ${worstDay}`);
      }
      if (b.stage === 3 && (b.pdTermStructure.length !== 1 || b.pdTermStructure[0] !== 1)) {
        issue(
          path('pdTermStructure'),
          'must be [1] for a stage-3 bucket: a credit-impaired loan has defaulted (PD 100%)',
        );
      }
      if (rank(b.category) >= rank('substandard') && b.stage !== 3) {
        issue(path('stage'), 'must be 3: a non-performing (次级, 可疑, 损失) loan is credit-impaired');
      }
      if (prev) {
        if (b.stage < prev.stage) issue(path('stage'), `must not be below the previous bucket's (${prev.stage})`);
        if (rank(b.category) < rank(prev.category))
          issue(path('category'), `must not be milder than the previous bucket's (${prev.category})`);
        if (b.lgdRate < prev.lgdRate)
          issue(path('lgdRate'), `must not be below the previous bucket's (${prev.lgdRate})`);
        const years = Math.max(b.pdTermStructure.length, prev.pdTermStructure.length);
        const at = (pds: number[], y: number) => pds[Math.min(y, pds.length - 1)]!;
        for (let y = 0; y < years; y++) {
          if (at(b.pdTermStructure, y) < at(prev.pdTermStructure, y)) {
            issue(
              path('pdTermStructure'),
              `year ${y + 1} PD must not be below the previous bucket's (${at(prev.pdTermStructure, y)})`,
            );
            break;
          }
        }
      }
    });
    const proxyOrder: number[] = [];
    for (const c of CATEGORIES) {
      const id = p.ecl.categoryProxy[c];
      const idx = buckets.findIndex((b) => b.id === id);
      if (idx < 0)
        issue(['categoryProxy', c], `unknown bucket "${id}" (known: ${buckets.map((b) => b.id).join(', ')})`);
      else if (buckets[idx]!.category !== c)
        issue(['categoryProxy', c], `bucket "${id}" is reserved as ${buckets[idx]!.category}, not ${c}`);
      else proxyOrder.push(idx);
    }
    if (proxyOrder.some((v, i) => i > 0 && v < proxyOrder[i - 1]!)) {
      issue(['categoryProxy'], 'proxies must follow the bucket order: a worse category may not use a milder bucket');
    }
    const chosen = [
      0,
      p.specificReserve.specialMention.chosenRatio,
      p.specificReserve.substandard.chosenRatio,
      p.specificReserve.doubtful.chosenRatio,
      p.specificReserve.loss.chosenRatio,
    ];
    chosen.forEach((r, i) => {
      if (i > 0 && r < chosen[i - 1]!) {
        ctx.addIssue({
          code: 'custom',
          path: ['specificReserve', CATEGORIES[i]!, 'chosenRatio'],
          message: 'must not be below the milder category’s ratio',
        });
      }
    });
  });

export type Provisioning = z.infer<typeof ProvisioningSchema>;
