/**
 * The way in (issue 15 §3): the home page leads into every part of the handbook in both
 * languages; training progress shows on the overview and in the sidebar; a quiz answer
 * submitted before the island hydrates is not lost; quiz explanations link to the clause
 * they cite and reading lists name documents by their real titles; the glossary has an
 * index and highlights the entry a link arrives at; policy pages link their terms; and the
 * typography fixes of reader L1–L3 hold on the built pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, openPage } from './browser';
import { builtHtml, TEST_BASE } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

/** The built HTML of a site path, with or without the base path. */
const html = (path: string) =>
  builtHtml(decodeURI(path.startsWith(TEST_BASE) ? path : TEST_BASE + path.replace(/^\//, '')));

/** The h1 of a built page, as text. */
const titleOf = (path: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html(path))?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();

/** Every id on a built page. */
const idsOf = (path: string) => new Set([...html(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('home page', () => {
  it.each([
    ['/', '新员工培训', '员工常见问题', '法规对照表', /已构建|built site/],
    ['/en/', 'New staff training', 'Staff questions', 'Regulation register', /built site|已构建/],
  ])(
    '%s: cards lead to every part, quick links land on their sections, no build-time wording',
    async (home, training, questions, register, devWording) => {
      const { page, errors, close } = await openPage(browser, home);
      const prefix = home === '/' ? TEST_BASE : `${TEST_BASE}en/`;
      const cards = await page
        .locator('.sl-link-card a')
        .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), new URL((a as HTMLAnchorElement).href).pathname]));
      const byTitle = Object.fromEntries(cards);
      expect(byTitle[training]).toBe(`${prefix}training/`);
      expect(byTitle[questions]).toBe(`${prefix}questions/`);
      expect(byTitle[register]).toBe(`${prefix}regulations/`);
      expect(cards.length).toBeGreaterThanOrEqual(8);
      for (const [, path] of cards) if (!path.endsWith('/questions/')) expect(titleOf(path), path).toBeTruthy();

      // Quick links: each names a section that exists on its page.
      const quick = await page
        .locator('.sl-markdown-content ul a[href*="#"]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(quick.length).toBeGreaterThanOrEqual(6);
      for (const href of quick) {
        const u = new URL(href);
        expect(idsOf(u.pathname), href).toContain(decodeURIComponent(u.hash.slice(1)));
      }

      expect(await page.locator('main').innerText()).not.toMatch(devWording);
      // The training card opens the training path.
      await page.locator('.sl-link-card a', { hasText: training }).click();
      await page.waitForURL(`**${prefix}training/`);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('on a phone, the menu is on the home page too', async () => {
    const { page, close } = await openPage(browser, '/', { width: 390, height: 844 });
    const toggle = page.locator('button.sl-menu-button');
    expect(await toggle.isVisible()).toBe(true);
    await toggle.click();
    expect(await page.locator('#starlight__sidebar a', { hasText: '培训路径总览' }).isVisible()).toBe(true);
    await close();
  });
});

/** Answer every question of the quiz on this page right: try A, and if wrong take the answer it gives. */
async function answerAllRight(page: Page) {
  await page.locator('.quiz').scrollIntoViewIfNeeded();
  await page.locator('.quiz[data-ready="true"]').waitFor();
  const n = await page.locator('.quiz-item').count();
  for (let i = 0; i < n; i++) {
    const q = page.locator('.quiz-item').nth(i);
    await q.locator('input[type="radio"]').first().check();
    await q.locator('button.quiz-submit').click();
    const verdict = await q.locator('.quiz-verdict').innerText();
    const letter = /(?:正确答案：|correct answer: )([A-F])\./.exec(verdict)?.[1];
    if (letter) {
      await q
        .locator('input[type="radio"]')
        .nth(letter.charCodeAt(0) - 65)
        .check();
      await q.locator('button.quiz-submit').click();
    }
    await q.locator('.quiz-feedback--right').waitFor();
  }
}

describe('training progress', () => {
  it('a module answered all right is ticked in the sidebar and on the overview; a started one shows its count; reset takes the tick away', async () => {
    const { page, errors, close } = await openPage(browser, '/training/institution/');
    await answerAllRight(page);

    // Every explanation links to the clause it cites, a heading that exists on that page.
    const sources = await page
      .locator('.quiz-source a')
      .evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.textContent!]));
    expect(sources.length).toBe(await page.locator('.quiz-item').count());
    for (const [href, label] of sources) {
      const u = new URL(href!);
      expect(idsOf(u.pathname), href).toContain(decodeURIComponent(u.hash.slice(1)));
      expect(label!.startsWith(`${titleOf(u.pathname)} · `), label).toBe(true);
    }

    // One answer in another module: started, not done.
    await page.goto(page.url().replace('/institution/', '/rates/'), { waitUntil: 'load' });
    await page.locator('.quiz').scrollIntoViewIfNeeded();
    await page.locator('.quiz[data-ready="true"]').waitFor();
    await page.locator('.quiz-item').first().locator('input[type="radio"]').first().check();
    await page.locator('.quiz-item').first().locator('button.quiz-submit').click();
    await page.locator('.quiz-item').first().locator('.quiz-feedback').waitFor();

    await page.goto(page.url().replace('/rates/', '/'), { waitUntil: 'load' });
    const tick = (module: string) =>
      page.locator(`#starlight__sidebar a[data-training-module="${module}"] .training-tick`);
    expect(await tick('institution').count()).toBe(1);
    expect(await tick('institution').innerText()).toContain('✓');
    expect(await tick('rates').count()).toBe(0);
    await expect(page.locator('[data-training-progress="institution"]').innerText()).resolves.toBe('✓ 已完成');
    await expect(page.locator('[data-training-progress="rates"]').innerText()).resolves.toBe('已答 1/6 题');
    await expect(page.locator('[data-training-progress="collections"]').innerText()).resolves.toBe('未开始');
    await expect(page.locator('[data-training-summary]').innerText()).resolves.toBe('你已完成 1/5 个模块。');

    // The tick is in the sidebar on any page, and in English too.
    await page.goto(page.url().replace('/training/', '/en/policies/governance/'), { waitUntil: 'load' });
    expect(await page.locator('#starlight__sidebar a[data-training-module="institution"] .training-tick').count()).toBe(
      1,
    );

    // Clearing the module's answers takes its tick away.
    await page.goto(page.url().replace('/en/policies/governance/', '/training/institution/'), { waitUntil: 'load' });
    await page.locator('.quiz').scrollIntoViewIfNeeded();
    await page.locator('.quiz[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: '清除本模块的答题记录' }).click();
    await page.reload({ waitUntil: 'load' });
    expect(await tick('institution').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('a quiz answer submitted before the island has hydrated is kept and answered', async () => {
    const island = /<astro-island[^>]*component-url="([^"]+)"/.exec(html('/training/institution/'))?.[1];
    expect(island).toBeTruthy();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const { page, errors, close } = await openPage(browser, '/training/institution/', {
      // A slow network: the quiz island's code arrives only when the test lets it.
      beforeLoad: async (p) => {
        await p.route(`**${island}`, async (route) => (await held, route.continue()));
      },
    });
    await page.locator('.quiz').scrollIntoViewIfNeeded();
    const q = page.locator('.quiz-item').first();
    const button = q.locator('button.quiz-submit');
    expect(await page.locator('.quiz').getAttribute('data-ready')).toBe('false');
    expect(await button.isEnabled()).toBe(true);
    // From the chosen option, Tab reaches the button (a disabled one was skipped, reader L6).
    await q.getByLabel('第三道防线').check();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('quiz-submit'))).toBe(true);
    const before = page.url();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before); // nothing submitted anywhere
    expect(await page.locator('.quiz').getAttribute('data-ready')).toBe('false');

    release();
    await page.locator('.quiz[data-ready="true"]').waitFor();
    await expect(q.locator('[aria-live="polite"]').innerText()).resolves.toContain('回答正确');
    expect(await q.getByLabel('第三道防线').isChecked()).toBe(true);
    await expect(page.locator('.quiz-progress').innerText()).resolves.toContain('已答 1/5 题，答对 1 题');
    expect(errors).toEqual([]);
    await close();
  });

  it.each(
    ['institution', 'rates', 'admission-pricing', 'monitoring-provisioning', 'collections'].flatMap((m) => [
      `/training/${m}/`,
      `/en/training/${m}/`,
    ]),
  )('%s: the reading list names each document by its title', async (path) => {
    const { page, close } = await openPage(browser, path);
    // The list after the 阅读清单 / Reading list heading (Starlight wraps headings in a div).
    const items = await page.evaluate(() => {
      const heading = document.querySelector('h2:is(#阅读清单, #reading-list)')!;
      let el = (heading.closest('.sl-heading-wrapper') ?? heading).nextElementSibling;
      while (el && el.tagName !== 'OL') el = el.nextElementSibling;
      return [...(el?.querySelectorAll('a') ?? [])].map((a) => [a.textContent!.trim(), new URL(a.href).pathname]);
    });
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const [label, target] of items) {
      if (target!.endsWith('/glossary/')) continue;
      expect(label!.replace(/\s*[（(][A-Z]{2}-\d+[）)]$/, ''), target).toBe(titleOf(target!));
    }
    await close();
  });
});

