/**
 * An independent implementation checks ours: @formulajs/formulajs (the Excel
 * functions PMT and IRR, in floating point) on random loans. Level instalments
 * must agree to the fen and periodic rates to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import { IRR, PMT } from '@formulajs/formulajs';
import { amortize, internalRateOfReturn, scheduleCashflows } from '../../calculators/schedule/index';
import { D } from '../../calculators/decimal';

const loans = fc.record({
  principal: fc.integer({ min: 1_000, max: 5_000_000 }).map(String),
  annualRate: fc.integer({ min: 1, max: 360_000 }).map((x) => D(x).div(1_000_000).toFixed()), // 0.0001% – 36%
  termMonths: fc.integer({ min: 1, max: 360 }),
});

describe('cross-check with @formulajs/formulajs', () => {
  it('等额本息 instalment = round(PMT) to the fen', () => {
    fc.assert(
      fc.property(loans, ({ principal, annualRate, termMonths }) => {
        const ours = amortize({ principal, annualRate, termMonths, method: 'equal-instalment' }).rows[0]!.payment;
        const r = Number(annualRate) / 12;
        const excel = -PMT(r, termMonths, Number(principal)); // float reference, not ours
        // Ours is the exact PMT rounded to the fen (within 0.005); the float PMT is off the exact one by its own
        // error: 1 − (1 + r)^−n cancels, so its relative error is about ε / (1 − (1 + r)^−n) — 3e-9 of the
        // payment for one month at 0.0001% a year (0.0075 元 on 2.8 million), 1e-16 at ordinary rates.
        const floatError = Math.abs(excel) * ((8 * Number.EPSILON) / (1 - (1 + r) ** -termMonths));
        expect(ours.minus(excel.toString()).abs().toNumber()).toBeLessThanOrEqual(0.005 + floatError);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('IRR of a schedule with fees = Excel IRR to 1e-9 per period', () => {
    fc.assert(
      fc.property(
        loans,
        fc.constantFrom('equal-instalment', 'equal-principal', 'interest-only' as const),
        fc.integer({ min: 0, max: 100 }),
        (loan, method, feeBp) => {
          fc.pre(loan.termMonths >= 2);
          const s = amortize({
            ...loan,
            method,
            fees: {
              monthlyFeeRate: D(feeBp).div(10_000).toFixed(),
              upfrontAmount: D(loan.principal).div(50).toFixed(2),
            },
          });
          const flows = scheduleCashflows(s);
          const ours = internalRateOfReturn(flows);
          const excel = IRR(
            flows.map((c) => c.toNumber()),
            Number(loan.annualRate) / 12,
          ) as number;
          expect(typeof excel).toBe('number');
          expect(ours.minus(excel.toString()).abs().toNumber()).toBeLessThan(1e-9);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
