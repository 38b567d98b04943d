/**
 * Every calculator island survives what staff (and spreadsheets) paste into it:
 * every known-nasty value (1e309, -0, NaN, full-width text, pasted cells, empty…)
 * and 40 generated ones (random Unicode, huge and tiny numbers) per text field, with no uncaught or
 * console error, no NaN/Infinity/undefined on the page, a message on every field
 * marked invalid, and full recovery once the valid scenario is typed back.
 * Also: with scripts disabled, every calculator page still shows its
 * server-rendered default results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { connect, openPage, showIntent } from './browser';
import { calculatorPages, TEST_BASE } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

// Every field gets every known-nasty value once, then this many generated ones. (It was 100 drawn from
// both together: a field then got only about 17 of the 32 known values, at twice the run time.)
const GENERATED_PER_FIELD = 40;
const GARBAGE = /NaN|Infinity|undefined|\[object /;

const calculators = calculatorPages();

/** Values known to have broken number parsers somewhere. */
const KNOWN_NASTY = [
  '',
  ' ',
  '1e309',
  '-1e309',
  '-0',
  '0',
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  'null',
  '0x1F',
  '1e-320',
  '9'.repeat(400),
  '0.' + '0'.repeat(60) + '1',
  '１２３，４５６．７８',
  '４．９％',
  '一百万',
  '1,234.00\t',
  '"1,000"\n',
  '=SUM(A1:A3)',
  '¥-5',
  '100万亿',
  '--1',
  '1..2',
  '%',
  '万分之',
  '30年零1个月',
  '\u202e123',
  '<b>1</b>',
  "1'000'000",
  '∞',
];
/** Generated values: deterministic (fixed seed) so a failure reproduces. */
const generated = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.float({ noDefaultInfinity: false }).map((x) => x.toExponential()),
);
const samples = (seed: number) => [...KNOWN_NASTY, ...fc.sample(generated, { numRuns: GENERATED_PER_FIELD, seed })];

describe('calculator robustness', () => {
  it('there are calculator pages', () => expect(calculators.length).toBeGreaterThan(0));

  it.each(calculators)('%s: scripts disabled, the default results are server-rendered', async (path) => {
    const { page, close } = await openPage(browser, path, { javaScript: false });
    const island = await page.locator('astro-island').first().innerText();
    expect(island.trim().length).toBeGreaterThan(20);
    expect(island).not.toMatch(GARBAGE);
    expect(await page.locator('main').innerText()).not.toMatch(GARBAGE);
    await close();
  });

  // The islands are the same code in both editions (only their strings differ): fuzz the Chinese one.
  it.each(calculators.filter((p) => !p.startsWith(`${TEST_BASE}en/`)))(
    `%s: ${KNOWN_NASTY.length} known and ${GENERATED_PER_FIELD} generated hostile inputs per field, then recovery`,
    async (path) => {
      const { page, errors, close } = await openPage(browser, path);
      await showIntent(page); // calculators hydrate when the reader points at them (client:intent)
      const island = page.locator('astro-island:not([ssr])').first();
      await island.waitFor();
      const ids = await page
        .locator('astro-island input[type="text"][id], astro-island textarea[id]')
        .evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBeGreaterThan(0);
      const before = await island.innerText();

      for (const [i, id] of ids.entries()) {
        const problems = await page.evaluate(
          async ({ id, values }) => {
            const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
            const original = field.value;
            const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
            const type = (v: string) => {
              setter.call(field, v);
              field.dispatchEvent(new Event('input', { bubbles: true }));
            };
            // Preact renders in a microtask; yield a whole task so it has. Not setTimeout(0): nested
            // timers are clamped to 4 ms, so 200 inputs idled at least 0.8 s per field.
            const channel = new MessageChannel();
            const nextTask = () => new Promise((r) => ((channel.port1.onmessage = r), channel.port2.postMessage(0)));
            const found: string[] = [];
            for (const value of values) {
              type(value);
              await nextTask(); // let Preact render
              const text = document.querySelector('main')!.textContent ?? '';
              const bad = /NaN|Infinity|undefined|\[object /.exec(text.replace(value, ''));
              if (bad) found.push(`${JSON.stringify(value)} → page shows "${bad[0]}"`);
              for (const invalid of document.querySelectorAll('astro-island [aria-invalid="true"]')) {
                const ids = (invalid.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
                const message = ids
                  .map((d) => document.getElementById(d)?.textContent ?? '')
                  .join(' ')
                  .trim();
                if (message.length < 2)
                  found.push(`${JSON.stringify(value)} → #${invalid.id} invalid without a message`);
              }
            }
            type(original);
            await nextTask();
            return found;
          },
          { id, values: samples(1000 + i) },
        );
        expect(problems.slice(0, 10), `field #${id}`).toEqual([]);
      }
      await expect.poll(() => island.innerText()).toBe(before); // the valid scenario recovers every result
      expect(errors).toEqual([]);
      await close();
    },
    300_000,
  );
});
