/** Pagefind search through Starlight's dialog, in Chinese and English, on the built site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, openPage, openSearch, searchResults, type OpenedPage } from './browser';
import { TEST_BASE } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => {
  for (const opened of editions.values()) await opened.close();
  await browser?.close();
});

/** One page per starting point, its search dialog left open (searchResults clears the previous query). */
const editions = new Map<string, OpenedPage>();

/** Type a query into the search dialog and return the result links in order (pages and their nested sections). */
async function search(path: string, query: string): Promise<string[]> {
  let opened = editions.get(path);
  if (!opened) {
    opened = await openPage(browser, path);
    await openSearch(opened.page);
    editions.set(path, opened);
  }
  return (await searchResults(opened.page, query, 15_000)).flat();
}

describe('search', () => {
  it.each([
    ['/', '风险偏好', 'policies/governance/'],
    ['/', '三道防线', 'policies/governance/'],
    ['/en/', 'risk appetite', 'en/policies/governance/'],
  ])('on %s, "%s" lists %s among the first three results', async (from, query, expected) => {
    const hrefs = await search(from, query);
    expect(hrefs.slice(0, 3).map((h) => h.split(/[?#]/)[0])).toContain(TEST_BASE + expected);
  });
});
