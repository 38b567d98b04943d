/**
 * The regulation register (content/regulations.yaml, 内外规对照): one entry per external rule the
 * handbook cites. <Reg id="…"> renders a citation from it; the register pages list each entry with
 * the clauses that cite it. Schema-validated at build time; a bad entry stops the build.
 */
import { z } from 'zod';
import { uniqueBy } from '../../calculators/policy/list-checks';
import { isIsoDate } from '../../calculators/dated';

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const date = z.string().refine(isIsoDate, 'expected a real date written YYYY-MM-DD');

export const REG_STATUSES = ['in-force', 'amended', 'superseded', 'pilot', 'expired'] as const;
export const REG_BINDING = ['binding', 'benchmark', 'court-practice', 'guidance'] as const;

export const RegulationSchema = z
  .object({
    /** Anchor `reg-<id>` on the register page and the key of <Reg id="…">: lowercase, digits, hyphens. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id: lowercase letters, digits and hyphens'),
    /** Chinese title without 《》, and the one English title used everywhere. */
    title: text,
    /** 文号 as issued (e.g. 银保监会令2020年第9号); null when no number is public. */
    number: z.string().min(1).nullable(),
    issuers: text,
    issued: date,
    inForce: date.nullable(),
    /** Last day in force (a pilot's end, a repeal); null while open-ended. */
    expires: date.nullable().default(null),
    status: z.enum(REG_STATUSES),
    /** The entry that replaced this one (status superseded). */
    supersededBy: z.string().optional(),
    /**
     * binding: the company must comply; benchmark: a rule for another kind of institution the company
     * follows voluntarily; court-practice: how courts decide; guidance: supervisory guidance applied
     * through the local regulator (窗口指导).
     */
    binding: z.enum(REG_BINDING),
    /** What it requires of the company, one paragraph each language. */
    summary: text,
  })
  .strict()
  .refine((r) => r.status !== 'superseded' || r.supersededBy, {
    message: 'a superseded entry names supersededBy',
    path: ['supersededBy'],
  })
  .refine((r) => r.inForce === null || r.inForce >= r.issued, {
    message: 'inForce cannot precede issued',
    path: ['inForce'],
  })
  .refine((r) => r.expires === null || r.inForce === null || r.expires >= r.inForce, {
    message: 'expires cannot precede inForce',
    path: ['expires'],
  });

export const RegisterSchema = z
  .array(RegulationSchema)
  .min(1)
  .superRefine((regs, ctx) => {
    const ids = new Set(regs.map((r) => r.id));
    uniqueBy(regs, 'id', ctx, (id) => `duplicate regulation id "${id}"`);
    regs.forEach((r, i) => {
      if (r.supersededBy && !ids.has(r.supersededBy)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'supersededBy'],
          message: `"${r.supersededBy}" is not in the register`,
        });
      }
    });
  });

export type Regulation = z.infer<typeof RegulationSchema>;
export type RegStatus = (typeof REG_STATUSES)[number];
export type RegBinding = (typeof REG_BINDING)[number];
