/** The repayment-schedule calculator, driven like a member of staff would. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { connect, downloadCsv, islandReady, openPage, resultText } from './browser';
import { parsePolicyFile } from '../../calculators/policy/index';
import { amortize, annualizedRate, scheduleCashflows } from '../../calculators/schedule/index';
import { costCapOn, withinCostCap } from '../../calculators/pricing/cost-cap';
import { formatPercent } from '../../calculators/format';

const PATH = '/calculators/schedule/';
const read = (name: string) => readFileSync(`content/policy/${name}.yaml`, 'utf8');
const policy = {
  pricing: parsePolicyFile('pricing', read('pricing')),
  lpr: parsePolicyFile('lpr', read('lpr')),
  governance: parsePolicyFile('governance', read('governance')),
};
/** A 12-month level-instalment loan of 100,000 as the calculation module prices it: its simple APR and the cap on `date`. */
function expected(annualRate: string, monthlyFeeRate: string, date: string) {
  const apr = annualizedRate(
    scheduleCashflows(
      amortize({
        principal: '100000',
        annualRate,
        termMonths: 12,
        method: 'equal-instalment',
        fees: { monthlyFeeRate },
      }),
    ),
  ).simple;
  const cap = costCapOn({ contractDate: date, termMonths: 12 }, policy);
  return { apr, cap, over: !withinCostCap(apr, cap.rate) };
}
/** Words that would say a fee is taken out of the loan. */
const DEDUCTION = /扣除|砍头|预扣|deduct|withh/i;
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
    // The table follows once typing pauses (#19).
    const secondRow = () => page.locator('.calc-table tbody tr').nth(1).locator('td').first().innerText();
    await expect.poll(secondRow, { timeout: 10_000 }).toBe('6,849.77'); // 11.34 less each month
    await page.locator('.sc-show-all').click(); // the first 60 rows until asked
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
    await expect.poll(() => page.locator('.calc-table tbody tr').count(), { timeout: 10_000 }).toBe(18);
    const { bytes, lines } = await downloadCsv(page, '导出 CSV');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // After the header block (tests/browser/schedule-outputs.test.ts): the column headings, then one row per period.
    const head = lines.indexOf('期数,还款额,本金,利息,费用,剩余本金');
    expect(head).toBeGreaterThan(0);
    expect(lines).toHaveLength(head + 19);
    expect(lines[head + 18]).toMatch(/^18,[\d.]+,[\d.]+,[\d.]+,0\.00,0\.00$/);
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

  it('flags an all-in cost above the cap for the contract date, with the cap, its date and its source; the date changes the verdict', async () => {
    // Cases around the cap's steps, each judged by the calculation module (costCapOn + withinCostCap).
    const cases = [
      { r: '12%', rate: '0.12', mf: '0.6%', fee: '0.006', cd: '2026-12-04' }, // calculators review #9: 24.60% simple against 24%
      { r: '12%', rate: '0.12', mf: '', fee: '0', cd: '2026-12-04' },
      { r: '20%', rate: '0.2', mf: '', fee: '0', cd: '2026-12-31' },
      { r: '20%', rate: '0.2', mf: '', fee: '0', cd: '2027-01-01' }, // the company's 18% step
      { r: '15%', rate: '0.15', mf: '', fee: '0', cd: '2027-12-31' },
      { r: '15%', rate: '0.15', mf: '', fee: '0', cd: '2028-01-01' }, // 4 × LPR
    ].map((c) => ({ ...c, ...expected(c.rate, c.fee, c.cd) }));
    expect(cases.filter((c) => c.over).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => !c.over).length).toBeGreaterThanOrEqual(3);
    expect(cases[0]!.apr.toFixed(4)).toBe('0.2460');
    const { page, errors, close } = await openPage(browser, PATH);
    await hydrated(page);
    for (const c of cases) {
      await fillScenario(page, { 'sc-rate': c.r, 'sc-monthly-fee': c.mf, 'sc-date': c.cd });
      await expect.poll(() => result(page, 'cap')).toBe(formatPercent(c.cap.rate, 'zh', 2, 2));
      await expect
        .poll(() => page.locator('[data-result="cap-verdict"]').getAttribute('data-over'))
        .toBe(String(c.over));
      const verdict = await result(page, 'cap-verdict');
      expect(verdict).toContain(formatPercent(c.apr, 'zh', 2, 2));
      expect(verdict).toContain(c.cap.source.zh.slice(0, 12));
      expect(verdict).toMatch(c.over ? /超过合同日期.*不得按此条件签约/ : /未超过合同日期/);
      expect(verdict).toContain(`${Number(c.cd.slice(0, 4))}年${Number(c.cd.slice(5, 7))}月${Number(c.cd.slice(8))}日`);
    }
    // The date travels in the link; reloading it keeps the verdict.
    await expect.poll(() => page.url()).toMatch(/cd=2028-01-01/);
    const again = await openPage(browser, page.url().replace(/^https?:\/\/[^/]+/, ''));
    await hydrated(again.page);
    await expect
      .poll(() => again.page.locator('[data-result="cap-verdict"]').getAttribute('data-over'))
      .toBe(String(cases.at(-1)!.over));
    expect(await again.page.locator('#sc-date').inputValue()).toBe('2028-01-01');
    await again.close();
    expect(errors).toEqual([]);
    await close();
  });

  it('leaves today out of the link, explains a bad date next to the field, and warns above 100%', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    const today = await page.locator('#sc-date').inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await fillScenario(page, { 'sc-date': '2027-02-30' });
    await expect.poll(() => page.locator('#sc-date').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sc-date-error').innerText()).toMatch(/合同日期/);
    await fillScenario(page, { 'sc-date': today, 'sc-amount': '50000' });
    await expect.poll(() => page.url()).toMatch(/a=50000/);
    expect(page.url()).not.toMatch(/cd=/);
    await fillScenario(page, { 'sc-monthly-fee': '10%' });
    await expect.poll(() => page.locator('[data-result="implausible"]').count()).toBe(1);
    expect(await result(page, 'implausible')).toMatch(/超过 100%/);
    await close();
  });

  it('never says a fee is deducted from the loan: island, math, CSV (both languages)', async () => {
    for (const [prefix, button] of [
      ['', '导出 CSV'],
      ['/en', 'Download CSV'],
    ] as const) {
      const { page, close } = await openPage(browser, `${prefix}${PATH}?uf=1000&mf=0.5%25`);
      await hydrated(page);
      await expect.poll(() => result(page, 'fees')).toMatch(/7,000\.00/);
      await page.locator('details.calc-math summary').click();
      const island = await page.locator('[data-calc="schedule"]').innerText();
      expect(island).not.toMatch(DEDUCTION);
      expect(await result(page, 'disbursed')).toMatch(/100,000\.00/); // the full principal
      const { lines } = await downloadCsv(page, button);
      expect(lines.join('\n')).not.toMatch(DEDUCTION);
      await close();
    }
  });

  it('shows the cap verdict in English', async () => {
    const c = expected('0.12', '0.006', '2026-12-04');
    const { page, close } = await openPage(browser, `/en${PATH}?mf=0.6%25&cd=2026-12-04`);
    await hydrated(page);
    await expect.poll(() => page.locator('[data-result="cap-verdict"]').getAttribute('data-over')).toBe('true');
    await expect.poll(() => result(page, 'cap-verdict')).not.toBe(''); // the text may follow the attribute by a frame on a busy machine
    const verdict = await result(page, 'cap-verdict');
    expect(verdict).toContain(
      `${formatPercent(c.apr, 'en', 2, 2)} is above the cap of ${formatPercent(c.cap.rate, 'en', 2, 2)} for a contract dated 4 Dec 2026`,
    );
    expect(verdict).toContain(c.cap.source.en.slice(0, 20));
    expect(await page.locator('label[for="sc-date"]').innerText()).toBe('Contract date');
    await close();
  });
});
