import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load';
import fc from 'fast-check';
import { D, Decimal } from '../../calculators/decimal';
import { classifyLoan } from '../../calculators/provisioning/classify';
import { CalcError } from '../../calculators/errors';
import { amortize } from '../../calculators/schedule/amortize';
import { annualizedRate } from '../../calculators/schedule/annualized-rate';
import { costCapOn, withinCostCap } from '../../calculators/pricing/cost-cap';
import { compute, DEFAULT_CASE } from '../../src/islands/collections/compute';
import { runs } from './runs';
import {
  compareRepaymentPlans,
  isAffordable,
  affordabilityRatio,
  penaltyWaiver,
  penaltyRateFor,
  estimatePenaltyInterest,
  approvalLevelFor,
  planMonthlyDiscountRate,
  planNpv,
  type RepaymentCase,
  type RepaymentOption,
  type RepaymentPolicy,
} from '../../calculators/collections/index';

// The policy files as the site reads them (parsed, validated, checked against each other).
const policy: RepaymentPolicy = loadPolicy();
/** Cases are dated: the cap a plan is held to depends on the loan's contract date (24% until 2026-12-31). */
const DATE = '2026-12-04';
const P = policy.collections;
const TOP = P.approvalMatrix[P.approvalMatrix.length - 1]!;

/** The policy with some plan or legal parameters replaced (bypasses the schema on purpose). */
const withPlans = (
  plans: Partial<RepaymentPolicy['collections']['plans']>,
  legal: Partial<RepaymentPolicy['collections']['legal']> = {},
): RepaymentPolicy => ({
  ...policy,
  collections: { ...P, plans: { ...P.plans, ...plans }, legal: { ...P.legal, ...legal } },
});

const option = (r: ReturnType<typeof compareRepaymentPlans>, code: RepaymentOption['code']) =>
  r.options.find((o) => o.code === code)!;

/** A matured ¥1,000 loan at 12%: every schedule is easy to check by hand (monthly rate 1%). */
const handCase = (monthlyCapacity: string): RepaymentCase => ({
  outstandingPrincipal: '1000',
  overduePrincipal: '1000',
  overdueInterest: '0',
  penaltyInterest: '0',
  dpd: 40,
  contractRate: '0.12',
  remainingTermMonths: 0,
  loanAgeMonths: 12,
  monthlyCapacity,
  contractDate: DATE,
});

/** A larger non-performing loan: 120 DPD, ¥21,000 claim. */
const nplCase = (monthlyCapacity: string, extra: Partial<RepaymentCase> = {}): RepaymentCase => ({
  outstandingPrincipal: '20000',
  overduePrincipal: '3000',
  overdueInterest: '400',
  penaltyInterest: '600',
  dpd: 120,
  contractRate: '0.18',
  remainingTermMonths: 10,
  loanAgeMonths: 14,
  monthlyCapacity,
  contractDate: DATE,
  ...extra,
});

/** Every Decimal reachable from a value, to check that none is NaN or infinite. */
function decimals(x: unknown, out: Decimal[] = []): Decimal[] {
  if (x instanceof Decimal) out.push(x);
  else if (Array.isArray(x)) x.forEach((y) => decimals(y, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((y) => decimals(y, out));
  return out;
}

const money = (maxFen: number) => fc.integer({ min: 0, max: maxFen }).map((f) => D(f).div(100));

/** A contract date from 2026 to 2029 (the cap falls from 24% to 18% to 4 × LPR over it). */
const dateArb = fc
  .integer({ min: 0, max: 4 * 365 })
  .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));

/** Random but consistent delinquent cases. */
const caseArb = fc
  .record({
    current: money(15_000_000),
    overdue: money(3_000_000),
    oi: money(300_000),
    pen: fc.option(money(200_000), { nil: undefined }),
    dpd: fc.integer({ min: 1, max: 720 }),
    rate: fc.integer({ min: 0, max: 2400 }).map((bp) => D(bp).div(10_000)),
    remaining: fc.integer({ min: 1, max: 36 }),
    age: fc.integer({ min: 0, max: 59 }),
    capacity: money(2_000_000),
    funds: money(20_000_000),
    date: dateArb,
  })
  .filter((r) => r.overdue.plus(r.oi).gt(0))
  .map((r): RepaymentCase => ({
    outstandingPrincipal: r.current.plus(r.overdue),
    overduePrincipal: r.overdue,
    overdueInterest: r.oi,
    penaltyInterest: r.pen,
    dpd: r.dpd,
    contractRate: r.rate,
    remainingTermMonths: r.current.gt(0) ? r.remaining : 0,
    loanAgeMonths: r.age,
    monthlyCapacity: r.capacity,
    availableFunds: r.funds,
    contractDate: r.date,
  }));

