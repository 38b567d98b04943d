/**
 * No axe-core accessibility violation and no Content-Security-Policy violation anywhere:
 *  - every built page in the light theme on a 1280 px desktop, every rule but colour contrast;
 *  - colour contrast, in the light theme and in the dark theme on a 390 px phone, on the pages that
 *    between them use every element and class name of the site's markup, and every calculator
 *    (`pagesCoveringAllMarkup`), with all the other rules in the dark theme too: the colours change
 *    with the theme (color-contrast) and on a phone wide tables scroll inside the page
 *    (scrollable-region-focusable) — both follow the markup's styling, which these pages cover, so
 *    checking the other pages' contrast as well found nothing new and cost a minute per run.
 * axe-core is pinned in package.json; a new release brings new rules, so upgrade it deliberately.
 *
 * One page per theme is reused from test to test (a new context per page cost more than loading
 * the page); the two themes load side by side. recordViolations is an init script, so every
 * navigation starts a fresh record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, newPage, recordViolations, runAxe, settled, url, violations, type OpenedPage } from './browser';
import { builtPages, pagesCoveringAllMarkup } from './site';

let browser: Browser;
let light: OpenedPage;
let dark: OpenedPage;
beforeAll(async () => {
  browser = await connect();
  light = await newPage(browser, { beforeLoad: recordViolations });
  dark = await newPage(browser, {
    width: 390,
    height: 844,
    // Starlight's theme is "auto" until the reader picks one: it follows the system's colour scheme.
    beforeLoad: async (page) => {
      await recordViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
    },
  });
});
afterAll(async () => {
  await light?.close();
  await dark?.close();
  await browser?.close();
});

async function check({ page }: OpenedPage, path: string, theme: 'light' | 'dark', colorContrast: boolean) {
  await page.goto(url(path), { waitUntil: 'load' });
  // Let the islands hydrate (calculators as if pointed at; others on screen) before checking their markup.
  await settled(page);
  const applied = await page.evaluate(() => document.documentElement.dataset.theme);
  if (applied !== theme) return { theme: `${applied}, not ${theme}` };
  return { axe: await runAxe(page, { colorContrast }), csp: await violations(page) };
}

const styleSample = new Set(pagesCoveringAllMarkup());
const clean = { axe: [], csp: [] };

describe('axe', () => {
  it('checks colour contrast and the dark theme on a sample that still includes every calculator', () => {
    expect(styleSample.size).toBeGreaterThanOrEqual(10);
    expect(styleSample.size).toBeLessThan(builtPages().length);
  });

  it.each(builtPages())('%s has no accessibility or CSP violations', async (path) => {
    const [inLight, inDark] = await Promise.all([
      check(light, path, 'light', styleSample.has(path)),
      styleSample.has(path) ? check(dark, path, 'dark', true) : clean,
    ]);
    const found = { light: inLight, dark: inDark };
    expect(found, JSON.stringify(found, null, 2)).toEqual({ light: clean, dark: clean });
  });
});
