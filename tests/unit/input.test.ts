/** The input parsers: what staff type is accepted, everything else gets a specific code, nothing throws. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import {
  parseAmount,
  parseCount,
  parseFeeRate,
  parseLoanAmount,
  parseRate,
  parseTerm,
} from '../../calculators/input/index';
import { D } from '../../calculators/decimal';
import { formatMoney, formatNumber, formatPercent } from '../../calculators/format';

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
    // Review #33: Chinese numerals, 元整, and a trailing point while typing.
    ['一百万', '1000000'],
    ['十万', '100000'],
    ['五千', '5000'],
    ['三万五', '35000'],
    ['一千二百万', '12000000'],
    ['两万零五百元', '20500'],
    ['50,000元整', '50000'],
    ['5万元', '50000'],
    ['人民币伍万元整', '50000'],
    ['5.', '5'],
    ['1,000.', '1000'],
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
    ['一千五十', 'not-a-number'], // the skipped hundreds need a 零: refused, not guessed
    ['一一', 'not-a-number'],
    ['万', 'not-a-number'],
    ['.', 'not-a-number'],
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
    // Review #1: a yearly rate under 1 without % is a fraction (see the note test below).
    ['0.049', '0.049'],
    ['年化0.049', '0.049'],
    ['0.5', '0.5'],
    ['0.049%', '0.00049'],
    ['1', '0.01'],
    ['月息0.8', '0.096'], // a monthly rate: 0.8% a month, no fraction reading
    ['4.', '0.04'], // review #33: half-way through typing 4.9
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
    ['半年', 6],
    ['一年半', 18],
    ['1年半', 18],
    ['两年', 24],
    ['十二期', 12],
    ['三十六个月', 36],
    ['3年期', 36],
    ['1年', 12],
    ['24个月', 24],
    ['12.', 12],
  ])('reads %j as %d months (review #33)', (text, months) => {
    const r = parseTerm(text);
    expect(r.ok && r.value).toBe(months);
  });

  it('refuses a month count typed in years, and says what to type instead (review #1)', () => {
    const r = parseTerm('360年');
    expect(r.ok ? 'ok' : r.error.code).toBe('wrong-unit');
    if (!r.ok) {
      expect(r.error.message.zh).toBe('360 年超过 30 年；如指 360 个月，请输入 360。');
      expect(r.error.message.en).toBe('360 years is over 30; for 360 months, type 360.');
    }
    const months = parseTerm('360');
    expect(months.ok && months.value).toBe(360);
  });

  it.each([
    ['', 'empty'],
    ['forever', 'not-a-number'],
    ['半', 'not-a-number'],
    ['-12', 'negative'],
    ['12.5', 'not-whole-months'],
    ['1.2年', 'not-whole-months'],
    ['0', 'term-out-of-range'],
    ['361', 'term-out-of-range'],
    ['31年', 'wrong-unit'],
    ['400年', 'term-out-of-range'], // 400 is no month count either
  ])('rejects %j with %s', (text, expected) => {
    expect(code(parseTerm(text))).toBe(expected);
  });
});

describe('parser properties', () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 80 }), // fast-check 4's fullUnicodeString
    fc.stringMatching(/^[零一二两三四五六七八九十百千万亿点半年期个月元整人民币.,%]{0,12}$/),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.stringMatching(/^[-+]?[0-9０-９,，.．万亿元%％\s]{0,20}$/),
    fc.double().map(String),
    fc.constantFrom('1e309', '-0', 'NaN', 'Infinity', '1\t2', '=1+1', '１２３，４５６．７８', '\u0000', '💴'),
  );

  it('never throw, and always return ok with a value or a coded bilingual message', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const all = [parseAmount(text), parseLoanAmount(text), parseRate(text), parseFeeRate(text), parseTerm(text)];
        for (const result of all) {
          expect(result).toBeDefined();
          if (result.ok) {
            expect(result.value).toBeDefined();
            expect(result.value.toString()).not.toMatch(/NaN|Infinity|undefined/);
            if (result.note) expect(`${result.note.zh} ${result.note.en}`).not.toMatch(/NaN|Infinity|undefined/);
          } else {
            expect(result.error.code).toMatch(/^[a-z-]+$/);
            expect(result.error.message.zh.length).toBeGreaterThan(3);
            expect(result.error.message.en.length).toBeGreaterThan(3);
            expect(`${result.error.message.zh} ${result.error.message.en}`).not.toMatch(/NaN|Infinity|undefined/);
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

  it('read back every rate the handbook formats ("4.9%", "0.049%", "24.0000%"), with no note', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>,
        fc.integer({ min: 4, max: 6 }),
        (k, lang, digits) => {
          const rate = D(k).div(1_000_000); // 0 … 100% in steps of 0.0001%
          const shown = formatPercent(rate, lang, digits);
          const back = parseRate(shown);
          expect(back.ok && back.value.eq(rate), shown).toBe(true);
          expect(back.ok && back.note, shown).toBeUndefined();
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  it('accept every amount, rate and term half typed with a trailing point (review #33)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 360 }), (n) => {
        const rate = parseRate(`${Math.min(n, 100)}.`); // a rate above 100% is refused whatever its form
        for (const r of [parseAmount(`${n}.`), rate, parseTerm(`${n}.`)]) expect(r.ok, `${n}.`).toBe(true);
        const amount = parseAmount(`${n}.`);
        expect(amount.ok && amount.value.eq(n)).toBe(true);
        const count = parseCount(`${n}.`);
        expect(count.ok && count.value).toBe(n);
      }),
      { numRuns: runs(1000) },
    );
  });
});
