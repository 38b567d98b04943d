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
