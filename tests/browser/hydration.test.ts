/**
 * Calculators hydrate when the reader starts to use them (client:intent,
 * src/integrations/client-intent-directive.ts): no script for a reader who only
 * reads, at once for a shared link, and nothing typed or pressed meanwhile is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, islandHydrated, openPage, resultText } from './browser';
import { calculatorPages } from './site';
import { pricingStrings } from '../../src/islands/pricing/strings';

const calculators = calculatorPages();

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

/** Wait for hydration without pointing at anything (islandReady would point). */
const hydrated = (page: Page, calc: string) => islandHydrated(page, calc, 20_000);

/** Hold the calculator's own script (e.g. ScheduleCalculator.<hash>.js) until release(): the reader acts while it loads. */
async function holdIsland(page: Page, name: string) {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  let requested = false;
  await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  return { release, requested: () => requested };
}

describe('calculators hydrate on intent', () => {
  it.each(calculators)(
    '%s: a reader who only reads downloads no calculator script; pointing at it hydrates it',
    async (path) => {
      const { page, errors, close } = await openPage(browser, path);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.waitForLoadState('networkidle');
      const island = page.locator('astro-island[client="intent"]');
      expect(await island.count()).toBe(1);
      const script = (await island.getAttribute('component-url'))!;
      const calc = (await island.locator('[data-calc]').first().getAttribute('data-calc'))!;
      expect(await island.getAttribute('ssr')).not.toBeNull();
      expect(await island.locator('.calc-results').innerText()).toMatch(/\d/); // the server-rendered default case
      expect(requests).not.toContain(script);
      await island.locator('.calc-results').hover();
      await hydrated(page, calc);
      expect(requests).toContain(script);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('focus entering the calculator (keyboard, no pointer) hydrates it', async () => {
    const { page, errors, close } = await openPage(browser, '/en/calculators/reserve/');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    await page.locator('#rs-rate').focus();
    await hydrated(page, 'reserve');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('abc');
    await expect.poll(() => page.locator('#rs-rate').getAttribute('aria-invalid')).toBe('true');
    expect(errors).toEqual([]);
    await close();
  });

  it('a shared link hydrates without any gesture and shows its scenario, not the default', async () => {
    const { page, errors, close } = await openPage(browser, '/calculators/schedule/?a=1000000&r=4.9%25&n=360');
    await hydrated(page, 'schedule');
    await expect.poll(() => resultText(page, 'instalment')).toBe('5,307.27 元'); // the published 4.9% · 30-year vector
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps what is typed, by keyboard, while the calculator is still loading', async () => {
    const { page, errors, close } = await openPage(browser, '/calculators/schedule/');
    const held = await holdIsland(page, 'ScheduleCalculator');
    for (const [id, text] of [
      ['sc-amount', '100万'],
      ['sc-rate', '４．９%'],
      ['sc-term', '30年'],
    ]) {
      await page.locator(`#${id}`).click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(text);
    }
    await page.locator('#sc-method').selectOption('equal-principal');
    expect(held.requested()).toBe(true);
    expect(await page.locator('astro-island[ssr]').count()).toBe(1); // still server-rendered: nothing computed yet
    held.release();
    await hydrated(page, 'schedule');
    await expect.poll(() => resultText(page, 'first')).toBe('6,861.11 元');
    expect(await page.locator('#sc-amount').inputValue()).toBe('100万');
    await page.locator('.sc-show-all').click(); // long schedules show their first 60 rows until asked
    expect(await page.locator('.calc-table tbody tr').count()).toBe(360);
    await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('equal-principal'); // written once typing pauses
    expect(errors).toEqual([]);
    await close();
  });

  it('a shared link keeps its scenario when a figure is typed before the calculator has loaded', async () => {
    const { page, errors, close } = await openPage(browser, '/calculators/schedule/?a=1000000&n=360');
    const held = await holdIsland(page, 'ScheduleCalculator');
    await page.locator('#sc-rate').fill('4.9%');
    held.release();
    await hydrated(page, 'schedule');
    await expect.poll(() => resultText(page, 'instalment')).toBe('5,307.27 元');
    const params = () => new URL(page.url()).searchParams;
    await expect
      .poll(() => [params().get('a'), params().get('r'), params().get('n')])
      .toEqual(['1000000', '4.9%', '360']);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps a spreadsheet column pasted into the reserve calculator while it loads (hydration resets a textarea)', async () => {
    const { page, errors, close } = await openPage(browser, '/calculators/reserve/');
    const held = await holdIsland(page, 'ReserveCalculator');
    const column = ['5,000,000', '200,000', '100,000', '50,000', '80,000', '40,000', '10,000'].join('\n');
    await page.locator('#rs-paste').fill(column);
    held.release();
    await hydrated(page, 'reserve');
    await expect.poll(() => page.locator('#rs-b0').inputValue()).toBe('5,000,000');
    expect(await page.locator('#rs-b6').inputValue()).toBe('10,000');
    expect(errors).toEqual([]);
    await close();
  });

  it('carries out a button pressed while the calculator loads, once', async () => {
    const { page, errors, close } = await openPage(browser, '/calculators/pricing/');
    const held = await holdIsland(page, 'PricingCalculator');
    await page.getByRole('button', { name: pricingStrings.zh.pin, exact: true }).click();
    held.release();
    await hydrated(page, 'pricing');
    await expect.poll(() => resultText(page, 'compare-status')).toBe('已加入比较：情景 1（最多 3 个）。');
    // The comparison's code loads when the first scenario is kept: wait for it, then exactly one column.
    await expect.poll(() => page.locator('[data-result="compare"] thead th').count(), { timeout: 10_000 }).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  // Astro's island runtime retries a failed import once, a second later with a cache-busted URL (…js?astro-retry=…).
  it('tries once more when the calculator’s script fails to load, and hydrates', async () => {
    const { page, errors, close } = await openPage(browser, '/calculators/schedule/');
    let tries = 0;
    await page.route(/\/_astro\/ScheduleCalculator\.[\w-]+\.js(\?.*)?$/, (route) =>
      ++tries === 1 ? route.abort('connectionreset') : route.continue(),
    );
    await page.locator('#sc-rate').fill('4.9%');
    await hydrated(page, 'schedule');
    expect(tries).toBe(2);
    expect(await page.locator('[data-island-error]').count()).toBe(0);
    await expect.poll(() => page.locator('#sc-rate').inputValue()).toBe('4.9%');
    await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('4.9%'); // typed while it failed, computed once loaded
    // The one failed request is the only error.
    expect(errors.filter((e) => !/ScheduleCalculator|Failed to (load|fetch)|net::ERR/.test(e))).toEqual([]);
    await close();
  });

  it('says so, in the page’s language, when the script fails twice; the next gesture tries again', async () => {
    for (const [path, text] of [
      ['/calculators/schedule/', '计算器未能加载'],
      ['/en/calculators/schedule/', 'The calculator could not load'],
    ] as const) {
      const { page, close } = await openPage(browser, path);
      let fail = true;
      let tries = 0;
      await page.route(
        /\/_astro\/ScheduleCalculator\.[\w-]+\.js(\?.*)?$/,
        (route) => (tries++, fail ? route.abort('connectionreset') : route.continue()),
      );
      await page.locator('.calc-results').hover();
      const notice = page.locator('[data-island-error][role="alert"]');
      await notice.waitFor({ timeout: 10_000 });
      expect(await notice.innerText()).toContain(text);
      expect(tries).toBe(2);
      expect(await page.locator('astro-island[ssr]').count()).toBe(1);
      fail = false;
      await page.mouse.move(0, 0);
      await page.locator('.calc-results').hover();
      await hydrated(page, 'schedule');
      expect(await notice.count()).toBe(0);
      await close();
    }
  });
});
