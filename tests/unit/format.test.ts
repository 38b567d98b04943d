/**
 * calculators/format.ts writes numbers itself (no ICU set-up in the browser); Intl.NumberFormat
 * is the oracle: every figure must read exactly as Intl writes it for zh-CN and en-US.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import { D } from '../../calculators/decimal';
import {
  formatDate,
  formatDays,
  formatMoney,
  formatMonths,
  formatNumber,
  formatPercent,
  type Lang,
} from '../../calculators/format';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
/** What format.ts wrote before it stopped calling Intl: Intl on the Decimal's plain digits. */
const intl = (lang: Lang, value: string, max: number, min = 0) =>
  new Intl.NumberFormat(LOCALES[lang], {
    roundingMode: 'halfExpand',
    maximumFractionDigits: max,
    minimumFractionDigits: min,
  } as Intl.NumberFormatOptions).format(D(value).toFixed() as unknown as number);

/** Decimal strings as the calculators produce them: any sign, up to 16 integer and 12 fraction digits, halves included. */
const decimalString = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^(0|[1-9]\d{0,15})$/),
    fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
  )
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`);
const lang = fc.constantFrom<Lang>('zh', 'en');

describe('number formats match Intl.NumberFormat', () => {
  it('formatNumber, any number of decimals', () => {
    fc.assert(
      fc.property(decimalString, lang, fc.integer({ min: 0, max: 8 }), (v, l, max) => {
        expect(formatNumber(v, l, max)).toBe(intl(l, v, max));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('formatMoney, always two decimals, with the currency of the language', () => {
    fc.assert(
      fc.property(decimalString, lang, (v, l) => {
        const n = intl(l, v, 2, 2);
        expect(formatMoney(v, l)).toBe(l === 'zh' ? `${n} 元` : `¥${n}`);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('formatPercent, with a minimum and a maximum of decimals', () => {
    fc.assert(
      fc.property(decimalString, lang, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (v, l, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        expect(formatPercent(v, l, max, min)).toBe(`${intl(l, D(v).times(100).toFixed(), max, min)}%`);
      }),
      { numRuns: runs(3000) },
    );
  });

  it.each([
    ['0.005', 2, '0.01'],
    ['-0.005', 2, '-0.01'],
    ['-0.004', 2, '-0'],
    ['-0', 2, '0'],
    ['1234567.895', 2, '1,234,567.9'],
    ['999.995', 2, '1,000'],
    ['100', 0, '100'],
    ['1000', 0, '1,000'],
    ['12345678901234567.5', 0, '12,345,678,901,234,568'],
  ])('%s to %i decimals reads %s', (v, max, expected) => {
    expect(formatNumber(v, 'zh', max)).toBe(expected);
    expect(intl('zh', v, max)).toBe(expected);
  });

  it('counts days and months in words', () => {
    expect([formatDays(1, 'en'), formatDays(90, 'en'), formatDays(1000, 'zh')]).toEqual([
      '1 day',
      '90 days',
      '1,000 天',
    ]);
    expect([formatMonths(1, 'en'), formatMonths(12, 'zh')]).toEqual(['1 month', '12 个月']);
  });

  it('formatDate reads as Intl writes it (zh-CN long month, en-GB short), every day of 2024–2027', () => {
    const zh = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const en = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso, 'zh')).toBe(zh.format(t));
      expect(formatDate(iso, 'en')).toBe(en.format(t));
    }
    expect(formatDate('2026-11-29T10:00:00+08:00', 'zh')).toBe('2026年11月29日');
    expect(() => formatDate('not a date', 'en')).toThrow(RangeError);
  });
});
