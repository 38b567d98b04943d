/**
 * The site ships a slimmed decimal.js (src/integrations/decimal-slim.ts) and the unit
 * tests run on that same build of it: these checks prove the slimming is in effect here,
 * and that what the calculators rely on is still there and still exact.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { runs } from './runs';
import { Decimal } from '../../calculators/decimal';
import { slimDecimal } from '../../src/integrations/decimal-slim';

describe('slimmed decimal.js', () => {
  it('is the one under test: trigonometry and base conversion are gone', () => {
    const x = new Decimal(1) as unknown as Record<string, unknown>;
    expect(x.sin).toBeUndefined();
    expect(x.toHex).toBeUndefined();
    expect((Decimal as unknown as Record<string, unknown>).random).toBeUndefined();
  });

  it('gives the same results as the full library on everything the calculators call', () => {
    // The full decimal.js through Node's own require: not transformed by Vite, so an independent oracle.
    const Full = (createRequire(import.meta.url)('decimal.js') as typeof Decimal).clone({
      precision: 40,
      rounding: Decimal.ROUND_HALF_UP,
      toExpNeg: -40,
      toExpPos: 40,
    });
    expect(new Full(1).sin).toBeTypeOf('function');
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{0,8}\.\d{1,6}$/),
        fc.stringMatching(/^0\.\d{1,6}[1-9]$/),
        fc.integer({ min: 1, max: 480 }),
        (amount, rate, n) => {
          const pairs: [string, (d: typeof Decimal) => string][] = [
            ['plus/times/div', (d) => new d(amount).times(rate).div(12).plus(amount).toString()],
            ['pow (integer)', (d) => new d(1).plus(rate).pow(n).toString()],
            ['pow (fraction)', (d) => new d(1).plus(rate).pow(new d(1).div(12)).toString()],
            ['ln/exp', (d) => new d(amount).ln().times(rate).exp().toString()],
            ['rounding', (d) => new d(amount).div(7).toDecimalPlaces(2, d.ROUND_HALF_UP).toFixed(2)],
            ['significant digits', (d) => new d(rate).div(3).toSignificantDigits(15).toString()],
          ];
          for (const [, f] of pairs) expect(f(Decimal)).toBe(f(Full));
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('finds everything it removes in the installed decimal.js (the build fails otherwise)', () => {
    const source = readFileSync(new URL('../../node_modules/decimal.js/decimal.mjs', import.meta.url), 'utf8');
    const { code, missing } = slimDecimal(source);
    expect(missing).toEqual([]);
    expect(code.length).toBeLessThan(source.length * 0.9);
    expect(slimDecimal(code).missing.length).toBeGreaterThan(0); // a second pass finds nothing left to remove
  });
});
