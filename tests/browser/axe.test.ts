/**
 * Every built page, loaded once: no axe-core accessibility violation and no
 * Content-Security-Policy violation anywhere (this grows with the site).
 *
 * One page is reused from test to test (a new context per page cost more than
 * loading the page); recordViolations is an init script, so every navigation
 * starts a fresh record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, newPage, recordViolations, runAxe, settled, url, violations, type OpenedPage } from './browser';
import { builtPages } from './site';

let browser: Browser;
let shared: OpenedPage;
beforeAll(async () => {
  browser = await connect();
  shared = await newPage(browser, { beforeLoad: recordViolations });
});
afterAll(async () => {
  await shared?.close();
  await browser?.close();
});

describe('axe', () => {
  it.each(builtPages())('%s has no accessibility or CSP violations', async (path) => {
    const { page } = shared;
    await page.goto(url(path), { waitUntil: 'load' });
    // Let the islands hydrate (calculators as if pointed at; others on screen) before checking their markup.
    await settled(page);
    const axe = await runAxe(page);
    const csp = await violations(page);
    expect(axe, JSON.stringify(axe, null, 2)).toEqual([]);
    expect(csp).toEqual([]);
  });
});
