/**
 * Security promises of a static handbook that staff type loan figures into:
 * a Content-Security-Policy on every page that the pages themselves never
 * violate (search included), no inline event handlers, and nothing typed into
 * a calculator leaves the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, openPage, recordViolations, showIntent, typeSearch, violations } from './browser';
import { builtHtml, builtPages, calculatorPages } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

/** Scroll through the page and point at the calculator, so every island hydrates (client:visible, client:intent). */
async function hydrateAll(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await showIntent(page);
  await page.waitForLoadState('networkidle');
}

describe('Content-Security-Policy', () => {
  const pages = builtPages();

  it.each(pages)('%s declares a CSP that allows only this origin', (path) => {
    const html = builtHtml(path);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).toMatch(/style-src-elem 'self'/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it.each(pages)('%s has no inline event handlers', (path) => {
    const html = builtHtml(path);
    expect(html.match(/<[^>]+\son[a-z]+\s*=/gi) ?? []).toEqual([]);
  });

  // Every page is also loaded under the CSP by axe.test.ts, which asserts no violation.

  it('search (Pagefind and its WebAssembly) runs under the CSP', async () => {
    const { page, close } = await openPage(browser, '/', { beforeLoad: recordViolations });
    await typeSearch(page, '风险偏好');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
    expect(await violations(page)).toEqual([]);
    await close();
  });
});

describe('nothing typed leaves the browser', () => {
  // The calculators only: the training pages' quiz islands have nothing to type into.
  const calculators = calculatorPages();

  it('there are calculator pages', () => expect(calculators.length).toBeGreaterThan(0));

  it.each(calculators)('%s: no request carries what was typed', async (path) => {
    const { page, close } = await openPage(browser, path);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await hydrateAll(page);
    const inputs = page.locator('astro-island input[type="text"]');
    const n = await inputs.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await inputs.nth(i).fill(`${987650 + i}`); // distinctive figures
    await page.waitForTimeout(300);
    await page.waitForLoadState('networkidle');
    // The figures were taken: the scenario lives in this page's own address (history.replaceState, written once
    // typing pauses on the schedule), which is not a request.
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/98765\d/);
    expect(requests.filter((r) => /98765\d/.test(r))).toEqual([]);
    expect(requests.every((r) => r.split(' ')[1]!.startsWith(new URL(page.url()).origin))).toBe(true);
    await close();
  });
});
