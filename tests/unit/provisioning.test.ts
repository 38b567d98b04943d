/**
 * Asset classification and provisioning (RP-06): classifyLoan, fiveTierReserve,
 * expectedCreditLoss, coverageRatios. Expected figures are derived by hand in
 * the comments (or with independent float arithmetic), never taken from the code under test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import { readFileSync } from 'node:fs';
import { parsePolicyFile } from '../../calculators/policy/index';
import {
  CATEGORIES,
  categoryRank,
  classifyLoan,
  coverageRatios,
  eclLine,
  expectedCreditLoss,
  fiveTierReserve,
  parseAnnualPercent,
  parseCount,
  parseDays,
  portfolioReserve,
  reserveBand,
  splitPastedCells,
  type Category,
} from '../../calculators/provisioning/index';
import { CalcError } from '../../calculators/errors';
import { D, Decimal } from '../../calculators/decimal';

const policy = parsePolicyFile('provisioning', readFileSync('content/policy/provisioning.yaml', 'utf8'));
const appetite = { minProvisionCoverageRatio: 1.8, minLoanProvisionRatio: 0.03 };
const RUNS = { numRuns: runs(1000) };

describe('classifyLoan: days-past-due floors ("more than": day 90 is still 关注)', () => {
  it.each([
    [0, 'normal', 1],
    [1, 'specialMention', 1],
    [30, 'specialMention', 1],
    [31, 'specialMention', 2],
    [90, 'specialMention', 2],
    [91, 'substandard', 3],
    [270, 'substandard', 3],
    [271, 'doubtful', 3],
    [360, 'doubtful', 3],
    [361, 'loss', 3],
  ] as const)('day %i → %s, stage %i', (dpd, category, stage) => {
    const c = classifyLoan({ dpd }, policy);
    expect(c.category).toBe(category);
    expect(c.stage).toBe(stage);
    expect(c.nonPerforming).toBe(dpd > 90);
  });

  it('returns the deciding rule as a bilingual citation naming the Order and its number', () => {
    const c = classifyLoan({ dpd: 91 }, policy);
    expect(c.decidedBy).toBe('dpd-substandard');
    expect(c.rule.zh).toMatch(/^RP-06 第3\.2条：逾期超过90天，至少归为次级/);
    expect(c.rule.zh).toContain('《商业银行金融资产风险分类办法》');
    expect(c.rule.zh).toContain('令〔2023〕第1号');
    expect(c.rule.en).toMatch(/more than 90 days past due: at least substandard/);
    expect(c.clause).toBe('dpd-floors');
    expect(classifyLoan({ dpd: 0 }, policy).rule.zh).toMatch(/归为正常/);
  });

  it('the category never improves as days past due grow (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }), (d, extra) => {
        const a = classifyLoan({ dpd: d }, policy);
        const b = classifyLoan({ dpd: d + extra }, policy);
        return categoryRank(b.category) >= categoryRank(a.category) && b.stage >= a.stage;
      }),
      RUNS,
    );
  });

  it('rejects impossible days past due with a bilingual CalcError', () => {
    for (const dpd of [-1, 1.5, Number.NaN]) {
      expect(() => classifyLoan({ dpd }, policy)).toThrow(CalcError);
    }
  });
});

describe('classifyLoan: restructuring and other triggers (strictest rule wins)', () => {
  it('a restructured loan in its observation period is at least 关注 and stage 2, citing the company’s own policy', () => {
    const c = classifyLoan({ dpd: 0, restructured: true, observationMonths: 5, consecutiveOnTimePayments: 5 }, policy);
    expect(c.category).toBe('specialMention');
    expect(c.stage).toBe(2);
    expect(c.inObservation).toBe(true);
    expect(c.decidedBy).toBe('restructured');
    expect(c.rule.zh).toMatch(/本公司政策/);
    expect(c.clause).toBe('restructured');
  });

  it('the observation period ends only when both 12 months and 2 on-time periods are reached', () => {
    const base = { dpd: 0, restructured: true };
    expect(classifyLoan({ ...base, observationMonths: 11, consecutiveOnTimePayments: 11 }, policy).inObservation).toBe(
      true,
    );
    expect(classifyLoan({ ...base, observationMonths: 12, consecutiveOnTimePayments: 1 }, policy).inObservation).toBe(
      true,
    );
    const done = classifyLoan({ ...base, observationMonths: 12, consecutiveOnTimePayments: 2 }, policy);
    expect(done.inObservation).toBe(false);
    expect(done.category).toBe('normal');
    expect(done.stage).toBe(1);
  });

  it('a loan non-performing before the restructuring is not upgraded during the period', () => {
    const c = classifyLoan(
      { dpd: 0, restructured: true, observationMonths: 3, categoryBeforeRestructuring: 'doubtful' },
      policy,
    );
    expect(c.category).toBe('doubtful');
    expect(c.stage).toBe(3);
    expect(c.decidedBy).toBe('restructured-no-upgrade');
  });

  it('restructured again or a missed payment in the period: at least 可疑, and the period restarts', () => {
    const again = classifyLoan(
      {
        dpd: 10,
        restructured: true,
        observationMonths: 20,
        consecutiveOnTimePayments: 20,
        otherTriggers: ['restructured-again'],
      },
      policy,
    );
    expect(again.category).toBe('doubtful');
    expect(again.inObservation).toBe(true);
    const missed = classifyLoan({ dpd: 0, restructured: true, otherTriggers: ['missed-during-observation'] }, policy);
    expect(missed.category).toBe('doubtful');
  });

  it('the strictest of several rules decides; the DPD rule wins a tie because it is checked first', () => {
    const c = classifyLoan({ dpd: 100, otherTriggers: ['diverted-funds', 'evasion'] }, policy);
    expect(c.hits.map((h) => h.id)).toEqual(['dpd-substandard', 'diverted-funds', 'evasion']);
    expect(c.category).toBe('doubtful');
    expect(c.decidedBy).toBe('evasion');
    const tie = classifyLoan({ dpd: 5, otherTriggers: ['refinanced'] }, policy);
    expect(tie.decidedBy).toBe('dpd-overdue');
    expect(classifyLoan({ dpd: 0, otherTriggers: ['bankruptcy'] }, policy).category).toBe('loss');
    expect(classifyLoan({ dpd: 0, otherTriggers: ['credit-impaired'] }, policy).stage).toBe(3);
  });

  it('an unverified rule is cited as the company’s policy, a verified one as the Order', () => {
    expect(classifyLoan({ dpd: 0, otherTriggers: ['evasion'] }, policy).rule.zh).toMatch(/（本公司政策）$/);
    // Diverted funds → 关注 is the company's own rule (RP-06 §3.3), not the Order's.
    const diverted = classifyLoan({ dpd: 0, otherTriggers: ['diverted-funds'] }, policy);
    expect(diverted.rule.zh).toMatch(/（本公司政策）$/);
    expect(diverted.rule.zh).not.toContain('《商业银行金融资产风险分类办法》');
    expect(diverted.rule.en).toMatch(/\(the company’s own policy\)$/);
    expect(classifyLoan({ dpd: 0, otherTriggers: ['refinanced'] }, policy).rule.zh).toMatch(
      /依据：《商业银行金融资产风险分类办法》/,
    );
  });
});

describe('fiveTierReserve: ratios and the ±20% band (次级 and 可疑 only)', () => {
  it('gives a band only to 次级 (20%–30%) and 可疑 (40%–60%)', () => {
    const band = (c: Category) => {
      const b = reserveBand(c, policy);
      return [b.bandMin.toString(), b.bandMax.toString(), b.banded];
    };
    expect(band('specialMention')).toEqual(['0.02', '0.02', false]);
    expect(band('substandard')).toEqual(['0.2', '0.3', true]);
    expect(band('doubtful')).toEqual(['0.4', '0.6', true]);
    expect(band('loss')).toEqual(['1', '1', false]);
    expect(band('normal')).toEqual(['0', '0', false]);
  });

  it('rounds each line half-up to the fen', () => {
    // 关注 0.25 元 × 2% = 0.005 → 0.01 (half-up); 次级 0.05 × 30% = 0.015 → 0.02.
    const r = fiveTierReserve({ specialMention: '0.25', substandard: '0.05' }, policy);
    expect(r.lines[1]!.reserve.toFixed(2)).toBe('0.01');
    expect(r.lines[2]!.reserve.toFixed(2)).toBe('0.02');
  });

  it('rejects negative and sub-fen balances', () => {
    expect(() => fiveTierReserve({ normal: '-1' }, policy)).toThrow(CalcError);
    expect(() => fiveTierReserve({ normal: '1.001' }, policy)).toThrow(CalcError);
  });
});

describe('hand-checked portfolio (five-tier, coverage)', () => {
  /*
   * Balances: 正常 1,000,000; 关注 50,000; 次级 20,000; 可疑 10,000; 损失 5,000. Loans = 1,085,000.
   * Specific reserve at the chosen ratios (0 / 2% / 30% / 60% / 100%):
   *   关注 50,000 × 2% = 1,000; 次级 20,000 × 30% = 6,000; 可疑 10,000 × 60% = 6,000; 损失 5,000 × 100% = 5,000
   *   specific = 18,000.
   * Band: 次级 20,000 × 20%–30% = 4,000–6,000; 可疑 10,000 × 40%–60% = 4,000–6,000.
   * General reserve = 1,085,000 × 1.5% = 16,275. Total = 34,275.
   * NPL = 20,000 + 10,000 + 5,000 = 35,000; NPL ratio = 35,000 ÷ 1,085,000 = 3.2258…%.
   * 拨备覆盖率 = 34,275 ÷ 35,000 = 97.928…%; 贷款拨备率 = 34,275 ÷ 1,085,000 = 3.1590…%.
   * Regulatory (150%, 2.5%): 35,000 × 1.5 = 52,500 vs 1,085,000 × 2.5% = 27,125 → 52,500 binds; shortfall 18,225.
   * Appetite (180%, 3%): 63,000 vs 32,550 → 63,000 binds; shortfall 28,725.
   */
  const r = fiveTierReserve(
    { normal: '1000000', specialMention: '50000', substandard: '20000', doubtful: '10000', loss: '5000' },
    policy,
  );

  it('reserves per category, general and total', () => {
    expect(r.lines.map((l) => l.reserve.toFixed(2))).toEqual(['0.00', '1000.00', '6000.00', '6000.00', '5000.00']);
    expect(r.lines[2]!.reserveMin.toFixed(2)).toBe('4000.00');
    expect(r.lines[3]!.reserveMax.toFixed(2)).toBe('6000.00');
    expect(r.specific.toFixed(2)).toBe('18000.00');
    expect(r.general.toFixed(2)).toBe('16275.00');
    expect(r.total.toFixed(2)).toBe('34275.00');
    expect(r.npl.toFixed(2)).toBe('35000.00');
    expect(r.nplRatio!.toFixed(6)).toBe('0.032258');
  });

  it('coverage ratios, the binding requirement and the shortfall in 元', () => {
    const c = coverageRatios(r.total, r.totalLoans, r.npl, policy, appetite);
    expect(c.coverage!.toFixed(5)).toBe('0.97929');
    expect(c.loanProvision!.toFixed(6)).toBe('0.031590');
    const [reg, app] = c.requirements;
    expect([reg!.requiredByCoverage.toFixed(2), reg!.requiredByLoanProvision.toFixed(2)]).toEqual([
      '52500.00',
      '27125.00',
    ]);
    expect(reg!.binding).toBe('coverage');
    expect(reg!.shortfall.toFixed(2)).toBe('18225.00');
    expect(app!.required.toFixed(2)).toBe('63000.00');
    expect(app!.shortfall.toFixed(2)).toBe('28725.00');
    expect(c.binding.source).toBe('appetite');
  });

  it('with no NPLs the coverage ratio is undefined and the loan-provision requirement binds', () => {
    // 1,000,000 of loans, reserve 30,000: required = max(0 × 1.5, 1,000,000 × 2.5%) = 25,000 → met.
    const c = coverageRatios('30000', '1000000', '0', policy);
    expect(c.coverage).toBeNull();
    expect(c.loanProvision!.toString()).toBe('0.03');
    expect(c.binding.binding).toBe('loan-provision');
    expect(c.binding.required.toFixed(2)).toBe('25000.00');
    expect(c.binding.met).toBe(true);
    expect(c.binding.shortfall.toFixed(2)).toBe('0.00');
  });

  it('coverage arithmetic holds for any portfolio (1,000 runs)', () => {
    const fen = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((n) => (Number(n) / 100).toFixed(2));
    fc.assert(
      fc.property(fen, fen, fen, (reserve, a, b) => {
        // loans ≥ NPL: loans = a + b, NPL = b.
        const loans = (Number(a) + Number(b)).toFixed(2);
        const c = coverageRatios(reserve, loans, b, policy);
        const reg = c.requirements[0]!;
        const req = reg.required;
        if (!reg.shortfall.plus(reserve).gte(req)) return false; // reserve + shortfall covers the requirement
        if (!reg.shortfall.isZero() && !reg.shortfall.plus(reserve).eq(req)) return false; // and exactly so when short
        if (
          !req.eq(
            reg.requiredByCoverage.gt(reg.requiredByLoanProvision)
              ? reg.requiredByCoverage
              : reg.requiredByLoanProvision,
          )
        )
          return false;
        if (c.coverage && !c.coverage.times(b).minus(reserve).abs().lt('1e-20')) return false;
        return true;
      }),
      RUNS,
    );
  });
});

