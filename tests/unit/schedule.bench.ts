/**
 * `npm run bench`: the core's cost for the largest schedule staff can ask for
 * (360 months, with an upfront fee) plus its PBOC annualised rate.
 * Target: median under 2 ms on the 2-core build machine. Prints the figures; asserts nothing about speed.
 */
import { test } from 'vitest';
import { amortize, annualizedRate, scheduleCashflows, REPAYMENT_METHODS } from '../../calculators/schedule/index';

test('360-month schedule + PBOC annualised rate', async ({ bench }) => {
  for (const method of REPAYMENT_METHODS) {
    const result = await bench(method, () => {
      const s = amortize({
        principal: '1000000',
        annualRate: '0.049',
        termMonths: 360,
        method,
        fees: { upfrontAmount: '1000' },
      });
      annualizedRate(scheduleCashflows(s));
    }).run();
    const { latency } = result as unknown as { latency: { p50?: number; p99?: number; mean: number } };
    console.log(
      `${method.padEnd(17)} median ${latency.p50?.toFixed(3)} ms · mean ${latency.mean.toFixed(3)} ms · p99 ${latency.p99?.toFixed(3)} ms`,
    );
  }
});
