/** The PBOC annualised rate (公告〔2021〕第3号, IRR method). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import {
  amortize,
  annualizedRate,
  internalRateOfReturn,
  levelInstalment,
  scheduleCashflows,
} from '../../calculators/schedule/index';
import { D, Decimal, ZERO } from '../../calculators/decimal';
import { loanArbitrary } from './arbitraries';

const pct = (v: Decimal) => v.times(100).toFixed(2);

describe('published vectors (PBOC 公告〔2021〕第3号 and its explanation)', () => {
  it('100,000 with a 1,000 upfront fee, 12 × 8,833.30: 12.80% simple, 13.58% compound', () => {
    const r = annualizedRate([-99000, ...Array(12).fill('8833.30')]);
    expect(pct(r.simple)).toBe('12.80');
    expect(pct(r.compound)).toBe('13.58');
  });

  it('12,000 in 12 instalments with a 0.6% monthly fee: 13.03% simple, 13.84% compound', () => {
    const s = amortize({
      principal: '12000',
      annualRate: '0',
      termMonths: 12,
      method: 'equal-instalment',
      fees: { monthlyFeeRate: '0.006' },
    });
    const r = annualizedRate(scheduleCashflows(s));
    expect(pct(r.simple)).toBe('13.03');
    expect(pct(r.compound)).toBe('13.84');
  });

  it('a single payment a year later: 100 → 110 is 10% per period', () => {
    expect(internalRateOfReturn(['-100', '110']).toFixed(12)).toBe('0.100000000000');
    expect(annualizedRate(['-100', '110'], 1).compound.toFixed(12)).toBe('0.100000000000');
  });

  it('a 0% loan without fees has a 0% rate', () => {
    const s = amortize({ principal: '1200', annualRate: '0', termMonths: 12, method: 'equal-instalment' });
    expect(annualizedRate(scheduleCashflows(s)).simple.abs().lt('1e-12')).toBe(true);
  });

  it('flows too large or too small for a float are still solved (the Decimal start takes over)', () => {
    expect(internalRateOfReturn(['-1e400', '1.1e400']).toFixed(12)).toBe('0.100000000000');
    expect(internalRateOfReturn(['-1e-400', '0', '1.21e-400']).toFixed(12)).toBe('0.100000000000');
  });

  it('treats the borrower and lender views alike, and ignores leading and trailing zeros', () => {
    const a = internalRateOfReturn(['-1000', '300', '400', '500']);
    expect(internalRateOfReturn(['1000', '-300', '-400', '-500']).minus(a).abs().lt('1e-15')).toBe(true);
    expect(internalRateOfReturn(['0', '-1000', '300', '400', '500', '0']).minus(a).abs().lt('1e-15')).toBe(true);
  });
});

describe('flows without a single rate are refused with a clear error', () => {
  it('no sign change', () => {
    expect(() => annualizedRate(['100', '100'])).toThrow(/no-sign-change/);
    expect(() => annualizedRate(['0', '0'])).toThrow(/no-sign-change/);
  });
  it('two rates (−100, +230, −132 has IRRs of 10% and 20%)', () => {
    expect(() => annualizedRate(['-100', '230', '-132'])).toThrow(/multiple-rates/);
  });
  it('several sign changes but one rate is still solved', () => {
    // −100, +50, −10, +80: NPV is monotone in the rate here.
    const R = internalRateOfReturn(['-100', '50', '-10', '80']);
    const npv = [-100, 50, -10, 80].reduce((sum, c, t) => sum.plus(D(c).div(R.plus(1).pow(t))), ZERO);
    expect(npv.abs().lt('1e-20')).toBe(true);
  });
});

describe('rate properties (fast-check, 1,000 runs each)', () => {
  it('the solved rate makes the present value zero (|NPV| < 1e-12 of the principal)', () => {
    fc.assert(
      fc.property(loanArbitrary, (loan) => {
        const flows = scheduleCashflows(amortize(loan));
        const R = internalRateOfReturn(flows);
        const x = D(1).div(R.plus(1));
        const npv = flows.reduceRight((sum, c) => sum.times(x).plus(c), ZERO); // Σ c_t·x^t by Horner's rule
        expect(npv.abs().lte(D(loan.principal).times('1e-12'))).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('the rate is the root to 1e-20: NPV changes sign between R − 1e-20 and R + 1e-20', () => {
    // The solver starts from a float root and stops once a Newton step in R is below 1e-15; this holds it to
    // the 40-digit root, so no shown or compared figure (percent to 2 places, 1e-9 per period) can differ
    // from a run to full convergence, short of the root lying within 1e-20 of a rounding boundary.
    const npvAt = (flows: readonly Decimal[], R: Decimal) => {
      const x = D(1).div(R.plus(1));
      return flows.reduceRight((sum, c) => sum.times(x).plus(c), ZERO);
    };
    fc.assert(
      fc.property(loanArbitrary, fc.boolean(), (loan, upfront) => {
        const fees = upfront ? { ...loan.fees, upfrontAmount: D(loan.principal).div(50).toFixed(2) } : loan.fees;
        const flows = scheduleCashflows(amortize({ ...loan, fees }));
        const R = internalRateOfReturn(flows);
        const below = npvAt(flows, R.minus('1e-20'));
        const above = npvAt(flows, R.plus('1e-20'));
        expect(below.gt(0) && above.lt(0), `R ${R}: NPV ${below} below, ${above} above`).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('level instalments without fees or rounding: the simple rate equals the contract rate (to 1e-9)', () => {
    fc.assert(
      fc.property(loanArbitrary, ({ principal, annualRate, termMonths }) => {
        const A = levelInstalment(D(principal), D(annualRate).div(12), termMonths);
        const r = annualizedRate([D(principal).neg(), ...Array(termMonths).fill(A)]);
        expect(r.simple.minus(annualRate).abs().lt('1e-9')).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('on a real (fen-rounded) level schedule without fees the simple rate is the contract rate within the rounding bound', () => {
    // NPV at the contract rate r is Σ e_t·v^t with each interest rounding |e_t| ≤ 0.005,
    // so the rate moves by at most 0.005·Σv^t / |NPV'(r)| per period (to first order: loans from 100 元,
    // where a fen is small against the interest).
    fc.assert(
      fc.property(loanArbitrary, (loan) => {
        fc.pre(D(loan.principal).gte(100));
        const s = amortize({ ...loan, method: 'equal-instalment', fees: {} });
        const r = D(loan.annualRate).div(12);
        const v = D(1).div(r.plus(1));
        let sumV = ZERO;
        let slope = ZERO;
        s.rows.forEach((row, i) => {
          const t = i + 1;
          sumV = sumV.plus(v.pow(t));
          slope = slope.plus(row.payment.times(t).times(v.pow(t + 1)));
        });
        const bound = D('0.005').times(sumV).div(slope).times(12).times('1.05');
        const simple = annualizedRate(scheduleCashflows(s)).simple;
        expect(simple.minus(loan.annualRate).abs().lte(bound), `${simple} vs ${loan.annualRate}, bound ${bound}`).toBe(
          true,
        );
      }),
      { numRuns: runs(1000) },
    );
  });

  it('fees make the annualised rate strictly higher than without them', () => {
    fc.assert(
      fc.property(loanArbitrary, fc.integer({ min: 1, max: 500 }), (loan, feeBp) => {
        const plain = amortize({ ...loan, fees: {} });
        const withFee = amortize({ ...loan, fees: { ...loan.fees, monthlyFeeRate: D(feeBp).div(10_000).toFixed() } });
        fc.pre(withFee.rows[0]!.fee.gt(0)); // a fee that rounds to 0.00 on a tiny loan is no fee
        const a = annualizedRate(scheduleCashflows(plain)).simple;
        const b = annualizedRate(scheduleCashflows(withFee)).simple;
        expect(b.gt(a)).toBe(true);
        const upfront = D(loan.principal).div(10).toDecimalPlaces(2, Decimal.ROUND_DOWN);
        fc.pre(upfront.gt(0));
        const withUpfront = amortize({ ...loan, fees: { upfrontAmount: upfront } });
        expect(annualizedRate(scheduleCashflows(withUpfront)).simple.gt(a)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });
});
