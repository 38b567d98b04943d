/**
 * The pricing calculator by contract date, in a real browser and both languages: the date field, the
 * cap in force next to the verdict, the verdict itself (red when the loan cannot be issued), the grade
 * table by date, the "2028 view", the funding band of a term typed as 2年 or 24期, and the date in a
 * shared link. Expected figures and texts come from calculators/ and the island's strings, never typed here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { connect, islandReady, openPage, resultText } from './browser';
import { parsePolicyFile } from '../../calculators/policy/index';
import { costCapOn } from '../../calculators/pricing/cost-cap';
import { gradeAvailability } from '../../calculators/pricing/availability';
import {
  evaluateOffer,
  fundingBand,
  priceLoan,
  type ExceptionApproval,
  type PriceInput,
  type PricingPolicy,
} from '../../calculators/pricing/index';
import { contractDateOf, localToday, nextDay } from '../../calculators/dated';
import { formatDate, formatMonths, formatPercent, type Lang } from '../../calculators/format';
import { CalcError } from '../../calculators/errors';
import { pricingStrings } from '../../src/islands/pricing/strings';
import { fill } from '../../src/islands/kit/fill';

const PATH = '/calculators/pricing/';
const policy: PricingPolicy = {
  pricing: parsePolicyFile('pricing', readFileSync('content/policy/pricing.yaml', 'utf8')),
  lpr: parsePolicyFile('lpr', readFileSync('content/policy/lpr.yaml', 'utf8')),
  governance: parsePolicyFile('governance', readFileSync('content/policy/governance.yaml', 'utf8')),
};
const LANGS: Lang[] = ['zh', 'en'];
const pathIn = (lang: Lang, query = '') => `${lang === 'en' ? '/en' : ''}${PATH}${query}`;
const pct = (v: Parameters<typeof formatPercent>[0], lang: Lang) => formatPercent(v, lang, 2, 2);
const slow = { timeout: 20_000 }; // a fresh page hydrates, then reads the URL: slow on a loaded machine

/** The verdict's tone for an offer: red when no one may issue it, amber for a price exception, green only when it can be issued as it stands. */
const toneOf = (a: ExceptionApproval) =>
  a === 'above-cap' || a === 'outside-limits' || a === 'not-approvable' ? 'block' : a === 'none' ? 'ok' : 'warn';

/** The cap line the verdict shows for a contract date and term. */
function capLine(lang: Lang, contractDate: string, termMonths: number) {
  const cap = costCapOn({ contractDate, termMonths }, policy);
  const d = (iso: string) => formatDate(iso, lang);
  const t = pricingStrings[lang];
  const line = fill(t.capLine, { date: d(cap.contractDate), cap: pct(cap.rate, lang), from: d(cap.effectiveFrom) });
  return { cap, line, next: cap.next && fill(t.capNext, { from: d(cap.next.from), cap: pct(cap.next.rate, lang) }) };
}

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const ready = (page: Page) => islandReady(page, 'pricing');
const verdict = (page: Page) => page.locator('[data-result="verdict"]');
const tone = (page: Page) => verdict(page).getAttribute('data-tone');
async function typeDate(page: Page, value: string) {
  await page.locator('#pr-date').fill(value);
}

