/**
 * Issue 13 §6: every exported calculation that takes figures rejects what it cannot use (text, a missing
 * field, NaN, Infinity, null, an object) with CalcError and a message in both languages: never
 * decimal.js's raw "[DecimalError]", never a TypeError, never a NaN or Infinity result.
 * One table of functions; for each, a valid call in which one figure at a time is replaced by
 * something unusable (fast-check picks the function, the figure and the value).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as calc from '../../calculators/index';
import { loadPolicy } from '../../src/policy/load';
import { runs } from './runs';

const policy = loadPolicy();
const provisioning = policy.provisioning;
const loan = {
  grade: 'C',
  amount: '50000',
  termMonths: 12,
  method: 'equal-instalment' as const,
  contractDate: '2026-12-04',
};
const repaymentCase = {
  outstandingPrincipal: '20000',
  overduePrincipal: '2000',
  overdueInterest: '300',
  dpd: 45,
  contractRate: '0.18',
  remainingTermMonths: 10,
  loanAgeMonths: 8,
  monthlyCapacity: '2500',
};

/** A function under test: its valid arguments, the figures that may be replaced (path into the args), and the call. */
interface Case {
  name: string;
  args: () => unknown[];
  /** [argument index, key path] of each figure; `optional`: undefined is allowed there. */
  figures: { at: [number, ...(string | number)[]]; optional?: boolean }[];
  call: (...args: any[]) => unknown;
}

const CASES: Case[] = [
  {
    name: 'amortize',
    args: () => [
      {
        principal: '100000',
        annualRate: '0.049',
        termMonths: 360,
        method: 'equal-instalment',
        fees: { upfrontAmount: '0', monthlyFeeRate: '0' },
      },
    ],
    figures: [
      { at: [0, 'principal'] },
      { at: [0, 'annualRate'] },
      { at: [0, 'termMonths'] },
      { at: [0, 'fees', 'upfrontAmount'], optional: true },
      { at: [0, 'fees', 'monthlyFeeRate'], optional: true },
    ],
    call: calc.amortize,
  },
  {
    name: 'annualizedRate',
    args: () => [['-99000', '8833.3', '8833.3', '8833.3']],
    figures: [{ at: [0, 0] }, { at: [0, 2] }],
    call: calc.annualizedRate,
  },
  {
    name: 'internalRateOfReturn',
    args: () => [['-100', '60', '60']],
    figures: [{ at: [0, 0] }, { at: [0, 1] }],
    call: calc.internalRateOfReturn,
  },
  {
    name: 'priceLoan',
    args: () => [{ ...loan, fees: { upfrontAmount: '100' }, overrides: {} }, policy],
    figures: [
      { at: [0, 'amount'] },
      { at: [0, 'termMonths'] },
      { at: [0, 'contractDate'], optional: true },
      { at: [0, 'fees', 'upfrontAmount'], optional: true },
      { at: [0, 'overrides', 'fundingRate'], optional: true },
    ],
    call: calc.priceLoan,
  },
  {
    name: 'evaluateOffer',
    args: () => [{ ...loan, offeredRate: '0.15' }, policy],
    figures: [{ at: [0, 'amount'] }, { at: [0, 'offeredRate'] }, { at: [0, 'termMonths'] }],
    call: calc.evaluateOffer,
  },
  { name: 'lprOn', args: () => ['2026-12-04', policy], figures: [{ at: [0], optional: true }], call: calc.lprOn },
  {
    name: 'costCapOn',
    args: () => [{ contractDate: '2026-12-04', termMonths: 12 }, policy],
    figures: [{ at: [0, 'contractDate'], optional: true }, { at: [0, 'termMonths'] }],
    call: calc.costCapOn,
  },
  {
    name: 'gradeAvailability',
    args: () => [{ contractDate: '2026-12-04', termMonths: 12 }, policy],
    figures: [{ at: [0, 'contractDate'], optional: true }, { at: [0, 'termMonths'] }],
    call: calc.gradeAvailability,
  },
  {
    name: 'raroc',
    args: () => ['1000', '200', '100', '16000'],
    figures: [{ at: [0] }, { at: [1] }, { at: [2] }, { at: [3] }],
    call: calc.raroc,
  },
  {
    name: 'balanceYears',
    args: () => ['10000', '0.12', 12, 'equal-instalment'],
    figures: [{ at: [0] }, { at: [1] }, { at: [2] }],
    call: calc.balanceYears,
  },
  {
    name: 'classifyLoan',
    args: () => [{ dpd: 100 }, provisioning],
    figures: [{ at: [0, 'dpd'] }],
    call: calc.classifyLoan,
  },
  {
    name: 'expectedCreditLoss',
    args: () => [[{ balance: '10000', dpd: 40, annualRate: '0.18', remainingMonths: 12 }], provisioning],
    figures: [
      { at: [0, 0, 'balance'] },
      { at: [0, 0, 'annualRate'], optional: true },
      { at: [0, 0, 'dpd'], optional: true },
      { at: [0, 0, 'remainingMonths'], optional: true },
    ],
    call: calc.expectedCreditLoss,
  },
  {
    name: 'fiveTierReserve',
    args: () => [{ normal: '100000', substandard: '5000' }, provisioning],
    figures: [
      { at: [0, 'normal'], optional: true },
      { at: [0, 'substandard'], optional: true },
    ],
    call: calc.fiveTierReserve,
  },
  {
    name: 'portfolioReserve',
    args: () => [
      {
        by: 'category',
        balances: ['900000', '40000', '20000', '10000', '5000'],
        annualRate: '0.18',
        remainingMonths: 12,
      },
      provisioning,
    ],
    figures: [
      { at: [0, 'balances', 1] },
      { at: [0, 'annualRate'], optional: true },
      { at: [0, 'remainingMonths'], optional: true },
    ],
    call: calc.portfolioReserve,
  },
  {
    name: 'coverageRatios',
    args: () => ['30000', '1000000', '20000', provisioning],
    figures: [{ at: [0] }, { at: [1] }, { at: [2] }],
    call: calc.coverageRatios,
  },
  {
    name: 'compareRepaymentPlans',
    args: () => [{ ...repaymentCase }, policy],
    figures: [
      { at: [0, 'outstandingPrincipal'] },
      { at: [0, 'contractRate'] },
      { at: [0, 'monthlyCapacity'] },
      { at: [0, 'dpd'] },
      { at: [0, 'remainingTermMonths'] },
      { at: [0, 'penaltyInterest'], optional: true },
    ],
    call: calc.compareRepaymentPlans,
  },
  {
    name: 'penaltyRateFor',
    args: () => ['0.18', '0.5', '0.24'],
    figures: [{ at: [0] }, { at: [1] }, { at: [2] }],
    call: calc.penaltyRateFor,
  },
  {
    name: 'estimatePenaltyInterest',
    args: () => ['2300', '0.24', 45],
    figures: [{ at: [0] }, { at: [1] }, { at: [2] }],
    call: calc.estimatePenaltyInterest,
  },
  {
    name: 'planNpv',
    args: () => [[{ month: 1, amount: '1000' }], '0.1'],
    figures: [{ at: [0, 0, 'amount'] }, { at: [1] }, { at: [0, 0, 'month'] }],
    call: calc.planNpv,
  },
  {
    name: 'isAffordable',
    args: () => ['1000', '2500', '0.5'],
    figures: [{ at: [0] }, { at: [1] }, { at: [2] }],
    call: calc.isAffordable,
  },
  { name: 'formatMoney', args: () => ['1234.5', 'zh'], figures: [{ at: [0] }], call: calc.formatMoney },
  { name: 'formatPercent', args: () => ['0.049', 'en'], figures: [{ at: [0] }], call: calc.formatPercent },
];

