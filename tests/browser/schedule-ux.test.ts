/**
 * The schedule calculator as staff read it (issue 16, review #11, #28, #19, #15), in both languages:
 * money columns to the fen and equal to the CSV, equal principal's monthly decrease and first-instalment
 * formula, a summary that follows each keystroke while the table waits, and a shared link that never
 * shows the default figures first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, downloadCsv, islandHydrated, islandReady, newPage, openPage, resultText, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const LANGS = [
  { lang: 'zh', path: '/calculators/schedule/', unit: (n: string) => `${n} 元`, csv: '导出 CSV' },
  { lang: 'en', path: '/en/calculators/schedule/', unit: (n: string) => `¥${n}`, csv: /CSV/ },
] as const;

/** Hold the island's script until `release` (a slow connection), as tests/browser/hydration.test.ts does. */
async function holdIsland(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  let requested = false;
  await page.route(/\/_astro\/ScheduleCalculator\.[\w-]+\.js$/, async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  return { release, requested: () => requested };
}

async function fill(page: Page, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) await page.locator(`#${id}`).fill(value);
}

const tableRow = (page: Page, i: number) => page.locator('.calc-table tbody tr').nth(i).locator('td').allInnerTexts();

describe.each(LANGS)('schedule calculator ($lang)', ({ path, unit, csv }) => {
  it('money columns show two decimals, the same figures as the CSV (#11)', async () => {
    const { page, errors, close } = await openPage(browser, path);
    await islandReady(page, 'schedule');
    // 12,000 at 0% over 12 months: every payment is 1,000.00 — formatNumber used to write "1,000".
    await fill(page, { 'sc-amount': '12,000', 'sc-rate': '0', 'sc-term': '12' });
    await expect.poll(() => resultText(page, 'instalment')).toBe(unit('1,000.00'));
    await expect
      .poll(() => tableRow(page, 0), { timeout: 10_000 })
      .toEqual(['1,000.00', '1,000.00', '0.00', '0.00', '11,000.00']);
    // Read the table only once it has settled on the last figure typed.
    await expect.poll(() => page.locator('.sc-detail.sc-stale').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.locator('.calc-table tbody td').count(), { timeout: 10_000 }).toBe(12 * 5);
    const cells = await page.locator('.calc-table tbody td').allInnerTexts();
    expect(cells.length).toBe(12 * 5);
    for (const c of cells) expect(c).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
    const { lines } = await downloadCsv(page, csv);
    // The first period follows the header block (inputs, rates, policy, link) and the column headings.
    const firstRow = lines.find((l) => l.startsWith('1,'))!;
    expect(firstRow.split(',').slice(1)).toEqual(cells.slice(0, 5).map((c) => c.replace(/,/g, '')));
    expect(errors).toEqual([]);
    await close();
  });

  it('equal principal states the monthly decrease and the first instalment as principal + interest (#28)', async () => {
    const { page, errors, close } = await openPage(browser, path);
    await islandReady(page, 'schedule');
    await fill(page, { 'sc-amount': '100万', 'sc-rate': '4.9%', 'sc-term': '30年' });
    await page.locator('#sc-method').selectOption('equal-principal');
    await expect.poll(() => resultText(page, 'first')).toBe(unit('6,861.11'));
    expect(await resultText(page, 'decrease')).toBe(unit('11.34'));
    expect(await resultText(page, 'first-formula')).toMatch(/6,861\.11 = \D*2,777\.78 \+ \D*4,083\.33/);
    // Simple annualised rate before compound.
    const order = await page.locator('[data-result^="apr-"]').evaluateAll((els) => els.map((e) => e.dataset.result));
    expect(order).toEqual(['apr-simple', 'apr-compound']);
    // The table's second row falls by the stated decrease.
    await expect.poll(() => tableRow(page, 1).then((r) => r[0]), { timeout: 10_000 }).toBe('6,849.77');
    expect(errors).toEqual([]);
    await close();
  });

  it('the summary follows each keystroke while the 360-row table waits for a pause of 350 ms (#19)', async () => {
    const { page, errors, close } = await openPage(browser, path);
    await islandReady(page, 'schedule');
    await fill(page, { 'sc-amount': '1000000', 'sc-rate': '4.9%', 'sc-term': '360' });
    await page.locator('#sc-method').selectOption('equal-principal');
    await expect.poll(() => tableRow(page, 0).then((r) => r[0]), { timeout: 10_000 }).toBe('6,861.11');
    // Only the first 60 of 360 rows until asked; the CSV has all.
    expect(await page.locator('.calc-table tbody tr').count()).toBe(60);
    // One keystroke: 1,000,000 → 100,000. Read the summary and the table in the same task as the update.
    await page.locator('#sc-amount').press('End');
    const seen = await page.evaluate(
      () =>
        new Promise<{ first: string; row: string; stale: boolean }>((done) => {
          const first = document.querySelector('[data-result="first"]')!;
          new MutationObserver((_, obs) => {
            obs.disconnect();
            done({
              first: first.textContent!,
              row: document.querySelector('.calc-table tbody td')!.textContent!,
              stale: !!document.querySelector('.sc-stale[aria-busy="true"]'),
            });
          }).observe(first, { childList: true, characterData: true, subtree: true });
          const input = document.querySelector<HTMLInputElement>('#sc-amount')!;
          input.value = '100000';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
    );
    expect(seen.first).toMatch(/686\.11/); // 100,000 ÷ 360 + 100,000 × 0.049 ÷ 12 = 277.78 + 408.33
    expect(seen.row).toBe('6,861.11'); // the table still shows the previous loan, dimmed
    expect(seen.stale).toBe(true);
    await expect.poll(() => tableRow(page, 0).then((r) => r[0]), { timeout: 10_000 }).toBe('686.11');
    expect(await page.locator('.sc-stale').count()).toBe(0);
    await page.locator('.sc-show-all').click();
    expect(await page.locator('.calc-table tbody tr').count()).toBe(360);
    expect(errors).toEqual([]);
    await close();
  });

  it("a shared link never shows the default scenario's figures before its own (#15)", async () => {
    const { page, held, errors, close } = await newPageHeld(path + '?a=1000000&r=4.9%25&n=360');
    // The island's script is held: the server-rendered default (8,884.88 a month) is in the page but not visible.
    await expect.poll(() => held.requested()).toBe(true);
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    expect(await page.locator('[data-result="instalment"]').textContent()).toBe(unit('8,884.88'));
    expect(await page.locator('[data-result="instalment"]').isVisible()).toBe(false);
    expect(await page.locator('.calc-table').isVisible()).toBe(false);
    expect(await page.locator('html.sc-link').count()).toBe(1);
    held.release();
    await islandHydrated(page, 'schedule');
    await expect
      .poll(() => page.locator('[data-result="instalment"]').innerText(), { timeout: 10_000 })
      .toBe(unit('5,307.27'));
    expect(await page.locator('[data-result="instalment"]').isVisible()).toBe(true);
    expect(await tableRow(page, 0).then((r) => r[0])).toBe('5,307.27');
    expect(await page.locator('html.sc-link').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('a page without a scenario in its address shows the default figures at once', async () => {
    const { page, close } = await openPage(browser, path + '?utm=1', { javaScript: true });
    expect(await page.locator('html.sc-link').count()).toBe(0);
    expect(await page.locator('[data-result="instalment"]').isVisible()).toBe(true);
    await close();
  });
});

/** Open `path` with the island's script held back. */
async function newPageHeld(path: string) {
  const opened = await newPage(browser);
  const held = await holdIsland(opened.page);
  await opened.page.goto(url(path), { waitUntil: 'load' });
  return { ...opened, held };
}
