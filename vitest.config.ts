import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import decimalSlim from './src/integrations/decimal-slim.ts';
import SlowFirstSequencer from './tests/slow-first-sequencer.ts';

/**
 * Two projects:
 *  - unit: calculators/ and build-free checks, fast, run first;
 *  - browser: drives the built site (dist/, built once by `npm run build`) in system Chromium.
 */
export default defineConfig({
  test: {
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        // The calculators are tested on the decimal.js the site ships (see src/integrations/decimal-slim.ts).
        plugins: [decimalSlim()],
        test: {
          name: 'unit',
          server: { deps: { inline: ['decimal.js'] } },
          include: ['tests/unit/**/*.test.ts'],
          // One worker per core: Vitest's default (cores − 1) ran this project on one core, 91 s against 41 s.
          maxWorkers: availableParallelism(),
          // Property tests run 1,000 cases of schedules up to 360 months each.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          // Small copies of the handbook built with one fault each: slow, so separate from unit.
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          fileParallelism: false,
          maxConcurrency: 2,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time (one per core) against the one shared Chromium: most of a browser test is
          // waiting (loads, hydration, debounce), and every test polls for what it waits on, none sleeps.
          maxWorkers: 2,
        },
      },
    ],
  },
});
