/** Risk-based pricing (RP-03): published examples, reverse consistency, monotonicity, caps, per-period accuracy. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import { readFileSync } from 'node:fs';
import { parsePolicyFile } from '../../calculators/policy/index';
import {
  costCapCheck,
  costCapOn,
  balanceYears,
  evaluateOffer,
  exceptionApproval,
  openingBalances,
  priceLoan,
  raroc,
  solveIncreasing,
  type PriceInput,
  type PricingPolicy,
} from '../../calculators/pricing/index';
import { amortize, REPAYMENT_METHODS, type RepaymentMethod } from '../../calculators/schedule/index';
import { CalcError } from '../../calculators/errors';
import { D, Decimal, ZERO } from '../../calculators/decimal';

const policy: PricingPolicy = {
  pricing: parsePolicyFile('pricing', readFileSync('content/policy/pricing.yaml', 'utf8')),
  lpr: parsePolicyFile('lpr', readFileSync('content/policy/lpr.yaml', 'utf8')),
  governance: parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8')),
};

/** The committed policy with one grade replaced or edited. */
function withGrade(pd: number | string, lgd: number | string): PricingPolicy {
  const grades = policy.pricing.grades.map((g) => (g.id === 'C' ? { ...g, pd: Number(pd), lgd: Number(lgd) } : g));
  return { ...policy, pricing: { ...policy.pricing, grades } };
}

/** Every test prices on one contract date, so the cap in force does not move with the calendar (24% until 2027-01-01). */
const DATE = '2026-12-04';

const close = (a: Decimal, b: Decimal | string, tol = '1e-9') => expect(a.minus(D(b)).abs().lte(tol)).toBe(true);

const methodArb = fc.constantFrom<RepaymentMethod>(...REPAYMENT_METHODS);
/** Amount in whole 元 with optional fen, within the policy's limits. */
const amountArb = fc.integer({ min: 50_000, max: 10_000_000 }).map((fen) => (fen / 100).toFixed(2));
const feesArb = fc.record({
  upfront: fc.constantFrom('0', '100', '300', '1000'),
  monthly: fc.constantFrom('0', '0.001', '0.003'),
});
const inputArb = fc
  .record({
    grade: fc.constantFrom(...policy.pricing.grades.map((g) => g.id)),
    amount: amountArb,
    termMonths: fc.integer({ min: 3, max: 36 }),
    method: methodArb,
    fees: feesArb,
  })
  .map((x): PriceInput => ({
    grade: x.grade,
    amount: x.amount,
    termMonths: x.termMonths,
    method: x.method,
    // An upfront fee must stay below the principal (the core rejects it otherwise).
    fees: {
      upfrontAmount: D(x.fees.upfront).lt(D(x.amount).div(2)) ? x.fees.upfront : '0',
      monthlyFeeRate: x.fees.monthly,
    },
  }));

describe('published examples', () => {
  it('成本加成定价法 (cost-plus, regulation.md §8; 168chaogu.com, ahjiedai.com): funding 8% + operating 2% + risk 2% + margin 1% = 13%', () => {
    // Risk compensation 2% = PD 4% × LGD 50%; the capital charge is set to zero (hurdle = capital yield) to match the textbook formula.
    const p: PricingPolicy = {
      ...withGrade(0.04, 0.5),
      pricing: {
        ...withGrade(0.04, 0.5).pricing,
        capital: { ...policy.pricing.capital, hurdleRate: 0.02, capitalYieldRate: 0.02 },
        costs: { ...policy.pricing.costs, operatingCostRate: 0.02, targetMarginRate: 0.01 },
      },
    };
    for (const method of REPAYMENT_METHODS) {
      const r = priceLoan(
        { grade: 'C', amount: '100000', termMonths: 12, method, overrides: { fundingRate: '0.08' } },
        p,
      );
      expect(r.requiredRate.toString()).toBe('0.13');
      expect(r.components.map((c) => [c.key, c.rate.toString()])).toEqual([
        ['funding', '0.08'],
        ['operating', '0.02'],
        ['expectedLoss', '0.02'],
        ['capital', '0'],
        ['margin', '0.01'],
      ]);
      expect(r.components.find((c) => c.key === 'funding')!.overridden).toBe(true);
    }
  });

  it('RAROC (quannengxing.com.cn exam question): income 1,000万, costs 200万, expected loss 100万, economic capital 16,000万 → 4.38%', () => {
    const v = raroc(1000, 200, 100, 16000);
    expect(v.toString()).toBe('0.04375');
    expect(v.times(100).toFixed(2)).toBe('4.38');
    // Same question with halved figures (ti.zuoweng.com): 500, 100, 50, 8,000 → 4.375%.
    expect(raroc(500, 100, 50, 8000).toString()).toBe('0.04375');
  });

  it('RAROC of a priced loan, worked by hand: grade C, 100,000 interest-only for 12 months at 18%', () => {
    // S = 100,000 balance-years. Income 18,000; funding 3.8% → 3,800; operating 2.5% → 2,500; EL 3.5% × 85% → 2,975;
    // margin 0.5% → 500; capital 100,000 × 75% × 20% = 15,000 earning 2% → 300.
    // RAROC after overhead = (18,000 − 3,800 − 2,500 − 2,975 − 500 + 300) ÷ 15,000 = 8,525 ÷ 15,000 = 56.83%.
    const o = evaluateOffer(
      {
        grade: 'C',
        amount: '100000',
        termMonths: 12,
        method: 'interest-only',
        offeredRate: '0.18',
        contractDate: DATE,
      },
      policy,
    );
    expect(o.raroc.toFixed(6)).toBe('0.568333');
    // Economic profit = 8,525 − 12% × 15,000 = 6,725 a year.
    expect(o.economicProfitPerYear.toString()).toBe('6725');
    // Required = 3.8 + 2.5 + 2.975 + 75%·20%·(12 − 2) + 0.5 = 11.275%; break-even = 3.8 + 2.5 + 2.975 = 9.275%.
    expect(o.price.requiredRate.toString()).toBe('0.11275');
    expect(o.breakEvenRate.toString()).toBe('0.09275');
    expect(o.marginOverMinimum.toString()).toBe('0.06725');
    expect(o.meetsHurdle).toBe(true);
  });
});

