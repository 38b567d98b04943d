/**
 * What the schedule calculator hands out and how it reads on a phone (issue 16; review #10, #12, #14, #24,
 * #29), in both languages: a CSV that starts with the inputs, rates, policy, local time and link, named after
 * the loan; a printout with every row (or the summary only); a chart with axes, values on hover, tap and
 * keys, and a caption that says when bars are yearly totals; the one-line result pinned while the form is
 * filled on a 390 px phone; a cross-field error under the field responsible. Expected figures come from
 * calculators/ and texts from the island's strings, never typed here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, downloadCsv, islandReady, openPage, resultText } from './browser';
import { amortize, annualizedRate, scheduleCashflows } from '../../calculators/schedule/index';
import { parseRate } from '../../calculators/input/index';
import { D } from '../../calculators/decimal';
import { formatAmount, formatMoney, formatPercent, type Lang } from '../../calculators/format';
import { kitStrings } from '../../src/islands/kit/strings';
import { fill as fillText } from '../../src/islands/kit/fill';
import { scheduleStrings } from '../../src/islands/schedule/strings';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

const LOAN = '?a=1000000&r=4.9%25&n=360';
const pathIn = (lang: Lang, query = '') => `${lang === 'en' ? '/en' : ''}/calculators/schedule/${query}`;
const slow = { timeout: 10_000 };
/** 1,000,000 at 4.9% over 360 months, level instalments, as the calculation module computes it. */
const schedule = amortize({ principal: '1000000', annualRate: '0.049', termMonths: 360, method: 'equal-instalment' });
const apr = annualizedRate(scheduleCashflows(schedule));

/** A page in Beijing time (clock fixed when given), `width` wide, the calculator ready; errors collected. */
async function open(path: string, opts: { width?: number; height?: number; clock?: Date } = {}) {
  const opened = await openPage(browser, path, { ...opts, timezone: 'Asia/Shanghai' });
  await islandReady(opened.page, 'schedule');
  return opened;
}

/** Press the CSV button: the file's suggested name and its lines after the byte-order mark. */
async function download(page: Page, lang: Lang) {
  const { bytes, lines, name } = await downloadCsv(page, kitStrings[lang].downloadCsv);
  expect(bytes.toString('utf8').charCodeAt(0)).toBe(0xfeff);
  return { name, lines };
}

const instalment = (lang: Lang) => formatMoney(schedule.rows[0]!.payment, lang);

