/**
 * Vite plugin: each calculator island is bundled on its own, in one language.
 *
 * An island imported as `./X.tsx?lang=zh` becomes its own module graph: every
 * project module below it is loaded again as `…?lang=zh&island=X`. Two things
 * follow, both about what a page downloads:
 *  - no shared chunks between islands. Rollup puts a module used by several
 *    islands into one shared chunk holding everything any of them uses, so a
 *    page paid for its neighbours' code; now it gets only what it runs.
 *    Packages (Preact, decimal.js) stay one shared, cacheable copy.
 *  - one language. The calculators return every message in both languages
 *    ({ zh, en }: the Bilingual type), right for a library; in the island's
 *    copy each `{ zh: …, en: … }` literal keeps the page's language and gets ""
 *    for the other. Islands read text as `message[lang]` with the `lang` they
 *    were imported for, so nothing they show changes.
 * Source, types and unit tests see the full modules; only the bundle differs.
 */
import { parse } from 'acorn';
import { walk } from 'estree-walker';
import MagicString from 'magic-string';

const LANG_QUERY = /[?&]lang=(zh|en)\b/;
const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
/** `?lang=zh&island=Name`: the island's own copy of a module, named after the island that imports it first. */
function islandQuery(importer) {
  const [path, query] = importer.split('?');
  return /(?:^|&)island=/.test(query) ? `?${query}` : `?${query}&island=${path.replace(/^.*[\\/]|\.[^.]*$/g, '')}`;
}
const keyName = (p) => (p.type === 'Property' && !p.computed ? (p.key.type === 'Identifier' ? p.key.name : p.key.value) : undefined);

/** The source with the other language of every `{ zh, en }` literal emptied. */
export function keepLanguage(code, lang) {
  const other = lang === 'zh' ? 'en' : 'zh';
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const s = new MagicString(code);
  walk(ast, {
    enter(node) {
      if (node.type !== 'ObjectExpression' || node.properties.length !== 2) return;
      const keys = node.properties.map(keyName).sort().join();
      if (keys !== 'en,zh') return;
      const drop = node.properties.find((p) => keyName(p) === other);
      if (drop.shorthand) s.appendLeft(drop.end, ': ""');
      else s.overwrite(drop.value.start, drop.value.end, '""');
      this.skip();
    },
  });
  return s;
}

export default function islandBundle() {
  return [
    {
      name: 'handbook-island-bundle:resolve',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        const lang = importer && LANG_QUERY.exec(importer)?.[1];
        if (!lang) return null;
        const resolved = await this.resolve(source, importer.replace(/\?.*$/, ''), { ...options, skipSelf: true });
        // Only the project's own scripts: packages (Preact, decimal.js) stay one shared copy, styles stay styles.
        const own = resolved && !resolved.external && !resolved.id.startsWith('\0') && !resolved.id.includes('/node_modules/');
        if (!own || !SCRIPT.test(resolved.id)) return resolved;
        return { ...resolved, id: resolved.id + islandQuery(importer) };
      },
    },
    {
      name: 'handbook-island-bundle:trim',
      enforce: 'post',
      transform(code, id) {
        const lang = LANG_QUERY.exec(id)?.[1];
        if (!lang) return null;
        const s = keepLanguage(code, lang);
        return { code: s.toString(), map: s.generateMap({ hires: true }) };
      },
    },
  ];
}
