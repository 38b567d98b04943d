/** fast-check generators shared by several test files (a test file never imports another: tests/unit/architecture.test.ts). */
import fc from 'fast-check';
import { REPAYMENT_METHODS, type AmortizeInput } from '../../calculators/schedule/index';
import { D } from '../../calculators/decimal';

/** Random loans as staff could enter them: 0.01 元 to 10 亿, 0–100% a year, 1–360 months, any method and fees. */
export const loanArbitrary: fc.Arbitrary<
  AmortizeInput & { principal: string; annualRate: string; fees: { monthlyFeeRate: string } }
> = fc.record({
  principal: fc.bigInt({ min: 1n, max: 100_000_000_000n }).map((f) => D(f.toString()).div(100).toFixed()),
  annualRate: fc.integer({ min: 0, max: 1_000_000 }).map((bp) => D(bp).div(1_000_000).toFixed()),
  termMonths: fc.integer({ min: 1, max: 360 }),
  method: fc.constantFrom(...REPAYMENT_METHODS),
  fees: fc.record({
    monthlyFeeRate: fc.integer({ min: 0, max: 200 }).map((x) => D(x).div(10_000).toFixed()),
  }),
});
