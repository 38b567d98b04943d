/** The island bundler's language trim (src/integrations/island-bundle.ts) on small sources, and its guard on every island source. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { keepLanguage, otherLanguageReads } from '../../src/integrations/island-bundle';

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
    expect(trim('const t = { zh: { ok: "好" }, en: { ok: "OK" } };', 'zh')).toBe(
      'const t = { zh: { ok: "好" }, en: "" };',
    );
  });

  it('leaves objects that are not exactly a { zh, en } pair alone', () => {
    for (const code of [
      'const a = { zh: "甲", en: "A", note: 1 };',
      'const a = { zh: "甲" };',
      'const a = { [k]: "甲", en: "A" };',
      'const a = { ...rest, en: "A" };',
    ])
      expect(trim(code, 'zh')).toBe(code);
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

describe('otherLanguageReads: the guard against island code reading the other language', () => {
  it('finds a read of the other language by name, dotted or quoted, and says where', () => {
    const code = 'const m = { zh: "甲", en: "A" };\nshow(m.en, m["en"], m.zh);';
    expect(otherLanguageReads(code, 'zh')).toEqual(['2:6', '2:12']);
    expect(otherLanguageReads(code, 'en')).toEqual(['2:21']);
  });

  it('accepts reads inside a { zh, en } literal (that side is emptied) and reads by the page language', () => {
    expect(otherLanguageReads('const m = { zh: `${a.zh}甲`, en: `${a.en}A` }; show(m[lang]);', 'zh')).toEqual([]);
  });
});

describe('no island module reads the other language', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')
          ? [join(dir, e.name)]
          : [],
    );
  // Everything an island can import: its own folder, the kit and calculators/ (zod-only schema files never reach one, and are harmless).
  const sources = [...files('src/islands'), ...files('calculators')];
  const compiled = (file: string) =>
    ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        jsx: ts.JsxEmit.ReactJSX,
        jsxImportSource: 'preact',
      },
      fileName: file,
    }).outputText;

  it('there are sources to check', () => expect(sources.length).toBeGreaterThan(50));
  it.each(sources)('%s', (file) => {
    const js = compiled(file);
    expect({ zh: otherLanguageReads(js, 'zh'), en: otherLanguageReads(js, 'en') }).toEqual({ zh: [], en: [] });
  });
});
