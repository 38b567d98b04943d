/**
 * The provisioning calculators' answers to the calculators review (issue 16), in both languages:
 * observation-period facts only for a restructured loan (#17), the paste box (#25), a ratio below its
 * floor said in its card (#26), the bucket reserved more strictly than the classifier (#27), the rate's
 * fraction note, and the CSV's header block and file name (#10). Expected figures come from calculators/
 * with the policy files the site was built from, never from the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, islandReady, openPage, resultText } from './browser';
import { parsePolicyFile } from '../../calculators/policy/index';
import {
  CATEGORY_NAMES,
  classifyLoan,
  floorMissed,
  portfolioReserve,
  stricterDays,
} from '../../calculators/provisioning/index';
import { formatMoney, formatPercent, type Lang } from '../../calculators/format';
import { classifierStrings } from '../../src/islands/provisioning/classifier-strings';
import { reserveStrings } from '../../src/islands/provisioning/reserve-strings';

const policy = parsePolicyFile('provisioning', readFileSync('content/policy/provisioning.yaml', 'utf8'));
const governance = parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8'));
const appetite = {
  minProvisionCoverageRatio: governance.riskAppetite.minProvisionCoverageRatio,
  minLoanProvisionRatio: governance.riskAppetite.minLoanProvisionRatio,
};
const BUCKET_DEFAULTS = ['8000000', '300000', '120000', '80000', '150000', '60000', '20000'];
const LANGS: Lang[] = ['zh', 'en'];
const at = (lang: Lang, path: string) => (lang === 'en' ? `/en${path}` : path);
const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

describe.each(LANGS)('classifier (%s): observation-period facts only for a restructured loan (review #17)', (lang) => {
  const t = classifierStrings[lang];
  const cat = (c: Parameters<typeof classifyLoan>[0]) => CATEGORY_NAMES[classifyLoan(c, policy).category][lang];
  /** The shown category, as written (English names are capitalised by CSS where they stand alone). */
  const shown = async (page: Page) => (await resultText(page, 'category')).toLowerCase();

  it('hides the two facts until 重组资产 is ticked, counts them then, and drops them when it is unticked', async () => {
    const { page, errors, close } = await openPage(browser, at(lang, '/calculators/classifier/'));
    await islandReady(page, 'classifier');
    await page.locator('#cl-dpd').fill('0');
    const missed = page.locator('#cl-missed-during-observation');
    const again = page.locator('#cl-restructured-again');
    await poll(() => shown(page)).toBe(cat({ dpd: 0 }));
    expect(await missed.count()).toBe(0);
    expect(await again.count()).toBe(0);
    expect(await page.locator('form.calc-form').getByText(t['missed-during-observation']).count()).toBe(0);

    await page.locator('#cl-restructured').check();
    await missed.check();
    const doubtful = cat({ dpd: 0, restructured: true, otherTriggers: ['missed-during-observation'] });
    expect(doubtful).toBe(CATEGORY_NAMES.doubtful[lang]);
    await poll(() => shown(page)).toBe(doubtful);

    await page.locator('#cl-restructured').uncheck();
    await poll(() => shown(page)).toBe(CATEGORY_NAMES.normal[lang]);
    expect(await resultText(page, 'stage')).toBe(t.stageN.replace('{n}', '1'));
    expect(await resultText(page, 'npl')).toBe(t.no);
    expect(await missed.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('t') ?? '').not.toContain('missed');
    // Ticked again: the fact starts unticked.
    await page.locator('#cl-restructured').check();
    await poll(() => missed.isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('a link carrying the facts for a non-restructured loan at 0 DPD shows 正常, stage 1', async () => {
    const { page, close } = await openPage(
      browser,
      at(lang, '/calculators/classifier/?d=0&r=0&t=restructured-again,missed-during-observation'),
    );
    await islandReady(page, 'classifier');
    await poll(() => shown(page)).toBe(CATEGORY_NAMES.normal[lang]);
    expect(await resultText(page, 'stage')).toBe(t.stageN.replace('{n}', '1'));
    await close();
  });
});

describe.each(LANGS)('reserve (%s)', (lang) => {
  const t = reserveStrings[lang];
  const RESERVE = at(lang, '/calculators/reserve/');
  const open = async (query = '') => {
    const o = await openPage(browser, RESERVE + query);
    await islandReady(o.page, 'reserve');
    return o;
  };
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, lang);

  it('paste box: skips the header row, reads "-" as 0 (review #25)', async () => {
    const { page, close } = await open();
    const names = policy.ecl.buckets.map((b) => b.name[lang]);
    const amounts = ['5,000,000', '-', '–', '—', '80,000', '40,000', '10,000'];
    const header = lang === 'zh' ? '分段\t余额' : 'Bucket\tBalance';
    await page.locator('#rs-paste').fill([header, ...names.map((n, i) => `${n}\t${amounts[i]}`)].join('\r\n'));
    await poll(() => page.locator('#rs-b0').inputValue()).toBe('5,000,000');
    expect(await page.locator('#rs-b1').inputValue()).toBe('0');
    expect(await page.locator('#rs-b3').inputValue()).toBe('0');
    expect(await page.locator('#rs-b6').inputValue()).toBe('10,000');
    expect(await page.locator('#rs-paste-error').count()).toBe(0);
    const r = portfolioReserve(
      { by: 'bucket', balances: ['5000000', '0', '0', '0', '80000', '40000', '10000'] },
      policy,
      appetite,
    );
    await poll(() => resultText(page, 'booked')).toBe(money(r.bookedAllowance));
    await close();
  });

  it('paste box: 5 values in bucket mode suggest 按五级分类; switching clears the stale error (review #25)', async () => {
    const { page, close } = await open();
    const five = ['12,345,678.90', '456,789', '234,567.5', '123,456', '45,678'];
    await page.locator('#rs-paste').fill(five.join('\n'));
    const error = page.locator('#rs-paste-error');
    await poll(() => error.count()).toBe(1);
    const text = await error.innerText();
    expect(text).toContain(fill(t.pasteCount, { got: 5, n: 7 }));
    expect(text).toContain(fill(t.pasteSwitch, { got: 5, mode: t.category }));
    expect(await page.locator('#rs-paste').getAttribute('aria-invalid')).toBe('true');
    // 3 values fit neither mode: no switch suggested.
    await page.locator('#rs-paste').fill('1\n2\n3');
    await poll(() => error.innerText()).toBe(fill(t.pasteCount, { got: 3, n: 7 }));
    await page.locator('#rs-paste').fill(five.join('\n'));
    await poll(() => error.innerText()).toContain(t.category);

    await page.locator('#rs-mode').selectOption('category');
    await poll(() => error.count()).toBe(0);
    expect(await page.locator('#rs-paste').inputValue()).toBe('');
    expect(await page.locator('#rs-paste').getAttribute('aria-invalid')).toBe('false');
    await page.locator('#rs-paste').fill(five.join('\n'));
    await poll(() => page.locator('#rs-c0').inputValue()).toBe('12,345,678.90');
    const r = portfolioReserve({ by: 'category', balances: five.map((v) => v.replace(/,/g, '')) }, policy, appetite);
    await poll(() => resultText(page, 'booked')).toBe(money(r.bookedAllowance));
    // And the other way: 7 values in category mode suggest 按逾期分段.
    await page.locator('#rs-paste').fill(BUCKET_DEFAULTS.join('\n'));
    await poll(() => error.innerText()).toContain(fill(t.pasteSwitch, { got: 7, mode: t.bucket }));
    await close();
  });

  it('says in the coverage card, in words, which floor the ratio is below (review #26)', async () => {
    const { page, close } = await open();
    const r = portfolioReserve({ by: 'bucket', balances: BUCKET_DEFAULTS }, policy, appetite);
    const booked = floorMissed(r.coverageOnBooked, 'coverage');
    const basis = floorMissed(r.coverage, 'coverage');
    // The default portfolio is the review's: 140.17% on the booked allowance, under the regulatory 150%.
    expect(booked?.source).toBe('regulatory');
    const reg = formatPercent(policy.regulatory.appliedCoverageRatio, lang);
    expect(await resultText(page, 'coverage-booked-below')).toBe(fill(t.below, { v: reg }));
    expect(reg).toBe(formatPercent(booked!.minCoverage, lang));
    // On the regulatory basis the reserve meets 150% but not the appetite's floor.
    expect(basis?.source).toBe('appetite');
    const app = formatPercent(appetite.minProvisionCoverageRatio, lang);
    // (English: the card's CSS capitalises a line that stands alone.)
    expect((await resultText(page, 'coverage-below')).toLowerCase()).toBe(
      fill(t.belowAppetite, { v: app }).toLowerCase(),
    );
    const card = page.locator('.calc-summary > div', { has: page.locator('[data-result="coverage"]') });
    expect(await card.getAttribute('class')).toContain('rs-below');
    // The loan provision ratio meets both floors: no flag there.
    expect(floorMissed(r.coverage, 'loanProvision')).toBeUndefined();
    expect(await page.locator('[data-result="loan-provision-below"]').count()).toBe(0);

    // A portfolio that meets every floor: no flag, no mark.
    await page.goto(page.url().split('?')[0] + '?b0=1000000&b1=0&b2=0&b3=0&b4=0&b5=0&b6=1000');
    await islandReady(page, 'reserve');
    const ok = portfolioReserve(
      { by: 'bucket', balances: ['1000000', '0', '0', '0', '0', '0', '1000'] },
      policy,
      appetite,
    );
    expect(floorMissed(ok.coverage, 'coverage')).toBeUndefined();
    await poll(() => resultText(page, 'coverage')).toBe(formatPercent(ok.coverage.coverage!, lang));
    expect(await page.locator('[data-result="coverage-below"]').count()).toBe(0);
    await close();
  });

  it('explains next to the tables why 181–360 DPD is reserved as 可疑, by bucket only (review #27)', async () => {
    const { page, close } = await open();
    const [x] = stricterDays(policy);
    const note = page.locator('[data-result="stricter"]');
    await poll(() => note.count()).toBe(1);
    const text = await note.innerText();
    expect(text).toContain(
      fill(t.stricter, {
        bucket: x!.bucket.name[lang],
        cat: CATEGORY_NAMES[x!.bucket.category][lang],
        from: x!.fromDays,
        to: x!.toDays,
        classified: CATEGORY_NAMES[x!.classified][lang],
      }),
    );
    expect(text).toMatch(lang === 'zh' ? /181–270 天/ : /181–270 days/);
    // Right above the tables it explains.
    const follows = await page.evaluate(
      () => document.querySelector('[data-result="stricter"]')?.nextElementSibling?.className ?? '',
    );
    expect(follows).toBe('rs-side');
    await note.getByRole('link').click();
    await page.waitForURL(/\/calculators\/classifier\/$/);
    await page.goBack();
    await islandReady(page, 'reserve');
    await page.locator('#rs-mode').selectOption('category');
    await poll(() => page.locator('[data-result="stricter"]').count()).toBe(0);
    await close();
  });

  it('reads a bare 0.18 as 18% with the note under the rate field', async () => {
    const { page, close } = await open();
    const rate = page.locator('#rs-rate');
    await rate.fill('0.18');
    const note = page.locator('#rs-rate-note');
    await poll(() => note.count()).toBe(1);
    expect(await note.innerText()).toBe(
      lang === 'zh' ? '按 18% 计算；如指 0.18%，请输入 0.18%。' : 'Read as 18%; for 0.18%, type 0.18%.',
    );
    expect(await rate.getAttribute('aria-describedby')).toContain('rs-rate-note');
    expect(await rate.getAttribute('aria-invalid')).toBe('false');
    const r = portfolioReserve({ by: 'bucket', balances: BUCKET_DEFAULTS, annualRate: '0.18' }, policy, appetite);
    await poll(() => resultText(page, 'booked')).toBe(money(r.bookedAllowance));
    // With a % sign it is 0.18%, and the note goes.
    await rate.fill('0.18%');
    await poll(() => note.count()).toBe(0);
    const low = portfolioReserve({ by: 'bucket', balances: BUCKET_DEFAULTS, annualRate: '0.0018' }, policy, appetite);
    await poll(() => resultText(page, 'booked')).toBe(money(low.bookedAllowance));
    await close();
  });

  it('the CSV starts with the inputs, NPLs, policy, local time and link; its name carries the scenario (review #10)', async () => {
    const { page, close } = await open('?r=0.2&n=24');
    await poll(() => page.locator('#rs-rate-note').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: lang === 'zh' ? '导出 CSV' : /CSV/ }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toBe(
      lang === 'zh'
        ? '拨备测算_按逾期分段_873万_20%_24个月.csv'
        : 'provisioning_Days-past-due-bucket_8730000_20pct_24m.csv',
    );
    const dir = mkdtempSync(join(tmpdir(), 'csv-'));
    await download.saveAs(join(dir, 'x.csv'));
    const lines = readFileSync(join(dir, 'x.csv'), 'utf8').slice(1).trimEnd().split('\r\n');
    rmSync(dir, { recursive: true, force: true });
    const r = portfolioReserve(
      { by: 'bucket', balances: BUCKET_DEFAULTS, annualRate: '0.2', remainingMonths: 24 },
      policy,
      appetite,
    );
    const names = policy.ecl.buckets.map((b) => b.name[lang]);
    expect(lines.slice(0, 11)).toEqual([
      t.csvInputs,
      `${t.mode},${t.bucket}`,
      ...names.map((n, i) => `${n},${Number(BUCKET_DEFAULTS[i]).toFixed(2)}`),
      `${t.rate},0.200000`,
      `${t.months},24`,
    ]);
    expect(lines[11]).toBe(`${t.npl},${r.fiveTier.npl.toFixed(2)}`);
    expect(lines[12]).toBe(`${t.nplRatio},${r.fiveTier.nplRatio!.toFixed(6)}`);
    expect(lines[13]).toMatch(new RegExp(`^${t.csvPolicy},RP-06 v[\\d.]+ \\(\\d{4}-\\d\\d-\\d\\d\\)$`));
    // The reader's local date and time, as the browser sees it.
    const local = await page.evaluate(() => {
      const d = new Date();
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    });
    expect(lines[14]).toMatch(new RegExp(`^${t.csvAt.replace(/[()]/g, '\\$&')},${local} \\d\\d:\\d\\d$`));
    expect(lines[15]).toBe(`${t.csvLink},${page.url()}`);
    expect(lines).toContain(`${t.booked},${r.bookedAllowance.toFixed(2)}`);
    await close();
  });
});

/** Whether a page scrolls sideways (nothing may be wider than a 390 px phone). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe.each(LANGS)('on a 390 px phone (%s)', (lang) => {
  it.each(['/calculators/classifier/?r=1', '/calculators/reserve/'])('%s is no wider than the phone', async (path) => {
    const { page, close } = await openPage(browser, at(lang, path), { width: 390 });
    await islandReady(page, path.includes('classifier') ? 'classifier' : 'reserve');
    expect(await overflows(page)).toBe(false);
    await close();
  });
});
