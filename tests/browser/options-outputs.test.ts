/**
 * What the repayment-options calculator hands out and how it reads on a phone (issue 16; calculators review
 * #10, #12, #14, #22, #24, #30), in both languages: the recommended option first and nothing wider than a
 * 390 px phone; the memo's estimated penalty, the not-affordable flag and the chosen column; a CSV that starts
 * with the case, the recommendation, the procedure version, the local time and the link, named after the case;
 * the recommended option pinned while the form is filled; a chart with axes and values on keys; cross-field
 * errors under the field responsible. Expected figures come from calculators/ and texts from the island's
 * strings, never typed here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load';
import type { Browser, Page } from 'playwright-core';
import { connect, downloadCsv, islandReady, openPage, resultText } from './browser';
import { compareRepaymentPlans } from '../../calculators/collections/index';
import type { RepaymentCase, RepaymentComparison, RepaymentPolicy } from '../../calculators/collections/index';
import { cumulativeCollections } from '../../calculators/collections/cumulative';
import { formatDate, formatMoney, type Lang } from '../../calculators/format';
import { kitStrings } from '../../src/islands/kit/strings';
import { optionsStrings } from '../../src/islands/collections/strings';

// The policy files as the site reads them (parsed, validated, checked against each other).
const policy: RepaymentPolicy = loadPolicy();
/** The island's default case (src/islands/collections/compute.ts), its contract date pinned in the link. */
const DATE = '2026-12-04';
const CASE: RepaymentCase = {
  outstandingPrincipal: '20000',
  overduePrincipal: '3000',
  overdueInterest: '400',
  dpd: 45,
  contractRate: '0.18',
  remainingTermMonths: 10,
  loanAgeMonths: 14,
  monthlyCapacity: '2500',
  contractDate: DATE,
};
const expected = compareRepaymentPlans(CASE, policy);
const rec = expected.options.find((o) => o.code === expected.recommendation.code)!;
/** An option staff may pick that the borrower cannot afford (the memo must flag it). */
const unaffordable = expected.options.find((o) => o.available && o.code !== 'legal' && !o.affordable)!;
/** The options in the page's order: the recommended one first, then the rest as computed. */
const shown = (c: RepaymentComparison) => [
  ...c.options.filter((o) => o.code === c.recommendation.code),
  ...c.options.filter((o) => o.code !== c.recommendation.code),
];
const pathIn = (lang: Lang, query = '') =>
  `${lang === 'en' ? '/en' : ''}/calculators/repayment-options/?cd=${DATE}${query}`;
const slow = { timeout: 10_000 };

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

/** A page in Beijing time (clock fixed when given), `width` wide, the calculator ready; errors collected. */
async function open(path: string, opts: { width?: number; height?: number; clock?: Date } = {}) {
  const opened = await openPage(browser, path, { ...opts, timezone: 'Asia/Shanghai' });
  await islandReady(opened.page, 'repayment-options');
  return opened;
}

/** Press the CSV button: the file's suggested name and its lines after the byte-order mark. */
async function download(page: Page, lang: Lang) {
  const { bytes, lines, name } = await downloadCsv(page, kitStrings[lang].downloadCsv);
  expect(bytes.toString('utf8').charCodeAt(0)).toBe(0xfeff);
  return { name, lines };
}

