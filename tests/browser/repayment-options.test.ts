/**
 * The repayment-options calculator, driven like a member of staff would.
 * Every expected figure is computed here by calling calculators/ with the same
 * policy files the build read, never copied from the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load';
import type { Browser, Page } from 'playwright-core';
import { connect, downloadCsv, islandReady, openPage, resultText } from './browser';
import { compareRepaymentPlans } from '../../calculators/collections/index';
import type { RepaymentCase, RepaymentComparison, RepaymentPolicy } from '../../calculators/collections/index';
import { formatMoney, formatPercent } from '../../calculators/format';

const PATH = '/calculators/repayment-options/';
// The policy files as the site reads them (parsed, validated, checked against each other).
const policy: RepaymentPolicy = loadPolicy();

/** The island's default case (src/islands/collections/compute.ts), as the comparator takes it. */
const DEFAULT: RepaymentCase = {
  outstandingPrincipal: '20000',
  overduePrincipal: '3000',
  overdueInterest: '400',
  dpd: 45,
  contractRate: '0.18',
  remainingTermMonths: 10,
  loanAgeMonths: 14,
  monthlyCapacity: '2500',
};

/** The options in the page's order: the recommended one first (calculators review #30), then the rest as computed. */
const shown = (c: RepaymentComparison) => [
  ...c.options.filter((o) => o.code === c.recommendation.code),
  ...c.options.filter((o) => o.code !== c.recommendation.code),
];

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const hydrated = (page: Page) => islandReady(page, 'repayment-options');
const result = resultText;
async function fill(page: Page, values: Record<string, string>) {
  for (const [key, value] of Object.entries(values)) await page.locator(`#ro-${key}`).fill(value);
}
/** The comparison table's cells of one row, by its row header. */
async function tableRow(page: Page, header: string): Promise<string[]> {
  return page
    .locator('.calc-compare tbody tr', { has: page.locator(`th:text-is("${header}")`) })
    .locator('td')
    .allInnerTexts();
}