describe('expectedCreditLoss', () => {
  it('reproduces a one-month and a two-month case computed by hand', () => {
    // Current bucket: PD year 1 = 2%, LGD 60%. Monthly hazard h = 1 − 0.98^(1/12).
    const h = 1 - Math.pow(0.98, 1 / 12);
    // One month at 12% (monthly EIR 1%): ECL = h × 0.6 × 100,000 ÷ 1.01.
    const one = eclLine({ bucket: 'current', balance: '100000', annualRate: '0.12', remainingMonths: 1 }, policy);
    expect(Number(one.ecl12m.toString())).toBeCloseTo((h * 0.6 * 100000) / 1.01, 2);
    // Two months: instalment A = 100,000 × 0.01 × 1.01² ÷ (1.01² − 1) = 50,751.24 (rounded);
    // principal in month 1 = 50,751.24 − 1,000.00 = 49,751.24, so EAD₂ = 50,248.76.
    // ECL = 0.6 × [h × 100,000 ÷ 1.01 + (1 − h) × h × 50,248.76 ÷ 1.01²].
    const two = eclLine({ bucket: 'current', balance: '100000', annualRate: '0.12', remainingMonths: 2 }, policy);
    const expected = 0.6 * ((h * 100000) / 1.01 + ((1 - h) * h * 50248.76) / 1.01 ** 2);
    expect(two.periods[1]!.ead.toFixed(2)).toBe('50248.76');
    expect(Number(two.eclLifetime.toString())).toBeCloseTo(expected, 2);
    // Stage 1: the allowance is the 12-month ECL, here equal to the lifetime one (2 months < 12).
    expect(two.allowance.eq(two.ecl12m)).toBe(true);
  });

  it('stage 3: PD 100%, ECL = LGD × balance (91–180 DPD, LGD 80%: 20,000 × 0.8 = 16,000)', () => {
    const l = eclLine({ dpd: 120, balance: '20000' }, policy);
    expect(l.stage).toBe(3);
    expect(l.ecl12m.toFixed(2)).toBe('16000.00');
    expect(l.eclLifetime.toFixed(2)).toBe('16000.00');
  });

  it('stage 2 books lifetime ECL; a classifier stage override raises, never lowers, the stage', () => {
    const l = eclLine({ dpd: 45, balance: '10000', remainingMonths: 24 }, policy);
    expect(l.stage).toBe(2);
    expect(l.allowance.eq(l.eclLifetime)).toBe(true);
    expect(l.eclLifetime.gt(l.ecl12m)).toBe(true);
    expect(eclLine({ dpd: 0, balance: '10000', stage: 2 }, policy).stage).toBe(2);
    expect(eclLine({ dpd: 45, balance: '10000', stage: 1 }, policy).stage).toBe(2);
  });

  it('totals by stage add the rounded lines', () => {
    const r = expectedCreditLoss(
      policy.ecl.buckets.map((b) => ({ bucket: b.id, balance: '1000.00' })),
      policy,
    );
    const sum = r.lines.reduce((s, l) => s + Number(l.allowance.toString()) * 100, 0);
    expect(Math.round(sum)).toBe(Number(r.total.allowance.times(100).toString()));
    expect(r.byStage[1].balance.plus(r.byStage[2].balance).plus(r.byStage[3].balance).toString()).toBe('7000');
  });

  const bucketIds = policy.ecl.buckets.map((b) => b.id);
  const amount = fc.bigInt({ min: 1n, max: 10n ** 10n }).map((n) => (Number(n) / 100).toFixed(2));

  it('lifetime ECL ≥ 12-month ECL for any bucket, balance, rate and term (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bucketIds),
        amount,
        fc.integer({ min: 0, max: 3600 }),
        fc.integer({ min: 1, max: 60 }),
        (bucket, balance, bp, months) => {
          const l = eclLine({ bucket, balance, annualRate: (bp / 10000).toFixed(4), remainingMonths: months }, policy);
          return l.eclLifetime.gte(l.ecl12m) && l.ecl12m.gte(0) && l.eclLifetime.lte(l.balance);
        },
      ),
      RUNS,
    );
  });

  it('one balance moved to a worse bucket never gets a smaller five-tier reserve or ECL allowance (1,000 runs)', () => {
    const bucket = (i: number) => policy.ecl.buckets[i]!;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bucketIds.length - 1 }),
        fc.integer({ min: 0, max: bucketIds.length - 1 }),
        amount,
        fc.integer({ min: 0, max: 3600 }),
        fc.integer({ min: 1, max: 60 }),
        (a, b, balance, bp, months) => {
          const [i, j] = a <= b ? [a, b] : [b, a];
          const rate = (bp / 10000).toFixed(4);
          const ecl = (k: number) =>
            eclLine({ bucket: bucket(k).id, balance, annualRate: rate, remainingMonths: months }, policy).allowance;
          const tier = (k: number) => fiveTierReserve({ [bucket(k).category]: balance }, policy).total;
          return ecl(j).gte(ecl(i)) && tier(j).gte(tier(i));
        },
      ),
      RUNS,
    );
  });

  it('moving part of a portfolio to a worse bucket never lowers the portfolio’s reserves (1,000 runs)', () => {
    // Moves are whole yuan: with per-line rounding to the fen, moving 0.01 元 from one line to the next
    // can lose a fen on one line and not gain it on the other. From 1 元 upward the ratio step
    // (≥ 2 percentage points) outweighs the two half-fen rounding errors.
    const n = bucketIds.length;
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: n, maxLength: n }),
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 0, max: n - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (fens, a, b, share) => {
          if (a === b) return true;
          const [i, j] = a < b ? [a, b] : [b, a];
          // Work in whole fen (integers) so the move itself is exact.
          const before = fens.map((f) => Number(f));
          const move = Math.floor((before[i]! * share) / 100) * 100;
          const after = before.map((v, k) => (k === i ? v - move : k === j ? v + move : v));
          const reserves = (bal: number[]) => {
            const exposures = bal.map((v, k) => ({ bucket: bucketIds[k]!, balance: (v / 100).toFixed(2) }));
            const byCat: Partial<Record<Category, number>> = {};
            bal.forEach((v, k) => {
              const c = policy.ecl.buckets[k]!.category;
              byCat[c] = (byCat[c] ?? 0) + v;
            });
            const cats = Object.fromEntries(Object.entries(byCat).map(([c, f]) => [c, (f / 100).toFixed(2)]));
            return {
              ecl: expectedCreditLoss(exposures, policy).total.allowance,
              tier: fiveTierReserve(cats, policy).total,
            };
          };
          const x = reserves(before);
          const y = reserves(after);
          return y.ecl.gte(x.ecl) && y.tier.gte(x.tier);
        },
      ),
      RUNS,
    );
  });
});