describe('NPV arithmetic (checked by hand)', () => {
  it('monthly discount rate is (1 + 6%)^(1/12) − 1 = 0.48675506%', () => {
    expect(planMonthlyDiscountRate(P.plans.discountRate).toFixed(12)).toBe('0.004867550565');
    // Twelve months of monthly discounting equal one year at the annual rate.
    expect(planMonthlyDiscountRate('0.06').plus(1).pow(12).toFixed(30)).toBe('1.060000000000000000000000000000');
  });

  it('two payments of 500: 500 ÷ 1.06^(1/12) + 500 ÷ 1.06^(2/12) = 992.7457736…', () => {
    // Written out: 1.06^(1/12) = 1.0048675505653430375…, 1.06^(2/12) = 1.0097588…
    const v1 = D('1.0048675505653430375411989455875059950570');
    const byHand = D(500)
      .div(v1)
      .plus(D(500).div(v1.times(v1)));
    expect(byHand.toFixed(6)).toBe('992.745774');
    expect(
      planNpv(
        [
          { month: 1, amount: 500 },
          { month: 2, amount: 500 },
        ],
        '0.06',
      ).toFixed(6),
    ).toBe('992.745774');
  });

  it('个性化分期 of ¥1,000 at 0% over 2 months has NPV 992.75 (same arithmetic through the comparator)', () => {
    const r = compareRepaymentPlans(handCase('600'), policy); // limit 540: 1,000 in one month is too much, 500 is not
    const pers = option(r, 'personalised');
    expect(pers.planMonths).toBe(2);
    expect(pers.payments.map((x) => x.toFixed(2))).toEqual(['500.00', '500.00']);
    expect(pers.npv.toFixed(2)).toBe('992.75');
  });

  it('catch-up of ¥1,000 at 12% over 2 months: 2 × 507.51, NPV 507.51 ÷ 1.06^(1/12) + 507.51 ÷ 1.06^(2/12) = 1,007.66', () => {
    // Instalment = 1000 × 0.01 × 1.01² ÷ (1.01² − 1) = 507.5124… → 507.51.
    const r = compareRepaymentPlans(handCase('600'), policy);
    const cu = option(r, 'catch-up');
    expect(cu.planMonths).toBe(2);
    expect(cu.payments.map((x) => x.toFixed(2))).toEqual(['507.51', '507.51']);
    expect(cu.npv.toFixed(2)).toBe('1007.66');
  });

  it('legal route: 35% of ¥21,000 after 12 months, costs 500 + 5% × 21,000: NPV = 7,350 ÷ 1.06 − 1,550 = 5,383.96', () => {
    const r = compareRepaymentPlans(nplCase('0'), withPlans({}, { legalRecoveryMonths: 12 }));
    const legal = option(r, 'legal');
    expect(r.claim.toFixed(2)).toBe('21000.00');
    expect(legal.totalCollected.toFixed(2)).toBe('7350.00');
    expect(legal.cost.toFixed(2)).toBe('1550.00');
    expect(D(7350).div('1.06').minus(1550).toFixed(2)).toBe('5383.96');
    expect(legal.npv.toFixed(2)).toBe('5383.96');
  });

  it('legal route with the committed 18 months: 7,350 ÷ 1.06^1.5 − 1,550 = 5,184.86', () => {
    const legal = option(compareRepaymentPlans(nplCase('0'), policy), 'legal');
    expect(legal.planMonths).toBe(18);
    expect(legal.npv.toFixed(2)).toBe('5184.86');
  });

  it('every plan NPV equals its payments discounted month by month', () => {
    const r = compareRepaymentPlans(nplCase('2500'), policy);
    const plans = r.options.filter((x) => x.code !== 'legal' && x.code !== 'settle' && x.available);
    expect(plans.length).toBeGreaterThanOrEqual(2); // the loop below checks something
    for (const o of plans) {
      let pv = D(0);
      o.payments.forEach((pay, i) => (pv = pv.plus(pay.div(D('1.06').pow(D(i + 1).div(12))))));
      expect(o.npv.toFixed(2)).toBe(pv.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    }
    // Settlement is paid at signing: not discounted.
    const s = option(r, 'settle');
    expect(s.npv.eq(s.payments[0]!)).toBe(true);
  });
});

describe('penalty interest', () => {
  it('overdue rate = contract × (1 + 50%), capped at the 24% all-in cap', () => {
    expect(penaltyRateFor('0.12', P.penalty.penaltyUpliftRate, '0.24')!.toFixed(4)).toBe('0.1800');
    expect(penaltyRateFor('0.18', '0.5', '0.24')!.toFixed(4)).toBe('0.2400'); // 27% capped
    expect(penaltyRateFor('0.25', '0.5', '0.24')).toBeNull();
  });

  it('estimate: (overdue principal + interest) × rate ÷ 360 × DPD, to the fen: 3,400 × 24% ÷ 360 × 120 = 272.00', () => {
    expect(estimatePenaltyInterest('3400', '0.24', 120).toFixed(2)).toBe('272.00');
    const r = compareRepaymentPlans(nplCase('1000', { penaltyInterest: undefined }), policy);
    expect(r.penaltyEstimated).toBe(true);
    expect(r.penaltyRate.toFixed(4)).toBe('0.2400');
    expect(r.penaltyInterest.toFixed(2)).toBe('272.00');
  });

  it('a contract rate above the cap is refused with a CalcError', () => {
    expect(() => compareRepaymentPlans(nplCase('1000', { contractRate: '0.25' }), policy)).toThrow(
      /all-in cap|rate-above-cap|综合年化/,
    );
  });
});

describe('waivers never exceed the allowed limit', () => {
  it('penaltyWaiver stays within the top level share and amount, to the fen, rounding down (property)', () => {
    fc.assert(
      fc.property(money(100_000_000), fc.integer({ min: 0, max: 10_000 }), (pen, bp) => {
        const rate = D(bp).div(10_000);
        const w = penaltyWaiver(pen, rate, P.approvalMatrix);
        expect(w.gte(0)).toBe(true);
        expect(w.lte(pen.times(TOP.maxWaiverRate))).toBe(true);
        expect(w.lte(pen.times(rate))).toBe(true);
        expect(w.lte(TOP.maxConcessionAmount)).toBe(true);
        expect(w.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('with a top level that allows only 40%, a 100% request is clamped to 40%', () => {
    const matrix = [{ ...TOP, maxWaiverRate: 0.4 }];
    expect(penaltyWaiver('1000', '1', matrix).toFixed(2)).toBe('400.00');
    expect(penaltyWaiver('0.05', '1', matrix).toFixed(2)).toBe('0.02'); // 0.02 not 0.02-rounded-up
  });

  it('in every comparison, waivers are within policy and the chosen approver covers them (property)', () => {
    fc.assert(
      fc.property(caseArb, (facts) => {
        const r = compareRepaymentPlans(facts, policy);
        const pen = r.penaltyInterest;
        for (const o of r.options) {
          expect(o.penaltyWaived.lte(pen)).toBe(true);
          expect(o.penaltyWaived.lte(pen.times(TOP.maxWaiverRate))).toBe(true);
          if (o.code === 'settle') expect(o.penaltyWaived.lte(pen.times(P.plans.settlementWaiverRate))).toBe(true);
          if (o.code === 'personalised')
            expect(o.penaltyWaived.lte(pen.times(P.plans.personalisedWaiverRate))).toBe(true);
          if (o.approval && o.approval.level !== null) {
            const lvl = P.approvalMatrix[o.approval.level]!;
            if (pen.gt(0)) expect(o.penaltyWaived.div(pen).lte(lvl.maxWaiverRate)).toBe(true);
            expect(o.concession.lte(lvl.maxConcessionAmount)).toBe(true);
            expect(o.planMonths).toBeLessThanOrEqual(lvl.maxPlanMonths);
            // …and no lower level would have sufficed.
            for (const lower of P.approvalMatrix.slice(0, o.approval.level)) {
              const covers =
                (pen.gt(0) ? o.penaltyWaived.div(pen) : D(0)).lte(lower.maxWaiverRate) &&
                o.concession.lte(lower.maxConcessionAmount) &&
                o.planMonths <= lower.maxPlanMonths;
              expect(covers).toBe(false);
            }
          }
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('approval level follows the matrix: a 50% waiver of ¥600 needs the head of post-loan management', () => {
    expect(approvalLevelFor(P.approvalMatrix, { waiverShare: '0.3', concession: '180', planMonths: 0 })!.level).toBe(0);
    expect(
      approvalLevelFor(P.approvalMatrix, { waiverShare: '0.5', concession: '300', planMonths: 0 })!.approver.zh,
    ).toBe('贷后管理部负责人');
    expect(approvalLevelFor(P.approvalMatrix, { waiverShare: '0', concession: '0', planMonths: 36 })!.approver.en).toBe(
      'Chief Risk Officer',
    );
    expect(approvalLevelFor(P.approvalMatrix, { waiverShare: '0', concession: '200000.01', planMonths: 1 })).toBeNull();
    const s = option(compareRepaymentPlans(nplCase('0', { availableFunds: '50000' }), policy), 'settle');
    expect(s.penaltyWaived.toFixed(2)).toBe('300.00');
    expect(s.approval!.approver.zh).toBe('贷后管理部负责人');
  });
});

describe('affordability threshold is exact', () => {
  it('payment = capacity × ratio is affordable; one fen more is not', () => {
    expect(isAffordable('900', '1000', P.plans.affordabilityMaxRatio)).toBe(true);
    expect(isAffordable('900.01', '1000', P.plans.affordabilityMaxRatio)).toBe(false);
    expect(isAffordable('0', '0', '0.9')).toBe(false); // no capacity: nothing is affordable
    expect(affordabilityRatio('900', '1000')!.toFixed(4)).toBe('0.9000');
    expect(affordabilityRatio('900', '0')).toBeNull();
  });

  it('settlement of exactly 90% of (capacity + funds) is affordable, one fen more is not', () => {
    const facts = (principal: string): RepaymentCase => ({
      outstandingPrincipal: principal,
      overduePrincipal: '500',
      overdueInterest: '0',
      penaltyInterest: '0',
      dpd: 5,
      contractRate: '0.15',
      remainingTermMonths: 6,
      loanAgeMonths: 6,
      monthlyCapacity: '1000',
      availableFunds: '9000',
      contractDate: DATE,
    });
    const at = option(compareRepaymentPlans(facts('9000'), policy), 'settle');
    expect(at.monthlyPayment.toFixed(2)).toBe('9000.00');
    expect(at.affordable).toBe(true);
    expect(at.affordability!.toFixed(2)).toBe('0.90');
    expect(option(compareRepaymentPlans(facts('9000.01'), policy), 'settle').affordable).toBe(false);
  });

  it('an extension whose payment equals the limit exactly is affordable and recommended; 1 fen less capacity loses it', () => {
    // Ratio 0.5 so that capacity = payment ÷ 0.5 = payment × 2 is a whole number of fen.
    const pol = withPlans({ affordabilityMaxRatio: 0.5 });
    const probe = option(compareRepaymentPlans(handCase('1'), pol), 'extension'); // longest term, lowest payment
    expect(probe.affordable).toBe(false);
    const payment = probe.monthlyPayment;
    const capacity = payment.times(2);
    const at = compareRepaymentPlans(handCase(capacity.toFixed()), pol);
    expect(option(at, 'extension').affordable).toBe(true);
    expect(option(at, 'extension').monthlyPayment.eq(capacity.times('0.5'))).toBe(true);
    expect(at.recommendation.code).toBe('extension');
    const below = compareRepaymentPlans(handCase(capacity.minus('0.01').toFixed()), pol);
    expect(option(below, 'extension').affordable).toBe(false);
    expect(below.recommendation.code).toBe('personalised');
  });
});

describe('plan length caps', () => {
  it('no plan is longer than maxPlanMonths, catch-up than catchUpMaxMonths; extensions respect the 5-year term (property)', () => {
    fc.assert(
      fc.property(caseArb, (facts) => {
        const r = compareRepaymentPlans(facts, policy);
        for (const o of r.options.filter((x) => x.code !== 'legal' && x.available)) {
          expect(o.planMonths).toBeLessThanOrEqual(P.plans.maxPlanMonths);
        }
        const cu = option(r, 'catch-up');
        if (cu.available) expect(cu.planMonths).toBeLessThanOrEqual(P.plans.catchUpMaxMonths);
        const ext = option(r, 'extension');
        if (ext.available) {
          expect(facts.loanAgeMonths + ext.planMonths).toBeLessThanOrEqual(P.plans.consumerLoanMaxTermMonths);
          expect(ext.planMonths).toBeGreaterThan(facts.remainingTermMonths);
          expect(ext.payments).toHaveLength(ext.planMonths);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('an extension is unavailable once the loan is at the 5-year maximum', () => {
    const r = compareRepaymentPlans(nplCase('5000', { loanAgeMonths: 50 }), policy); // 10 left, nothing to extend into
    expect(option(r, 'extension').available).toBe(false);
    expect(option(r, 'extension').unavailableReason!.en).toMatch(/60-month maximum/);
  });

  it('with a tiny capacity the personalised plan stops at maxPlanMonths (24 in a stricter policy) and is unaffordable', () => {
    const r = compareRepaymentPlans(nplCase('1'), withPlans({ maxPlanMonths: 24, catchUpMaxMonths: 12 }));
    expect(option(r, 'personalised').planMonths).toBe(24);
    expect(option(r, 'personalised').affordable).toBe(false);
    expect(option(r, 'extension').planMonths).toBeLessThanOrEqual(24);
  });
});

describe('classification consequences', () => {
  it('plans 2–4 are restructurings: at least 关注, observation 12 months; settlement and litigation are not', () => {
    const r = compareRepaymentPlans(handCase('600'), policy);
    for (const code of ['catch-up', 'extension', 'personalised'] as const) {
      const c = option(r, code).classification;
      expect(c.restructured).toBe(true);
      expect(c.categoryAfter).toBe('specialMention');
      expect(c.observationMonths).toBe(12);
      expect(c.text.zh).toMatch(/重组资产/);
    }
    expect(option(r, 'settle').classification.restructured).toBe(false);
    expect(option(r, 'settle').classification.categoryAfter).toBeNull();
    expect(option(r, 'legal').classification.restructured).toBe(false);
  });

  it('a loan already non-performing stays there through the observation period', () => {
    const r = compareRepaymentPlans(nplCase('3000'), policy);
    expect(r.categoryNow).toBe('substandard');
    expect(option(r, 'extension').classification.categoryAfter).toBe('substandard');
    expect(option(r, 'extension').classification.text.en).toMatch(/no upgrade/);
  });

  it('categories come from the provisioning classifier (RP-06): today by DPD, after a plan as a restructured asset', () => {
    for (const dpd of [1, 90, 91, 271, 361]) {
      const r = compareRepaymentPlans({ ...handCase('600'), dpd }, policy);
      expect(r.categoryNow).toBe(classifyLoan({ dpd }, policy.provisioning).category);
    }
    expect(compareRepaymentPlans({ ...handCase('600'), dpd: 91 }, policy).categoryNow).toBe('substandard');
    expect(compareRepaymentPlans({ ...handCase('600'), dpd: 90 }, policy).categoryNow).toBe('specialMention');
  });
});

describe('recommendation', () => {
  it('moves from catch-up to extension to personalised to hardship review as capacity falls', () => {
    // capacity 600 → limit 540: catch-up over 2 months (507.51) ties extension over 2 months; catch-up is listed first.
    expect(compareRepaymentPlans(handCase('600'), policy).recommendation.code).toBe('catch-up');
    // capacity 90 → limit 81: catch-up at its 12-month maximum costs 88.85 (unaffordable);
    // extension over 14 months (13 months: 82.41, too much). By hand, at r = 1%:
    //   A = 1000 × 0.01 × 1.01¹⁴ ÷ (1.01¹⁴ − 1) = 76.90117… → 76.90 (half-up to the fen);
    //   interest rounded half-up each month (10.00, 9.33, 8.66, …, 1.52) leaves 76.15 owed after
    //   month 13; month 14 repays it all: 76.15 + round(0.7615) = 76.15 + 0.76 = 76.91.
    // The option's monthlyPayment is the HIGHEST scheduled payment (what the borrower must
    // be able to pay, and what affordability is tested on), so 76.91, not the level 76.90.
    const r90 = compareRepaymentPlans(handCase('90'), policy);
    expect(option(r90, 'catch-up').affordable).toBe(false);
    expect(option(r90, 'catch-up').monthlyPayment.toFixed(2)).toBe('88.85');
    const ext90 = option(r90, 'extension');
    expect(ext90.planMonths).toBe(14);
    expect(ext90.payments[0]!.toFixed(2)).toBe('76.90');
    expect(ext90.payments[13]!.toFixed(2)).toBe('76.91');
    expect(ext90.monthlyPayment.toFixed(2)).toBe('76.91');
    expect(r90.recommendation.code).toBe('extension');
    // capacity 20 → limit 18: extension at its 48-month maximum (60 − 12 months of age) has the level
    // instalment 1000 × 0.01 × 1.01⁴⁸ ÷ (1.01⁴⁸ − 1) = 26.3338… → 26.33; the 0.0038 rounded away each
    // month accumulates with interest, so month 48 repays 26.35 + 0.26 = 26.61 (too much either way).
    // Interest-free over 56 months costs 17.86.
    const r20 = compareRepaymentPlans(handCase('20'), policy);
    const ext20 = option(r20, 'extension');
    expect(ext20.planMonths).toBe(48);
    expect(ext20.payments[0]!.toFixed(2)).toBe('26.33');
    expect(ext20.monthlyPayment.toFixed(2)).toBe('26.61');
    expect(option(r20, 'personalised').planMonths).toBe(56);
    expect(r20.recommendation.code).toBe('personalised');
    expect(r20.recommendation.reason.zh).toMatch(/个性化分期/);
    // capacity 10 → limit 9: nothing is affordable; the ¥1,000 claim is below the litigation threshold.
    const r10 = compareRepaymentPlans(handCase('10'), policy);
    expect(r10.recommendation.code).toBe('hardship-review');
    expect(r10.recommendation.noAffordableOption).toBe(true);
    expect(r10.recommendation.reason.zh).toMatch(/没有任何方案/);
    expect(r10.recommendation.reason.en).toMatch(/^No option is affordable/);
  });

  it('recommends the legal route when nothing is affordable and litigation is worthwhile', () => {
    const r = compareRepaymentPlans(nplCase('0'), policy);
    expect(r.options.every((o) => !o.affordable)).toBe(true);
    expect(r.recommendation.code).toBe('legal');
    expect(r.recommendation.noAffordableOption).toBe(true);
    expect(r.recommendation.reason.en).toMatch(/No option is affordable.*legal route/);
  });

  it('capacity 0: nothing affordable, affordability null, no NaN or Infinity anywhere', () => {
    const r = compareRepaymentPlans(nplCase('0'), policy);
    for (const o of r.options) {
      expect(o.affordable).toBe(false);
      expect(o.affordability).toBeNull();
    }
    expect(decimals(r).every((d) => d.isFinite())).toBe(true);
  });

  it('settlement wins when the borrower has the funds and the contract rate is below the discount rate', () => {
    // No penalty, so nothing is waived: settling collects the ¥20,400 claim today, while any plan
    // collects the same debt later at 4%, which is worth less than face value at a 6% discount rate.
    const r = compareRepaymentPlans(
      nplCase('5000', { contractRate: '0.04', availableFunds: '30000', penaltyInterest: '0' }),
      policy,
    );
    expect(option(r, 'settle').npv.toFixed(2)).toBe('20400.00');
    expect(option(r, 'catch-up').npv.lt('20400')).toBe(true);
    expect(r.recommendation.code).toBe('settle');
    expect(r.recommendation.reason.en).toMatch(/highest net present value/);
  });

  it('…but a ¥300 settlement waiver costs more than a short catch-up at 4% loses to discounting', () => {
    // ¥600 penalty, 50% waived: settlement NPV = 21,000 − 300 = 20,700.00. Catch-up keeps every fen
    // of the claim and loses only the 6% − 4% rate gap over ≤ 10 months, about ¥140 here.
    const r = compareRepaymentPlans(nplCase('5000', { contractRate: '0.04', availableFunds: '30000' }), policy);
    expect(option(r, 'settle').npv.toFixed(2)).toBe('20700.00');
    const cu = option(r, 'catch-up');
    expect(cu.npv.gt('20700')).toBe(true);
    expect(D(21000).minus(cu.npv).lt(300)).toBe(true);
    expect(r.recommendation.code).toBe('catch-up');
  });

  it('a plan whose fen rounding lifts its annualised rate over the cap is flagged and never recommended', () => {
    // ¥1.25 owed at 24%: one month's interest 1.25 × 2% = 0.025 rounds half-up to 0.03, so a one-month
    // plan collects 1.28: IRR 0.03 ÷ 1.25 = 2.4% a month = 28.8% simple, above the 24% cap.
    const tiny: RepaymentCase = {
      outstandingPrincipal: '1.25',
      overduePrincipal: '1.25',
      overdueInterest: '0',
      penaltyInterest: '0',
      dpd: 10,
      contractRate: '0.24',
      remainingTermMonths: 0,
      loanAgeMonths: 6,
      monthlyCapacity: '10',
      contractDate: DATE,
    };
    const r = compareRepaymentPlans(tiny, policy);
    const cu = option(r, 'catch-up');
    expect(cu.payments.map((x) => x.toFixed(2))).toEqual(['1.28']);
    expect(cu.borrowerRate!.simple.toFixed(4)).toBe('0.2880');
    expect(cu.withinAllInCap).toBe(false);
    expect(cu.eligible).toBe(false);
    expect(cu.notes.at(-1)!.en).toMatch(/all-in annualised cost of 28\.80% is above the cap of 24\.00%/);
    expect(cu.notes.at(-1)!.zh).toMatch(/28\.80% 超过上限 24\.00%，不得提供/);
    expect(r.recommendation.code).toBe('settle'); // 1.25 now, within 90% of the ¥10 capacity
  });

  it('never yields NaN or Infinity, and the recommended option is eligible and NPV-maximal (property)', () => {
    fc.assert(
      fc.property(caseArb, (facts) => {
        const r = compareRepaymentPlans(facts, policy);
        expect(decimals(r).every((d) => d.isFinite())).toBe(true);
        const eligible = r.options.filter((o) => o.eligible);
        if (eligible.length) {
          const rec = option(r, r.recommendation.code as RepaymentOption['code']);
          expect(rec.eligible).toBe(true);
          for (const o of eligible) expect(rec.npv.gte(o.npv)).toBe(true);
        } else {
          expect(['legal', 'hardship-review']).toContain(r.recommendation.code);
        }
        // The cap is the one for the loan's contract date and whole term, compared by RP-10's rule.
        const term = Math.max(1, facts.loanAgeMonths + facts.remainingTermMonths);
        expect(r.costCap.rate.eq(costCapOn({ contractDate: facts.contractDate, termMonths: term }, policy).rate)).toBe(
          true,
        );
        for (const o of r.options) {
          if (o.affordable) expect(o.monthlyPayment.lte(D(o.capacity).times(P.plans.affordabilityMaxRatio))).toBe(true);
          if (o.borrowerRate) expect(o.withinAllInCap).toBe(withinCostCap(o.borrowerRate.simple, r.costCap.rate));
          if (o.withinAllInCap === false) expect(o.eligible).toBe(false);
        }
        // A recommended plan keeps the loan's life within the cap, measured on the money actually lent.
        const rec = r.options.find((o) => o.code === r.recommendation.code);
        if (rec?.borrowerRate) expect(withinCostCap(rec.borrowerRate.simple, r.costCap.rate)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('degenerate cases', () => {
  it('tiny matured debts (a few fen to ¥5) with little or no capacity: valid, finite, never recommending a plan over the cap (property)', () => {
    // The shrunk counterexample that motivated this: ¥0.10 overdue, nothing left to run, capacity 0.
    const r0 = compareRepaymentPlans(
      { ...handCase('0'), outstandingPrincipal: '0.1', overduePrincipal: '0.1', penaltyInterest: undefined },
      policy,
    );
    expect(r0.recommendation.noAffordableOption).toBe(true);
    expect(decimals(r0).every((d) => d.isFinite())).toBe(true);
    fc.assert(
      fc.property(
        money(500),
        money(100),
        fc.integer({ min: 1, max: 720 }),
        fc.integer({ min: 0, max: 2400 }),
        fc.integer({ min: 0, max: 59 }),
        money(1000),
        (owed, oi, dpd, bp, age, capacity) => {
          fc.pre(owed.plus(oi).gt(0));
          const r = compareRepaymentPlans(
            {
              outstandingPrincipal: owed,
              overduePrincipal: owed,
              overdueInterest: oi,
              dpd,
              contractRate: D(bp).div(10_000),
              remainingTermMonths: 0,
              loanAgeMonths: age,
              monthlyCapacity: capacity,
              contractDate: DATE,
            },
            policy,
          );
          expect(decimals(r).every((d) => d.isFinite())).toBe(true);
          for (const o of r.options) if (o.withinAllInCap === false) expect(o.eligible).toBe(false);
          const rec = r.options.find((o) => o.code === r.recommendation.code);
          if (rec && rec.code !== 'legal') expect(rec.eligible).toBe(true);
        },
      ),
      { numRuns: runs(1000) },
    );
  });
});

describe('option details', () => {
  it('no plan capitalises anything: the extension re-amortises the principal only; personalised waives the penalty and freezes interest', () => {
    const r = compareRepaymentPlans(nplCase('2000'), policy);
    const ext = option(r, 'extension');
    expect(ext.interestFree.toFixed(2)).toBe('1000.00'); // 400 interest + 600 penalty, repaid without interest
    expect(ext.concession.toFixed(2)).toBe('0.00');
    // The borrower pays the claim plus contract interest on the ¥20,000 principal, nothing more.
    const onPrincipal = amortize({
      principal: '20000',
      annualRate: '0.18',
      termMonths: ext.planMonths,
      method: 'equal-instalment',
    });
    const total = ext.payments.reduce((a, b) => a.plus(b), D(0));
    expect(total.toFixed(2)).toBe(D('21000').plus(onPrincipal.totals.interest).toFixed(2));
    // Its cost: ¥20,000 lent at the first unpaid due date, 120 DPD = 4 whole months before signing.
    expect(r.costBase).toEqual({ amount: D('20000'), basis: 'outstanding-principal', dpd: 120, monthsBefore: 4 });
    const life = annualizedRate(['-20000', '0', '0', '0', '0', ...ext.payments]);
    expect(ext.borrowerRate!.simple.toFixed(10)).toBe(life.simple.toFixed(10));
    const pers = option(r, 'personalised');
    expect(pers.penaltyWaived.toFixed(2)).toBe('600.00');
    expect(pers.interestFree.toFixed(2)).toBe('400.00');
    expect(pers.payments.reduce((a, b) => a.plus(b), D(0)).toFixed(2)).toBe('20400.00');
    // Interest forgone = Σ opening principal × 18% ÷ 12 over the interest-free principal schedule.
    const principalPart = amortize({
      principal: '20000',
      annualRate: '0',
      termMonths: pers.planMonths,
      method: 'equal-instalment',
    });
    let forgone = D(0);
    let opening = D('20000');
    for (const row of principalPart.rows) {
      forgone = forgone.plus(opening.times('0.18').div(12));
      opening = row.balance;
    }
    expect(pers.interestForgone.toFixed(2)).toBe(forgone.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    expect(pers.concession.eq(pers.penaltyWaived.plus(pers.interestForgone))).toBe(true);
  });

  it('no plan charges interest on overdue interest or penalty: each total is the debt plus interest on its principal part only (property)', () => {
    fc.assert(
      fc.property(caseArb, (facts) => {
        const r = compareRepaymentPlans(facts, policy);
        const rate = D(facts.contractRate);
        const outstanding = D(facts.outstandingPrincipal);
        const overduePrincipal = D(facts.overduePrincipal);
        const interestAndPenalty = D(facts.overdueInterest).plus(r.penaltyInterest);
        const sum = (o: RepaymentOption) => o.payments.reduce((a, b) => a.plus(b), D(0));
        const interestOn = (principal: Decimal, annualRate: Decimal, n: number) =>
          principal.gt(0)
            ? amortize({ principal, annualRate, termMonths: n, method: 'equal-instalment' }).totals.interest
            : D(0);
        const ext = option(r, 'extension');
        if (ext.available) {
          expect(ext.interestFree.eq(interestAndPenalty)).toBe(true);
          expect(sum(ext).eq(r.claim.plus(interestOn(outstanding, rate, ext.planMonths)))).toBe(true);
        }
        const cu = option(r, 'catch-up');
        if (cu.available) {
          const current = outstanding.minus(overduePrincipal);
          const regular = interestOn(current, rate, facts.remainingTermMonths);
          expect(sum(cu).eq(r.claim.plus(regular).plus(interestOn(overduePrincipal, rate, cu.planMonths)))).toBe(true);
        }
        const pers = option(r, 'personalised');
        const planRate = Decimal.min(D(P.plans.personalisedPlanRate), rate);
        expect(
          sum(pers).eq(r.claim.minus(pers.penaltyWaived).plus(interestOn(outstanding, planRate, pers.planMonths))),
        ).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('…also when the company charges interest in 个性化分期 (a plan rate above 0): still on the principal only', () => {
    const pol = withPlans({ personalisedPlanRate: 0.06, personalisedWaiverRate: 0.5 });
    const r = compareRepaymentPlans(nplCase('2000'), pol);
    const pers = option(r, 'personalised');
    expect(pers.penaltyWaived.toFixed(2)).toBe('300.00');
    expect(pers.interestFree.toFixed(2)).toBe('700.00'); // 400 interest + 300 penalty left
    const onPrincipal = amortize({
      principal: '20000',
      annualRate: '0.06',
      termMonths: pers.planMonths,
      method: 'equal-instalment',
    });
    expect(pers.payments.reduce((a, b) => a.plus(b), D(0)).toFixed(2)).toBe(
      D('20700').plus(onPrincipal.totals.interest).toFixed(2),
    );
  });

  it('rejects impossible facts with a CalcError naming the field responsible (not in the text: review #23, #24)', () => {
    const fieldOf = (facts: RepaymentCase) => {
      try {
        compareRepaymentPlans(facts, policy);
      } catch (e) {
        expect(e).toBeInstanceOf(CalcError);
        expect((e as CalcError).messages.en).not.toMatch(/overduePrincipal|dpd|monthlyCapacity|remainingTermMonths/);
        return (e as CalcError).field;
      }
      throw new Error('no CalcError');
    };
    expect(fieldOf(nplCase('1', { overduePrincipal: '30000' }))).toBe('overduePrincipal');
    expect(fieldOf(nplCase('1', { dpd: 0 }))).toBe('dpd');
    expect(fieldOf(nplCase('-1'))).toBe('monthlyCapacity');
    expect(fieldOf(nplCase('1', { remainingTermMonths: 0 }))).toBe('remainingTermMonths');
    expect(() => compareRepaymentPlans(nplCase('1', { contractDate: '2026-02-30' }), policy)).toThrow(CalcError);
  });

  it("a missing or non-numeric contract rate is a CalcError with both messages, never decimal.js's raw error", () => {
    const { contractRate: _, ...missing } = nplCase('2000');
    for (const facts of [
      missing as RepaymentCase,
      nplCase('2000', { contractRate: 'abc' }),
      nplCase('2000', { contractRate: 'NaN' }),
    ]) {
      let error: unknown;
      try {
        compareRepaymentPlans(facts, policy);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CalcError);
      const { messages } = error as CalcError;
      expect(messages.zh).toMatch(/合同利率/);
      expect(messages.en).toMatch(/contract rate/);
      expect(`${messages.zh} ${messages.en}`).not.toMatch(/DecimalError/);
    }
  });
});

describe('the cost of a plan: over the loan’s life, on the money actually lent, against the cap by contract date (audit M12)', () => {
  it('calculators review #16 (?r=24%&c=5000 on the island’s default case): the extension now shows its true cost, above the cap, and is not recommended', () => {
    // The review's case, as the island parses it: its defaults with r = 24% and capacity 5,000.
    const c = compute({ ...DEFAULT_CASE, r: '24%', c: '5000', cd: DATE }, policy, DATE);
    const r = c.result!;
    expect(r.penaltyInterest.toFixed(2)).toBe('102.00'); // 3,400 × 24% ÷ 360 × 45
    expect(r.claim.toFixed(2)).toBe('20502.00');
    const ext = option(r, 'extension');
    // Before: the claim (penalty included) was re-amortised at 24% and its rate measured on that claim,
    // so it read exactly 24.00%. Now the ¥502 of interest and penalty bears no interest and the cost is
    // measured on the ¥20,000 actually lent, 45 DPD = 1 whole month before signing.
    expect(r.costBase).toEqual({ amount: D('20000'), basis: 'outstanding-principal', dpd: 45, monthsBefore: 1 });
    const life = annualizedRate(['-20000', '0', ...ext.payments]);
    expect(ext.borrowerRate!.simple.eq(life.simple)).toBe(true);
    expect(life.simple.gt('0.2405')).toBe(true); // above 24.00% even rounded to 0.01%
    expect(ext.withinAllInCap).toBe(false);
    expect(ext.eligible).toBe(false);
    expect(r.costCap.rate.toFixed(4)).toBe('0.2400');
    expect(r.recommendation.code).not.toBe('extension');
    expect(option(r, 'catch-up').withinAllInCap).toBe(false); // the same penalty on a 24% loan
    // The plan that waives the penalty and freezes interest stays within the cap and is recommended.
    expect(r.recommendation.code).toBe('personalised');
  });

  it('the cap is the one in force on the loan’s contract date for its whole term: the default 18% case passes in 2026, not from 2027-01-01', () => {
    const facts = {
      outstandingPrincipal: '20000',
      overduePrincipal: '3000',
      overdueInterest: '400',
      dpd: 45,
      contractRate: '0.18',
      remainingTermMonths: 10,
      loanAgeMonths: 14,
      monthlyCapacity: '2500',
    };
    const before = compareRepaymentPlans({ ...facts, contractDate: '2026-12-31' }, policy);
    const after = compareRepaymentPlans({ ...facts, contractDate: '2027-01-01' }, policy);
    expect(before.costCapTermMonths).toBe(24);
    expect(before.costCap.rate.eq(costCapOn({ contractDate: '2026-12-31', termMonths: 24 }, policy).rate)).toBe(true);
    expect(after.costCap.rate.eq(costCapOn({ contractDate: '2027-01-01', termMonths: 24 }, policy).rate)).toBe(true);
    expect(before.costCap.rate.gt(after.costCap.rate)).toBe(true);
    const ext = (r: ReturnType<typeof compareRepaymentPlans>) => option(r, 'extension');
    // Same payments either way; only the cap they are held to changes.
    expect(ext(before).borrowerRate!.simple.eq(ext(after).borrowerRate!.simple)).toBe(true);
    expect(ext(before).withinAllInCap).toBe(withinCostCap(ext(before).borrowerRate!.simple, before.costCap.rate));
    expect(ext(before).withinAllInCap).toBe(true);
    expect(ext(after).withinAllInCap).toBe(false);
    expect(after.contractRateAboveCap).toBe(false); // 18% is at the 18% cap exactly: it passes
    expect(
      compareRepaymentPlans({ ...facts, contractRate: '0.20', contractDate: '2027-03-01' }, policy)
        .contractRateAboveCap,
    ).toBe(true);
  });

  it('the penalty rate is capped at the hard all-in line (governance), with the cap step kept for the explanation', () => {
    const r = compareRepaymentPlans(nplCase('2000', { penaltyInterest: undefined }), policy);
    expect(r.penaltyRateUncapped.toFixed(4)).toBe('0.2700'); // 18% × 1.5
    expect(r.penaltyRateCap.toFixed(4)).toBe(D(policy.governance.riskAppetite.maxAllInAprRate).toFixed(4));
    expect(r.penaltyRate.eq(Decimal.min(r.penaltyRateUncapped, r.penaltyRateCap))).toBe(true);
  });

  it('with no principal left, the unpaid interest is the money still out', () => {
    const r = compareRepaymentPlans(
      { ...handCase('600'), outstandingPrincipal: '0', overduePrincipal: '0', overdueInterest: '50', dpd: 65 },
      policy,
    );
    expect(r.costBase).toEqual({ amount: D('50'), basis: 'overdue-interest', dpd: 65, monthsBefore: 2 });
  });
});