describe.each(LANGS)('pricing by contract date (%s)', (lang) => {
  const t = pricingStrings[lang];

  it('the contract date sets the cap shown next to the verdict, and the verdict with it (24% → 18% → 12%)', async () => {
    const { page, errors, close } = await openPage(browser, pathIn(lang, '?n=24&o=20%25'));
    await ready(page);
    const input: PriceInput = { grade: 'C', amount: '50000', termMonths: 24, method: 'equal-instalment' };
    const expectedCaps = { '2026-12-04': '0.24', '2027-03-01': '0.18', '2028-01-01': '0.12' } as const;
    for (const [date, rate] of Object.entries(expectedCaps)) {
      await typeDate(page, date);
      const { cap, line, next } = capLine(lang, date, 24);
      expect(cap.rate.toFixed(2)).toBe(rate); // the policy's glide path, as the brief states it
      await expect.poll(() => resultText(page, 'cap'), slow).toBe(next ? `${line}\n${next}` : line);
      expect(await resultText(page, 'cap-source')).toBe(cap.source[lang]);
      const offer = evaluateOffer({ ...input, offeredRate: '0.2', contractDate: date }, policy);
      expect(await tone(page)).toBe(toneOf(offer.approval));
      expect(await page.locator('[data-check="apr-cap"]').getAttribute('data-status')).toBe(
        offer.checks.find((c) => c.id === 'apr-cap')!.status,
      );
    }
    // 20% is within 24% and above 18% and 12%.
    expect(await tone(page)).toBe('block');
    await typeDate(page, '2026-12-04');
    await expect.poll(() => tone(page), slow).toBe('ok');
    expect((await verdict(page).locator('.pr-verdict-head strong').innerText()).trim()).toBe(
      t.vOk + (lang === 'zh' ? '：' : ':'),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('the "2028 view" button sets the date the policy names (the day after full compliance), and back to today', async () => {
    const { page, close } = await openPage(browser, pathIn(lang));
    await ready(page);
    const view = nextDay(policy.pricing.costGuideline.fullComplianceDate);
    const button = page.locator('[data-action="view"]');
    expect(await button.innerText()).toBe(fill(t.view, { y: view.slice(0, 4), date: formatDate(view, lang) }));
    await button.click();
    await expect.poll(() => page.locator('#pr-date').inputValue(), slow).toBe(view);
    await expect.poll(() => page.url(), slow).toMatch(new RegExp(`[?&]d=${view}(&|$)`));
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => resultText(page, 'cap'), slow).toBe(capLine(lang, view, 12).line);
    // Grades D and E are not served from then on (12 months, the default term).
    const avail = gradeAvailability({ contractDate: view, termMonths: 12 }, policy);
    expect(
      await page
        .locator('[data-result="grades"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status'))),
    ).toEqual(avail.grades.map((g) => g.status));
    expect(avail.grades.filter((g) => g.status === 'closed').map((g) => g.grade.id)).toEqual(['D', 'E']);
    await page.locator('[data-action="today"]').click();
    await expect.poll(() => page.url(), slow).not.toMatch(/[?&]d=/);
    expect(await page.locator('#pr-date').inputValue()).toBe(localToday());
    expect(await button.getAttribute('aria-pressed')).toBe(String(localToday() === view));
    await close();
  });

  it('an offer at exactly 24.00% (C, 50,000, 24 months, contract date 2026-12-04) is not refused', async () => {
    const { page, close } = await openPage(browser, pathIn(lang, '?a=50000&n=24&o=24%25&d=2026-12-04'));
    await ready(page);
    const offer = evaluateOffer(
      {
        grade: 'C',
        amount: '50000',
        termMonths: 24,
        method: 'equal-instalment',
        offeredRate: '0.24',
        contractDate: '2026-12-04',
      },
      policy,
    );
    expect(offer.approval).toBe('none');
    await expect.poll(() => resultText(page, 'offer-apr'), slow).toBe(pct(offer.apr.simple, lang));
    expect(await resultText(page, 'offer-apr')).toBe(pct('0.24', lang));
    expect(await tone(page)).toBe('ok');
    expect(await page.locator('[data-check="apr-cap"]').getAttribute('data-status')).toBe('pass');
    expect(await page.locator('[data-check="apr-cap"]').innerText()).toBe(
      `${t.pass} ${offer.checks.find((c) => c.id === 'apr-cap')!.message[lang]}`,
    );
    await close();
  });

  it('grade D: open today, not served from 2028-01-01, with the largest expected loss that would fit then', async () => {
    const { page, close } = await openPage(browser, pathIn(lang, '?g=D&n=24&d=2026-12-04'));
    await ready(page);
    const now = gradeAvailability({ contractDate: '2026-12-04', termMonths: 24 }, policy);
    const d = now.grades.find((g) => g.grade.id === 'D')!;
    expect(d.status).toBe('open');
    expect(d.change).toEqual({ from: '2028-01-01', status: 'closed' });
    const then = gradeAvailability({ contractDate: d.change!.from, termMonths: 24 }, policy);
    const max = then.grades.find((g) => g.grade.id === 'D')!.maxExpectedLossOpen;
    const expected = [
      fill(t.gsOpen, { g: 'D' }),
      fill(t['to-closed'], { from: formatDate('2028-01-01', lang) }),
      fill(t.maxElThen, { cap: pct(then.cap.rate, lang), max: pct(max, lang), el: pct(d.expectedLoss, lang) }),
    ].join(lang === 'zh' ? '' : ' ');
    await expect.poll(() => resultText(page, 'grade-status'), slow).toBe(expected);
    // The same in the grade table's row for D.
    const row = page.locator('[data-result="grades"] tbody tr[data-grade="D"]');
    expect(await row.getAttribute('data-status')).toBe('open');
    expect(await row.locator('td.pr-later').innerText()).toBe(
      [
        fill(t.stChange, { from: formatDate('2028-01-01', lang), status: t['st-closed'] }),
        fill(t.stMaxEl, { max: pct(max, lang) }),
      ].join(lang === 'zh' ? '；' : '; '),
    );
    // On 2028-01-01 itself D is not served, and the line says what would fit.
    await typeDate(page, '2028-01-01');
    await expect.poll(() => row.getAttribute('data-status'), slow).toBe('closed');
    expect(await resultText(page, 'grade-status')).toBe(
      [fill(t.gsClosed, { g: 'D' }), fill(t.maxElNow, { max: pct(max, lang), el: pct(d.expectedLoss, lang) })].join(
        lang === 'zh' ? '' : ' ',
      ),
    );
    await close();
  });

  it.each([
    ['an offer of 36%', '?n=24&o=36%25&d=2026-12-04', { amount: '50000', offeredRate: '0.36' }],
    ['an amount above the limit', '?a=200000&n=24&o=15%25&d=2026-12-04', { amount: '200000', offeredRate: '0.15' }],
  ])('the verdict leads, red and blocking, for %s', async (_what, query, x) => {
    const { page, close } = await openPage(browser, pathIn(lang, query));
    await ready(page);
    const offer = evaluateOffer(
      { grade: 'C', termMonths: 24, method: 'equal-instalment', contractDate: '2026-12-04', ...x },
      policy,
    );
    expect(toneOf(offer.approval)).toBe('block');
    await expect.poll(() => tone(page), slow).toBe('block');
    expect((await verdict(page).locator('.pr-verdict-head strong').innerText()).trim()).toBe(
      t.vBlock + (lang === 'zh' ? '：' : ':'),
    );
    const failed = offer.checks.filter((c) => c.status === 'fail' && c.id !== 'lpr-line');
    expect(failed.length).toBeGreaterThan(0);
    for (const c of failed)
      expect(await verdict(page).locator('.pr-verdict-head').innerText()).toContain(c.message[lang]);
    // It is the first thing in the results, it is red, and nothing above or beside it says "meets the hurdle" in green.
    const look = await page.evaluate(() => {
      const results = document.querySelector('[data-calc="pricing"] .calc-results')!;
      const v = results.querySelector('[data-result="verdict"]')!;
      const probe = document.createElement('span');
      probe.style.color = 'var(--sl-color-red-high)';
      probe.style.borderColor = 'var(--sl-color-red)';
      v.append(probe);
      const red = getComputedStyle(probe).color;
      const redBorder = getComputedStyle(probe).borderTopColor;
      probe.remove();
      return {
        first: results.firstElementChild === v,
        head: getComputedStyle(v.querySelector('.pr-verdict-head strong')!).color,
        border: getComputedStyle(v).borderInlineStartColor,
        red,
        redBorder,
        greenAbove: results.querySelectorAll('[data-result="offer"] .pr-pass, [data-result="offer-verdict"].pr-pass')
          .length,
      };
    });
    expect(look).toEqual({
      first: true,
      head: look.red,
      border: look.redBorder,
      red: look.red,
      redBorder: look.redBorder,
      greenAbove: 0,
    });
    await close();
  });

  it.each(['2年', '24期', '24个月'])(
    'a term typed as %s shows the 24-month funding band in the funding-cost hint',
    async (term) => {
      const { page, close } = await openPage(browser, pathIn(lang));
      await ready(page);
      await page.locator('#pr-term').fill(term);
      const band = fundingBand(policy.pricing, 24);
      expect(band.upToMonths).toBe(24);
      // The band the price itself uses (calculators review B1: the hint once looked the band up from the raw text).
      expect(
        priceLoan({ grade: 'C', amount: '50000', termMonths: 24, method: 'equal-instalment' }, policy)
          .fundingBandMonths,
      ).toBe(band.upToMonths);
      const hint = fill(t.policyBand, { v: pct(band.fundingRate, lang), n: formatMonths(band.upToMonths, lang) });
      await expect.poll(() => page.locator('#pr-funding-hint').innerText(), slow).toBe(hint);
      expect(await page.locator('[data-component="funding"] td').first().innerText()).toBe(
        formatPercent(band.fundingRate, lang, 3, 2),
      );
      // A term that cannot be read shows no band at all, rather than a wrong one.
      await page.locator('#pr-term').fill('abc');
      await expect.poll(() => page.locator('#pr-funding-hint').innerText(), slow).toBe(t.policyByTerm);
      await close();
    },
  );

  it('the date survives a shared link; today is left out of the link; a bad date gets its message next to the field', async () => {
    const { page, close } = await openPage(browser, pathIn(lang));
    await ready(page);
    await typeDate(page, '2027-03-01');
    await expect.poll(() => page.url(), slow).toMatch(/[?&]d=2027-03-01(&|$)/);
    const again = await openPage(browser, page.url().replace(/^https?:\/\/[^/]+/, ''));
    await ready(again.page);
    await expect.poll(() => again.page.locator('#pr-date').inputValue(), slow).toBe('2027-03-01');
    await expect
      .poll(() => resultText(again.page, 'cap'), slow)
      .toMatch(new RegExp(`^${capLine(lang, '2027-03-01', 12).line.replace(/[()]/g, '\\$&')}`));
    await again.close();

    await typeDate(page, localToday());
    await expect.poll(() => page.url(), slow).not.toMatch(/[?&]d=/);
    expect(await page.locator('#pr-date').inputValue()).toBe(localToday());

    await typeDate(page, '2027-02-30');
    const field = page.locator('#pr-date');
    await expect.poll(() => field.getAttribute('aria-invalid'), slow).toBe('true');
    let message = '';
    try {
      contractDateOf('2027-02-30');
    } catch (e) {
      message = (e as CalcError).messages[lang];
    }
    expect(message).not.toBe('');
    expect(await page.locator('#pr-date-error').innerText()).toBe(message);
    expect(await field.getAttribute('aria-describedby')).toContain('pr-date-error');
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    await close();
  });

  it('a kept scenario keeps its own contract date: the same loan today and in 2028, side by side', async () => {
    const view = nextDay(policy.pricing.costGuideline.fullComplianceDate);
    const { page, close } = await openPage(browser, pathIn(lang, `?c=C_50000_12_0*C_50000_12_0______${view}`));
    await ready(page);
    const row = (label: string) =>
      page
        .locator('[data-result="compare"] tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .locator('td');
    const caps = [costCapOn({ termMonths: 12 }, policy), costCapOn({ contractDate: view, termMonths: 12 }, policy)];
    await expect.poll(() => row(t.capRate).allInnerTexts(), slow).toEqual(caps.map((c) => pct(c.rate, lang)));
    expect(await row(t.date).allInnerTexts()).toEqual(caps.map((c) => formatDate(c.contractDate, lang)));
    // Pinning the 2028 view of the loan being edited writes its date into the kept scenario.
    await page.locator('[data-action="view"]').click();
    await page.locator('#pr-grade').selectOption('B');
    await page.getByRole('button', { name: t.pin, exact: true }).click();
    await expect
      .poll(() => page.url(), slow)
      .toMatch(new RegExp(`c=C_50000_12_0\\*C_50000_12_0_{6}${view}\\*B_50000_12_0_{6}${view}(&|$)`));
    await close();
  });
});

describe('pricing: "today" is the reader’s own date', () => {
  it('on a reader’s clock of 1 March 2027, the field and the cap switch from the build date to that day once the calculator starts', async () => {
    const day = '2027-03-01';
    const { page, close } = await openPage(browser, PATH, {
      clock: new Date(`${day}T09:30:00`),
    });
    // Before hydration the server render names its (build) date explicitly, never "today" alone.
    expect(await page.locator('#pr-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await ready(page);
    await expect.poll(() => page.locator('#pr-date').inputValue(), slow).toBe(day);
    const { line, next } = capLine('zh', day, 12);
    await expect.poll(() => resultText(page, 'cap'), slow).toBe(next ? `${line}\n${next}` : line);
    expect(page.url()).not.toMatch(/[?&]d=/); // today is not written into the link
    await close();
  });

  it('a date in the link wins over the reader’s today', async () => {
    const { page, close } = await openPage(browser, `${PATH}?d=2028-01-01`, {
      clock: new Date('2027-03-01T09:30:00'),
    });
    await ready(page);
    await expect.poll(() => page.locator('#pr-date').inputValue(), slow).toBe('2028-01-01');
    await expect.poll(() => resultText(page, 'cap'), slow).toBe(capLine('zh', '2028-01-01', 12).line);
    await close();
  });
});