describe('repayment-options calculator', () => {
  it('shows the default case in the server-rendered HTML (no JavaScript)', async () => {
    const expected = compareRepaymentPlans(DEFAULT, policy);
    const { page, close } = await openPage(browser, PATH, { javaScript: false });
    expect(await result(page, 'claim')).toBe(formatMoney(expected.claim, 'zh'));
    expect(await result(page, 'recommendation')).toContain(expected.recommendation.reason.zh);
    await close();
  });

  it('shows every option as the calculation module computes it', async () => {
    const facts: RepaymentCase = {
      ...DEFAULT,
      outstandingPrincipal: '30000',
      overduePrincipal: '4200',
      overdueInterest: '650',
      penaltyInterest: '380',
      dpd: 75,
      contractRate: '0.156',
      remainingTermMonths: 14,
      loanAgeMonths: 10,
      monthlyCapacity: '2800',
      availableFunds: '5000',
    };
    const expected = compareRepaymentPlans(facts, policy);
    const { page, errors, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fill(page, {
      op: '30,000',
      pp: '4200',
      oi: '650',
      pi: '380',
      d: '75',
      r: '15.6%',
      n: '14',
      age: '10',
      c: '2800',
      f: '5000',
    });
    await expect.poll(() => result(page, 'claim')).toBe(formatMoney(expected.claim, 'zh'));
    expect(await tableRow(page, '净现值')).toEqual(
      shown(expected).map((o) => (o.available ? formatMoney(o.npv, 'zh') : '—')),
    );
    expect(await tableRow(page, '月还款（最高一期）')).toEqual(
      shown(expected).map((o) => (o.available && o.code !== 'legal' ? formatMoney(o.monthlyPayment, 'zh') : '—')),
    );
    expect(await result(page, 'recommendation')).toContain(expected.recommendation.reason.zh);
    expect(errors).toEqual([]);
    await close();
  });

  it('changes the recommendation as capacity falls, and says clearly when nothing is affordable', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    for (const capacity of ['2500', '1200', '300']) {
      const expected = compareRepaymentPlans({ ...DEFAULT, monthlyCapacity: capacity }, policy);
      await fill(page, { c: capacity });
      await expect.poll(() => result(page, 'recommendation')).toContain(expected.recommendation.reason.zh);
    }
    const none = compareRepaymentPlans({ ...DEFAULT, monthlyCapacity: '300' }, policy);
    expect(none.recommendation.noAffordableOption).toBe(true);
    expect(await result(page, 'recommendation')).toMatch(/没有任何方案/);
    expect(await page.locator('.calc-recommendation--none').count()).toBe(1);
    await close();
  });

  it('puts a message next to a bad field, explains impossible facts, and never shows NaN', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fill(page, { c: 'abc' });
    const input = page.locator('#ro-c');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#ro-c-error').innerText()).toMatch(/金额/);
    expect(await result(page, 'error')).toMatch(/更正/);
    await fill(page, { c: '2500', pp: '25000' }); // more overdue than outstanding
    await expect.poll(() => result(page, 'error')).toMatch(/逾期本金不能大于剩余本金/);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    await fill(page, { pp: '3000' });
    await expect
      .poll(() => result(page, 'claim'))
      .toBe(formatMoney(compareRepaymentPlans(DEFAULT, policy).claim, 'zh'));
    await close();
  });

  it('keeps only figures in the URL, and reloading it reproduces the case', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await fill(page, { op: '18000', c: '1900', d: '95' });
    await page.locator('#ro-ch').selectOption('personalised');
    await expect.poll(() => page.url()).toMatch(/op=18000.*d=95.*c=1900.*ch=personalised/);
    // Only the changed figures, and only figure keys: never a name or an ID.
    const keys = [...new URL(page.url()).searchParams.keys()].sort();
    expect(keys).toEqual(['c', 'ch', 'd', 'op']);
    const claim = await result(page, 'claim');
    const again = await openPage(browser, page.url().replace(/^https?:\/\/[^/]+/, ''));
    await hydrated(again.page);
    await expect.poll(() => result(again.page, 'claim')).toBe(claim);
    expect(await again.page.locator('#ro-op').inputValue()).toBe('18000');
    expect(await again.page.locator('#ro-ch').inputValue()).toBe('personalised');
    await again.close();
    await close();
  });

  it('prints a one-page case memo: figures, option proposed, approval, procedure version', async () => {
    const expected = compareRepaymentPlans(DEFAULT, policy);
    const rec = expected.options.find((o) => o.code === expected.recommendation.code)!;
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    const memo = page.locator('#calc-memo-root .calc-memo');
    await memo.waitFor({ state: 'attached' });
    expect(await memo.isVisible()).toBe(false); // screen: not shown
    await page.emulateMedia({ media: 'print' });
    expect(await memo.isVisible()).toBe(true);
    expect(await page.locator('.page').isVisible()).toBe(false); // only the memo prints
    const text = await memo.innerText();
    expect(text).toContain(formatMoney(expected.claim, 'zh'));
    expect(await memo.locator('[data-memo="chosen"]').innerText()).toContain(rec.name.zh);
    expect(await memo.locator('[data-memo="approval"]').innerText()).toContain(rec.approval!.approver.zh);
    expect(text).toMatch(/OP-02/);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await close();
  });

  it('exports the comparison as CSV with a BOM, one column per option', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    const { bytes, lines } = await downloadCsv(page, '导出 CSV');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The comparison follows the header block (options-outputs.test.ts); a figure that does not apply is empty.
    expect(lines.find((l) => l.startsWith('项目,'))!.split(',')).toHaveLength(6);
    const npv = shown(compareRepaymentPlans(DEFAULT, policy)).map((o) => (o.available ? o.npv.toFixed(2) : ''));
    expect(lines.find((l) => l.startsWith('净现值,'))).toBe(['净现值', ...npv].join(','));
    await close();
  });

  it('works in English', async () => {
    const expected = compareRepaymentPlans(DEFAULT, policy);
    const { page, close } = await openPage(browser, `/en${PATH}`);
    await hydrated(page);
    expect(await result(page, 'recommendation')).toContain(expected.recommendation.reason.en);
    expect(await result(page, 'claim')).toBe(formatMoney(expected.claim, 'en'));
    await close();
  });

  it('marks a plan over the cost cap in red and never recommends it (calculators review #16), in both languages', async () => {
    // The review's link, with the contract date pinned: a 24% loan whose extension used to read "24.00%".
    const facts: RepaymentCase = {
      ...DEFAULT,
      contractRate: '0.24',
      monthlyCapacity: '5000',
      contractDate: '2026-12-04',
    };
    const expected = compareRepaymentPlans(facts, policy);
    const over = expected.options.filter((o) => o.withinAllInCap === false);
    expect(over.map((o) => o.code)).toContain('extension');
    expect(over.map((o) => o.code)).not.toContain(expected.recommendation.code);
    for (const lang of ['zh', 'en'] as const) {
      const { page, errors, close } = await openPage(
        browser,
        `${lang === 'en' ? '/en' : ''}${PATH}?r=24%25&c=5000&cd=2026-12-04`,
      );
      await hydrated(page);
      await expect.poll(() => result(page, 'recommendation')).toContain(expected.recommendation.reason[lang]);
      const rateRow =
        lang === 'zh'
          ? '借款人综合年化成本（单利，贷款全期）'
          : "Borrower's all-in annualised cost (simple, loan life)";
      const row = page
        .locator('.calc-compare tbody tr', { has: page.locator(`th:text-is("${rateRow}")`) })
        .locator('td');
      for (const [i, o] of shown(expected).entries()) {
        const cell = row.nth(i);
        expect(await cell.evaluate((td) => td.classList.contains('ro-bad'))).toBe(o.withinAllInCap === false);
        if (o.borrowerRate) expect(await cell.innerText()).toContain(formatPercent(o.borrowerRate.simple, lang, 2, 2));
        if (o.withinAllInCap === false)
          expect(await cell.innerText()).toMatch(lang === 'zh' ? /超过上限/ : /above the cap/);
      }
      expect(
        await page
          .locator('.calc-compare thead th[data-option="extension"]')
          .evaluate((th) => th.classList.contains('is-recommended')),
      ).toBe(false);
      // What the cost was measured on, on screen and in the memo.
      const basis = await result(page, 'cost-basis');
      expect(basis).toContain(formatMoney(expected.costBase.amount, lang));
      expect(basis).toMatch(lang === 'zh' ? /不以重组后的债务为基数/ : /not against the restructured debt/);
      await page.locator('#ro-ch').selectOption('extension');
      const memo = page.locator('#calc-memo-root .calc-memo');
      await expect.poll(() => memo.locator('[data-memo="blocked"]').count()).toBe(1);
      expect(await memo.locator('[data-memo="blocked"]').textContent()).toMatch(
        lang === 'zh' ? /超过综合年化成本上限/ : /above the all-in cost cap/,
      );
      expect(await memo.locator('[data-memo="cost-basis"]').textContent()).toContain(
        formatMoney(expected.costBase.amount, lang),
      );
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('holds the plans to the cap for the loan’s contract date: the default case on 2026-12-31 and on 2027-01-01', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    for (const cd of ['2026-12-31', '2027-01-01']) {
      const expected = compareRepaymentPlans({ ...DEFAULT, contractDate: cd }, policy);
      await fill(page, { cd });
      await expect.poll(() => result(page, 'cap')).toBe(formatPercent(expected.costCap.rate, 'zh', 2, 2));
      await expect.poll(() => result(page, 'recommendation')).toContain(expected.recommendation.reason.zh);
      expect(await tableRow(page, '在成本上限内')).toEqual(
        shown(expected).map((o) =>
          !o.available ? '—' : o.withinAllInCap === null ? '—' : o.withinAllInCap ? '是' : '否',
        ),
      );
    }
    const before = compareRepaymentPlans({ ...DEFAULT, contractDate: '2026-12-31' }, policy);
    const after = compareRepaymentPlans({ ...DEFAULT, contractDate: '2027-01-01' }, policy);
    expect(before.options.find((o) => o.code === 'extension')!.withinAllInCap).toBe(true);
    expect(after.options.find((o) => o.code === 'extension')!.withinAllInCap).toBe(false);
    await expect.poll(() => page.url()).toMatch(/cd=2027-01-01/);
    await close();
  });

  it('shows the penalty rate’s cap step in the math (calculators review #21)', async () => {
    const { page, close } = await openPage(browser, PATH);
    await hydrated(page);
    await page.locator('details.calc-math summary').click();
    expect(await page.locator('details.calc-math li').first().innerText()).toMatch(/= 27%，超过上限 24%，按 24% 计/);
    await close();
  });
});
