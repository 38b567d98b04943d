/** Pagefind search through Starlight's dialog, in Chinese and English, on the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, openPage, typeSearch } from './browser';
import { TEST_BASE } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

/** Type a query into the search dialog and return the result links in order. */
async function search(path: string, query: string): Promise<string[]> {
  const { page, close } = await openPage(browser, path);
  await typeSearch(page, query);
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await close();
  return hrefs;
}

describe('search', () => {
  it.each([
    ['/', '风险偏好', 'policies/governance/'],
    ['/', '三道防线', 'policies/governance/'],
    ['/en/', 'risk appetite', 'en/policies/governance/'],
  ])('on %s, "%s" lists %s among the first three results', async (from, query, expected) => {
    const hrefs = await search(from, query);
    expect(hrefs.slice(0, 3).map((h) => h.split('#')[0])).toContain(TEST_BASE + expected);
  });
});
