/**
 * The loan classifier and the portfolio-reserve calculator, driven like staff
 * would. Every expected figure is computed here by calling calculators/ with
 * the same policy files the site was built from, never copied from the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { connect, downloadCsv, islandReady, openPage, resultText, runAxe } from './browser';
import { parsePolicyFile } from '../../calculators/policy/index';
import { classifyLoan, CATEGORY_NAMES, portfolioReserve, type LoanFacts } from '../../calculators/provisioning/index';
import { formatMoney, formatPercent } from '../../calculators/format';

const policy = parsePolicyFile('provisioning', readFileSync('content/policy/provisioning.yaml', 'utf8'));
const governance = parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8'));
const appetite = {
  minProvisionCoverageRatio: governance.riskAppetite.minProvisionCoverageRatio,
  minLoanProvisionRatio: governance.riskAppetite.minLoanProvisionRatio,
};

const CLASSIFIER = '/calculators/classifier/';
const RESERVE = '/calculators/reserve/';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const hydrated = islandReady;
const result = resultText;
/** The machine may be busy: give recomputation up to 10 s to show. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 }); // generous: CI shares 2 cores
const noNaN = async (page: Page) =>
  expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);

/** What the classifier should show for these facts, from classifyLoan itself. */
const expected = (facts: LoanFacts) => {
  const c = classifyLoan(facts, policy);
  return { category: CATEGORY_NAMES[c.category].zh, stage: `第 ${c.stage} 阶段`, rule: c.rule.zh, clause: c.clause };
};

