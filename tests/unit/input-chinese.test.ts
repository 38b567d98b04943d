/**
 * Chinese numerals in amounts (calculators review #33), against a second, independent writer of
 * numerals: the school rule "每级末尾的 0 不读，其他数位上一个或连续几个 0 只读一个零".
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from './runs';
import { chineseInteger, parseAmount, parseTerm } from '../../calculators/input/index';

const DIGIT = '零一二三四五六七八九';
const UNIT = ['千', '百', '十', ''];

interface Style {
  bareTen: boolean; // 十万 rather than 一十万 at the very start
  sayZero: boolean; // 二十万零五千 rather than 二十万五千 (zeros ending the 万 section)
  shorten: boolean; // 三万五 for 三万五千, 一百五 for 一百五十
  liang: boolean; // 两千 / 两万 / 两百 for 二千 …
  daxie: boolean; // 壹万伍仟 (the 大写 of a contract)
}

/** One section of 1–9999: zeros at its end unsaid, a run of zeros inside it said once. */
function section(x: number, atStart: boolean, style: Style): string {
  const digits = String(x).padStart(4, '0').split('').map(Number);
  let out = '';
  let zeros = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zeros = out !== '';
      return;
    }
    if (zeros) out += '零';
    zeros = false;
    out += atStart && out === '' && d === 1 && UNIT[i] === '十' && style.bareTen ? '十' : DIGIT[d]! + UNIT[i]!;
  });
  return out;
}

/** The numeral for 1–99,999,999 in a given style. */
function numeral(n: number, style: Style): string {
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  let s: string;
  if (high === 0) s = section(low, true, style);
  else {
    s = `${section(high, true, style)}万`;
    if (low > 0) s += (low < 1000 || (high % 10 === 0 && style.sayZero) ? '零' : '') + section(low, false, style);
  }
  if (style.shorten)
    s = s.replace(/(万[一二三四五六七八九]千|千[一二三四五六七八九]百|百[一二三四五六七八九]十)$/, (m) =>
      m.slice(0, 2),
    );
  if (style.liang) s = s.replace(/二(?=[千万百])/g, '两');
  if (style.daxie)
    s = [...s.replace(/^十/, '一十')]
      .map((c) => '零壹贰叁肆伍陆柒捌玖拾佰仟万'['零一二三四五六七八九十百千万'.indexOf(c)] ?? c)
      .join('');
  return s;
}

const styles = fc.record({
  bareTen: fc.boolean(),
  sayZero: fc.boolean(),
  shorten: fc.boolean(),
  liang: fc.boolean(),
  daxie: fc.boolean(),
});
const plain: Style = { bareTen: true, sayZero: false, shorten: false, liang: false, daxie: false };

/** Every way of writing n that the rules above allow, in 小写 with 二 (how the fuzz below compares). */
function forms(n: number): Set<string> {
  const all = new Set<string>();
  for (const bareTen of [true, false])
    for (const sayZero of [true, false])
      for (const shorten of [true, false])
        all.add(numeral(n, { bareTen, sayZero, shorten, liang: false, daxie: false }));
  return all;
}
const toPlain = (s: string) =>
  [...s].map((c) => '零一二三四五六七八九十百千二零'['零壹贰叁肆伍陆柒捌玖拾佰仟两〇'.indexOf(c)] ?? c).join('');

describe('the reference writer', () => {
  it.each([
    [10, '十'],
    [15, '十五'],
    [105, '一百零五'],
    [1050, '一千零五十'],
    [10_500, '一万零五百'],
    [100_000, '十万'],
    [205_000, '二十万五千'],
    [1_000_000, '一百万'],
    [10_001_000, '一千万一千'],
    [12_000_000, '一千二百万'],
    [99_999_999, '九千九百九十九万九千九百九十九'],
  ])('writes %d as %s (school rule)', (n, text) => {
    expect(numeral(n, plain)).toBe(text);
  });
});

describe('chineseInteger', () => {
  it.each([
    ['一百万', '1000000'],
    ['十万', '100000'],
    ['一十万', '100000'],
    ['五千', '5000'],
    ['三万五', '35000'],
    ['一百五', '150'],
    ['一千二', '1200'],
    ['二十万五', '205000'],
    ['二十万零五', '200005'],
    ['二十万零五千', '205000'],
    ['一亿二', '120000000'],
    ['一亿零五千', '100005000'],
    ['两千零五', '2005'],
    ['壹佰万', '1000000'],
    ['零', '0'],
  ])('reads %s as %s', (text, digits) => {
    expect(chineseInteger(text)).toBe(digits);
  });

  it.each([
    '一千五十',
    '一万五百',
    '一一',
    '万万',
    '万',
    '一零',
    '零一',
    '一百零',
    '一百零零五',
    '十十',
    '一百十',
    '一万一万',
    '五千六千',
    '一万亿',
    '一亿五千',
    '1万',
    '三点五',
    '',
    'abc',
  ])('refuses %j', (text) => {
    expect(chineseInteger(text)).toBeNull();
  });

  it('reads every numeral from 1 to 99,999,999, in every style, as the number written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), styles, (n, style) => {
        const text = numeral(n, style);
        expect(chineseInteger(text), text).toBe(String(n));
      }),
      { numRuns: runs(5000) },
    );
  });

  it('reads every number up to 10,000 in the plain style (small numbers exhaustively)', () => {
    for (let n = 1; n <= 10_000; n++) expect(chineseInteger(numeral(n, plain))).toBe(String(n));
  });

  it('never misreads a mangled numeral: whatever it accepts is a correct way of writing the value it returns', () => {
    const edit = fc.record({
      at: fc.nat(),
      op: fc.constantFrom('delete', 'insert', 'replace', 'swap'),
      c: fc.constantFrom(...'零一二两三四五六七八九十百千万'),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        styles,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (n, style, edits) => {
          const chars = [...numeral(n, { ...style, daxie: false })];
          for (const { at, op, c } of edits) {
            const i = at % (chars.length + 1);
            if (op === 'delete') chars.splice(i, 1);
            else if (op === 'insert') chars.splice(i, 0, c);
            else if (op === 'replace') chars[Math.min(i, chars.length - 1)] = c;
            else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
          }
          const text = chars.join('');
          const read = chineseInteger(text);
          if (read === null || read === '0' || Number(read) > 99_999_999) return;
          expect(forms(Number(read)).has(toPlain(text)), `${text} read as ${read}`).toBe(true);
        },
      ),
      { numRuns: runs(5000) },
    );
  });
});

describe('Chinese numerals in the amount and term fields', () => {
  it('parseAmount reads them with 元, 元整 and 人民币, in 小写 and 大写', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        styles,
        fc.constantFrom(['', ''], ['', '元'], ['人民币', '元整'], ['', '元整']),
        (n, style, [pre, post]) => {
          const text = `${pre}${numeral(n, style)}${post}`;
          const r = parseAmount(text);
          expect(r.ok && r.value.toFixed(), text).toBe(String(n));
        },
      ),
      { numRuns: runs(2000) },
    );
  });

  it('parseTerm reads them in months and years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 360 }), fc.constantFrom('期', '个月', ''), (n, unit) => {
        const r = parseTerm(numeral(n, plain) + unit);
        expect(r.ok && r.value).toBe(n);
      }),
      { numRuns: runs(1000) },
    );
    for (let y = 1; y <= 30; y++) {
      const r = parseTerm(`${numeral(y, plain)}年`);
      expect(r.ok && r.value).toBe(12 * y);
    }
  });
});
