/**
 * The plausibility rules of calculators/input (calculators review #1, #23, #33): a bare rate under 1
 * is a fraction with a note, a loan under 100 元 gets a note, 360年 is refused with what to type,
 * and every message fits under a field.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import {
  byField,
  parseAmount,
  parseBalance,
  parseCount,
  parseFeeRate,
  parseLoanAmount,
  parseMonths,
  parseRate,
  parseTerm,
  type ParseResult,
} from '../../calculators/input/index';
import { D } from '../../calculators/decimal';

/** A decimal under 1 as typed: "0.049", "0.5", "0.000001" (up to 6 places, not zero). */
const fractionText = fc.integer({ min: 1, max: 999_999 }).map((k) => D(k).div(1_000_000).toFixed());

describe('the fraction rule for rates (review #1)', () => {
  it('reads 0.049 as 4.9% and says so, with the way to get 0.049%', () => {
    const r = parseRate('0.049');
    expect(r.ok && r.value.toFixed()).toBe('0.049');
    expect(r.ok && r.note).toEqual({
      zh: '按 4.9% 计算；如指 0.049%，请输入 0.049%。',
      en: 'Read as 4.9%; for 0.049%, type 0.049%.',
    });
  });

  it('applies to every bare yearly number under 1, and the suggested text gives the other reading with no note', () => {
    fc.assert(
      fc.property(fractionText, fc.constantFrom('', '年化', '年利率'), (t, prefix) => {
        const read = parseRate(prefix + t);
        expect(read.ok && read.value.eq(t), t).toBe(true);
        expect(read.ok && read.note?.zh).toBe(`按 ${D(t).times(100).toFixed()}% 计算；如指 ${t}%，请输入 ${t}%。`);
        const other = parseRate(`${t}%`);
        expect(other.ok && other.value.eq(D(t).div(100)) && other.note).toBe(undefined);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('leaves numbers of 1 and more, percentages, and monthly or daily rates alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 10_000 }), (k) => {
        const t = D(k).div(100).toFixed(); // 1.00 … 100
        const r = parseRate(t);
        expect(r.ok && r.value.eq(D(t).div(100)) && r.note).toBe(undefined);
      }),
      { numRuns: runs(1000) },
    );
    for (const [text, annual] of [
      ['0.8%/月', '0.096'],
      ['月息0.8', '0.096'],
      ['0.05/日', '0.18'],
      ['0', '0'],
      ['0.0', '0'],
    ] as const) {
      const r = parseRate(text);
      expect(r.ok && r.value.toFixed(), text).toBe(annual);
      if (r.ok && r.note) expect(r.note.zh).not.toMatch(/如指/);
    }
  });

  it('is off where the usual values are under 1%: a monthly fee and the margin what-if (0.5 = 0.5%)', () => {
    for (const r of [parseFeeRate('0.6'), parseRate('0.6', { fractions: false })]) {
      expect(r.ok && r.value.toFixed()).toBe('0.006');
      expect(r.ok && r.note).toBeUndefined();
    }
  });
});

describe('a loan under 100 元 (review #1)', () => {
  it('is accepted with a note naming the 万 reading, so typing 50,000 never flashes an error on 5 and 50', () => {
    for (const typed of ['5', '50', '500', '5000', '50000']) expect(parseLoanAmount(typed).ok, typed).toBe(true);
    const r = parseLoanAmount('50');
    expect(r.ok && r.value.toFixed()).toBe('50');
    expect(r.ok && r.note).toEqual({
      zh: '金额不足 100 元，请核对；如指 50 万元，请输入 50万。',
      en: 'Under 100 yuan: check it; for 500,000 yuan, type 50万.',
    });
  });

  it('notes exactly the amounts under 100 元, and refuses what parseAmount refuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (fen) => {
        const text = D(fen).div(100).toFixed();
        const r = parseLoanAmount(text);
        expect(r.ok).toBe(true);
        expect(r.ok && Boolean(r.note)).toBe(fen < 10_000);
      }),
      { numRuns: runs(1000) },
    );
    expect(parseLoanAmount('0').ok).toBe(false);
    expect(parseLoanAmount('abc').ok).toBe(false);
  });

  it('is not applied to other amounts (a fee, a penalty of 86.77 元)', () => {
    const fee = parseAmount('86.77', { allowZero: true });
    expect(fee.ok && fee.note).toBeUndefined();
  });
});