describe('loan classifier', () => {
  it('shows the default loan (45 days past due) in the server-rendered HTML', async () => {
    const { page, close } = await openPage(browser, CLASSIFIER, { javaScript: false });
    const e = expected({ dpd: 45 });
    expect(await result(page, 'category')).toBe(e.category);
    expect(await result(page, 'stage')).toBe(e.stage);
    await close();
  });

  it.each([0, 1, 30, 31, 90, 91, 270, 271, 360, 361])(
    'day %i: category, stage and the quoted rule match classifyLoan',
    async (dpd) => {
      const { page, errors, close } = await openPage(browser, CLASSIFIER);
      await hydrated(page, 'classifier');
      await page.locator('#cl-dpd').fill(String(dpd));
      const e = expected({ dpd });
      await poll(() => result(page, 'category')).toBe(e.category);
      expect(await result(page, 'stage')).toBe(e.stage);
      expect(await page.locator('[data-result="rule"] p').first().innerText()).toBe(e.rule);
      expect(await page.locator('[data-result="rule"] a').getAttribute('href')).toBe(
        `../../policies/provisioning/#${e.clause}`,
      );
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('links the deciding rule to its clause on the policy page', async () => {
    const { page, close } = await openPage(browser, CLASSIFIER);
    await hydrated(page, 'classifier');
    await page.locator('#cl-dpd').fill('91');
    await poll(() => result(page, 'category')).toBe('次级');
    await page.locator('[data-result="rule"] a').click();
    await page.waitForURL(/\/policies\/provisioning\/#dpd-floors$/);
    expect(await page.locator('#dpd-floors').count()).toBe(1);
    await close();
  });

  it('applies the restructuring rules and the strictest rule wins', async () => {
    const { page, close } = await openPage(browser, CLASSIFIER);
    await hydrated(page, 'classifier');
    await page.locator('#cl-dpd').fill('0');
    await page.locator('#cl-restructured').check();
    await page.locator('#cl-months').fill('6');
    await page.locator('#cl-periods').fill('6');
    let e = expected({
      dpd: 0,
      restructured: true,
      observationMonths: 6,
      consecutiveOnTimePayments: 6,
      categoryBeforeRestructuring: 'normal',
      otherTriggers: [],
    });
    await poll(() => result(page, 'category')).toBe(e.category);
    expect(await result(page, 'stage')).toBe(e.stage);
    expect(await result(page, 'observation')).toBe('观察期内');
    await page.locator('#cl-evasion').check();
    e = expected({
      dpd: 0,
      restructured: true,
      observationMonths: 6,
      consecutiveOnTimePayments: 6,
      categoryBeforeRestructuring: 'normal',
      otherTriggers: ['evasion'],
    });
    await poll(() => result(page, 'category')).toBe(e.category);
    expect(await page.locator('[data-result="rule"] p').first().innerText()).toBe(e.rule);
    await page.locator('.calc-math summary').click();
    expect(await page.locator('[data-result="hits"] li').count()).toBe(2);
    expect(await page.locator('[data-result="hits"] strong').innerText()).toContain(e.rule);
    await close();
  });

  it('puts a message next to a bad field, never shows NaN, and recovers', async () => {
    const { page, close } = await openPage(browser, CLASSIFIER);
    await hydrated(page, 'classifier');
    await page.locator('#cl-dpd').fill('abc');
    const input = page.locator('#cl-dpd');
    await poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#cl-dpd-error').innerText()).toMatch(/整数/);
    expect(await input.getAttribute('aria-describedby')).toContain('cl-dpd-error');
    expect(await result(page, 'error')).toMatch(/更正/);
    await noNaN(page);
    await page.locator('#cl-dpd').fill('-3');
    await poll(() => page.locator('#cl-dpd-error').innerText()).toMatch(/负数/);
    await page.locator('#cl-dpd').fill('271');
    await poll(() => result(page, 'category')).toBe(expected({ dpd: 271 }).category);
    expect(await input.getAttribute('aria-invalid')).toBe('false');
    await close();
  });

  it('keeps the facts in the URL: the copied address reproduces them', async () => {
    const { page, close } = await openPage(browser, CLASSIFIER);
    await hydrated(page, 'classifier');
    await page.locator('#cl-dpd').fill('200');
    await page.locator('#cl-diverted-funds').check();
    await poll(() => page.url()).toMatch(/d=200.*t=diverted-funds/);
    const copied = page.url().replace(/^https?:\/\/[^/]+/, '');
    const again = await openPage(browser, copied);
    await hydrated(again.page, 'classifier');
    await poll(() => again.page.locator('#cl-dpd').inputValue()).toBe('200');
    expect(await again.page.locator('#cl-diverted-funds').isChecked()).toBe(true);
    expect(await result(again.page, 'category')).toBe(
      expected({ dpd: 200, otherTriggers: ['diverted-funds'] }).category,
    );
    await again.close();
    await close();
  });

  it('has an English edition', async () => {
    const { page, close } = await openPage(browser, `/en${CLASSIFIER}`);
    await hydrated(page, 'classifier');
    expect(await page.locator('label[for="cl-dpd"]').innerText()).toBe('Days past due');
    await page.locator('#cl-dpd').fill('361');
    await poll(() => page.locator('[data-result="category"]').textContent()).toBe(CATEGORY_NAMES.loss.en);
    expect(await page.locator('[data-result="rule"] p').first().innerText()).toBe(
      classifyLoan({ dpd: 361 }, policy).rule.en,
    );
    await close();
  });
});

/** The reserve calculator's default scenario, as the island builds it. */
const BUCKET_DEFAULTS = ['8000000', '300000', '120000', '80000', '150000', '60000', '20000'];
const fen = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, 'zh');
/** A table cell's amount: to the fen, without the unit. */
const cell = (v: Parameters<typeof formatMoney>[0], lang: 'zh' | 'en' = 'zh') =>
  formatMoney(v, lang).replace(/ 元$|^¥/, '');
const pct = (v: Parameters<typeof formatPercent>[0], lang: 'zh' | 'en' = 'zh') => formatPercent(v, lang, 2);
/** The summary labels in RP-06 §5 and §7's words. */
const LABELS = {
  zh: {
    booked: '入账的贷款损失准备（预期信用损失）',
    grr: '应提取的一般风险准备',
    basis: '监管口径的准备',
    coverage: '拨备覆盖率（监管口径）',
    loanProvision: '贷款拨备率（监管口径）',
  },
  en: {
    booked: 'Loan-loss allowance booked (expected credit loss)',
    grr: 'General risk reserve to appropriate',
    basis: 'Reserve on the regulatory basis',
    coverage: 'Provision coverage ratio (regulatory basis)',
    loanProvision: 'Loan provision ratio (regulatory basis)',
  },
};
/** The label (dt) of a summary figure. */
const label = (page: Page, key: string) =>
  page.locator(`.calc-summary div:has(> [data-result="${key}"]) > dt`).innerText();

describe('portfolio reserve', () => {
  it('renders the default portfolio without JavaScript, with figures from portfolioReserve', async () => {
    const { page, close } = await openPage(browser, RESERVE, { javaScript: false });
    const r = portfolioReserve({ by: 'bucket', balances: BUCKET_DEFAULTS }, policy, appetite);
    expect(await result(page, 'five-tier')).toBe(fen(r.fiveTier.total));
    expect(await result(page, 'ecl')).toBe(cell(r.ecl.total.allowance));
    expect(await result(page, 'booked')).toBe(fen(r.ecl.total.allowance));
    expect(await result(page, 'general-risk-reserve')).toBe(fen(r.generalRiskReserve.total));
    expect(await result(page, 'regulatory-basis')).toBe(fen(r.regulatoryBasisReserve));
    expect(await result(page, 'coverage')).toBe(pct(r.coverage.coverage!));
    // Below the regulatory floor on the booked allowance alone, and the card says so (review #26).
    expect(await result(page, 'coverage-booked')).toBe(
      `仅按入账准备：${pct(r.coverageOnBooked.coverage!)} 低于 ${formatPercent(policy.regulatory.appliedCoverageRatio, 'zh')}`,
    );
    expect(await result(page, 'loan-provision-booked')).toBe(`仅按入账准备：${pct(r.coverageOnBooked.loanProvision!)}`);
    await close();
  });

  it('labels the figures in RP-06’s words: the ECL is booked, the gap is a general risk reserve, never “the higher”', async () => {
    const { page, close } = await openPage(browser, RESERVE);
    await hydrated(page, 'reserve');
    expect(await label(page, 'booked')).toBe(LABELS.zh.booked);
    expect(await label(page, 'general-risk-reserve')).toBe(LABELS.zh.grr);
    expect(await label(page, 'regulatory-basis')).toBe(LABELS.zh.basis);
    expect(await label(page, 'coverage')).toBe(LABELS.zh.coverage);
    expect(await label(page, 'loan-provision')).toBe(LABELS.zh.loanProvision);
    await page.locator('.calc-math summary').click();
    expect(await page.locator('main').innerText()).not.toMatch(/较高者|取较高|max\(五级分类计提 [^,]*, 预期信用损失/);
    await close();
  });

  it('computes five-tier, ECL, the regulatory basis, coverage and shortfalls for balances by category', async () => {
    const { page, errors, close } = await openPage(browser, RESERVE);
    await hydrated(page, 'reserve');
    await page.locator('#rs-mode').selectOption('category');
    const balances = ['1,000,000', '50,000', '20,000', '10,000', '5,000'];
    for (const [i, v] of balances.entries()) await page.locator(`#rs-c${i}`).fill(v);
    const r = portfolioReserve(
      { by: 'category', balances: ['1000000', '50000', '20000', '10000', '5000'] },
      policy,
      appetite,
    );
    // The five-tier total of this portfolio is derived by hand in tests/unit/provisioning.test.ts (34,275.00).
    await poll(() => result(page, 'five-tier')).toBe(fen(r.fiveTier.total));
    expect(await result(page, 'ecl')).toBe(cell(r.ecl.total.allowance));
    expect(await result(page, 'booked')).toBe(fen(r.bookedAllowance));
    expect(await result(page, 'general-risk-reserve')).toBe(fen(r.generalRiskReserve.total));
    expect(await result(page, 'regulatory-basis')).toBe(fen(r.regulatoryBasisReserve));
    expect(await result(page, 'npl')).toBe(fen(r.fiveTier.npl));
    expect(await result(page, 'loan-provision')).toBe(pct(r.coverage.loanProvision!));
    for (const q of r.coverage.requirements) {
      expect(await result(page, `shortfall-${q.source}`)).toBe(q.met ? '达标' : fen(q.shortfall));
    }
    for (const q of r.coverageOnBooked.requirements) {
      expect(await result(page, `shortfall-booked-${q.source}`)).toBe(q.met ? '达标' : fen(q.shortfall));
    }
    expect(await page.locator('[data-table="five-tier"] tbody tr').count()).toBe(8); // 5 categories, specific, general, total
    expect(await page.locator('[data-table="ecl"] tbody tr').count()).toBe(6);
    expect(await page.locator('[data-table="regulatory-basis"] tbody tr').count()).toBe(4); // booked, two gaps, total
    expect(await page.locator('.rs-chart rect').count()).toBe(5);
    expect(errors).toEqual([]);
    await close();
  });

  it('appropriates the five-tier gap and then the requirement gap (1,000,000 all 正常, from the URL)', async () => {
    const { page, close } = await openPage(browser, `${RESERVE}?m=category&c0=1000000&c1=0&c2=0&c3=0&c4=0`);
    await hydrated(page, 'reserve');
    const r = portfolioReserve({ by: 'category', balances: ['1000000', '0', '0', '0', '0'] }, policy, appetite);
    // Hand-checked in tests/unit/provisioning.test.ts: both gaps are positive and the regulatory basis is 25,000.00.
    expect(r.generalRiskReserve.fiveTierGap.isPositive() && r.generalRiskReserve.requirementGap.isPositive()).toBe(
      true,
    );
    await poll(() => result(page, 'grr-five-tier')).toBe(cell(r.generalRiskReserve.fiveTierGap));
    expect(await result(page, 'grr-requirement')).toBe(cell(r.generalRiskReserve.requirementGap));
    expect(await result(page, 'general-risk-reserve')).toBe(fen(r.generalRiskReserve.total));
    expect(await result(page, 'regulatory-basis')).toBe(fen(r.regulatoryBasisReserve));
    expect(await result(page, 'coverage')).toBe('无不良，不适用');
    expect(await result(page, 'loan-provision')).toBe(pct(r.coverage.loanProvision!));
    await close();
  });

  it('fills the balances from a pasted spreadsheet column (tabs and line breaks) and rejects a wrong count', async () => {
    const { page, close } = await openPage(browser, RESERVE);
    await hydrated(page, 'reserve');
    const names = policy.ecl.buckets.map((b) => b.name.zh);
    const amounts = ['5,000,000', '200,000', '100,000', '50,000', '80,000', '40,000', '10,000'];
    await page.locator('#rs-paste').fill(names.map((n, i) => `${n}\t${amounts[i]}`).join('\r\n') + '\r\n');
    await poll(() => page.locator('#rs-b0').inputValue()).toBe('5,000,000');
    expect(await page.locator('#rs-b6').inputValue()).toBe('10,000');
    const r = portfolioReserve({ by: 'bucket', balances: amounts.map((a) => a.replace(/,/g, '')) }, policy, appetite);
    await poll(() => result(page, 'booked')).toBe(fen(r.bookedAllowance));
    expect(await result(page, 'regulatory-basis')).toBe(fen(r.regulatoryBasisReserve));
    await page.locator('#rs-paste').fill('1\n2\n3');
    await poll(() => page.locator('#rs-paste-error').innerText()).toMatch(/3 个数，需要 7 个/);
    expect(await page.locator('#rs-paste').getAttribute('aria-invalid')).toBe('true');
    await close();
  });

  it('puts a message next to a bad balance, never shows NaN, and recovers', async () => {
    const { page, close } = await openPage(browser, RESERVE);
    await hydrated(page, 'reserve');
    await page.locator('#rs-b2').fill('12x');
    await poll(() => page.locator('#rs-b2').getAttribute('aria-invalid')).toBe('true');
    expect((await page.locator('#rs-b2-error').innerText()).length).toBeGreaterThan(3);
    expect(await result(page, 'error')).toMatch(/更正/);
    await noNaN(page);
    await page.locator('#rs-rate').fill('-5%');
    await poll(() => page.locator('#rs-rate-error').innerText()).toMatch(/负数/);
    await page.locator('#rs-b2').fill('120000');
    await page.locator('#rs-rate').fill('18%');
    const r = portfolioReserve({ by: 'bucket', balances: BUCKET_DEFAULTS }, policy, appetite);
    await poll(() => result(page, 'booked')).toBe(fen(r.bookedAllowance));
    await noNaN(page);
    await close();
  });

  it('keeps the scenario in the URL: the copied address reproduces it', async () => {
    const { page, close } = await openPage(browser, RESERVE);
    await hydrated(page, 'reserve');
    await page.locator('#rs-b0').fill('6000000');
    await page.locator('#rs-months').fill('24');
    await page.locator('#rs-rate').fill('21%');
    await poll(() => page.url()).toMatch(/b0=6000000/);
    const balances = [...BUCKET_DEFAULTS];
    balances[0] = '6000000';
    const r = portfolioReserve({ by: 'bucket', balances, annualRate: '0.21', remainingMonths: 24 }, policy, appetite);
    await poll(() => result(page, 'booked')).toBe(fen(r.bookedAllowance));
    const again = await openPage(browser, page.url().replace(/^https?:\/\/[^/]+/, ''));
    await hydrated(again.page, 'reserve');
    await poll(() => result(again.page, 'booked')).toBe(fen(r.bookedAllowance));
    expect(await again.page.locator('#rs-months').inputValue()).toBe('24');
    await again.close();
    await close();
  });

  it('exports the tables, the regulatory basis and both sets of ratios as CSV with a UTF-8 BOM', async () => {
    const { page, close } = await openPage(browser, RESERVE);
    await hydrated(page, 'reserve');
    const { bytes, lines } = await downloadCsv(page, '导出 CSV');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The header block (inputs, policy, time, link: provisioning-review.test.ts) comes first, then the tables.
    expect(lines[0]).toBe('输入');
    expect(lines).toContain('分类,余额,计提比例,计提额');
    const r = portfolioReserve({ by: 'bucket', balances: BUCKET_DEFAULTS }, policy, appetite);
    const g = r.generalRiskReserve;
    expect(lines).toContain(`入账的贷款损失准备（预期信用损失）,${r.bookedAllowance.toFixed(2)}`);
    expect(lines).toContain(`一般风险准备：五级分类计提高于入账准备的差额,${g.fiveTierGap.toFixed(2)}`);
    expect(lines).toContain(`一般风险准备：监管要求缺口,${g.requirementGap.toFixed(2)}`);
    expect(lines).toContain(`应提取的一般风险准备,${g.total.toFixed(2)}`);
    expect(lines).toContain(`监管口径的准备,${r.regulatoryBasisReserve.toFixed(2)}`);
    expect(lines).toContain(`拨备覆盖率（监管口径）,${r.coverage.coverage!.toFixed(6)}`);
    expect(lines).toContain(`拨备覆盖率（仅按入账准备）,${r.coverageOnBooked.coverage!.toFixed(6)}`);
    expect(lines.join('\n')).not.toMatch(/较高/);
    await close();
  });

  it('shows the math with this scenario’s numbers', async () => {
    const { page, close } = await openPage(browser, RESERVE);
    await hydrated(page, 'reserve');
    await page.locator('.calc-math summary').click();
    const r = portfolioReserve({ by: 'bucket', balances: BUCKET_DEFAULTS }, policy, appetite);
    const text = await page.locator('.calc-math ol').innerText();
    expect(text).toContain(`入账的贷款损失准备 = 预期信用损失 = ${cell(r.bookedAllowance)}`);
    expect(text).toContain(
      `监管口径的准备 = 入账准备 + 一般风险准备 = ${cell(r.bookedAllowance)} + ${cell(r.generalRiskReserve.total)} = ${cell(r.regulatoryBasisReserve)}`,
    );
    expect(text).toContain(
      `= ${cell(r.regulatoryBasisReserve)} ÷ ${cell(r.fiveTier.npl)} = ${pct(r.coverage.coverage!)}`,
    );
    await noNaN(page);
    await close();
  });

  it('has an English edition with the same labels and figures', async () => {
    const { page, close } = await openPage(browser, `/en${RESERVE}`);
    await hydrated(page, 'reserve');
    expect(await page.locator('label[for="rs-mode"]').innerText()).toBe('Balances by');
    const r = portfolioReserve({ by: 'bucket', balances: BUCKET_DEFAULTS }, policy, appetite);
    expect(await label(page, 'booked')).toBe(LABELS.en.booked);
    expect(await label(page, 'general-risk-reserve')).toBe(LABELS.en.grr);
    expect(await label(page, 'regulatory-basis')).toBe(LABELS.en.basis);
    expect(await label(page, 'coverage')).toBe(LABELS.en.coverage);
    expect(await label(page, 'loan-provision')).toBe(LABELS.en.loanProvision);
    expect(await result(page, 'booked')).toBe(formatMoney(r.bookedAllowance, 'en'));
    expect(await result(page, 'general-risk-reserve')).toBe(formatMoney(r.generalRiskReserve.total, 'en'));
    expect(await result(page, 'regulatory-basis')).toBe(formatMoney(r.regulatoryBasisReserve, 'en'));
    expect(await result(page, 'coverage')).toBe(pct(r.coverage.coverage!, 'en'));
    expect(await result(page, 'coverage-booked')).toContain(pct(r.coverageOnBooked.coverage!, 'en'));
    expect(await result(page, 'grr-requirement')).toBe(cell(r.generalRiskReserve.requirementGap, 'en'));
    await page.locator('.calc-math summary').click();
    expect(await page.locator('main').innerText()).not.toMatch(/the higher\)|to book|max\(five-tier [^,]*, ECL/i);
    await close();
  });
});

// As loaded, every page (the policy page too) is checked by axe.test.ts; these are states only interaction reaches.
describe('provisioning pages are accessible after interaction', () => {
  it.each([CLASSIFIER, `/en${CLASSIFIER}`])('%s with every section open', async (path) => {
    const { page, close } = await openPage(browser, path);
    await hydrated(page, 'classifier');
    await page.locator('#cl-restructured').check();
    await page.locator('.calc-math summary').click();
    expect(await runAxe(page)).toEqual([]);
    await close();
  });

  it.each([RESERVE, `/en${RESERVE}`])('%s with the math open and a paste error shown', async (path) => {
    const { page, close } = await openPage(browser, path);
    await hydrated(page, 'reserve');
    await page.locator('.calc-math summary').click();
    await page.locator('#rs-paste').fill('1\n2');
    await page.locator('#rs-paste-error').waitFor();
    expect(await runAxe(page)).toEqual([]);
    await close();
  });
});
