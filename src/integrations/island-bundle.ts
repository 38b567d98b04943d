/**
 * Vite plugin: each calculator island is bundled on its own, in one language.
 *
 * An island imported as `./X.tsx?lang=zh` becomes its own module graph: every project module below
 * it is loaded again as `…?lang=zh&island=X`. Two things follow, both about what a page downloads:
 *  - no shared chunks between islands. Rollup puts a module used by several islands into one shared
 *    chunk holding everything any of them uses, so a page paid for its neighbours' code; now it gets
 *    only what it runs. Packages (Preact, decimal.js) stay one shared, cacheable copy.
 *  - one language. The calculators return every message in both languages ({ zh, en }: the
 *    Bilingual type), right for a library; in the island's copy each `{ zh: …, en: … }` literal
 *    keeps the page's language and gets "" for the other. Islands read text as `message[lang]` with
 *    the `lang` they were imported for, so nothing they show changes.
 * Source, types and unit tests see the full modules; only the bundle differs.
 *
 * Why it exists: it took the calculator islands from 27.8–38.4 KB to within the 30 KB gzip budget
 * (PERFORMANCE.md). The risk is silent: island code that reads the other language by name
 * (`x.en` on a zh page) would show "". `otherLanguageReads` finds such reads; the build fails on
 * one and tests/unit/island-bundle.test.ts runs it over every island source.
 * How to remove it: import the islands without `?lang=` in their .astro wrappers (and delete
 * src/island-bundle.d.ts), drop `islandBundle()` from astro.config.mjs; then check
 * tests/browser/build-output.test.ts (its "own language only" case goes, and the 30 KB budget).
 */
import { parse, type Node } from 'acorn';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

type Lang = 'zh' | 'en';
// acorn's nodes, read loosely: only the fields used below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- acorn's node types are a union the walker does not narrow
type AnyNode = Node & Record<string, any>;

const LANG_QUERY = /[?&]lang=(zh|en)\b/;
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;

/** `?lang=zh&island=Name`: the island's own copy of a module, named after the island that imports it first. */
function islandQuery(importer: string): string {
  const [path = '', query = ''] = importer.split('?');
  return /(?:^|&)island=/.test(query) ? `?${query}` : `?${query}&island=${path.replace(/^.*[\\/]|\.[^.]*$/g, '')}`;
}
const keyName = (p: AnyNode): string | undefined =>
  p.type === 'Property' && !p.computed ? (p.key.type === 'Identifier' ? p.key.name : String(p.key.value)) : undefined;

const parseModule = (code: string) =>
  parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as AnyNode;

/** Every node under `node`, depth first; `enter` returning false skips a node's children. */
function visit(node: AnyNode, enter: (n: AnyNode) => boolean | void): void {
  if (enter(node) === false) return;
  for (const key of Object.keys(node)) {
    const v = node[key];
    for (const child of Array.isArray(v) ? v : [v]) if (child && typeof child.type === 'string') visit(child, enter);
  }
}

/** The source with the other language of every `{ zh, en }` literal emptied. */
export function keepLanguage(code: string, lang: Lang): MagicString {
  const other = lang === 'zh' ? 'en' : 'zh';
  const s = new MagicString(code);
  visit(parseModule(code), (n) => {
    if (n.type !== 'ObjectExpression' || n.properties.length !== 2) return;
    const keys = n.properties.map(keyName).sort().join();
    if (keys !== 'en,zh') return;
    const drop = n.properties.find((p: AnyNode) => keyName(p) === other);
    if (drop.shorthand) s.appendLeft(drop.end, ': ""');
    else s.overwrite(drop.value.start, drop.value.end, '""');
    return false;
  });
  return s;
}

/**
 * Where code kept for `lang` reads the other language by name (`x.en`, `x['en']` on a zh page):
 * after keepLanguage such a read gives "" at run time. Reads inside a `{ zh, en }` literal are
 * gone by then (the other side was emptied), so what is left is a real mistake.
 * Each entry is `line:column`.
 */
export function otherLanguageReads(code: string, lang: Lang): string[] {
  const other = lang === 'zh' ? 'en' : 'zh';
  const found: string[] = [];
  visit(parseModule(keepLanguage(code, lang).toString()), (n) => {
    if (n.type !== 'MemberExpression') return;
    const name = n.computed ? (n.property.type === 'Literal' ? n.property.value : undefined) : n.property.name;
    if (name === other) found.push(`${n.loc!.start.line}:${n.loc!.start.column + 1}`);
  });
  return found;
}

export default function islandBundle(): Plugin[] {
  return [
    {
      name: 'handbook-island-bundle:resolve',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        const lang = importer && LANG_QUERY.exec(importer)?.[1];
        if (!importer || !lang) return null;
        const resolved = await this.resolve(source, importer.replace(/\?.*$/, ''), { ...options, skipSelf: true });
        // Only the project's own scripts: packages (Preact, decimal.js) stay one shared copy, styles stay styles.
        const own =
          resolved && !resolved.external && !resolved.id.startsWith('\0') && !resolved.id.includes('/node_modules/');
        if (!own || !SCRIPT.test(resolved.id)) return resolved;
        return { ...resolved, id: resolved.id + islandQuery(importer) };
      },
    },
    {
      name: 'handbook-island-bundle:trim',
      enforce: 'post',
      transform(code, id) {
        const lang = LANG_QUERY.exec(id)?.[1] as Lang | undefined;
        if (!lang) return null;
        const reads = otherLanguageReads(code, lang);
        if (reads.length)
          this.error(
            `${id.replace(/\?.*$/, '')} reads the other language (${lang === 'zh' ? '.en' : '.zh'}) at ${reads.join(', ')} (compiled code): on a ${lang} page that is "" (src/integrations/island-bundle.ts)`,
          );
        const s = keepLanguage(code, lang);
        return { code: s.toString(), map: s.generateMap({ hires: true }) };
      },
    },
  ];
}
