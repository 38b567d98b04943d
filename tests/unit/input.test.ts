/** The input parsers: what staff type is accepted, everything else gets a specific code, nothing throws. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import { parseAmount, parseRate, parseTerm } from '../../calculators/input/index';
import { D } from '../../calculators/decimal';
import { formatMoney, formatNumber } from '../../calculators/format';

const value = (r: ReturnType<typeof parseAmount>) => (r.ok ? r.value.toFixed() : `error:${r.error.code}`);
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('parseAmount', () => {
  it.each([
    ['1,000,000', '1000000'],
    ['1 000 000', '1000000'],
    ['100万', '1000000'],
    ['100万元', '1000000'],
    ['1.5亿', '150000000'],
    ['3千', '3000'],
    ['２千万', '20000000'],
    ['１２３，４５６．７８', '123456.78'],
    ['¥12,000', '12000'],
    ['￥12,000.50', '12000.5'],
    ['12,000.00 元', '12000'],
    ['  8 884.88\t', '8884.88'],
    ['1.23456万', '12345.6'],
    ['.5', '0.5'],
    ['RMB 500', '500'],
  ])('accepts %j as %s 元', (text, expected) => {
    expect(value(parseAmount(text))).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['1e309', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['1,00', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['12万3', 'not-a-number'],
    ['-5', 'negative'],
    ['-1万', 'negative'],
    ['0', 'zero'],
    ['-0', 'zero'],
    ['0.00元', 'zero'],
    ['1.234', 'too-many-decimals'],
    ['1.2345678万', 'too-many-decimals'],
    ['2万亿', 'not-a-number'],
    ['1000000000001', 'too-large'],
  ])('rejects %j with %s', (text, expected) => {
    expect(code(parseAmount(text))).toBe(expected);
  });

  it('accepts zero only when asked, and applies a caller-set maximum', () => {
    expect(value(parseAmount('0', { allowZero: true }))).toBe('0');
    expect(code(parseAmount('200,001', { max: 200000 }))).toBe('too-large');
    expect(code(parseAmount('200,000', { max: 200000 }))).toBe('ok');
  });

  it('gives every rejection a message in both languages', () => {
    const r = parseAmount('abc');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message.zh).toMatch(/金额/);
      expect(r.error.message.en).toMatch(/amount/);
    }
  });
});

describe('parseRate', () => {
  const annual = (text: string) => {
    const r = parseRate(text);
    return r.ok ? r.value.toFixed() : `error:${r.error.code}`;
  };
  it.each([
    ['4.9%', '0.049'],
    ['4.9', '0.049'],
    ['４．９％', '0.049'],
    ['４．９%', '0.049'],
    ['年化 24%', '0.24'],
    ['年利率3.45%', '0.0345'],
    ['18%/年', '0.18'],
    ['0', '0'],
    ['0%', '0'],
    ['百分之十五', '0.15'],
    // Daily rates on the 360-day year of RP-10: 0.05% × 360 = 18%.
    ['万分之五', '0.18'],
    ['万分之5', '0.18'],
    ['日息万分之五', '0.18'],
    ['月息千分之八', '0.096'],
    ['0.05%/日', '0.18'],
    ['0.05%/天', '0.18'],
    ['日利率0.05%', '0.18'],
    ['万分之三点五', '0.126'],
    // Monthly: × 12.
    ['1%/月', '0.12'],
    ['月利率1.5%', '0.18'],
  ])('reads %j as %s a year', (text, expected) => {
    expect(annual(text)).toBe(expected);
  });

  it('says when it converted a daily or monthly rate', () => {
    const daily = parseRate('万分之五');
    expect(daily.ok && daily.note?.zh).toMatch(/日利率 0\.05% × 360 天.*18%/);
    expect(daily.ok && daily.note?.en).toMatch(/Daily rate 0\.05% × 360 days = 18%/);
    const plain = parseRate('4.9%');
    expect(plain.ok && plain.note).toBeUndefined();
  });

  it.each([
    ['', 'empty'],
    ['four', 'not-a-number'],
    ['4.9%%', 'not-a-number'],
    ['1%/月/日', 'not-a-number'],
    ['-1%', 'negative'],
    ['100.01%', 'rate-too-high'],
    ['150', 'rate-too-high'],
    ['万分之三十', 'rate-too-high'],
    ['9%/月', 'rate-too-high'],
  ])('rejects %j with %s', (text, expected) => {
    expect(code(parseRate(text))).toBe(expected);
  });

  it('accepts exactly 100% a year and a caller-set lower ceiling', () => {
    expect(annual('100%')).toBe('1');
    expect(code(parseRate('25%', { max: '0.24' }))).toBe('rate-too-high');
  });
});

describe('parseTerm', () => {
  it.each([
    ['12', 12],
    ['12个月', 12],
    ['36期', 36],
    ['３６', 36],
    ['30年', 360],
    ['1.5年', 18],
    ['24 months', 24],
    ['3 years', 36],
    ['360', 360],
    ['1', 1],
  ])('reads %j as %d months', (text, months) => {
    const r = parseTerm(text);
    expect(r.ok && r.value).toBe(months);
  });

  it.each([
    ['', 'empty'],
    ['forever', 'not-a-number'],
    ['-12', 'negative'],
    ['12.5', 'not-whole-months'],
    ['1.2年', 'not-whole-months'],
    ['0', 'term-out-of-range'],
    ['361', 'term-out-of-range'],
    ['31年', 'term-out-of-range'],
  ])('rejects %j with %s', (text, expected) => {
    expect(code(parseTerm(text))).toBe(expected);
  });
});

describe('parser properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.stringMatching(/^[-+]?[0-9０-９,，.．万亿元%％\s]{0,20}$/),
    fc.double().map(String),
    fc.constantFrom('1e309', '-0', 'NaN', 'Infinity', '1\t2', '=1+1', '１２３，４５６．７８', '\u0000', '💴'),
  );

  it('never throw, and always return ok with a value or a coded bilingual message', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const result of [parseAmount(text), parseRate(text), parseTerm(text)]) {
          if (result.ok) expect(result.value.toString()).not.toMatch(/NaN|Infinity/);
          else {
            expect(result.error.code).toMatch(/^[a-z-]+$/);
            expect(result.error.message.zh.length).toBeGreaterThan(3);
            expect(result.error.message.en.length).toBeGreaterThan(3);
          }
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it('read back every amount the handbook formats (zh "1,234.56 元", en "¥1,234.56", plain "1,234.56")', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 100_000_000_000_00n }), (fen) => {
        const amount = D(fen.toString()).div(100);
        for (const shown of [formatMoney(amount, 'zh'), formatMoney(amount, 'en'), formatNumber(amount, 'zh')]) {
          const back = parseAmount(shown);
          expect(back.ok && back.value.eq(amount), `${shown}`).toBe(true);
        }
      }),
      { numRuns: runs(1000) },
    );
  });
});