describe.each(['zh', 'en'] as const)('repayment-options outputs (%s)', (lang) => {
  const t = optionsStrings[lang];
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, lang);

  it('puts the recommended option first, keeps the page 390 px wide and the labels in view (#30)', async () => {
    expect(expected.options[0]!.code).not.toBe(rec.code); // the comparator's order would not show it first
    const { page, errors, close } = await open(pathIn(lang), { width: 390, height: 844 });
    const heads = page.locator('.calc-compare thead th[data-option]');
    await expect.poll(() => heads.first().getAttribute('data-option'), slow).toBe(rec.code);
    expect(await heads.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-option')))).toEqual(
      shown(expected).map((o) => o.code),
    );
    expect(await heads.first().evaluate((th) => th.classList.contains('is-recommended'))).toBe(true);
    // The recommended column is on screen without scrolling sideways.
    const box = (await heads.first().boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The comparison scrolls in its own box, its row labels sticky.
    const wrap = page.locator('.calc-table-wrap', { has: page.locator('.calc-compare') });
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const label = page.locator('.calc-compare tbody th[scope="row"]').first();
    expect(await label.evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
    await wrap.evaluate((el) => el.scrollBy(200, 0));
    const after = (await label.boundingBox())!;
    const wrapBox = (await wrap.boundingBox())!;
    expect(Math.abs(after.x - wrapBox.x)).toBeLessThan(3);
    expect(errors).toEqual([]);
    await close();
  });

  it('the memo is dated on the reader’s own day: at 07:30 in Beijing (23:30 UTC the day before) it says 2 March (#5)', async () => {
    const { page, errors, close } = await open(pathIn(lang), { clock: new Date('2026-03-01T23:30:00Z') });
    const memo = page.locator('#calc-memo-root .calc-memo');
    await expect.poll(() => memo.count(), slow).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const text = await memo.innerText();
    expect(text).toContain(`${t.memoDate}`);
    expect(text).toContain(formatDate('2026-03-02', lang));
    expect(text).not.toContain(formatDate('2026-03-01', lang));
    expect(errors).toEqual([]);
    await close();
  });

  it('the memo prints the estimated penalty, flags an unaffordable choice in bold and highlights its column (#22)', async () => {
    expect(unaffordable).toBeDefined();
    const { page, errors, close } = await open(pathIn(lang));
    await page.locator('#ro-ch').selectOption(unaffordable.code);
    const memo = page.locator('#calc-memo-root .calc-memo');
    await expect
      .poll(() => memo.locator('[data-memo="chosen"]').textContent(), slow)
      .toContain(unaffordable.name[lang]);
    await page.emulateMedia({ media: 'print' });
    const facts = await memo.locator('.memo-facts').innerText();
    expect(expected.penaltyEstimated).toBe(true);
    expect(facts).toContain(t.penaltyShown + t.estimated);
    expect(facts).toContain(money(expected.penaltyInterest));
    const blocked = memo.locator('[data-memo="blocked"] strong');
    expect(await blocked.textContent()).toMatch(
      lang === 'zh' ? /^拟采用方案不可负担/ : /^The chosen option is not affordable/,
    );
    // The chosen option's column: its head and every cell under it.
    const chosenHeads = memo.locator('thead th.memo-chosen');
    expect(await chosenHeads.count()).toBe(1);
    expect(await chosenHeads.innerText()).toContain(unaffordable.name[lang]);
    expect(await memo.locator('tbody td.memo-chosen').count()).toBe(await memo.locator('tbody tr').count());
    // Amounts right-aligned; no developer path, the procedure named instead.
    const td = memo.locator('tbody td').first();
    expect(['right', 'end']).toContain(await td.evaluate((el) => getComputedStyle(el).textAlign));
    const text = await memo.innerText();
    expect(text).not.toMatch(/content\/|\.yaml/);
    expect(text).toMatch(/OP-02/);
    expect(errors).toEqual([]);
    await close();
  });

  it('the CSV starts with the case, the recommendation, the version, the local time and the link (#10)', async () => {
    // 07:30 on 2 March in Beijing is still 1 March in UTC: the file must say 2 March.
    const { page, errors, close } = await open(pathIn(lang), { clock: new Date('2026-03-01T23:30:00Z') });
    await expect.poll(() => resultText(page, 'claim'), slow).toBe(money(expected.claim));
    const { name, lines } = await download(page, lang);
    expect(name).toBe(
      lang === 'zh'
        ? `还款方案比较_债权${expected.claim.toFixed(2)}元_逾期45天.csv`
        : `repayment-options_claim-${expected.claim.toFixed(2)}_45-dpd.csv`,
    );
    const cellOf = (label: string) => (/[",]/.test(label) ? `"${label.replace(/"/g, '""')}"` : label);
    const row = (label: string) =>
      lines.find((l) => l.startsWith(`${cellOf(label)},`))?.slice(cellOf(label).length + 1);
    expect(lines[0]).toBe(t.memoFacts);
    expect(row(t.outstanding)).toBe('"20,000"');
    expect(row(t.penaltyShown + t.estimated)).toBe(expected.penaltyInterest.toFixed(2));
    expect(row(t.contractDate)).toBe(DATE);
    expect(row(t.claim)).toBe(expected.claim.toFixed(2));
    expect(row(t.recommendation)).toBe(cellOf(expected.recommendation.reason[lang]));
    expect(row(t.memoChosen)).toBe(cellOf(rec.name[lang]));
    expect(row(t.memoBasis)).toMatch(/^OP-02 v\S+$/);
    expect(row(t.csvAt)).toBe('2026-03-02 07:30');
    expect(row(t.csvLink)).toBe(page.url());
    // Then the comparison, recommended option first, an empty cell where a figure does not apply.
    const table = lines.slice(lines.findIndex((l) => l.startsWith(`${t.option},`)));
    expect(table[0]!.split(',')).toHaveLength(expected.options.length + 1);
    expect(row(t.payment)).toBe(
      shown(expected)
        .map((o) => (o.available && o.code !== 'legal' ? o.monthlyPayment.toFixed(2) : ''))
        .join(','),
    );
    expect(table.join('\n')).not.toContain('—');
    expect(errors).toEqual([]);
    await close();
  });

  it('pins the recommended option and its instalment under the fields while typing on a phone (#12)', async () => {
    const { page, errors, close } = await open(pathIn(lang), { width: 390, height: 844 });
    const pin = page.locator('[data-result="pin"]');
    await expect.poll(() => pin.textContent(), slow).toContain(rec.name[lang]);
    expect(await pin.textContent()).toContain(money(rec.monthlyPayment));
    // Typing in the first field: the results are far below, the pinned line is on screen.
    await page.locator('#ro-op').fill('20000');
    await page.locator('#ro-op').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect
      .poll(async () => {
        const b = await pin.boundingBox();
        return b !== null && b.y >= 0 && b.y + b.height <= 844 + 1;
      }, slow)
      .toBe(true);
    const results = (await page.locator('.calc-results').boundingBox())!;
    expect(results.y).toBeGreaterThan(844);
    // A new capacity changes the line with the figures.
    await page.locator('#ro-c').fill('1200');
    const next = compareRepaymentPlans({ ...CASE, monthlyCapacity: '1200' }, policy);
    const nextRec = next.options.find((o) => o.code === next.recommendation.code);
    if (nextRec) await expect.poll(() => pin.textContent(), slow).toContain(nextRec.name[lang]);
    expect(errors).toEqual([]);
    await close();
  });

  it('attaches cross-field errors to the field responsible, with aria-invalid (#24)', async () => {
    const { page, close } = await open(pathIn(lang));
    await page.locator('#ro-pp').fill('25000'); // more overdue than outstanding
    await expect.poll(() => page.locator('#ro-pp').getAttribute('aria-invalid'), slow).toBe('true');
    expect(await page.locator('#ro-pp-error').innerText()).toMatch(
      lang === 'zh' ? /逾期本金不能大于剩余本金/ : /overdue principal cannot exceed the outstanding/,
    );
    expect(await page.locator('#ro-op').getAttribute('aria-invalid')).toBe('false');
    await page.locator('#ro-pp').fill('3000');
    await expect.poll(() => page.locator('#ro-pp').getAttribute('aria-invalid'), slow).toBe('false');
    await page.locator('#ro-d').fill('0'); // arrears but 0 days past due
    await expect.poll(() => page.locator('#ro-d').getAttribute('aria-invalid'), slow).toBe('true');
    expect(await page.locator('#ro-d-error').innerText()).toMatch(lang === 'zh' ? /逾期天数须大于 0/ : /above 0/);
    // No code identifiers in the text.
    expect(await page.locator('#ro-d-error').innerText()).not.toMatch(/dpd|overduePrincipal/);
    await close();
  });

  it('the chart has amount and month axes and reads out a month’s figures from the keyboard (#14)', async () => {
    const { page, errors, close } = await open(pathIn(lang));
    const area = page.locator('.calc-area');
    await area.waitFor(slow);
    expect(await page.locator('[data-axis="amount"] span').count()).toBeGreaterThanOrEqual(3);
    const months = await page.locator('[data-axis="month"] span').allInnerTexts();
    expect(months[0]).toBe('0');
    // The month labels sit under the plot, not in the legend.
    expect(await page.locator('.calc-options-chart .calc-legend').innerText()).not.toMatch(/\d/);
    await area.focus();
    await page.keyboard.press('ArrowRight');
    const available = shown(expected).filter((o) => o.available);
    const last = Math.max(...available.map((o) => o.planMonths));
    const first = available[0]!;
    await expect
      .poll(() => resultText(page, 'chart-readout'), slow)
      .toContain(`${first.name[lang]} ${money(cumulativeCollections(first, last)[1]!)}`);
    expect(await area.getAttribute('aria-valuenow')).toBe('1');
    expect(errors).toEqual([]);
    await close();
  });
});