describe('reverse consistency', () => {
  it('RAROC at the required rate equals the hurdle to 1e-9, and the components add up to the rate (fast-check, 1,000 runs)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = priceLoan(input, policy);
        // Exact up to the last of 40 significant digits (the fee step is computed as required − cost-plus).
        close(
          r.components.reduce((s, c) => s.plus(c.rate), ZERO),
          r.requiredRate,
          '1e-35',
        );
        if (r.feesCoverAll) {
          // Fees alone beat the hurdle (a tiny loan with a large fee): the rate is clamped at 0 and RAROC is above the hurdle.
          expect(r.raroc.gt(r.hurdleRate)).toBe(true);
          return;
        }
        close(r.raroc, r.hurdleRate);
        close(r.economics.economicProfit, ZERO, '1e-9');
      }),
      { numRuns: runs(1000) },
    );
  });

  it('an offer at exactly the required rate meets the hurdle with zero economic profit; one just below does not', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const at = evaluateOffer({ ...input, offeredRate: priceLoan(input, policy).requiredRate }, policy);
        expect(at.meetsHurdle).toBe(true);
        if (at.price.feesCoverAll) return;
        close(at.raroc, at.price.hurdleRate);
        close(at.economicProfitPerYear, ZERO);
        if (at.price.requiredRate.gt('0.0001')) {
          const below = evaluateOffer({ ...input, offeredRate: at.price.requiredRate.minus('0.0001') }, policy);
          expect(below.meetsHurdle).toBe(false);
          expect(below.raroc.lt(below.price.hurdleRate)).toBe(true);
        }
      }),
      { numRuns: runs(200) }, // each run prices the loan three times with two IRR solves each
    );
  });

  it('with no fees the required rate is the cost-plus sum exactly, whatever the method and term', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = priceLoan({ ...input, fees: undefined }, policy);
        const sum = r.components.reduce((s, c) => s.plus(c.rate), ZERO);
        expect(r.requiredRate.eq(sum)).toBe(true);
        expect(r.components.some((c) => c.key === 'fees')).toBe(false);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('fees lower the contract rate needed, and the fee component is −fees ÷ balance-years', () => {
    const base: PriceInput = { grade: 'B', amount: '30000', termMonths: 24, method: 'equal-instalment' };
    const plain = priceLoan(base, policy);
    const withFees = priceLoan({ ...base, fees: { upfrontAmount: '600', monthlyFeeRate: '0.002' } }, policy);
    expect(withFees.requiredRate.lt(plain.requiredRate)).toBe(true);
    const fees = withFees.components.find((c) => c.key === 'fees')!;
    const S = balanceYears('30000', withFees.requiredRate, 24, 'equal-instalment');
    close(
      fees.rate,
      D(600 + 24 * 60)
        .neg()
        .div(S),
      '1e-20',
    );
  });

  it('fees that cover every cost clamp the required rate at 0 and say so', () => {
    const r = priceLoan(
      { grade: 'A', amount: '1000', termMonths: 3, method: 'equal-principal', fees: { upfrontAmount: '500' } },
      policy,
    );
    expect(r.requiredRate.isZero()).toBe(true);
    expect(r.feesCoverAll).toBe(true);
    expect(r.components.reduce((s, c) => s.plus(c.rate), ZERO).isZero()).toBe(true);
  });
});