describe('portfolioReserve: both views of one portfolio (RP-06 §7)', () => {
  it('by category: the five-tier side is the hand-checked portfolio; the booked allowance is the ECL', () => {
    const r = portfolioReserve(
      { by: 'category', balances: ['1000000', '50000', '20000', '10000', '5000'] },
      policy,
      appetite,
    );
    expect(r.fiveTier.total.toFixed(2)).toBe('34275.00'); // derived above
    expect(r.bookedAllowance.eq(r.ecl.total.allowance)).toBe(true);
    // Each category's ECL uses its proxy bucket.
    expect(r.ecl.lines.map((l) => l.bucket.id)).toEqual(CATEGORIES.map((c) => policy.ecl.categoryProxy[c]));
    // Regulatory reference: five-tier 34,275 and the requirement 52,500 (derived above); the appropriation is what the ECL lacks of the larger.
    const reference = D('52500');
    expect(r.generalRiskReserve.total.eq(Decimal.max(0, reference.minus(r.bookedAllowance)))).toBe(true);
    expect(r.regulatoryBasisReserve.eq(Decimal.max(reference, r.bookedAllowance))).toBe(true);
    // Coverage is measured on the reserve on the regulatory basis, and also shown on the booked allowance alone.
    expect(r.coverage.coverage!.eq(r.regulatoryBasisReserve.div('35000'))).toBe(true);
    expect(r.coverageOnBooked.coverage!.eq(r.bookedAllowance.div('35000'))).toBe(true);
  });

  it('hand-checked: 1,000,000 all 正常 — the general risk reserve fills the five-tier gap, then the requirement gap', () => {
    /*
     * Five-tier = general reserve only: 1,000,000 × 1.5% = 15,000.00. No NPLs, so the regulatory
     * requirement is the loan-provision one: 1,000,000 × 2.5% = 25,000.00 (coverage: 0 × 150% = 0).
     * ECL of 1,000,000 current loans, 12-month (stage 1), PD 2% and LGD 60%: below 0.6 × 2% × 1,000,000 = 12,000.
     * So: five-tier gap = 15,000 − ECL; requirement gap = 25,000 − 15,000 = 10,000.00;
     * appropriation = 25,000 − ECL; reserve on the regulatory basis = 25,000.00, loan provision ratio 2.5%.
     * Appetite (3%): 30,000.00 required, so 5,000.00 short on the regulatory basis — reported, never appropriated.
     */
    const r = portfolioReserve({ by: 'category', balances: ['1000000', '0', '0', '0', '0'] }, policy, appetite);
    expect(r.fiveTier.total.toFixed(2)).toBe('15000.00');
    expect(r.bookedAllowance.eq(r.ecl.total.allowance)).toBe(true);
    expect(r.bookedAllowance.lt(12000)).toBe(true);
    expect(r.generalRiskReserve.fiveTierGap.eq(D('15000').minus(r.bookedAllowance))).toBe(true);
    expect(r.generalRiskReserve.requirementGap.toFixed(2)).toBe('10000.00');
    expect(r.generalRiskReserve.total.eq(D('25000').minus(r.bookedAllowance))).toBe(true);
    expect(r.regulatoryBasisReserve.toFixed(2)).toBe('25000.00');
    expect(r.coverage.coverage).toBeNull();
    expect(r.coverage.loanProvision!.toString()).toBe('0.025');
    const [reg, app] = r.coverage.requirements;
    expect(reg!.met).toBe(true);
    expect(app!.shortfall.toFixed(2)).toBe('5000.00');
    // On the booked allowance alone the regulatory requirement is short by the whole appropriation.
    expect(r.coverageOnBooked.requirements[0]!.shortfall.eq(r.generalRiskReserve.total)).toBe(true);
  });

  it('no appropriation when the ECL covers the five-tier reserve and the requirement: one doubtful bucket', () => {
    // 10,000 at 181–360 DPD: five-tier 10,000 × 60% + 1.5% general = 6,150; requirement max(10,000 × 150%, 250) = 15,000.
    // ECL (stage 3, LGD 90%) = 9,000 < 15,000: the appropriation is 15,000 − 9,000 = 6,000 (none for the five-tier gap).
    const balances = policy.ecl.buckets.map((b) => (b.id === policy.ecl.categoryProxy.doubtful ? '10000' : '0'));
    const r = portfolioReserve({ by: 'bucket', balances }, policy);
    expect(r.fiveTier.total.toFixed(2)).toBe('6150.00');
    expect(r.bookedAllowance.toFixed(2)).toBe('9000.00');
    expect(r.generalRiskReserve.fiveTierGap.toFixed(2)).toBe('0.00');
    expect(r.generalRiskReserve.requirementGap.toFixed(2)).toBe('6000.00');
    expect(r.regulatoryBasisReserve.toFixed(2)).toBe('15000.00');
    expect(r.coverage.coverage!.toString()).toBe('1.5');
  });

  it('for any portfolio: booked = ECL, and the regulatory basis covers the five-tier reserve, the ECL and the requirement (1,000 runs)', () => {
    const n = policy.ecl.buckets.length;
    const bal = fc.bigInt({ min: 0n, max: 10n ** 11n }).map((f) => (Number(f) / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.constantFrom('bucket' as const, 'category' as const),
        fc.array(bal, { minLength: n, maxLength: n }),
        fc.integer({ min: 0, max: 3600 }),
        fc.integer({ min: 1, max: 60 }),
        (by, all, bp, months) => {
          const balances = by === 'bucket' ? all : all.slice(0, CATEGORIES.length);
          const r = portfolioReserve(
            { by, balances, annualRate: (bp / 10000).toFixed(4), remainingMonths: months },
            policy,
            appetite,
          );
          const g = r.generalRiskReserve;
          const reg = r.coverage.requirements.find((q) => q.source === 'regulatory')!;
          return (
            r.bookedAllowance.eq(r.ecl.total.allowance) &&
            r.regulatoryBasisReserve.gte(r.fiveTier.total) &&
            r.regulatoryBasisReserve.gte(r.bookedAllowance) &&
            r.regulatoryBasisReserve.gte(reg.required) &&
            reg.met &&
            r.regulatoryBasisReserve.eq(r.bookedAllowance.plus(g.total)) &&
            g.total.eq(g.fiveTierGap.plus(g.requirementGap)) &&
            g.fiveTierGap.eq(Decimal.max(0, r.fiveTier.total.minus(r.bookedAllowance))) &&
            // Nothing more than needed: the appropriation is the gap to the largest reference.
            g.total.eq(Decimal.max(0, Decimal.max(r.fiveTier.total, reg.required).minus(r.bookedAllowance))) &&
            g.total.decimalPlaces() <= 2
          );
        },
      ),
      RUNS,
    );
  });

  it('by bucket: each bucket is reserved at its policy category (181–360 days as 可疑)', () => {
    const balances = policy.ecl.buckets.map(() => '1000');
    const r = portfolioReserve({ by: 'bucket', balances }, policy);
    // current → 正常; 1–30, 31–60, 61–90 → 关注; 91–180 → 次级; 181–360 → 可疑; over 360 → 损失.
    expect(r.fiveTier.lines.map((l) => l.balance.toString())).toEqual(['1000', '3000', '1000', '1000', '1000']);
    expect(r.ecl.lines).toHaveLength(7);
    expect(r.fiveTier.npl.toString()).toBe('3000');
  });

  it('refuses a balance list of the wrong length', () => {
    expect(() => portfolioReserve({ by: 'bucket', balances: ['1'] }, policy)).toThrow(CalcError);
  });
});