describe.each(['zh', 'en'] as const)('schedule outputs (%s)', (lang) => {
  const t = scheduleStrings[lang];

  it('a CSV taken right after a keystroke links the scenario just typed; the address follows once typing pauses', async () => {
    const { page, errors, close } = await open(pathIn(lang, LOAN));
    await expect.poll(() => resultText(page, 'instalment'), slow).toBe(instalment(lang));
    await page.locator('#sc-rate').fill('5.5%');
    const { lines } = await download(page, lang); // at once: the address write is still waiting
    const link = lines.find((l) => l.startsWith(`${t.csvLink},`))?.slice(t.csvLink.length + 1) ?? '';
    expect(new URL(link).searchParams.get('r')).toBe('5.5%');
    await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('5.5%');
    expect(errors).toEqual([]);
    await close();
  });

  it('the CSV starts with the inputs, the rates, the policy, the local time and the link, and is named after the loan (#10)', async () => {
    // 07:30 on 2 March in Beijing is still 1 March in UTC: the file must say 2 March.
    const { page, errors, close } = await open(pathIn(lang, LOAN), { clock: new Date('2026-03-01T23:30:00Z') });
    await expect.poll(() => resultText(page, 'instalment'), slow).toBe(instalment(lang));
    const { name, lines } = await download(page, lang);
    expect(name).toBe(lang === 'zh' ? '还款计划_100万_4.9%_360期.csv' : 'schedule_1000000_4.9pct_360m.csv');
    const head = lines.slice(
      0,
      lines.indexOf([t.period, t.payment, t.principal, t.interest, t.fee, t.balance].join(',')),
    );
    expect(head.length).toBeGreaterThan(10);
    // A label with a comma in it is quoted (RFC 4180).
    const cellOf = (label: string) => (label.includes(',') ? `"${label}"` : label);
    const row = (label: string) => head.find((l) => l.startsWith(`${cellOf(label)},`))?.slice(cellOf(label).length + 1);
    expect(head[0]).toBe(t.csvInputs);
    expect(row(t.amount)).toBe('1000000.00');
    expect(row(t.rate)).toBe('0.049000');
    expect(row(t.termMonths)).toBe('360');
    expect(row(t.method)).toBe(cellOf(t['equal-instalment']));
    expect(row(t.upfront)).toBe('0.00');
    expect(row(t.monthlyFee)).toBe('0.000000');
    expect(row(t.date)).toBe('2026-03-02');
    expect(row(t.aprSimple)).toBe(apr.simple.toFixed(6));
    expect(row(t.aprCompound)).toBe(apr.compound.toFixed(6));
    expect(row(t.totalInterest)).toBe(schedule.totals.interest.toFixed(2));
    expect(row(t.csvPolicy)).toMatch(/RP-10 v.+RP-03 v/);
    expect(row(t.csvAt)).toBe('2026-03-02 07:30');
    expect(row(t.csvLink)).toBe(page.url());
    // Then every period, the last one balancing to 0.00.
    const body = lines.slice(head.length + 1);
    expect(body).toHaveLength(360);
    expect(body[359]).toMatch(/^360,[\d.]+,[\d.]+,[\d.]+,0\.00,0\.00$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('prints the inputs as text, the results, every row, the date and the link; or the summary only (#29)', async () => {
    const { page, errors, close } = await open(pathIn(lang, LOAN), { clock: new Date('2026-03-01T23:30:00Z') });
    await expect.poll(() => resultText(page, 'instalment'), slow).toBe(instalment(lang));
    const rows = page.locator('.calc-table tbody tr');
    await expect.poll(() => rows.count(), slow).toBe(60); // on screen: the first 60 until asked
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => rows.count(), slow).toBe(360);
    expect(await page.locator('.calc-table').isVisible()).toBe(true);
    expect(await rows.nth(359).isVisible()).toBe(true);
    // No form fields, chevrons, "show all" button or the page's how-to prose; the inputs as text instead.
    expect(await page.locator('[data-calc="schedule"] :is(input, select, button):visible').count()).toBe(0);
    expect(await page.locator('.sl-markdown-content > h2:visible').count()).toBe(0);
    const inputs = await resultText(page, 'print-inputs');
    for (const text of [formatMoney('1000000', lang), '4.9%', fillText(t.termValue, { n: 360 }), t['equal-instalment']])
      expect(inputs).toContain(text);
    expect(await page.locator('[data-result="instalment"]').isVisible()).toBe(true);
    const stamp = await resultText(page, 'stamp');
    expect(stamp).toContain('2026-03-02 07:30');
    expect(stamp).toContain(page.url());
    expect(stamp).toMatch(/RP-10 v/);
    // Summary only: no chart and no row at all, the inputs and results still there.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => rows.count(), slow).toBe(60);
    await page.getByLabel(fillText(t.summaryOnly, { n: 360 })).check();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.calc-table tbody tr:visible').count(), slow).toBe(0);
    expect(await page.locator('.sc-chart').isVisible()).toBe(false);
    expect(await page.locator('[data-result="instalment"]').isVisible()).toBe(true);
    expect(await page.locator('[data-result="stamp"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('the chart has axes, says it shows yearly totals for 360 months, and reads out values on hover, tap and keys (#14)', async () => {
    const { page, errors, close } = await open(pathIn(lang, LOAN));
    await expect.poll(() => page.locator('[data-result="chart-caption"]').innerText(), slow).toBe(t.chartTitleYearly);
    expect(t.chartTitleYearly).toMatch(lang === 'zh' ? /按年汇总/ : /yearly totals/);
    // Year labels 1 … 30 and round ticks in 万元 (thousands in English).
    const years = await page.locator('[data-axis="time"] span').allInnerTexts();
    expect(years[0]).toBe('1');
    expect(years.at(-1)).toBe('30');
    expect(await page.locator('.sc-plot').innerText()).toContain(t.unitBig);
    const balanceTicks = await page.locator('[data-axis="balance"] span').allInnerTexts();
    expect(balanceTicks.at(-1)).toBe(lang === 'zh' ? '100' : '1,000');
    expect((await page.locator('[data-axis="amount"] span').allInnerTexts()).length).toBeGreaterThanOrEqual(3);
    // Year 1's totals, from the calculation module.
    const year = (y: number) => {
      const rows = schedule.rows.slice((y - 1) * 12, y * 12);
      return fillText(t.readoutYear, {
        i: y,
        from: (y - 1) * 12 + 1,
        to: y * 12,
        p: formatMoney(
          rows.reduce((s, r) => s.plus(r.principal), D(0)),
          lang,
        ),
        int: formatMoney(
          rows.reduce((s, r) => s.plus(r.interest), D(0)),
          lang,
        ),
        b: formatMoney(rows.at(-1)!.balance, lang),
      });
    };
    const area = page.locator('.sc-area');
    const readout = page.locator('[data-result="chart-readout"]');
    const box = (await area.boundingBox())!;
    await area.hover({ position: { x: 2, y: box.height / 2 } });
    await expect.poll(() => readout.innerText()).toBe(year(1));
    await area.click({ position: { x: box.width - 2, y: box.height / 2 } }); // a tap is a pointerdown too
    await expect.poll(() => readout.innerText()).toBe(year(30));
    // Keyboard: the chart is in the tab order; Home, then the arrow keys.
    await area.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.innerText()).toBe(year(2));
    expect(await area.getAttribute('aria-valuetext')).toBe(year(2));
    expect(await area.getAttribute('tabindex')).toBe('0');
    // 12 months: one bar a period, and no "yearly" in the caption.
    await page.locator('#sc-term').fill('12');
    await expect.poll(() => page.locator('[data-result="chart-caption"]').innerText(), slow).toBe(t.chartTitle);
    expect(await page.locator('[data-axis="time"] span').allInnerTexts()).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('on a 390 px phone the one-line result stays in view while the form is filled; two cards a row; the period column sticks (#12)', async () => {
    const { page, errors, close } = await open(pathIn(lang), { width: 390, height: 844 });
    const pin = page.locator('[data-result="pin"]');
    // Fill the form from the top, as a reader would; the last field is far below the first screen.
    await page.locator('#sc-amount').fill('100万');
    await page.locator('#sc-rate').fill('4.9%');
    await page.locator('#sc-term').fill('30年');
    const fee = page.locator('#sc-monthly-fee');
    await fee.scrollIntoViewIfNeeded();
    await fee.focus();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    const expected = `${t.pinInstalment} ${formatAmount(schedule.rows[0]!.payment, lang)} · ${t.pinInterest} ${formatAmount(schedule.totals.interest, lang)} · ${t.pinApr} ${formatPercent(apr.simple, lang, 2, 2)}`;
    await expect.poll(() => pin.innerText(), slow).toBe(expected);
    const [pinBox, feeBox] = [(await pin.boundingBox())!, (await fee.boundingBox())!];
    expect(pinBox.y).toBeGreaterThanOrEqual(0);
    expect(pinBox.y + pinBox.height).toBeLessThan(844);
    expect(pinBox.y + pinBox.height).toBeLessThanOrEqual(feeBox.y); // not over the field being typed in
    expect(await pin.evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    // Two summary cards a row, nothing wider than the phone.
    const cards = await page
      .locator('.calc-summary > div')
      .evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
    expect(cards[0]).toBe(cards[1]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The table scrolled sideways to 剩余本金: the period column is still at the left edge.
    // Scrolled and measured again until it holds: the full table renders once typing settles, and may
    // grow wider after a first scroll on a busy machine.
    const wrap = page.locator('.calc-table-wrap');
    const sideways = async () => {
      await wrap.evaluate((e) => e.scrollTo({ left: e.scrollWidth, behavior: 'instant' }));
      const [wrapBox, periodBox, balanceBox] = [
        (await wrap.boundingBox())!,
        (await page.locator('.calc-table tbody th').first().boundingBox())!,
        (await page.locator('.calc-table thead th').last().boundingBox())!,
      ];
      return {
        periodAtLeftEdge: Math.abs(periodBox.x - wrapBox.x) < 2,
        balanceInView: balanceBox.x + balanceBox.width <= wrapBox.x + wrapBox.width + 1,
      };
    };
    await expect.poll(sideways, slow).toEqual({ periodAtLeftEdge: true, balanceInView: true });
    expect(errors).toEqual([]);
    await close();
  });

  it('an upfront fee not below the amount is an error on the fee field, with aria-invalid (#24); the rate note shows once', async () => {
    const { page, errors, close } = await open(pathIn(lang));
    const fee = page.locator('#sc-upfront');
    await fee.fill('100000'); // the default amount is 100,000
    await expect.poll(() => fee.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator('#sc-upfront-error');
    expect(await error.innerText()).toBe(
      lang === 'zh' ? '一次性费用须低于贷款金额。' : 'The upfront fee must be less than the loan amount.',
    );
    expect(await fee.getAttribute('aria-describedby')).toContain('sc-upfront-error');
    expect(await resultText(page, 'error')).toBe(kitStrings[lang].fixInput);
    expect(await page.locator('#sc-amount').getAttribute('aria-invalid')).toBe('false');
    await fee.fill('1000');
    await expect.poll(() => fee.getAttribute('aria-invalid')).toBe('false');
    expect(await error.count()).toBe(0);
    // 0.049 read as 4.9%: the note is under the rate field, and nowhere else.
    await page.locator('#sc-rate').fill('0.049');
    const parsed = parseRate('0.049');
    if (!parsed.ok || !parsed.note) throw new Error('parseRate(0.049) should read 4.9% with a note');
    await expect.poll(() => page.locator('#sc-rate-note').innerText()).toBe(parsed.note[lang]);
    const island = await page.locator('[data-calc="schedule"]').innerText();
    expect(island.split(parsed.note[lang]).length - 1).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
