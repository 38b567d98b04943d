/** Facts about the test build shared by the setup and the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The test build is served under a sub-path, as an intranet server would. */
export const TEST_BASE = '/handbook/';
/** Another build folder may be tested with TEST_OUT_DIR=… (parallel work on one machine). */
export const TEST_OUT_DIR = process.env.TEST_OUT_DIR ?? 'dist-test';

/** Every built HTML page as a site path under the base ("/handbook/en/policies/governance/"). */
export function builtPages(dir = TEST_OUT_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(p);
      } else if (entry.name === 'index.html' || entry.name === '404.html') {
        const rel = relative(dir, p).replace(/\\/g, '/');
        out.push(TEST_BASE + (entry.name === '404.html' ? '404.html' : rel.replace(/index\.html$/, '')));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The built HTML of a site path as builtPages lists it ("/handbook/en/…/" or "/handbook/404.html"). */
export const builtHtml = (path: string, dir = TEST_OUT_DIR): string =>
  readFileSync(`${dir}/${path.slice(TEST_BASE.length)}${path.endsWith('.html') ? '' : 'index.html'}`, 'utf8');

/** The calculator pages: their island marks its root with data-calc (the training quiz, an island too, has no figures to type). */
export const calculatorPages = (): string[] =>
  builtPages().filter((p) => !p.endsWith('.html') && builtHtml(p).includes('data-calc='));

/** The element names and class names in a built page's markup (scripts and styles left out). */
function markupTokens(path: string): Set<string> {
  const html = builtHtml(path).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '');
  const tokens = new Set<string>();
  for (const [, tag] of html.matchAll(/<([a-z][a-z0-9-]*)/g)) tokens.add(`<${tag}`);
  for (const [, names] of html.matchAll(/class="([^"]*)"/g))
    for (const name of names.split(/\s+/)) if (name && !name.startsWith('astro-')) tokens.add(`.${name}`);
  return tokens;
}

/**
 * A few pages that between them use every element and class name the site's markup uses (greedy set
 * cover), plus every calculator page (islands draw markup the static HTML does not hold). Checks that
 * depend only on styling — a second theme, a second width — run on these instead of on every page.
 */
export function pagesCoveringAllMarkup(pages = builtPages()): string[] {
  const tokens = new Map(pages.map((p) => [p, markupTokens(p)]));
  const uncovered = new Set([...tokens.values()].flatMap((t) => [...t]));
  const chosen = new Set(calculatorPages());
  for (const p of chosen) for (const t of tokens.get(p) ?? []) uncovered.delete(t);
  while (uncovered.size > 0) {
    const gain = (p: string) => [...tokens.get(p)!].filter((t) => uncovered.has(t)).length;
    const best = pages.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    chosen.add(best);
    for (const t of tokens.get(best)!) uncovered.delete(t);
  }
  return [...chosen].sort();
}