describe('provisioning input parsing', () => {
  it('reads days past due as staff type them', () => {
    expect(parseDays('91')).toEqual({ ok: true, value: 91 });
    expect(parseDays('９１天')).toEqual({ ok: true, value: 91 });
    expect(parseDays(' 0 ')).toEqual({ ok: true, value: 0 });
    expect(parseCount('12个月', { zh: '月数', en: 'Months' }, 600)).toEqual({ ok: true, value: 12 });
    expect(parseCount('601', { zh: '月数', en: 'Months' }, 600).ok).toBe(false);
    for (const bad of ['', 'abc', '-3', '1.5', '9999999']) {
      const r = parseDays(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message.zh.length).toBeGreaterThan(3);
    }
  });

  it('reads an annual effective rate as a plain percentage', () => {
    const ok = (t: string) => {
      const r = parseAnnualPercent(t);
      return r.ok ? r.value.toString() : r.error.code;
    };
    expect([ok('18%'), ok('18'), ok('１８．５％'), ok('0'), ok('')]).toEqual(['0.18', '0.18', '0.185', '0', 'empty']);
    expect([ok('-1%'), ok('101%'), ok('abc'), ok('万分之五')]).toEqual([
      'negative',
      'rate-too-high',
      'not-a-number',
      'not-a-number',
    ]);
  });

  it('splits a spreadsheet column or row on line breaks, tabs or semicolons, not on thousands commas', () => {
    expect(splitPastedCells('1,000,000\r\n50,000\r\n20,000\r\n')).toEqual(['1,000,000', '50,000', '20,000']);
    expect(splitPastedCells('100\t200\t\t300')).toEqual(['100', '200', '', '300']);
    expect(splitPastedCells('\n1;2\n')).toEqual(['1', '2']);
    // Two columns copied (label, amount): the amount is taken from each line.
    expect(splitPastedCells('未逾期\t8,000,000\n逾期1–30天\t300,000\n')).toEqual(['8,000,000', '300,000']);
  });

  it('every category has a name in both languages', () => {
    expect(CATEGORIES).toHaveLength(5);
  });
});
