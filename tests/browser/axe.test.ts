/**
 * Every built page, loaded once: no axe-core accessibility violation and no
 * Content-Security-Policy violation anywhere (this grows with the site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, openPage, recordViolations, runAxe, violations } from './browser';
import { builtPages } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

describe('axe', () => {
  it.each(builtPages())('%s has no accessibility or CSP violations', async (path) => {
    const { page, close } = await openPage(browser, path, { beforeLoad: recordViolations });
    // Let islands hydrate (they are client:visible) before checking their markup.
    await page.waitForLoadState('networkidle');
    const axe = await runAxe(page);
    const csp = await violations(page);
    await close();
    expect(axe, JSON.stringify(axe, null, 2)).toEqual([]);
    expect(csp).toEqual([]);
  });
});
