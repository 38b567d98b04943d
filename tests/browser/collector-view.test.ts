/**
 * The collector's task view on procedures/collections (reader M2–M4), as a collector uses it on a
 * 390 px phone, in both languages: type the days past due (as staff type them) and see that stage's
 * card only, with its contact matrix and its hours and limits read from collections.yaml; bad input
 * gets a message next to the field; stage links and ?dpd= work; without JavaScript every card is
 * there; nothing is wider than the phone; axe finds nothing and the CSP is kept while it is used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connect, recordViolations, runAxe, url, violations } from './browser';
import { parsePolicyFile } from '../../calculators/policy/index';
import { formatParam } from '../../calculators/policy/param';
import { parseCount } from '../../calculators/input/count';

const collections = parsePolicyFile('collections', readFileSync('content/policy/collections.yaml', 'utf8'));
const { stages, contact, contactParties } = collections;

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

async function phone(javaScript = true): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    javaScriptEnabled: javaScript,
  });
  context.setDefaultTimeout(10_000);
  return context;
}

/** A day inside each stage that staff would type; the due date (0) for the pre-due stage. */
const dayIn = (s: (typeof stages)[number]) =>
  s.fromDays <= 0 ? 0 : s.toDays === undefined ? s.fromDays + 1000 : Math.round((s.fromDays + s.toDays) / 2);

/** What the reader sees: the visible cards' codes, the live region, the error, the page width. */
const state = (page: Page) =>
  page.evaluate(() => ({
    shown: [...document.querySelectorAll<HTMLElement>('[data-ctv-stage]')]
      .filter((c) => c.getClientRects().length > 0)
      .map((c) => c.dataset.code),
    result: document.querySelector('[data-ctv-result]')!.textContent,
    error: document.getElementById('ctv-days-error')!.textContent,
    invalid: document.getElementById('ctv-days')!.getAttribute('aria-invalid'),
    width: document.documentElement.scrollWidth,
  }));

