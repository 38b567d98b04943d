/**
 * What the input helpers tell staff, in both languages: the parser's note next to the
 * field (0.049 read as 4.9%, calculators review #1), copy link without
 * navigator.clipboard (plain-http intranet, #18) and checkbox targets (#31).
 * Expected figures and notes come from calculators/, never copied from the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connect, islandReady, openPage, resultText } from './browser';
import { amortize } from '../../calculators/schedule/index';
import { parseRate } from '../../calculators/input/rate';
import { formatMoney, type Lang } from '../../calculators/format';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const prefix = (lang: Lang) => (lang === 'en' ? '/en' : '');

describe.each(['zh', 'en'] as const)('calculator inputs (%s)', (lang) => {
  it('0.049 as a schedule rate: the note under the field, and the 4.9% instalment', async () => {
    const { page, errors, close } = await openPage(browser, `${prefix(lang)}/calculators/schedule/`);
    await islandReady(page, 'schedule');
    await page.locator('#sc-amount').fill('100万');
    await page.locator('#sc-term').fill('30年');
    const rate = page.locator('#sc-rate');
    await rate.fill('4.9%');
    // A rate typed with % needs no note.
    await expect.poll(() => page.locator('#sc-rate-note').count()).toBe(0);
    await rate.fill('0.049');

    const parsed = parseRate('0.049');
    if (!parsed.ok || !parsed.note) throw new Error('parseRate(0.049) should read 4.9% with a note');
    const note = page.locator('#sc-rate-note');
    await expect.poll(() => note.textContent()).toBe(parsed.note[lang]);
    expect(parsed.note[lang]).toContain('4.9%');
    // Described by, next to the field, not a live region.
    expect(await rate.getAttribute('aria-describedby')).toContain('sc-rate-note');
    expect(await note.getAttribute('aria-live')).toBeNull();
    expect(await note.getAttribute('role')).toBeNull();
    expect(await rate.getAttribute('inputmode')).toBe('text'); // 万 and % on the phone keyboard (#13)
    const [fieldBox, noteBox] = [await rate.boundingBox(), await note.boundingBox()];
    expect(noteBox!.y).toBeGreaterThan(fieldBox!.y);
    expect(noteBox!.y - (fieldBox!.y + fieldBox!.height)).toBeLessThan(80);

    const first = amortize({ principal: '1000000', annualRate: '0.049', termMonths: 360, method: 'equal-instalment' })
      .rows[0]!.payment;
    expect(formatMoney(first, lang)).toContain('5,307.27');
    await expect.poll(() => resultText(page, 'instalment')).toBe(formatMoney(first, lang));

    // An error replaces the note.
    await rate.fill('abc');
    await expect.poll(() => page.locator('#sc-rate-error').count()).toBe(1);
    expect(await page.locator('#sc-rate-note').count()).toBe(0);
    expect(await rate.getAttribute('aria-describedby')).not.toContain('sc-rate-note');
    expect(errors).toEqual([]);
    await close();
  });

  it('copy link without navigator.clipboard: the link in a selected read-only field, with a message', async () => {
    const { page, errors, close } = await openPage(browser, `${prefix(lang)}/calculators/schedule/?a=100万&r=4.9%25`, {
      beforeLoad: async (p) => {
        await p.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
      },
    });
    await islandReady(page, 'schedule');
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.locator('.calc-toolbar button').first().click();
    const field = page.locator('.calc-copy-field');
    await field.waitFor();
    expect(await field.inputValue()).toBe(page.url());
    expect(await field.getAttribute('readonly')).not.toBeNull();
    // Focused and wholly selected: Ctrl+C copies it.
    const selection = await field.evaluate((el: HTMLInputElement) => ({
      focused: document.activeElement === el,
      start: el.selectionStart,
      end: el.selectionEnd,
      length: el.value.length,
    }));
    expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: selection.length });
    const status = await page.locator('.calc-toolbar [role="status"]').innerText();
    expect(status).toMatch(lang === 'zh' ? /已选中.*Ctrl\+C/ : /selected.*Ctrl\+C/);
    expect(errors).toEqual([]);
    await close();
  });

  it('classifier checkboxes keep a 24 px box on a 390 px phone, where their labels wrap', async () => {
    const { page, close } = await openPage(browser, `${prefix(lang)}/calculators/classifier/`, { width: 390 });
    await islandReady(page, 'classifier');
    const boxes = page.locator('.calc-check input[type="checkbox"]');
    const n = await boxes.count();
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < n; i++) {
      if (!(await boxes.nth(i).isVisible())) continue;
      const b = (await boxes.nth(i).boundingBox())!;
      expect(b.width).toBeGreaterThanOrEqual(24);
      expect(b.height).toBeGreaterThanOrEqual(24);
    }
    await close();
  });
});
