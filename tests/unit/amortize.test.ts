/** Repayment schedules: published vectors, then the properties every schedule must have. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import { loanArbitrary } from './arbitraries';
import { amortize, type AmortizeInput } from '../../calculators/schedule/index';
import { D, Decimal, ZERO } from '../../calculators/decimal';

const fen = (v: { toFixed(n: number): string }) => v.toFixed(2);

describe('published vectors (shared/reference: PBOC-era mortgage examples, 1,000,000 · 4.9% · 30 years)', () => {
  it('等额本息 pays 5,307.27 a month', () => {
    const s = amortize({ principal: '1000000', annualRate: '0.049', termMonths: 360, method: 'equal-instalment' });
    expect(fen(s.rows[0]!.payment)).toBe('5307.27');
    expect(fen(s.rows[358]!.payment)).toBe('5307.27');
    expect(s.rows).toHaveLength(360);
  });

  it('等额本金 starts at 6,861.11 and falls by 11.34 a month', () => {
    const s = amortize({ principal: '1000000', annualRate: '0.049', termMonths: 360, method: 'equal-principal' });
    expect(fen(s.rows[0]!.payment)).toBe('6861.11');
    expect(fen(s.rows[0]!.payment.minus(s.rows[1]!.payment))).toBe('11.34');
    // 2,777.78 of principal every month (1,000,000 ÷ 360 rounded half-up) until the last.
    expect(fen(s.rows[0]!.principal)).toBe('2777.78');
    // The stated 每月递减 is equal principal × r: 2,777.78 × 0.049 ÷ 12 = 11.3426… → 11.34.
    expect(fen(s.monthlyDecrease)).toBe('11.34');
  });

  it('the stated monthly decrease is within a fen of every row-to-row fall in interest (等额本金)', () => {
    for (const [P, rate, n] of [
      ['1000000', '0.049', 360],
      ['50000', '0.0725', 24],
      ['333333.33', '0.18', 7],
    ] as const) {
      const s = amortize({ principal: P, annualRate: rate, termMonths: n, method: 'equal-principal' });
      for (let i = 1; i < n - 1; i++) {
        const fall = s.rows[i - 1]!.interest.minus(s.rows[i]!.interest);
        expect(fall.minus(s.monthlyDecrease).abs().lte('0.01')).toBe(true);
      }
    }
  });

  it('0% over 12 months: 12 equal instalments of 1,000.00 and no interest', () => {
    const s = amortize({ principal: '12000', annualRate: '0', termMonths: 12, method: 'equal-instalment' });
    expect(s.rows.map((r) => fen(r.payment))).toEqual(Array(12).fill('1000.00'));
    expect(fen(s.totals.interest)).toBe('0.00');
  });

  it('a 0.6% monthly fee on 12,000 adds 72.00 to each of the 12 instalments (1,072.00)', () => {
    const s = amortize({
      principal: '12000',
      annualRate: '0',
      termMonths: 12,
      method: 'equal-instalment',
      fees: { monthlyFeeRate: '0.006' },
    });
    expect(s.rows.map((r) => fen(r.payment))).toEqual(Array(12).fill('1072.00'));
    expect(fen(s.totals.fees)).toBe('864.00');
  });

  it('interest only: 100,000 at 12% pays 1,000.00 a month, then the principal with the last interest', () => {
    const s = amortize({ principal: '100000', annualRate: '0.12', termMonths: 6, method: 'interest-only' });
    expect(s.rows.slice(0, 5).map((r) => fen(r.payment))).toEqual(Array(5).fill('1000.00'));
    expect(fen(s.rows[5]!.payment)).toBe('101000.00');
  });

  it('an upfront fee is paid beside the loan, never withheld: the whole principal is disbursed and the net cash is 99,000', () => {
    const s = amortize({
      principal: '100000',
      annualRate: '0.1',
      termMonths: 12,
      method: 'equal-instalment',
      fees: { upfrontAmount: '1000' },
    });
    expect(fen(s.disbursed)).toBe('100000.00');
    expect(fen(s.netProceeds)).toBe('99000.00');
    expect(fen(s.upfrontFee)).toBe('1000.00');
    expect(fen(s.totals.allIn)).toBe(fen(s.totals.payment.plus(1000)));
  });

  it('refuses impossible inputs with a coded, bilingual error', () => {
    const bad: AmortizeInput[] = [
      { principal: '0', annualRate: '0.1', termMonths: 12, method: 'equal-instalment' },
      { principal: '100', annualRate: '-0.1', termMonths: 12, method: 'equal-instalment' },
      { principal: '100', annualRate: '0.1', termMonths: 0, method: 'equal-instalment' },
      { principal: '100', annualRate: '0.1', termMonths: 1.5, method: 'equal-instalment' },
      { principal: '100.001', annualRate: '0.1', termMonths: 12, method: 'equal-instalment' },
      {
        principal: '100',
        annualRate: '0.1',
        termMonths: 12,
        method: 'equal-instalment',
        fees: { upfrontAmount: '100' },
      },
    ];
    for (const input of bad) expect(() => amortize(input), JSON.stringify(input)).toThrow(/invalid-input/);
  });
});

describe('schedule properties (fast-check, 1,000 runs each)', () => {
  it('repays exactly the principal; the balance never goes negative and ends at 0.00', () => {
    fc.assert(
      fc.property(loanArbitrary, (loan) => {
        const s = amortize(loan);
        const repaid = s.rows.reduce((sum, r) => sum.plus(r.principal), ZERO);
        expect(repaid.eq(loan.principal)).toBe(true);
        expect(s.rows.every((r) => !r.balance.isNeg() && !r.principal.isNeg() && !r.interest.isNeg())).toBe(true);
        expect(s.rows[s.rows.length - 1]!.balance.isZero()).toBe(true);
        expect(s.rows).toHaveLength(loan.termMonths);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('every row: payment = principal + interest + fee, all in whole fen; the totals add the rows up', () => {
    fc.assert(
      fc.property(loanArbitrary, (loan) => {
        const s = amortize(loan);
        let payment = ZERO;
        let interest = ZERO;
        for (const r of s.rows) {
          expect(r.payment.eq(r.principal.plus(r.interest).plus(r.fee))).toBe(true);
          for (const v of [r.payment, r.principal, r.interest, r.fee, r.balance])
            expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
          payment = payment.plus(r.payment);
          interest = interest.plus(r.interest);
        }
        expect(s.totals.payment.eq(payment)).toBe(true);
        expect(s.totals.interest.eq(interest)).toBe(true);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('each period charges the rounded interest on the balance it starts with', () => {
    fc.assert(
      fc.property(loanArbitrary, (loan) => {
        const s = amortize(loan);
        const r = D(loan.annualRate).div(12);
        let opening = D(loan.principal);
        for (const row of s.rows) {
          expect(row.interest.eq(opening.times(r).toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
          opening = row.balance;
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('等额本息: every instalment but the last is the same', () => {
    fc.assert(
      fc.property(loanArbitrary, (loan) => {
        const s = amortize({ ...loan, method: 'equal-instalment' });
        const level = s.rows.slice(0, -1).filter((r) => !r.balance.isZero() || r.period === s.rows.length);
        expect(new Set(level.map((r) => r.payment.toFixed(2))).size).toBeLessThanOrEqual(1);
      }),
      { numRuns: runs(1000) },
    );
  });
});