describe('risk drives price', () => {
  const pair = fc
    .tuple(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 9998 }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? [a / 10000, b / 10000] : [b / 10000, a / 10000]) as [number, number]);

  it('the required rate rises strictly with PD (fast-check, 1,000 runs)', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 100 }), inputArb, ([p1, p2], lgdPct, input) => {
        const lgd = lgdPct / 100;
        const a = priceLoan({ ...input, grade: 'C' }, withGrade(p1, lgd));
        const b = priceLoan({ ...input, grade: 'C' }, withGrade(p2, lgd));
        if (!a.feesCoverAll) expect(b.requiredRate.gt(a.requiredRate)).toBe(true);
        else expect(b.requiredRate.gte(a.requiredRate)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('the required rate rises strictly with LGD (fast-check, 1,000 runs)', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 9999 }), inputArb, ([l1, l2], pdBp, input) => {
        const pd = pdBp / 10000;
        const a = priceLoan({ ...input, grade: 'C' }, withGrade(pd, l1));
        const b = priceLoan({ ...input, grade: 'C' }, withGrade(pd, l2));
        if (!a.feesCoverAll) expect(b.requiredRate.gt(a.requiredRate)).toBe(true);
        else expect(b.requiredRate.gte(a.requiredRate)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('the committed grid prices every grade above the one before it, at every term band', () => {
    for (const band of policy.pricing.costs.fundingBands) {
      const rates = policy.pricing.grades.map(
        (g) =>
          priceLoan({ grade: g.id, amount: '20000', termMonths: band.upToMonths, method: 'equal-instalment' }, policy)
            .requiredRate,
      );
      for (let i = 1; i < rates.length; i++) expect(rates[i]!.gt(rates[i - 1]!)).toBe(true);
    }
  });
});

describe('per-period accuracy: costs follow the amortising balance', () => {
  it('balance-years in closed form equal the sum of the exact opening balances ÷ 12 (fast-check, 1,000 runs)', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.integer({ min: 0, max: 3600 }),
        fc.integer({ min: 1, max: 60 }),
        methodArb,
        (P, bp, n, method) => {
          const rate = D(bp).div(10000);
          const sum = openingBalances(P, rate, n, method)
            .reduce((s, b) => s.plus(b), ZERO)
            .div(12);
          close(balanceYears(P, rate, n, method), sum, '1e-25');
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  it('the exact balances stay within a fen a period of the booked (rounded) schedule, and exact interest within the rounding of the booked total', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.integer({ min: 100, max: 3600 }),
        fc.integer({ min: 1, max: 60 }),
        methodArb,
        (P, bp, n, method) => {
          const rate = D(bp).div(10000);
          const booked = amortize({ principal: P, annualRate: rate, termMonths: n, method });
          const exact = openingBalances(P, rate, n, method);
          const bookedOpening = [D(P), ...booked.rows.slice(0, -1).map((r) => r.balance)];
          // Each period rounds the instalment and the interest to the fen (≤ 1 fen together); the drift grows with the balance.
          const i = rate.div(12);
          const bound = exact.map((_, t) =>
            D('0.01')
              .times(t + 1)
              .times(i.plus(1).pow(t)),
          );
          exact.forEach((b, t) => expect(b.minus(bookedOpening[t]!).abs().lte(bound[t]!)).toBe(true));
          // Exact interest r × S vs the booked total: i × the balance drift plus half a fen of rounding, each period.
          const exactInterest = rate.times(balanceYears(P, rate, n, method));
          const interestBound = bound.reduce((s, d) => s.plus(d.times(i)).plus('0.005'), ZERO);
          expect(exactInterest.minus(booked.totals.interest).abs().lte(interestBound)).toBe(true);
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  it('expected loss = PD × LGD × Σ opening balance ÷ 12: the full principal for a bullet loan, about half for an amortising one', () => {
    const bullet = priceLoan({ grade: 'C', amount: '100000', termMonths: 12, method: 'interest-only' }, policy);
    // 3.5% × 85% × 100,000 × 12 ÷ 12 = 2,975.00
    expect(bullet.expectedLossAmount.toFixed(2)).toBe('2975.00');
    const flat = priceLoan({ grade: 'C', amount: '100000', termMonths: 12, method: 'equal-principal' }, policy);
    // Equal principal: Σ opening balance = 100,000 × (12 + 1) ÷ 2 = 650,000 → ÷ 12 × 2.975% = 1,611.458… → 1,611.46
    expect(flat.expectedLossAmount.toFixed(2)).toBe('1611.46');
    const level = priceLoan({ grade: 'C', amount: '100000', termMonths: 12, method: 'equal-instalment' }, policy);
    expect(level.expectedLossAmount.gt(flat.expectedLossAmount)).toBe(true);
    expect(level.expectedLossAmount.lt(bullet.expectedLossAmount)).toBe(true);
    // Capital at origination: 100,000 × 75% × 20%.
    expect(bullet.capitalAtStart.toFixed(2)).toBe('15000.00');
  });

  it('the APR disclosed is the core’s IRR of the schedule at the required rate, fees included', () => {
    const r = priceLoan(
      { grade: 'D', amount: '50000', termMonths: 24, method: 'equal-instalment', fees: { upfrontAmount: '500' } },
      policy,
    );
    expect(r.schedule.netProceeds.toFixed(2)).toBe('49500.00');
    expect(r.apr.simple.gt(r.requiredRate)).toBe(true);
    close(r.apr.simple, r.apr.periodic.times(12), '1e-30');
  });
});

describe('caps and limits', () => {
  const cap = D(policy.governance.riskAppetite.maxAllInAprRate);

  it('the all-in cap passes at the cap and whatever is disclosed as the cap (0.01%), and fails once it shows above', () => {
    const inForce = costCapOn({ contractDate: DATE, termMonths: 12 }, policy);
    expect(inForce.rate.eq(cap)).toBe(true);
    expect(costCapCheck(cap, inForce).status).toBe('pass');
    expect(costCapCheck(cap.plus('0.0000499'), inForce).status).toBe('pass');
    expect(costCapCheck(cap.plus('0.00005'), inForce).status).toBe('fail');
    expect(costCapCheck(cap.minus('1e-9'), inForce).status).toBe('pass');
  });

  it('a loan priced at exactly the cap passes; one basis point more fails, with the reason and what to do', () => {
    // Interest-only, no fees, whole-fen interest: the IRR is exactly the contract rate ÷ 12.
    const input: PriceInput = {
      grade: 'E',
      amount: '100000',
      termMonths: 12,
      method: 'interest-only',
      contractDate: DATE,
    };
    const base = priceLoan({ ...input, overrides: { targetMarginRate: '0' } }, policy);
    const margin = cap.minus(base.requiredRate);
    const atCap = priceLoan({ ...input, overrides: { targetMarginRate: margin } }, policy);
    expect(atCap.requiredRate.eq(cap)).toBe(true);
    expect(atCap.checks.find((c) => c.id === 'apr-cap')!.status).toBe('pass');
    const over = priceLoan({ ...input, overrides: { targetMarginRate: margin.plus('0.0001') } }, policy);
    const check = over.checks.find((c) => c.id === 'apr-cap')!;
    expect(check.status).toBe('fail');
    expect(check.message.en).toBe(
      'The all-in annualised cost (simple, every fee included) 24.01% exceeds the 24.00% cap in force on the contract date (since 1 Jan 2020): it cannot be offered at this price; decline, or waive fees or lower the rate and re-price.',
    );
    expect(check.message.zh).toMatch(
      /^综合年化成本（单利，含全部费用）24\.01% 超过合同日适用的上限 24\.00%（自2020年1月1日起）：不得以此价格发放/,
    );
  });

  it('shows 4 × LPR as information before 2028 and as the binding cap from 2028-01-01', () => {
    const loan = { grade: 'D', amount: '10000', termMonths: 12, method: 'equal-instalment' as const };
    const lpr = priceLoan({ ...loan, contractDate: DATE }, policy).checks.find((c) => c.id === 'lpr-line')!;
    expect(lpr.status).toBe('info');
    expect(lpr.message.zh).toContain('12.00%');
    expect(lpr.message.en).toMatch(
      /^4 × the one-year LPR is 12\.00%; this loan is above it\. Regulators expect every new loan within it by end-2027/,
    );
    const in2028 = priceLoan({ ...loan, contractDate: '2028-01-01' }, policy).checks;
    expect(in2028.find((c) => c.id === 'lpr-line')!.status).toBe('fail');
    expect(in2028.find((c) => c.id === 'apr-cap')!.status).toBe('fail');
  });

  it('flags an amount or term outside the limits, and a bullet loan longer than allowed', () => {
    const big = priceLoan({ grade: 'A', amount: '100000.01', termMonths: 12, method: 'equal-instalment' }, policy);
    expect(big.checks.find((c) => c.id === 'amount')!.status).toBe('fail');
    const atMax = priceLoan({ grade: 'A', amount: '100000', termMonths: 36, method: 'equal-instalment' }, policy);
    expect(atMax.checks.filter((c) => c.status === 'fail')).toEqual([]);
    const long = priceLoan({ grade: 'A', amount: '10000', termMonths: 37, method: 'equal-instalment' }, policy);
    expect(long.checks.find((c) => c.id === 'term')!.status).toBe('fail');
    const bullet = priceLoan({ grade: 'A', amount: '10000', termMonths: 13, method: 'interest-only' }, policy);
    const b = bullet.checks.find((c) => c.id === 'bullet-term')!;
    expect([b.status, b.message.en]).toEqual(['fail', 'Interest-only loans may run at most 12 months.']);
    expect(big.checks.find((c) => c.id === 'amount')!.message.zh).toBe('单笔金额须为 500.00 元 至 100,000.00 元。');
  });
});

describe('offers and exceptions', () => {
  const input: PriceInput = {
    grade: 'C',
    amount: '50000',
    termMonths: 12,
    method: 'equal-instalment',
    contractDate: DATE,
  };
  const required = priceLoan(input, policy).requiredRate;

  it('no discount, +0 or −0, needs no exception approval; any discount does', () => {
    const e = policy.pricing.exceptions;
    for (const none of [D(0), D(0).neg(), D('-0.01')])
      expect(exceptionApproval(none, D('0.15'), D('0.1'), policy)).toBe('none');
    expect(exceptionApproval(D('0.0001'), D('0.15'), D('0.1'), policy)).toBe('risk-head');
    expect(exceptionApproval(D(e.riskHeadMaxDiscountRate).plus('0.0001'), D('0.15'), D('0.1'), policy)).toBe('cro');
  });

  it('a price below the minimum needs the authority its discount falls in, and none below break-even', () => {
    const at = (d: string) => evaluateOffer({ ...input, offeredRate: required.minus(d) }, policy).approval;
    expect(evaluateOffer({ ...input, offeredRate: required.plus('0.01') }, policy).approval).toBe('none');
    expect(at('0.005')).toBe('risk-head');
    expect(at('0.0051')).toBe('cro');
    expect(at('0.01')).toBe('cro');
    expect(at('0.0101')).toBe('not-approvable');
  });

  it('an offer whose all-in APR is over the cap cannot be offered, however profitable: approval "above-cap"', () => {
    const cap = D(policy.governance.riskAppetite.maxAllInAprRate);
    const over = evaluateOffer({ ...input, offeredRate: cap.plus('0.01') }, policy);
    expect(over.checks.find((c) => c.id === 'apr-cap')!.status).toBe('fail');
    expect([over.meetsHurdle, over.approval]).toEqual([true, 'above-cap']);
    const under = evaluateOffer({ ...input, offeredRate: cap.minus('0.01') }, policy);
    expect(under.checks.find((c) => c.id === 'apr-cap')!.status).toBe('pass');
    expect(under.approval).toBe('none');
  });

  it('the break-even rate covers funding, operating cost and expected loss and nothing more', () => {
    const o = evaluateOffer({ ...input, fees: { upfrontAmount: '300' }, offeredRate: '0.2' }, policy);
    const e = evaluateOffer(
      { ...input, fees: { upfrontAmount: '300' }, offeredRate: o.breakEvenRate },
      policy,
    ).economics;
    close(e.interest.plus(e.fees).minus(e.fundingCost).minus(e.operatingCost).minus(e.expectedLoss), ZERO, '1e-15');
    expect(o.breakEvenRate.lt(o.price.requiredRate)).toBe(true);
  });

  it('an unknown grade, a negative offer or a broken term is a CalcError with a message in both languages', () => {
    expect(() => priceLoan({ ...input, grade: 'Z' }, policy)).toThrow(CalcError);
    expect(() => evaluateOffer({ ...input, offeredRate: '-0.01' }, policy)).toThrow(/negative/);
    expect(() => priceLoan({ ...input, termMonths: 0 }, policy)).toThrow(CalcError);
  });
});

describe('solveIncreasing', () => {
  it('finds the cube root of 2 to 1e-24 on [0, 2]', () => {
    const x = solveIncreasing((v) => v.pow(3).minus(2), 0, 2);
    close(x, D('1.259921049894873164767210607278228350570251464701507980081975112'), '1e-23'); // ∛2, OEIS A002580
  });

  it('refuses a bracket that does not hold the root', () => {
    expect(() => solveIncreasing((v) => v.plus(1), 0, 2)).toThrow(CalcError);
  });
});
