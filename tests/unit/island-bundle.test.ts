/** The island bundler's language trim (src/integrations/island-bundle.mjs) on small sources. */
import { describe, expect, it } from 'vitest';
import { keepLanguage } from '../../src/integrations/island-bundle.mjs';

const trim = (code: string, lang: 'zh' | 'en') => keepLanguage(code, lang).toString();

describe('keepLanguage', () => {
  it('empties the other language of every { zh, en } literal, in either key order', () => {
    const code = 'const a = { zh: "逾期", en: "Overdue" }; const b = { en: `x ${n}`, zh: `第${n}期` };';
    expect(trim(code, 'zh')).toBe('const a = { zh: "逾期", en: "" }; const b = { en: "", zh: `第${n}期` };');
    expect(trim(code, 'en')).toBe('const a = { zh: "", en: "Overdue" }; const b = { en: `x ${n}`, zh: "" };');
  });

  it('handles quoted keys, shorthand properties and whole nested string tables', () => {
    expect(trim('f({ "zh": a, "en": b })', 'en')).toBe('f({ "zh": "", "en": b })');
    expect(trim('f({ zh, en })', 'zh')).toBe('f({ zh, en: "" })');
    expect(trim('const t = { zh: { ok: "好" }, en: { ok: "OK" } };', 'zh')).toBe('const t = { zh: { ok: "好" }, en: "" };');
  });

  it('leaves objects that are not exactly a { zh, en } pair alone', () => {
    for (const code of [
      'const a = { zh: "甲", en: "A", note: 1 };',
      'const a = { zh: "甲" };',
      'const a = { [k]: "甲", en: "A" };',
      'const a = { ...rest, en: "A" };',
    ]) expect(trim(code, 'zh')).toBe(code);
  });

  it('keeps the code valid JavaScript with the same behaviour for the kept language', () => {
    const code = 'export const pick = (lang) => ({ zh: "结清", en: "Settle" })[lang];';
    const url = (src: string) => `data:text/javascript,${encodeURIComponent(src)}`;
    return Promise.all([import(url(trim(code, 'zh'))), import(url(trim(code, 'en')))]).then(([zh, en]) => {
      expect(zh.pick('zh')).toBe('结清');
      expect(en.pick('en')).toBe('Settle');
      expect(zh.pick('en')).toBe('');
    });
  });
});