describe.each([
  ['zh', '/procedures/collections/', '逾期天数'],
  ['en', '/en/procedures/collections/', 'Days past due'],
] as const)('%s: the task view at 390 px', (lang, path, label) => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    context = await phone();
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await recordViolations(page);
    await page.goto(url(path), { waitUntil: 'load' });
  });
  afterAll(async () => context?.close());

  const field = () => page.getByLabel(label, { exact: true });

  it.each(stages.map((s) => [s.code, s] as const))(
    'stage %s: typing a day in it shows its card only, with its contacts and the hours from the parameters',
    async (code, s) => {
      const day = dayIn(s);
      await field().fill(String(day));
      const st = await state(page);
      expect(st.shown).toEqual([code]);
      expect(st.result).toContain(`${code} ${s.name[lang]}`);
      expect(st.error).toBe('');
      expect(st.width).toBe(390);

      const card = page.locator(`[data-ctv-stage][data-code="${code}"]`);
      // The contact matrix: the stage's parties (all of them unless it names some), each with its rule.
      const expected = contactParties
        .filter((p) => !s.contactParties || s.contactParties.includes(p.id))
        .map((p) => [p.id, p.rule]);
      const parties = await card
        .locator('[data-party]')
        .evaluateAll((li) => li.map((l) => [(l as HTMLElement).dataset.party, (l as HTMLElement).dataset.rule]));
      expect(parties).toEqual(expected);
      if (!s.contactParties) {
        const never = card.locator('[data-party="unrelated"]');
        await expect(never.innerText()).resolves.toContain(lang === 'zh' ? '禁止' : 'Never');
        await expect(never.innerText()).resolves.toContain(lang === 'zh' ? '同事' : 'colleagues');
      }
      // Hours and limits, as <Param> prints the parameters.
      const hours = card.locator('[data-ctv-hours]');
      for (const key of [
        'quietHoursStart',
        'quietHoursEnd',
        'maxEffectiveCallsPerDay',
        'maxAttemptsPerNumberPerDay',
      ] as const) {
        const shown = await hours.locator(`[data-param="collections.contact.${key}"]`).first().innerText();
        expect(shown, key).toBe(formatParam(key, contact[key], lang));
      }
      // Each checklist heading and at least one script are there.
      const headings = await card.locator('h4').allInnerTexts();
      expect(headings).toEqual(
        lang === 'zh'
          ? ['可做', '不可做', '联系对象', '时段与频次', '须记录', '升级条件', '标准话术']
          : ['Do', 'Do not', 'Who may be contacted', 'Hours and limits', 'Record', 'Escalate when', 'Approved scripts'],
      );
      expect(await card.locator('.ctv-scripts dd').count()).toBe(s.scripts.length);
    },
  );

  it('reads what staff type: full-width digits, a unit, a stage code', async () => {
    for (const [typed, code] of [
      ['４５', 'M2'],
      ['45天', 'M2'],
      [' 61 ', 'M3'],
      ['90', 'M3'],
      ['91', 'M3+'],
      ['m3+', 'M3+'],
      ['M1', 'M1'],
    ] as const) {
      await field().fill(typed);
      expect((await state(page)).shown, typed).toEqual([code]);
    }
    await field().fill('45');
    expect((await state(page)).result).toBe(
      lang === 'zh'
        ? '逾期 45 天：M2 中期催收，31–60 天；再过 16 天进入 M3。'
        : '45 days past due: M2 Mid-stage collection, 31–60 days; M3 starts in 16 days.',
    );
    // The day counts that open litigation (legal.legalMinDpdDays) and write-off review (over writeOff.writeOffMinDpdDays).
    const { legalMinDpdDays } = collections.legal;
    const { writeOffMinDpdDays } = collections.writeOff;
    const litigation =
      lang === 'zh'
        ? `已达到评估诉讼的逾期天数（${legalMinDpdDays} 天）`
        : `t ${legalMinDpdDays} days or more, litigation may be assessed`;
    const writeOff =
      lang === 'zh'
        ? `已超过核销审查的逾期天数（${writeOffMinDpdDays} 天）`
        : `ast ${writeOffMinDpdDays} days, write-off review is open`;
    const said = async (d: number) => (await field().fill(String(d)), (await state(page)).result ?? '');
    expect(await said(legalMinDpdDays - 1)).not.toContain(litigation);
    expect(await said(legalMinDpdDays)).toContain(litigation);
    expect(await said(writeOffMinDpdDays)).not.toContain(writeOff);
    const late = await said(writeOffMinDpdDays + 1);
    expect(late).toContain(litigation);
    expect(late).toContain(writeOff);
  });

  it('bad input gets the parser’s message next to the field, and clearing it shows every stage again', async () => {
    for (const typed of ['abc', '-5', '4.5', '1000000']) {
      await field().fill(typed);
      const st = await state(page);
      const parsed = parseCount(typed);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(st.error, typed).toBe(parsed.error.message[lang]);
      expect(st.invalid).toBe('true');
      expect(st.result).toBe('');
      expect(st.shown).toHaveLength(stages.length);
    }
    const described = await field().getAttribute('aria-describedby');
    expect(described?.split(' ')).toContain('ctv-days-error');
    await field().fill('');
    const st = await state(page);
    expect(st).toMatchObject({ error: '', invalid: null, result: '' });
    expect(st.shown).toHaveLength(stages.length);
  });

  it('a stage link shows that stage (keyboard: focus and Enter); "show all" brings the others back', async () => {
    await field().fill('45');
    await page.locator('[data-ctv-pick][href="#ctv-m3plus"]').focus();
    await page.keyboard.press('Enter');
    expect((await state(page)).shown).toEqual(['M3+']);
    await expect(page.locator('[data-ctv-pick][href="#ctv-m3plus"]').getAttribute('aria-current')).resolves.toBe(
      'true',
    );
    await expect(field().inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: lang === 'zh' ? '显示全部阶段' : 'Show all stages' }).click();
    expect((await state(page)).shown).toHaveLength(stages.length);
  });

  it('the stages table is one card per stage, nothing wider than the phone; axe and the CSP find nothing', async () => {
    const rows = await page
      .locator('table.collection-stages tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({ display: getComputedStyle(tr).display, right: tr.getBoundingClientRect().right })),
      );
    expect(rows).toHaveLength(stages.length);
    for (const r of rows) {
      expect(r.display).toBe('block');
      expect(r.right).toBeLessThanOrEqual(390);
    }
    await field().fill('45');
    expect((await state(page)).width).toBe(390);
    expect(await runAxe(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the task view without the script, and from a link', () => {
  it('without JavaScript every stage card is on the page and the stage links are anchors; the field is hidden', async () => {
    const context = await phone(false);
    const page = await context.newPage();
    await page.goto(url('/procedures/collections/'));
    const st = await page.evaluate(() => ({
      cards: [...document.querySelectorAll<HTMLElement>('[data-ctv-stage]')].filter(
        (c) => c.getClientRects().length > 0,
      ).length,
      field: document.getElementById('ctv-days')!.getClientRects().length,
      links: [...document.querySelectorAll<HTMLAnchorElement>('[data-ctv-pick]')].map((a) => a.getAttribute('href')),
      width: document.documentElement.scrollWidth,
    }));
    await context.close();
    expect(st).toEqual({
      cards: stages.length,
      field: 0,
      links: ['#ctv-pre', '#ctv-m1', '#ctv-m2', '#ctv-m3', '#ctv-m3plus'],
      width: 390,
    });
  });

  it('?dpd=45 opens the view at M2', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(url('/en/procedures/collections/?dpd=45'));
    const st = await state(page);
    await context.close();
    expect(st.shown).toEqual(['M2']);
    expect(st.result).toContain('M2');
  });

  it('the procedure’s contact table is the same matrix, in both languages', async () => {
    const context = await phone();
    const page = await context.newPage();
    const rows: Record<string, string[]> = {};
    for (const [lang, path] of [
      ['zh', '/procedures/collections/'],
      ['en', '/en/procedures/collections/'],
    ] as const) {
      await page.goto(url(path));
      rows[lang] = await page
        .locator('table.ctv-contact-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.party!));
    }
    await context.close();
    expect(rows).toEqual({ zh: contactParties.map((p) => p.id), en: contactParties.map((p) => p.id) });
  });
});
