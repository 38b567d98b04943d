/**
 * No page is wider than a phone (reader H1; WCAG 1.4.10 Reflow). Every built page is loaded as a
 * phone loads it, 390 and 320 CSS px wide: a touch device whose layout viewport grows to fit wide
 * content (isMobile). A page is right when the layout viewport stayed at the phone's width, nothing
 * reaches past its right edge, and the header's search and menu buttons are on screen.
 * Then: 200 % zoom on a 1280 px desktop (a 640 px CSS viewport) reflows, and a glossary tooltip
 * shown on a phone stays inside the screen.
 *
 * One context per width serves every page, with a few tabs loading pages side by side (a context
 * per page, or one tab for 65 pages in a row, was several times slower on 2 cores).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connect, url } from './browser';
import { builtPages } from './site';

const TABS = 3;

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

async function phone(width: number): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  context.setDefaultTimeout(20_000);
  return context;
}

/** Run `check` on every path, TABS pages at a time in one context; returns what each reported. */
async function eachPage<T>(
  context: BrowserContext,
  paths: string[],
  check: (page: Page, path: string) => Promise<T>,
): Promise<Map<string, T>> {
  const results = new Map<string, T>();
  const queue = [...paths];
  const tab = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      // The stylesheets are in (module scripts wait for them), which is all layout needs; `load` also
      // waits for the islands' code, which renders the same markup, at twice the time.
      await page.goto(url(path), { waitUntil: 'domcontentloaded' });
      results.set(path, await check(page, path));
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: TABS }, tab));
  return results;
}

/** What sticks out of a page `width` px wide: an empty list when nothing does. */
const overflow = (page: Page, width: number) =>
  page.evaluate((width) => {
    const problems: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (innerWidth !== width) problems.push(`layout viewport grew to ${innerWidth}px`);
    if (scrollWidth > width) {
      // Name the culprits, to say what to fix: the innermost elements that reach past the edge.
      const wide = [...document.querySelectorAll('body *')].filter(
        (e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 0.5,
      );
      const names = wide
        .filter((e) => !wide.some((inner) => inner !== e && e.contains(inner)))
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : ''}`,
        );
      problems.push(`${scrollWidth}px wide: ${[...new Set(names)].slice(0, 6).join(', ')}`);
    }
    // The header's controls: search on every page, the menu wherever there is a sidebar (not on the splash home page).
    const controls: [string, string][] = [['search', 'button[data-open-modal]']];
    if (document.querySelector('nav.sidebar')) controls.push(['menu', 'button.sl-menu-button']);
    for (const [name, selector] of controls) {
      const button = document.querySelector(selector);
      const r = button?.getBoundingClientRect();
      if (!r || r.width === 0) problems.push(`no ${name} button shown`);
      else if (r.left < 0 || r.right > width)
        problems.push(`${name} button at x = ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return problems;
  }, width);

describe.each([390, 320])('at %i px', (width) => {
  it('no page is wider than the screen, and the search and menu buttons are on it', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    const context = await phone(width);
    const results = await eachPage(context, pages, (page) => overflow(page, width));
    await context.close();
    const failures = [...results]
      .filter(([, problems]) => problems.length > 0)
      .map(([path, problems]) => `${path}: ${problems.join('; ')}`);
    expect(failures).toEqual([]);
  });
});

describe('200 % zoom (a 1280 px desktop at 640 CSS px)', () => {
  it('the training overview, a long policy, the glossary and a calculator reflow without sideways scrolling', async () => {
    const context = await browser.newContext({
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
    });
    const paths = [
      '/training/',
      '/en/training/collections/',
      '/policies/provisioning/',
      '/en/glossary/',
      '/calculators/pricing/',
    ];
    const results = await eachPage(context, paths, (page) => page.evaluate(() => document.documentElement.scrollWidth));
    await context.close();
    expect(Object.fromEntries(results)).toEqual(Object.fromEntries(paths.map((p) => [p, 640])));
  });
});

describe('glossary tooltips on a phone', () => {
  it('each shown tip is inside the 320 px screen, never over its term, and is the link’s description', async () => {
    const context = await phone(320);
    const paths = ['/training/collections/', '/en/training/rates/', '/policies/provisioning/'];
    const results = await eachPage(context, paths, async (page) => {
      const terms = page.locator('.term');
      const problems: string[] = [];
      const count = await terms.count();
      if (count === 0) problems.push('no terms');
      const ids = await terms.evaluateAll((as) => as.map((a) => a.getAttribute('aria-describedby')));
      if (new Set(ids).size !== ids.length) problems.push(`tooltip ids repeat: ${ids.join(' ')}`);
      for (let i = 0; i < count; i++) {
        await terms.nth(i).focus();
        problems.push(
          ...(await terms.nth(i).evaluate((term) => {
            const tip = term.querySelector<HTMLElement>('.term-tip')!;
            const t = term.getBoundingClientRect();
            const r = tip.getBoundingClientRect();
            const out: string[] = [];
            const name = `“${term.firstChild?.textContent}”`;
            if (term.getAttribute('aria-describedby') !== tip.id || tip.getAttribute('role') !== 'tooltip')
              out.push(`${name}: tip is not its description`);
            if (r.width === 0) out.push(`${name}: tip not shown on focus`);
            else if (r.left < 0 || r.right > innerWidth)
              out.push(`${name}: tip at x = ${Math.round(r.left)}–${Math.round(r.right)}`);
            else if (r.top < t.bottom && r.bottom > t.top) out.push(`${name}: tip covers the term`);
            if (document.documentElement.scrollWidth > innerWidth || innerWidth !== 320)
              out.push(`${name}: page wider than the screen while shown`);
            return out;
          })),
        );
      }
      // Hidden again, the tip takes no room at all.
      await page.locator('h1').first().click();
      if (
        (await page
          .locator('.term-tip')
          .evaluateAll((tips) => tips.filter((t) => t.getClientRects().length > 0).length)) > 0
      )
        problems.push('a tip stays shown');
      return problems;
    });
    await context.close();
    expect(Object.fromEntries(results)).toEqual(Object.fromEntries(paths.map((p) => [p, []])));
  });
});

describe('the language menu keeps the reader’s place (reader L11)', () => {
  it('a section opens at the same section of the other edition; a glossary entry at the same entry', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const cases: [from: string, language: 'English' | '简体中文', to: string][] = [
      ['/procedures/collections/#联系对象', 'English', '/en/procedures/collections/#whom-to-contact'],
      ['/en/procedures/collections/#whom-to-contact', '简体中文', '/procedures/collections/#联系对象'],
      ['/glossary/#dpd', 'English', '/en/glossary/#dpd'],
    ];
    const landed: string[] = [];
    for (const [from, language, to] of cases) {
      await page.goto(url(from));
      const target = url(to);
      await Promise.all([
        page.waitForURL((u) => decodeURI(u.href) === target),
        page.locator('starlight-lang-select select').first().selectOption({ label: language }),
      ]);
      landed.push(decodeURI(page.url()));
    }
    await context.close();
    expect(landed).toEqual(cases.map(([, , to]) => url(to)));
  });
});