describe('a term in years that is really months (review #1)', () => {
  it('refuses every year count from 31 to 360 with the month reading, and accepts that month count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 31, max: 360 }), fc.constantFrom('年', ' 年', 'years'), (n, unit) => {
        const r = parseTerm(`${n}${unit}`);
        expect(r.ok ? 'ok' : r.error.code).toBe('wrong-unit');
        if (!r.ok) expect(r.error.message.zh).toContain(`如指 ${n} 个月，请输入 ${n}`);
        const months = parseTerm(String(n));
        expect(months.ok && months.value).toBe(n);
      }),
      { numRuns: runs(1000) },
    );
    expect(parseTerm('30年').ok).toBe(true);
  });
});

describe('byField: what a form shows under each field', () => {
  it('gives the error of a failed field, else its note, by the field key the island uses', () => {
    const f = byField({ a: parseLoanAmount('50'), r: parseRate('abc'), n: parseTerm('12'), x: undefined });
    expect(Object.keys(f.errors)).toEqual(['r']);
    expect(Object.keys(f.notes)).toEqual(['a']);
    expect(f.ok).toBe(false);
    const good = byField({ r: parseRate('0.049') });
    expect(good.ok).toBe(true);
    expect(good.notes.r?.zh).toMatch(/按 4\.9% 计算/);
  });
});

describe('messages fit next to a field (review #23)', () => {
  const parsers: [string, (t: string) => ParseResult<unknown>][] = [
    ['amount', (t) => parseAmount(t)],
    ['loan', parseLoanAmount],
    ['balance', parseBalance],
    ['rate', (t) => parseRate(t)],
    ['rate ≤ 24%', (t) => parseRate(t, { max: '0.24' })],
    ['fee', parseFeeRate],
    ['term', parseTerm],
    ['count', (t) => parseCount(t)],
    ['months', (t) => parseMonths(t, { zh: '剩余期限', en: 'Remaining term' }, { min: 1 })],
  ];
  const awkward = [
    '',
    'abc',
    '-5',
    '0',
    '1.234',
    '1e309',
    '1000000000001',
    '150',
    '9%/月',
    '1%/月',
    '12.5',
    '0',
    '361',
    '360年',
    '400年',
    '50',
    '0.049',
    '万分之五',
    '一千五十',
    '45.5',
  ];

  it('in both languages, short, with no code identifiers, NaN or undefined', () => {
    for (const [name, parse] of parsers) {
      for (const text of awkward) {
        const r = parse(text);
        const message = r.ok ? r.note : r.error.message;
        if (!message) continue;
        const where = `${name}(${JSON.stringify(text)})`;
        expect(message.zh.length, `${where}: ${message.zh}`).toBeLessThanOrEqual(48);
        expect(message.en.length, `${where}: ${message.en}`).toBeLessThanOrEqual(90);
        expect(message.zh, where).toMatch(/[\u4e00-\u9fff]/);
        expect(message.en, where).toMatch(/^[A-Z0-9]/);
        for (const m of [message.zh, message.en])
          expect(m, where).not.toMatch(/[a-z][A-Z]|[a-z]_[a-z]|\bundefined\b|\bnull\b|NaN|Infinity|\[object/);
      }
    }
  });

  it('for the fee field, says fee rate, not annual rate', () => {
    const r = parseFeeRate('150');
    expect(!r.ok && r.error.message.zh).toBe('手续费率不能超过 100%。');
  });

  it('writes the amount limit with separators', () => {
    const r = parseAmount('1000000000001');
    expect(!r.ok && r.error.message.zh).toContain('1,000,000,000,000 元');
  });
});
