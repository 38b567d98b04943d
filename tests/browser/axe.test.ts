/** axe-core on every built page: no accessibility violations anywhere (this grows with the site). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, openPage, runAxe } from './browser';
import { builtPages } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

describe('axe', () => {
  it.each(builtPages())('%s has no violations', async (path) => {
    const { page, close } = await openPage(browser, path);
    // Let islands hydrate (they are client:visible) before checking their markup.
    await page.waitForLoadState('networkidle');
    const violations = await runAxe(page);
    await close();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});
