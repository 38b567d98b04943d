/** The risk-based pricing calculator in a real browser; expected figures come from calculators/pricing, not from the page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { connect, downloadCsv, islandReady, openPage, resultText, runAxe } from './browser';
import { parsePolicyFile } from '../../calculators/policy/index';
import {
  priceLoan,
  evaluateOffer,
  costCapOn,
  type Check,
  type PriceInput,
  type PricingPolicy,
} from '../../calculators/pricing/index';
import { formatDate, formatMoney, formatPercent } from '../../calculators/format';
import type { Decimal } from '../../calculators/decimal';
import { pricingStrings } from '../../src/islands/pricing/strings';

const PATH = '/calculators/pricing/';
const policy: PricingPolicy = {
  pricing: parsePolicyFile('pricing', readFileSync('content/policy/pricing.yaml', 'utf8')),
  lpr: parsePolicyFile('lpr', readFileSync('content/policy/lpr.yaml', 'utf8')),
  governance: parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8')),
};
const pct = (v: Parameters<typeof formatPercent>[0]) => formatPercent(v, 'zh', 2, 2);
/** A check found by its id, never by its position. */
const check = (checks: Check[], id: Check['id']) => checks.find((c) => c.id === id)!;

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
    const expected = priceLoan(
      {
        grade: 'C',
        amount: '50000',
        termMonths: 12,
        method: 'equal-instalment',
        fees: { upfrontAmount: '0', monthlyFeeRate: '0' },
      },
      policy,
    );
    expect(await result(page, 'required')).toBe(formatPercent(expected.requiredRate, 'zh', 3, 2));
    expect(await page.locator('[data-result="grades"] tbody tr').count()).toBe(policy.pricing.grades.length);
    // The verdict leads the results, with the cap in force on the (build) date the field shows.
    expect(await page.locator('.calc-results > :first-child').getAttribute('data-result')).toBe('verdict');
    expect(await result(page, 'cap')).toMatch(new RegExp(`：${pct(expected.costCap.rate).replace('.', '\\.')}（`));
    expect(await page.locator('#pr-date').inputValue()).toBe(expected.contractDate);
    await close();
  });

  it('grade C over 24 months with fees: every figure shown equals priceLoan’s', async () => {
    const { page, errors, close } = await openPage(browser, PATH);
    await hydrated(page);
    await page.locator('#pr-grade').selectOption('B');
    await page.locator('#pr-grade').selectOption('C');
    await fill(page, { 'pr-amount': '8万', 'pr-term': '24', 'pr-upfront': '400', 'pr-monthly-fee': '0.1%' });
    const input: PriceInput = {
      grade: 'C',
      amount: '80000',
      termMonths: 24,
      method: 'equal-instalment',
      fees: { upfrontAmount: '400', monthlyFeeRate: '0.001' },
    };
    const r = priceLoan(input, policy);
    await expect.poll(() => result(page, 'required')).toBe(formatPercent(r.requiredRate, 'zh', 3, 2));
    expect(await result(page, 'apr-simple')).toBe(pct(r.apr.simple));
    expect(await result(page, 'apr-compound')).toBe(pct(r.apr.compound));
    expect(await result(page, 'el')).toBe(formatMoney(r.expectedLossAmount, 'zh'));
    expect(await result(page, 'capital')).toBe(formatMoney(r.capitalAtStart, 'zh'));
    expect(await result(page, 'raroc-required')).toBe(pct(policy.pricing.capital.hurdleRate));
    expect(await result(page, 'waterfall-total')).toBe(formatPercent(r.requiredRate, 'zh', 3, 2));
    expect(await page.locator('[data-result="waterfall"] tr[data-component]').count()).toBe(r.components.length);
    // The grade table prices every grade at this amount and term.
    const cells = await page.locator('[data-result="grades"] tbody tr td:nth-child(3)').allInnerTexts();
    expect(cells).toEqual(
      policy.pricing.grades.map((g) => pct(priceLoan({ ...input, grade: g.id }, policy).requiredRate)),
    );
    const aprs = await page.locator('[data-result="grades"] tbody tr td:nth-child(4)').allInnerTexts();
    expect(aprs).toEqual(
      policy.pricing.grades.map((g) => pct(priceLoan({ ...input, grade: g.id }, policy).apr.simple)),
    );
    expect(await page.locator('[data-result="grades"] tr[aria-current="true"] th').innerText()).toBe('C');
    expect(await result(page, 'grade-note')).toBe(policy.pricing.grades[2]!.note.zh);
    expect(errors).toEqual([]);
    await close();
  });

  it('flags an offered rate below the minimum, with who may approve it; below break-even it is red; a higher one meets the hurdle', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    const input: PriceInput = {
      grade: 'C',
      amount: '50000',
      termMonths: 12,
      method: 'equal-instalment',
      fees: { upfrontAmount: '0', monthlyFeeRate: '0' },
    };
    const required = priceLoan(input, policy).requiredRate;
    const typed = (rate: Decimal) => `${rate.times(100).toFixed()}%`;
    // 0.3 points below the minimum: within the head of risk management's exception authority.
    const lowRate = required.minus('0.003');
    const low = evaluateOffer({ ...input, offeredRate: lowRate }, policy);
    expect(low.meetsHurdle).toBe(false);
    expect(low.approval).toBe('risk-head');
    await fill(page, { 'pr-offered': typed(lowRate) });
    await expect.poll(() => page.locator('[data-result="offer-verdict"]').getAttribute('data-meets')).toBe('false');
    expect(await result(page, 'offer-verdict')).toMatch(/低于最低年利率/);
    expect(await result(page, 'offer-raroc')).toBe(pct(low.raroc));
    expect(await result(page, 'break-even')).toBe(pct(low.breakEvenRate));
    // A price exception: amber, and it names who approves.
    expect(await page.locator('[data-result="verdict"]').getAttribute('data-tone')).toBe('warn');
    expect(await result(page, 'verdict')).toContain(pricingStrings.zh['approval-risk-head']);
    // Below break-even: red, and it says that this is the reason.
    const below = evaluateOffer({ ...input, offeredRate: '0.05' }, policy);
    expect(below.approval).toBe('not-approvable');
    expect(below.offeredRate.lt(below.breakEvenRate)).toBe(true);
    await fill(page, { 'pr-offered': '5%' });
    await expect.poll(() => page.locator('[data-result="verdict"]').getAttribute('data-tone')).toBe('block');
    expect(await result(page, 'verdict')).toContain(
      `报价 ${pct(below.offeredRate)} 低于保本利率 ${pct(below.breakEvenRate)}`,
    );
    expect(await result(page, 'offer-profit')).toMatch(/^−/); // a true minus sign, like the margin's
    // Three points above the minimum: meets the hurdle, and can be issued.
    const highRate = required.plus('0.03');
    const high = evaluateOffer({ ...input, offeredRate: highRate }, policy);
    await fill(page, { 'pr-offered': typed(highRate) });
    await expect.poll(() => page.locator('[data-result="offer-verdict"]').getAttribute('data-meets')).toBe('true');
    expect(await result(page, 'offer-raroc')).toBe(pct(high.raroc));
    expect(high.approval).toBe('none');
    expect(await page.locator('[data-result="verdict"]').getAttribute('data-tone')).toBe('ok');
    await close();
  });

  it('states a cap breach in words: grade E with a 5% what-if margin needs more than the 18% cap of March 2027', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await page.locator('#pr-grade').selectOption('E');
    await fill(page, { 'pr-amount': '10000', 'pr-term': '6', 'pr-margin': '5%', 'pr-date': '2027-03-01' });
    const r = priceLoan(
      {
        grade: 'E',
        amount: '10000',
        termMonths: 6,
        method: 'equal-instalment',
        overrides: { targetMarginRate: '0.05' },
        contractDate: '2027-03-01',
      },
      policy,
    );
    expect(check(r.checks, 'apr-cap').status).toBe('fail');
    const cap = page.locator('[data-check="apr-cap"]');
    await expect.poll(() => cap.getAttribute('data-status')).toBe('fail');
    expect(await cap.innerText()).toBe(`不符合 ${check(r.checks, 'apr-cap').message.zh}`);
    // The verdict leads with it, in red.
    expect(await page.locator('[data-result="verdict"]').getAttribute('data-tone')).toBe('block');
    expect(await result(page, 'verdict')).toContain(check(r.checks, 'apr-cap').message.zh);
    // The grade table marks the APR of the grades that cannot be priced under the cap.
    expect(await page.locator('[data-result="grades"] tbody tr:last-child td.pr-fail').count()).toBe(1);
    expect(await page.locator('[data-check="lpr-line"]').getAttribute('data-status')).toBe(
      check(r.checks, 'lpr-line').status,
    );
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
    await fill(page, { 'pr-term': '18', 'pr-offered': '20%', 'pr-margin': '2%', 'pr-date': '2027-06-30' });
    await expect.poll(() => page.url()).toMatch(/g=D.*n=18.*mo=2%25.*o=20%25.*d=2027-06-30/);
    const required = await result(page, 'required');
    expect(await runAxe(page)).toEqual([]);
    const again = await openPage(browser, page.url().replace(/^https?:\/\/[^/]+/, ''));
    await hydrated(again.page);
    await expect.poll(() => result(again.page, 'required')).toBe(required);
    expect(await again.page.locator('#pr-grade').inputValue()).toBe('D');
    expect(await again.page.locator('#pr-date').inputValue()).toBe('2027-06-30');
    await again.close();
    await close();
  });

  describe('comparing kept scenarios', () => {
    const t = pricingStrings.zh;
    const slow = { timeout: 20_000 }; // a fresh page hydrates, then reads the URL: slow on a loaded machine
    const compare = (page: Page) => page.locator('[data-result="compare"]');
    /** The cells of one comparison row, found by its row header. */
    const row = (page: Page, label: string) =>
      compare(page)
        .locator('tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .locator('td');
    const pin = (page: Page) => page.getByRole('button', { name: t.pin, exact: true });
    const status = (page: Page) => result(page, 'compare-status');
    const base: PriceInput = {
      grade: 'C',
      amount: '80000',
      termMonths: 24,
      method: 'equal-instalment',
      fees: { upfrontAmount: '0', monthlyFeeRate: '0' },
    };

    it('keeps grade C and grade E side by side as priceLoan prices them, exports them, survives a reload, and removes one', async () => {
      const { page, errors, close } = await openPage(browser, PATH);
      await hydrated(page);
      await fill(page, { 'pr-amount': '8万', 'pr-term': '24' });
      await expect.poll(() => page.url(), slow).toMatch(/n=24/);
      await pin(page).click();
      await expect.poll(() => status(page), slow).toBe('已加入比较：情景 1（最多 3 个）。');
      await page.locator('#pr-grade').selectOption('E');
      await fill(page, { 'pr-offered': '30%' });
      await expect.poll(() => page.locator('[data-result="offer"]').count(), slow).toBe(1);
      // Keyboard: the button is reached and pressed without a mouse.
      await pin(page).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page), slow).toBe('已加入比较：情景 2（最多 3 个）。');

      const c = priceLoan(base, policy);
      const e = priceLoan({ ...base, grade: 'E' }, policy);
      const offer = evaluateOffer({ ...base, grade: 'E', offeredRate: '0.3' }, policy);
      await expect
        .poll(() => compare(page).locator('thead th').allInnerTexts(), slow)
        .toEqual([expect.stringMatching(/^情景 1/), expect.stringMatching(/^情景 2/)]);
      expect(await row(page, t.grade).allInnerTexts()).toEqual(['C', 'E']);
      expect(await row(page, t.amount).allInnerTexts()).toEqual([
        formatMoney('80000', 'zh'),
        formatMoney('80000', 'zh'),
      ]);
      expect(await row(page, t.required).allInnerTexts()).toEqual([pct(c.requiredRate), pct(e.requiredRate)]);
      expect(await row(page, t.aprSimple).allInnerTexts()).toEqual([pct(c.apr.simple), pct(e.apr.simple)]);
      expect(await row(page, t.el).allInnerTexts()).toEqual([
        formatMoney(c.expectedLossAmount, 'zh'),
        formatMoney(e.expectedLossAmount, 'zh'),
      ]);
      expect(await row(page, t.rarocOffer).allInnerTexts()).toEqual(['—', pct(offer.raroc)]);
      expect(await row(page, t.aprOffer).allInnerTexts()).toEqual(['—', pct(offer.apr.simple)]);
      expect(await row(page, t.meetsRow).allInnerTexts()).toEqual(['—', offer.meetsHurdle ? t.pass : t.fail]);
      expect(await row(page, t['chk_apr-cap']).allInnerTexts()).toEqual([
        t[check(c.checks, 'apr-cap').status],
        t[check(offer.checks, 'apr-cap').status],
      ]);
      expect(await row(page, t.capRate).allInnerTexts()).toEqual([pct(c.costCap.rate), pct(offer.price.costCap.rate)]);
      expect(await row(page, t.date).allInnerTexts()).toEqual([
        formatDate(c.contractDate, 'zh'),
        formatDate(offer.price.contractDate, 'zh'),
      ]);
      expect(await compare(page).locator('caption').innerText()).toBe(t.compareCaption);

      // The same inputs again are not kept twice.
      await pin(page).click();
      await expect.poll(() => status(page), slow).toBe('当前输入已在比较中（情景 2）。');
      expect(await compare(page).locator('thead th').count()).toBe(2);

      // CSV: the comparison follows the single-scenario tables, rates as fractions like the rest of the file.
      const { lines } = await downloadCsv(page);
      expect(lines).toContain(`${t.required},${c.requiredRate.toFixed(6)},${e.requiredRate.toFixed(6)}`);
      expect(lines).toContain(`${t.grade},C,E`);
      expect(lines.indexOf(`${t.compare},情景 1,情景 2`)).toBeGreaterThan(
        lines.indexOf(`${t.total},${e.requiredRate.toFixed(6)}`),
      );

      // A shared link shows the same comparison.
      expect(page.url()).toMatch(/[?&]c=C_80000_24_0\*E_80000_24_0_+30(&|$)/);
      const again = await openPage(browser, page.url().replace(/^https?:\/\/[^/]+/, ''));
      await hydrated(again.page);
      await expect
        .poll(() => row(again.page, t.required).allInnerTexts(), slow)
        .toEqual([pct(c.requiredRate), pct(e.requiredRate)]);
      expect(await runAxe(again.page)).toEqual([]);
      await again.close();

      // Remove scenario 1: the other stays, the status says so, focus goes back to the keep button.
      await page.getByRole('button', { name: '从比较中移除情景 1' }).click();
      await expect.poll(() => row(page, t.grade).allInnerTexts(), slow).toEqual(['E']);
      expect(await status(page)).toBe('已移除情景 1，比较中还剩 1 个。');
      expect(await pin(page).evaluate((b) => b === document.activeElement)).toBe(true);
      await expect.poll(() => page.url(), slow).toMatch(/[?&]c=E_80000_24_0_+30(&|$)/);
      const once = await openPage(browser, page.url().replace(/^https?:\/\/[^/]+/, ''));
      await hydrated(once.page);
      await expect.poll(() => row(once.page, t.required).allInnerTexts(), slow).toEqual([pct(e.requiredRate)]);
      await once.close();
      expect(errors).toEqual([]);
      await close();
    });

    it('keeps at most three, and says so instead of keeping a fourth', async () => {
      const { page, close } = await openPage(browser, `${PATH}?c=A_10000_6_0*B_10000_6_1*C_10000_6_2`);
      await hydrated(page);
      await expect.poll(() => compare(page).locator('thead th').count(), slow).toBe(3);
      expect(await pin(page).getAttribute('aria-disabled')).toBe('true');
      await pin(page).click({ force: true });
      await expect.poll(() => status(page), slow).toBe(t.pinFull);
      expect(await compare(page).locator('thead th').count()).toBe(3);
      expect(await row(page, t.method).allInnerTexts()).toEqual([
        t['equal-instalment'],
        t['equal-principal'],
        t['interest-only'],
      ]);
      await close();
    });

    it('a hand-edited link with garbage in a kept scenario shows a message in that column, never NaN or undefined', async () => {
      const garbage = [
        'Z_50000_12_0',
        'C_abc_12_0',
        'C_50000_12_9',
        'C_50000_NaN_0',
        'C_50000_12_0_-1_undefined',
        'C_1e309_12_length',
        'C',
        '__',
        'C_50000_12_0_<b>_%_Infinity_x_y_z_w',
      ];
      for (let i = 0; i < garbage.length; i += 2) {
        const c = `${garbage[i]}*C_50000_12_0*${garbage[i + 1] ?? '***'}`;
        const { page, errors, close } = await openPage(
          browser,
          `${PATH}?c=${encodeURIComponent(c).replace(/%2A/g, '*')}`,
        );
        await hydrated(page);
        await expect.poll(() => compare(page).locator('thead th').count(), slow).toBe(garbage[i + 1] ? 3 : 2);
        const bad = page.locator('[data-result="compare-bad"]');
        expect(await bad.count()).toBe(garbage[i + 1] ? 2 : 1);
        for (const text of await bad.allInnerTexts())
          expect(text).toMatch(/^链接中的这个情景无法计算，请移除后重新加入。\S/);
        // The good column in the middle is priced as usual.
        const good = priceLoan({ ...base, amount: '50000', termMonths: 12 }, policy);
        expect(await row(page, t.required).allInnerTexts()).toEqual([pct(good.requiredRate)]);
        expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined|\[object /);
        expect(errors).toEqual([]);
        await close();
      }
    });

    it('names what is wrong: an unknown grade, a bad amount', async () => {
      const { page, close } = await openPage(browser, `${PATH}?c=Q_50000_12_0*C_${encodeURIComponent('五十块')}_12_0`);
      await hydrated(page);
      const bad = page.locator('[data-result="compare-bad"]');
      await expect.poll(() => bad.count(), slow).toBe(2);
      expect(await bad.nth(0).innerText()).toMatch(new RegExp(`。${t.grade}：${t.notChoice}$`));
      expect(await bad.nth(1).innerText()).toMatch(new RegExp(`。${t.amount}：无法识别为金额`));
      await close();
    });

    it('has English labels; without scripts, the page shows no comparison', async () => {
      const en = pricingStrings.en;
      const { page, close } = await openPage(browser, `/en${PATH}?c=C_50000_12_0`);
      await hydrated(page);
      await expect.poll(() => compare(page).locator('thead th').first().innerText(), slow).toMatch(/^Scenario 1/);
      expect(await page.getByRole('button', { name: en.pin, exact: true }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Remove scenario 1 from the comparison' }).count()).toBe(1);
      await close();
      const off = await openPage(browser, `${PATH}?c=C_50000_12_0`, { javaScript: false });
      expect(await off.page.locator('[data-result="compare"]').count()).toBe(0);
      await off.close();
    });
  });

  it('has an English edition with English labels and reasons', async () => {
    const { page, close } = await openPage(browser, `/en${PATH}`);
    await hydrated(page);
    expect(await page.locator('label[for="pr-grade"]').innerText()).toBe('Risk grade');
    expect(await page.locator('label[for="pr-date"]').innerText()).toBe('Contract date');
    const cap = costCapOn({ termMonths: 12 }, policy); // today: the reader's date
    expect(await page.locator('[data-check="apr-cap"]').innerText()).toContain(
      `within the ${formatPercent(cap.rate, 'en', 2, 2)} cap`,
    );
    await close();
  });

  it('says nowhere that a fee is deducted from the loan: not in the math, the hints or the CSV', async () => {
    const { page, close } = await openPage(browser, `${PATH}?uf=500&mf=0.1%25`);
    await hydrated(page);
    await page.locator('.calc-math summary').click();
    await page.locator('.calc-math li').first().waitFor(); // the formulas load when opened
    const deducted =
      /到手|从放款(金额)?中扣除(?!）)|预先扣|砍头|withh[eo]ld|net proceeds|deducted from the (loan|proceeds)/;
    const text = (await page.locator('[data-calc="pricing"]').innerText()).replace('不从放款中扣除', '');
    expect(text).not.toMatch(deducted);
    expect(await page.locator('.calc-math').innerText()).toContain('放款金额即合同本金 50,000 元');
    const { lines } = await downloadCsv(page);
    expect(lines.join('\n')).not.toMatch(deducted);
    await close();
    const en = await openPage(browser, `/en${PATH}?uf=500`);
    await hydrated(en.page);
    await en.page.locator('.calc-math summary').click();
    await en.page.locator('.calc-math li').first().waitFor();
    expect(
      (await en.page.locator('[data-calc="pricing"]').innerText()).replace('never deducted from the loan', ''),
    ).not.toMatch(deducted);
    await en.close();
  });
});
