/**
 * The training path's self-check quiz island: right and wrong answers with
 * their explanations, keyboard-only use, progress that survives a reload,
 * reset, English, and a browser that blocks storage. No console errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, openPage } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const KEY = 'shandian-handbook:quiz:v1:rates';

/** Scroll the island into view (it hydrates client:visible) and wait until it has read its saved state. */
async function ready(page: Page) {
  await page.locator('.quiz').scrollIntoViewIfNeeded();
  await page.locator('.quiz[data-ready="true"]').waitFor();
}

const question = (page: Page, n: number) => page.locator('.quiz-item').nth(n);

describe('quiz island', () => {
  it('marks a wrong answer, shows the correct one and the explanation; keyboard answers work; progress survives a reload; reset clears it', async () => {
    const { page, errors, close } = await openPage(browser, '/training/rates/');
    await ready(page);

    // Accessible structure: each question is a fieldset with a legend, a radio group and a live region.
    const q1 = question(page, 0);
    // Hydration keeps the server's text exactly (no doubled "1.." or repeated prompt).
    await expect(q1.locator('fieldset legend').textContent()).resolves.toBe(
      '1. 本金12,000元，分12期，每期按原始本金收取0.6%手续费，不另收利息。对外披露的年化利率（单利）是多少？',
    );
    await expect(q1.locator('label').first().textContent()).resolves.toBe('A. 7.20%');
    expect(await q1.locator('input[type="radio"]').count()).toBe(4);
    expect(await q1.locator('[aria-live="polite"]').count()).toBe(1);
    await expect(page.locator('.quiz-progress').textContent()).resolves.toContain('已答 0/6 题');

    // Submitting with nothing chosen asks for a choice.
    await q1.getByRole('button', { name: '提交答案' }).click();
    await expect(q1.locator('.quiz-nudge').textContent()).resolves.toContain('请先选择');

    // Wrong: 7.20% (monthly fee × 12).
    await q1.getByLabel('7.20%').check();
    await q1.getByRole('button', { name: '提交答案' }).click();
    const fb1 = q1.locator('[aria-live="polite"]');
    await expect(fb1.textContent()).resolves.toContain('回答错误');
    await expect(fb1.textContent()).resolves.toContain('B. 13.03%');
    await expect(fb1.locator('.quiz-explanation').textContent()).resolves.toContain('1.0862%');
    expect(await q1.locator('.quiz-nudge').count()).toBe(0);

    // Right, keyboard only: focus the first radio of question 2, arrow to the second, tab to the button, Enter.
    const q2 = question(page, 1);
    await q2.locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(q2.locator('input[type="radio"]').nth(1).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('提交答案');
    await page.keyboard.press('Enter');
    const fb2 = q2.locator('[aria-live="polite"]');
    await expect(fb2.textContent()).resolves.toContain('回答正确');
    await expect(fb2.locator('.quiz-explanation').textContent()).resolves.toContain('单利口径');
    await expect(page.locator('.quiz-progress').textContent()).resolves.toContain('已答 2/6 题，答对 1 题');

    // Stored in the browser only, under a namespaced key.
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null')).toEqual({
      'instalment-fee-apr': 0,
      'compare-basis': 1,
    });

    // Reload: answers, feedback and progress are back.
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await expect(question(page, 0).locator('[aria-live="polite"]').textContent()).resolves.toContain('回答错误');
    await expect(question(page, 1).locator('[aria-live="polite"]').textContent()).resolves.toContain('回答正确');
    await expect(question(page, 1).locator('input[type="radio"]').nth(1).isChecked()).resolves.toBe(true);
    await expect(page.locator('.quiz-progress').textContent()).resolves.toContain('已答 2/6 题，答对 1 题');

    // Change the wrong answer to the right one: the verdict follows the latest submission.
    await question(page, 0).getByLabel('13.03%').check();
    await question(page, 0).getByRole('button', { name: '提交答案' }).click();
    await expect(question(page, 0).locator('[aria-live="polite"]').textContent()).resolves.toContain('回答正确');
    await expect(page.locator('.quiz-progress').textContent()).resolves.toContain('答对 2 题');

    // Reset: everything cleared, in the page and in storage, and still clear after a reload.
    await page.getByRole('button', { name: '清除本模块的答题记录' }).click();
    await expect(page.locator('.quiz-status').textContent()).resolves.toContain('已清除');
    expect(await page.locator('.quiz-feedback').count()).toBe(0);
    expect(await page.locator('.quiz input[type="radio"]:checked').count()).toBe(0);
    await expect(page.locator('.quiz-progress').textContent()).resolves.toContain('已答 0/6 题');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    expect(await page.locator('.quiz-feedback').count()).toBe(0);

    expect(errors).toEqual([]);
    await close();
  });

  it('works in English, with the same progress key as the Chinese page', async () => {
    const { page, errors, close } = await openPage(browser, '/en/training/institution/');
    await ready(page);
    const q = question(page, 0);
    await q.getByLabel('The third line').check();
    await q.getByRole('button', { name: 'Submit answer' }).click();
    await expect(q.locator('[aria-live="polite"]').textContent()).resolves.toContain('Correct.');
    await expect(q.locator('.quiz-explanation').textContent()).resolves.toContain('Internal Audit');
    await expect(page.locator('.quiz-progress').textContent()).resolves.toContain('1 of 5 answered, 1 correct');

    // Parameters in the questions are filled in from the policy files, in English.
    await expect(question(page, 2).locator('legend').textContent()).resolves.toContain('NPL ratio');
    await expect(question(page, 2).textContent()).resolves.toMatch(/Within \d+ hours/);

    // The Chinese page of the same module shows the answer given on the English one.
    await page.goto(page.url().replace('/en/training/', '/training/'), { waitUntil: 'load' });
    await ready(page);
    await expect(question(page, 0).locator('[aria-live="polite"]').textContent()).resolves.toContain('回答正确');
    expect(errors).toEqual([]);
    await close();
  });

  it('still works, without saving, when the browser blocks storage', async () => {
    const { page, errors, close } = await openPage(browser, '/training/collections/', {
      beforeLoad: (p) =>
        p.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            configurable: true,
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }),
    });
    // Starlight's own theme script reads localStorage unguarded, so a blocked storage already
    // raises page errors before the quiz runs; those are the frame's, not the quiz's.
    const frameErrors = errors.length;
    await ready(page);
    await expect(page.locator('.quiz-note').textContent()).resolves.toContain('本地存储');
    const q = question(page, 0);
    await q.getByLabel('22:00至次日08:00').check();
    await q.getByRole('button', { name: '提交答案' }).click();
    await expect(q.locator('[aria-live="polite"]').textContent()).resolves.toContain('回答正确');
    await page.getByRole('button', { name: '清除本模块的答题记录' }).click();
    expect(await page.locator('.quiz-feedback').count()).toBe(0);
    // Hydrating, reading and writing progress, answering and resetting raised nothing.
    expect(errors.slice(frameErrors)).toEqual([]);
    await close();
  });

  it('ships no decimal.js and stays small', async () => {
    const { page, close } = await openPage(browser, '/training/rates/');
    // Every script's body, read as it arrives and awaited before the check (a body read after the page
    // has navigated away is gone, and a read still pending would be missed).
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.text());
    });
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await page.waitForLoadState('networkidle');
    const all = (await Promise.all(scripts)).join('\n');
    expect(scripts.length).toBeGreaterThan(0);
    expect(all).not.toMatch(/DecimalError|decimal\.js/);
    await close();
  });
});
