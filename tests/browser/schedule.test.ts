/** The repayment-schedule calculator, driven like a member of staff would. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, downloadCsv, islandReady, openPage, resultText } from './browser';

const PATH = '/calculators/schedule/';
let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const hydrated = (page: Page) => islandReady(page, 'schedule');

const result = resultText;

async function fillScenario(page: Page, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) await page.locator(`#${id}`).fill(value);
}

describe('schedule calculator', () => {
  it('shows the default scenario in the server-rendered HTML (no JavaScript)', async () => {
    const { page, close } = await openPage(browser, PATH, { javaScript: false });
    // 100,000 at 12% over 12 months, level instalments: PMT = 8,884.88.
    expect(await result(page, 'instalment')).toBe('8,884.88 元');
    expect(await page.locator('.calc-table tbody tr').count()).toBe(12);
    await close();
  });

  it('reproduces the published 1,000,000 · 4.9% · 360 vectors (等额本息 5,307.27; 等额本金 6,861.11)', async () => {
    const { page, errors, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fillScenario(page, { 'sc-amount': '100万', 'sc-rate': '４．９%', 'sc-term': '30年' });
    await expect.poll(() => result(page, 'instalment')).toBe('5,307.27 元');
    await page.locator('#sc-method').selectOption('equal-principal');
    await expect.poll(() => result(page, 'first')).toBe('6,861.11 元');
    const secondRow = await page.locator('.calc-table tbody tr').nth(1).locator('td').first().innerText();
    expect(secondRow).toBe('6,849.77'); // 11.34 less each month
    expect(await page.locator('.calc-table tbody tr').count()).toBe(360);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the true cost of a 0.6% monthly fee: 13.03% simple, 13.84% compound', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fillScenario(page, { 'sc-amount': '12,000', 'sc-rate': '0', 'sc-term': '12', 'sc-monthly-fee': '0.6%' });
    await expect.poll(() => result(page, 'instalment')).toBe('1,072.00 元');
    expect(await result(page, 'apr-simple')).toBe('13.03%');
    expect(await result(page, 'apr-compound')).toBe('13.84%');
    await close();
  });

  it('puts a clear message next to a bad field, marks it invalid, and never shows NaN', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fillScenario(page, { 'sc-amount': 'abc' });
    const input = page.locator('#sc-amount');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-error'))}`).innerText();
    expect(message.length).toBeGreaterThan(3);
    expect(await page.locator('[data-result="error"]').innerText()).toMatch(/更正/);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    // A valid amount afterwards recovers the results.
    await fillScenario(page, { 'sc-amount': '100000' });
    await expect.poll(() => result(page, 'instalment')).toBe('8,884.88 元');
    await close();
  });

  it('keeps the scenario in the URL: reloading the copied address reproduces it', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fillScenario(page, { 'sc-amount': '50000', 'sc-rate': '7.2%', 'sc-term': '24' });
    await page.locator('#sc-method').selectOption('equal-principal');
    await expect.poll(() => page.url()).toMatch(/a=50000.*r=7\.2%25.*n=24.*m=equal-principal/);
    const first = await result(page, 'first');
    const copied = page.url();
    const again = await openPage(browser, copied.replace(/^https?:\/\/[^/]+/, ''));
    await hydrated(again.page);
    await expect.poll(() => result(again.page, 'first')).toBe(first);
    expect(await again.page.locator('#sc-amount').inputValue()).toBe('50000');
    await again.close();
    await close();
  });

  it('exports the schedule as CSV with a UTF-8 BOM, a header and one row per period', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fillScenario(page, { 'sc-term': '18' });
    await expect.poll(() => page.locator('.calc-table tbody tr').count()).toBe(18);
    const { bytes, lines } = await downloadCsv(page, '导出 CSV');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe('期数,还款额,本金,利息,费用,剩余本金');
    expect(lines).toHaveLength(19);
    expect(lines[18]).toMatch(/^18,[\d.]+,[\d.]+,[\d.]+,0\.00,0\.00$/);
    await close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await page.locator('#sc-amount').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('200000');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sc-rate');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sc-method');
    await expect.poll(() => result(page, 'instalment')).toBe('17,769.76 元');
    await close();
  });

  it('has an English edition with English labels and messages', async () => {
    const { page, close } = await openPage(browser, `/en${PATH}`);
    await hydrated(page);
    expect(await page.locator('label[for="sc-amount"]').innerText()).toBe('Loan amount');
    await fillScenario(page, { 'sc-amount': '-5' });
    await expect.poll(() => page.locator('#sc-amount-error').innerText()).toMatch(/[a-z]/i);
    await close();
  });
});