describe('glossary', () => {
  it('has an index by initial, and highlights the entry a link arrives at', async () => {
    const { page, errors, close } = await openPage(browser, '/glossary/#write-off');
    const letters = await page.locator('.glossary-index a').evaluateAll((as) => as.map((a) => a.textContent));
    expect(letters).toEqual(expect.arrayContaining(['B', 'C', 'H', 'Y', 'Z']));
    for (const id of await page
      .locator('.glossary-index a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)))) {
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    }
    // 核销 is under H; 逾期天数 under Y.
    expect(await page.locator('#letter-h + dl #write-off').count()).toBe(1);
    expect(await page.locator('#letter-y + dl #dpd').count()).toBe(1);

    const bg = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await bg('#dpd');
    expect(await bg('#write-off')).not.toBe(plain);
    expect(await bg('#write-off + dd')).not.toBe(plain);
    // Staff words: 注销 is contrasted with 核销, 紧急联系人 leads to the listed-contact entry.
    expect(await page.locator('#write-off + dd').innerText()).toContain('注销');
    expect(await page.locator('#listed-contact').innerText()).toContain('紧急联系人');

    // Following the index moves the highlight's target, not the page's language or path.
    await page.locator('.glossary-index a', { hasText: 'Y' }).click();
    expect(new URL(page.url()).hash).toBe('#letter-y');
    expect(await bg('#write-off')).toBe(plain);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('policies and procedures', () => {
  it.each([
    ['/policies/governance/', 'risk-appetite'],
    ['/policies/provisioning/', 'five-category'],
    ['/procedures/write-off/', 'written-off-retained'],
    ['/en/procedures/repayment-plans/', 'restructured-loan'],
  ])('%s links its glossary terms (%s among them)', (path, id) => {
    const page = html(path);
    expect(page.match(/<a class="term"/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(page).toContain(`glossary/#${id}"`);
  });

  it('typography: bold next to full-width brackets renders, whole-yuan thresholds, no space between a figure and Chinese, ranges kept whole', async () => {
    const { page, close } = await openPage(browser, '/policies/provisioning/');
    const main = await page.locator('main .sl-markdown-content').innerText();
    expect(main).not.toContain('**');
    expect(await page.locator('strong', { hasText: '预期信用损失（ECL）' }).count()).toBeGreaterThan(0);
    const range = page.locator('.param-range').first();
    expect(await range.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
    await close();

    const writeOff = html('/procedures/write-off/');
    const amount = /data-param="collections\.writeOff\.smallBalanceMaxAmount">([^<]+)</.exec(writeOff)?.[1];
    expect(amount).toMatch(/^[\d,]+ 元$/);
    // "不少于 180 天有记录的追索": no space left between the figure's unit and the Chinese after it.
    expect(writeOff).toMatch(/data-param="collections\.writeOff\.minRecoveryEffortDays">[^<]+天<\/span>有记录/);
  });
});
