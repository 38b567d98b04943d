/**
 * Pricing shows the customer's numbers (review #8), keeps three compared scenarios inside a 390 px phone (#4)
 * and writes a CSV that says what it is about (#10). Expected figures come from calculators/, not the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { connect, downloadCsv, islandReady, openPage, resultText } from './browser';
import { parsePolicyFile } from '../../calculators/policy/index';
import { priceLoan, evaluateOffer, type PriceInput, type PricingPolicy } from '../../calculators/pricing/index';
import { amortize } from '../../calculators/schedule/amortize';
import { annualizedRate } from '../../calculators/schedule/annualized-rate';
import { scheduleCashflows } from '../../calculators/schedule/amortize';
import { formatMoney, formatPercent, type Lang } from '../../calculators/format';
import { pricingStrings } from '../../src/islands/pricing/strings';

const policy: PricingPolicy = {
  pricing: parsePolicyFile('pricing', readFileSync('content/policy/pricing.yaml', 'utf8')),
  lpr: parsePolicyFile('lpr', readFileSync('content/policy/lpr.yaml', 'utf8')),
  governance: parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8')),
};
const langs: Lang[] = ['zh', 'en'];
const path = (lang: Lang, query = '') => `${lang === 'en' ? '/en' : ''}/calculators/pricing/${query}`;
const slow = { timeout: 20_000 };

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const hydrated = (page: Page) => islandReady(page, 'pricing');
/** The page's contract date (blank field = the reader's today), so the expected price uses the same cap and LPR. */
const contractDate = (page: Page) => page.locator('#pr-date').inputValue();

/** 50,000 over 24 months, grade C, level instalments: the loan officer's "每月还多少". */
const loan = (date: string): PriceInput => ({
  grade: 'C',
  amount: '50000',
  termMonths: 24,
  method: 'equal-instalment',
  fees: { upfrontAmount: '0', monthlyFeeRate: '0' },
  contractDate: date,
});