/** Values no figure may accept. Whole-number fields also refuse fractions and negative counts. */
const UNUSABLE: unknown[] = [
  'abc',
  '',
  ' ',
  '12abc',
  NaN,
  Infinity,
  -Infinity,
  null,
  {},
  [],
  true,
  '1e99999999999999999',
  'NaN',
  'Infinity',
];

function withFigure(args: unknown[], at: [number, ...(string | number)[]], value: unknown): unknown[] {
  const copy = structuredClone(args.map((a) => (a === policy || a === provisioning ? undefined : a)));
  args.forEach((a, i) => {
    if (a === policy || a === provisioning) copy[i] = a; // policies are shared, never edited
  });
  const [index, ...path] = at;
  if (path.length === 0) {
    copy[index] = value;
    return copy;
  }
  let node = copy[index] as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** true when a result holds a NaN or infinite Decimal or number anywhere. */
function holdsNonFinite(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  if (calc.Decimal.isDecimal(v)) return !(v as InstanceType<typeof calc.Decimal>).isFinite();
  return Object.values(v).some((x) => holdsNonFinite(x, seen));
}

describe('every exported calculation rejects unusable figures with CalcError (issue 13 §6)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s works on its valid arguments', (_, c) => {
    const result = c.call(...c.args());
    expect(holdsNonFinite(result)).toBe(false);
  });

  it('property: one figure replaced by text, NaN, Infinity, null, an object or nothing → CalcError in both languages', () => {
    const arb = fc
      .constantFrom(...CASES)
      .chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...c.figures), fc.constantFrom(...UNUSABLE, undefined)))
      .filter(([, f, v]) => !(v === undefined && f.optional));
    fc.assert(
      fc.property(arb, ([c, figure, value]) => {
        let error: unknown;
        let result: unknown;
        try {
          result = c.call(...withFigure(c.args(), figure.at, value));
        } catch (e) {
          error = e;
        }
        if (error === undefined) {
          // Only an optional figure left empty (null, '') may be read as "not given"; even then nothing may be NaN.
          expect(holdsNonFinite(result), `${c.name} ${figure.at.join('.')} = ${String(value)}`).toBe(false);
          expect(
            (value === '' || value === null) && figure.optional,
            `${c.name} accepted ${String(value)} at ${figure.at.join('.')}`,
          ).toBe(true);
          return;
        }
        expect(error, `${c.name} ${figure.at.join('.')} = ${String(value)}: ${String(error)}`).toBeInstanceOf(
          calc.CalcError,
        );
        const { messages } = error as InstanceType<typeof calc.CalcError>;
        expect(messages.zh.length).toBeGreaterThan(0);
        expect(messages.en.length).toBeGreaterThan(0);
        expect(`${messages.zh} ${messages.en}`).not.toMatch(/DecimalError|NaN|undefined|Infinity/);
      }),
      { numRuns: runs(2000) },
    );
  });
});
