/** The risk-based pricing calculator in a real browser; expected figures come from calculators/pricing, not from the page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { connect, islandReady, openPage, resultText, runAxe } from './browser';
import { parsePolicyFile } from '../../calculators/policy/index';
import { priceLoan, evaluateOffer, type PriceInput, type PricingPolicy } from '../../calculators/pricing/index';
import { formatMoney, formatPercent } from '../../calculators/format';

const PATH = '/calculators/pricing/';
const policy: PricingPolicy = {
  pricing: parsePolicyFile('pricing', readFileSync('content/policy/pricing.yaml', 'utf8')),
  governance: parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8')),
};
const pct = (v: Parameters<typeof formatPercent>[0]) => formatPercent(v, 'zh', 2, 2);

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const hydrated = (page: Page) => islandReady(page, 'pricing');
const result = resultText;
async function fill(page: Page, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) await page.locator(`#${id}`).fill(value);
}

describe('pricing calculator', () => {
  it('renders the default scenario (grade C, 50,000, 12 months) without JavaScript, as priceLoan prices it', async () => {
    const { page, close } = await openPage(browser, PATH, { javaScript: false });
    const expected = priceLoan({ grade: 'C', amount: '50000', termMonths: 12, method: 'equal-instalment', fees: { upfrontAmount: '0', monthlyFeeRate: '0' } }, policy);
    expect(await result(page, 'required')).toBe(pct(expected.requiredRate));
    expect(await page.locator('[data-result="grades"] tbody tr').count()).toBe(policy.pricing.grades.length);
    await close();
  });

  it('grade C over 24 months with fees: every figure shown equals priceLoan’s', async () => {
    const { page, errors, close } = await openPage(browser, PATH);
    await hydrated(page);
    await page.locator('#pr-grade').selectOption('B');
    await page.locator('#pr-grade').selectOption('C');
    await fill(page, { 'pr-amount': '8万', 'pr-term': '24', 'pr-upfront': '400', 'pr-monthly-fee': '0.1%' });
    const input: PriceInput = { grade: 'C', amount: '80000', termMonths: 24, method: 'equal-instalment', fees: { upfrontAmount: '400', monthlyFeeRate: '0.001' } };
    const r = priceLoan(input, policy);
    await expect.poll(() => result(page, 'required')).toBe(pct(r.requiredRate));
    expect(await result(page, 'apr-simple')).toBe(pct(r.apr.simple));
    expect(await result(page, 'apr-compound')).toBe(pct(r.apr.compound));
    expect(await result(page, 'el')).toBe(formatMoney(r.expectedLossAmount, 'zh'));
    expect(await result(page, 'capital')).toBe(formatMoney(r.capitalAtStart, 'zh'));
    expect(await result(page, 'raroc-required')).toBe(pct(policy.pricing.capital.hurdleRate));
    expect(await result(page, 'waterfall-total')).toBe(formatPercent(r.requiredRate, 'zh', 3, 2));
    expect(await page.locator('[data-result="waterfall"] tr[data-component]').count()).toBe(r.components.length);
    // The grade table prices every grade at this amount and term.
    const cells = await page.locator('[data-result="grades"] tbody tr td:nth-child(4)').allInnerTexts();
    expect(cells).toEqual(policy.pricing.grades.map((g) => pct(priceLoan({ ...input, grade: g.id }, policy).requiredRate)));
    expect(await page.locator('[data-result="grades"] tr[aria-current="true"] th').innerText()).toBe('C');
    expect(await result(page, 'grade-note')).toBe(policy.pricing.grades[2]!.note.zh);
    expect(errors).toEqual([]);
    await close();
  });

  it('flags an offered rate below the minimum, with who may approve it; a higher one meets the hurdle', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    const input: PriceInput = { grade: 'C', amount: '50000', termMonths: 12, method: 'equal-instalment', fees: { upfrontAmount: '0', monthlyFeeRate: '0' } };
    const low = evaluateOffer({ ...input, offeredRate: '0.145' }, policy);
    expect(low.meetsHurdle).toBe(false);
    await fill(page, { 'pr-offered': '14.5%' });
    await expect.poll(() => page.locator('[data-result="offer-verdict"]').getAttribute('data-meets')).toBe('false');
    expect(await result(page, 'offer-verdict')).toMatch(/低于最低利率/);
    expect(await result(page, 'offer-raroc')).toBe(pct(low.raroc));
    expect(await result(page, 'break-even')).toBe(pct(low.breakEvenRate));
    expect(await result(page, 'approval')).toMatch(/风险管理部负责人/);
    await fill(page, { 'pr-offered': '18%' });
    await expect.poll(() => page.locator('[data-result="offer-verdict"]').getAttribute('data-meets')).toBe('true');
    expect(await result(page, 'offer-raroc')).toBe(pct(evaluateOffer({ ...input, offeredRate: '0.18' }, policy).raroc));
    await close();
  });

  it('states a cap breach in words: grade E with a 5% what-if margin needs more than the all-in cap', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await page.locator('#pr-grade').selectOption('E');
    await fill(page, { 'pr-amount': '10000', 'pr-term': '6', 'pr-margin': '5%' });
    const r = priceLoan({ grade: 'E', amount: '10000', termMonths: 6, method: 'equal-instalment', overrides: { targetMarginRate: '0.05' } }, policy);
    expect(r.checks[0]!.status).toBe('fail');
    const cap = page.locator('[data-check="apr-cap"]');
    await expect.poll(() => cap.getAttribute('data-status')).toBe('fail');
    expect(await cap.innerText()).toBe(`不符合 ${r.checks[0]!.message.zh}`);
    // The grade table marks the grades that cannot be priced under the cap.
    expect(await page.locator('[data-result="grades"] tbody tr:last-child td.pr-fail').count()).toBe(1);
    expect(await page.locator('[data-check="lpr-line"]').getAttribute('data-status')).toBe('info');
    await close();
  });

  it('marks a what-if override as not the policy value', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    expect(await page.locator('[data-result="what-if"]').count()).toBe(0);
    await fill(page, { 'pr-funding': '9%' });
    await expect.poll(() => page.locator('[data-result="what-if"]').count()).toBe(1);
    expect(await result(page, 'what-if')).toMatch(/资金成本不是政策值/);
    expect(await page.locator('[data-component="funding"] th').innerText()).toMatch(/假设值/);
    await close();
  });

  it('puts a message next to a bad field, marks it invalid, and never shows NaN', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fill(page, { 'pr-amount': 'abc', 'pr-offered': '-3%' });
    const input = page.locator('#pr-amount');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#pr-amount-error').innerText()).toMatch(/金额/);
    expect(await page.locator('#pr-offered').getAttribute('aria-invalid')).toBe('true');
    expect(await result(page, 'error')).toMatch(/更正/);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    await fill(page, { 'pr-amount': '50000', 'pr-offered': '' });
    await expect.poll(() => page.locator('[data-result="required"]').count()).toBe(1);
    await close();
  });

  it('keeps the scenario in the URL, and is axe-clean with an offer and an override on screen', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await page.locator('#pr-grade').selectOption('D');
    await fill(page, { 'pr-term': '18', 'pr-offered': '20%', 'pr-margin': '2%' });
    await expect.poll(() => page.url()).toMatch(/g=D.*n=18.*mo=2%25.*o=20%25/);
    const required = await result(page, 'required');
    expect(await runAxe(page)).toEqual([]);
    const again = await openPage(browser, page.url().replace(/^https?:\/\/[^/]+/, ''));
    await hydrated(again.page);
    await expect.poll(() => result(again.page, 'required')).toBe(required);
    expect(await again.page.locator('#pr-grade').inputValue()).toBe('D');
    await again.close();
    await close();
  });

  it('has an English edition with English labels and reasons', async () => {
    const { page, close } = await openPage(browser, `/en${PATH}`);
    await hydrated(page);
    expect(await page.locator('label[for="pr-grade"]').innerText()).toBe('Risk grade');
    expect(await page.locator('[data-check="apr-cap"]').innerText()).toMatch(/within the 24\.00% cap/);
    await close();
  });
});