describe.each(langs)("pricing: the customer's numbers (%s)", (lang) => {
  const t = pricingStrings[lang];
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, lang);
  const pct = (v: Parameters<typeof formatPercent>[0]) => formatPercent(v, lang, 2, 2);

  it('shows the instalment, totals and APR at the minimum and the offered rate, as amortize computes them', async () => {
    const { page, errors, close } = await openPage(browser, path(lang, '?a=50000&n=24&o=18%25'));
    await hydrated(page);
    const input = loan(await contractDate(page));
    const price = priceLoan(input, policy);
    // Recomputed here from the schedule module, not read from the price result.
    const atRequired = amortize({
      principal: '50000',
      annualRate: price.requiredRate,
      termMonths: 24,
      method: 'equal-instalment',
    });
    const atOffer = amortize({ principal: '50000', annualRate: '0.18', termMonths: 24, method: 'equal-instalment' });
    await expect.poll(() => resultText(page, 'req-instalment'), slow).toBe(money(atRequired.rows[0]!.payment));
    expect(atRequired.rows[0]!.payment.toFixed(2)).toBe(atRequired.instalment.toFixed(2));
    expect(await resultText(page, 'req-interest')).toBe(money(atRequired.totals.interest));
    expect(await resultText(page, 'req-all-in')).toBe(money(atRequired.totals.allIn));
    expect(await resultText(page, 'req-apr-simple')).toBe(pct(annualizedRate(scheduleCashflows(atRequired)).simple));
    expect(await resultText(page, 'offer-instalment')).toBe(money(atOffer.rows[0]!.payment));
    expect(await resultText(page, 'offer-all-in')).toBe(money(atOffer.totals.allIn));
    expect(await resultText(page, 'offer-apr-simple')).toBe(
      pct(evaluateOffer({ ...input, offeredRate: '0.18' }, policy).apr.simple),
    );
    // The column heads name the rate each column is at; the required rate to 3 decimals (review #20).
    expect(await page.locator('[data-result="customer"] thead th').first().innerText()).toBe(
      t.atRequired.replace('{r}', formatPercent(price.requiredRate, lang, 3, 2)),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('opens the same loan in the schedule calculator, with the same instalment and total (fees, equal principal)', async () => {
    const query = '?a=5%E4%B8%87&n=24&m=equal-principal&uf=1000&mf=0.2%25&o=20%25';
    const { page, close } = await openPage(browser, path(lang, query));
    await hydrated(page);
    await expect.poll(() => resultText(page, 'req-instalment'), slow).not.toBe('');
    for (const key of ['req', 'offer']) {
      const first = await resultText(page, `${key}-instalment`);
      const total = await resultText(page, `${key}-all-in`);
      const apr = await resultText(page, `${key}-apr-simple`);
      const href = await page.locator(`[data-result="${key}-schedule"]`).getAttribute('href');
      expect(href).toMatch(new RegExp(`^/handbook/${lang === 'en' ? 'en/' : ''}calculators/schedule/\\?a=50000&r=`));
      const schedule = await openPage(browser, href!);
      await islandReady(schedule.page, 'schedule');
      await expect.poll(() => resultText(schedule.page, 'first'), slow).toBe(first);
      expect(await resultText(schedule.page, 'paid')).toBe(total);
      expect(await resultText(schedule.page, 'apr-simple')).toBe(apr);
      expect(await schedule.page.locator('#sc-method').inputValue()).toBe('equal-principal');
      await schedule.close();
    }
    await close();
  });

  it('keeps three compared scenarios inside a 390 px phone: the table scrolls in its own labelled box', async () => {
    const c = 'C_50000_24_0*D_50000_24_0*C_50000_36_0_1000_0.2';
    const { page, close } = await openPage(browser, path(lang, `?o=18%25&c=${c}`), { width: 390, height: 800 });
    await hydrated(page);
    const table = page.locator('[data-result="compare"]');
    await expect.poll(() => table.locator('thead th').count(), slow).toBe(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = page.locator('.pr-compare .calc-table-wrap');
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.getAttribute('role')).toBe('region');
    expect(await box.getAttribute('aria-label')).toBe(t.compareCaption);
    // The third scenario is wider than the phone but reachable by scrolling the box.
    const [scroll, client] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeGreaterThan(client);
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const third = await table.locator('thead th').nth(2).boundingBox();
    expect(third!.x + third!.width).toBeLessThanOrEqual(391);
    // The customer's numbers are in the comparison too.
    const rows = await table.locator('tbody th').allInnerTexts();
    expect(rows).toEqual(expect.arrayContaining([t.instReq, t.interestReq, t.allInReq]));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await close();
  });

  it('writes a CSV that starts with the inputs, the policy version, the local time and the link', async () => {
    const { page, close } = await openPage(browser, path(lang, '?a=50000&n=24&o=18%25&uf=500'));
    await hydrated(page);
    await expect.poll(() => resultText(page, 'req-instalment'), slow).not.toBe('');
    const date = await contractDate(page);
    const { lines } = await downloadCsv(page, lang === 'en' ? 'Download CSV' : '导出 CSV');
    expect(lines.slice(0, 9)).toEqual([
      t.csvInputs,
      `${t.grade},C`,
      `${t.amount},50000.00`,
      `${t.term},24`,
      `${t.method},${t['equal-instalment']}`,
      `${t.upfront},500.00`,
      `${t.monthlyFee},0.000000`,
      `${t.date},${date}`,
      `${t.offered},0.180000`,
    ]);
    const doc = readFileSync('content/docs/policies/pricing.mdx', 'utf8');
    const version = /\n {2}version: "([\d.]+)"/.exec(doc)![1];
    expect(lines[9]).toMatch(
      new RegExp(`^${t.csvPolicy},RP-03 v${version.replace('.', '\\.')} \\(\\d{4}-\\d{2}-\\d{2}\\)$`),
    );
    // The reader's own clock, not UTC.
    const now = await page.evaluate(() => {
      const d = new Date();
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    });
    expect(lines[10]).toMatch(new RegExp(`^${t.csvAt.replace(/[()]/g, '\\$&')},${now} \\d{2}:\\d{2}$`));
    expect(lines[11]).toBe(`${t.csvLink},${page.url()}`);
    // The customer's figures follow the make-up, for both rates.
    const input = { ...loan(date), fees: { upfrontAmount: '500', monthlyFeeRate: '0' } };
    const offer = evaluateOffer({ ...input, offeredRate: '0.18' }, policy);
    expect(lines).toContain(`${t['inst-equal-instalment']},${offer.schedule.rows[0]!.payment.toFixed(2)}`);
    expect(lines).toContain(`${t.allIn},${offer.schedule.totals.allIn.toFixed(2)}`);
    await close();
  });
});

describe.each(langs)('pricing: phone, errors, no-script and print (%s)', (lang) => {
  const t = pricingStrings[lang];
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, lang);
  const pct = (v: Parameters<typeof formatPercent>[0]) => formatPercent(v, lang, 2, 2);

  it('pins 月供 · 利息合计 · 年化 at the offered rate under the fields while typing on a 390 px phone (#12)', async () => {
    const { page, errors, close } = await openPage(browser, path(lang, '?a=50000&n=24&o=18%25'), {
      width: 390,
      height: 844,
    });
    await hydrated(page);
    const offer = evaluateOffer({ ...loan(await contractDate(page)), offeredRate: '0.18' }, policy);
    const pin = page.locator('[data-result="pin"]');
    await expect.poll(() => pin.textContent(), slow).toContain(money(offer.schedule.rows[0]!.payment));
    const line = (await pin.textContent())!;
    expect(line).toContain(`${t['inst-equal-instalment']} ${money(offer.schedule.rows[0]!.payment)}`);
    expect(line).toContain(`${t.interestTotal} ${money(offer.schedule.totals.interest)}`);
    expect(line).toContain(`${t.aprS} ${pct(offer.apr.simple)}`);
    // Typing in the amount field at the top of the screen: the line is on screen, the results are not.
    await page.locator('#pr-amount').fill('60000');
    await page.locator('#pr-amount').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const bigger = evaluateOffer({ ...loan(await contractDate(page)), amount: '60000', offeredRate: '0.18' }, policy);
    await expect.poll(() => pin.textContent(), slow).toContain(money(bigger.schedule.rows[0]!.payment));
    const box = (await pin.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(845);
    expect((await page.locator('[data-result="customer"]').boundingBox())!.y).toBeGreaterThan(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await close();
  });

  it('puts cross-field errors under the field responsible, with aria-invalid (#24)', async () => {
    const { page, close } = await openPage(browser, path(lang, '?a=50000&n=24'));
    await hydrated(page);
    // An upfront fee not below the amount.
    await page.locator('#pr-upfront').fill('60000');
    await expect.poll(() => page.locator('#pr-upfront').getAttribute('aria-invalid'), slow).toBe('true');
    expect(await page.locator('#pr-upfront-error').innerText()).toMatch(
      lang === 'zh' ? /须低于贷款金额/ : /less than the loan amount/,
    );
    expect(await page.locator('#pr-amount').getAttribute('aria-invalid')).toBe('false');
    await page.locator('#pr-upfront').fill('');
    await expect.poll(() => page.locator('#pr-upfront').getAttribute('aria-invalid'), slow).toBe('false');
    // An offered rate above the cap in force: the verdict blocks it, and the field says why.
    await page.locator('#pr-offered').fill('36%');
    await expect.poll(() => page.locator('#pr-offered').getAttribute('aria-invalid'), slow).toBe('true');
    const cap = evaluateOffer({ ...loan(await contractDate(page)), offeredRate: '0.36' }, policy).checks.find(
      (c) => c.id === 'apr-cap',
    )!;
    expect(cap.status).toBe('fail');
    expect(await page.locator('#pr-offered-error').innerText()).toBe(cap.message[lang]);
    expect(await page.locator('[data-result="verdict"]').getAttribute('data-tone')).toBe('block');
    await close();
  });

  it('without JavaScript shows no empty "show the working" control (#29)', async () => {
    const { page, close } = await openPage(browser, path(lang), { javaScript: false });
    expect(await page.locator('[data-calc="pricing"] [data-result="required"]').isVisible()).toBe(true);
    expect(await page.locator('[data-calc="pricing"] details.calc-math').isVisible()).toBe(false);
    await close();
  });

  it('prints the inputs as text, the date, policy and link, no empty what-ifs and no split cards (#29)', async () => {
    const { page, errors, close } = await openPage(browser, path(lang, '?a=50000&n=24&o=18%25'));
    await hydrated(page);
    await expect.poll(() => page.locator('[data-result="stamp"]').count(), slow).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const stamp = await page.locator('[data-result="stamp"]').innerText();
    expect(stamp).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(stamp).toContain(page.url());
    expect(stamp).toMatch(/RP-03 v/);
    // No what-if fieldset (left blank), no "show the working", no pinned line, no toolbar.
    expect(await page.locator('.pr-whatif').isVisible()).toBe(false);
    expect(await page.locator('[data-calc="pricing"] details.calc-math').isVisible()).toBe(false);
    expect(await page.locator('[data-result="pin"]').isVisible()).toBe(false);
    expect(await page.locator('[data-calc="pricing"] .calc-toolbar button:visible').count()).toBe(0);
    // Result cards never break across pages.
    const breaks = await page
      .locator('[data-calc="pricing"] .calc-summary > div')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    expect(breaks.length).toBeGreaterThan(0);
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
    expect(errors).toEqual([]);
    await close();
  });
});
