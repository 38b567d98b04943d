/** Facts about the test build shared by the setup and the tests. */
import { readdirSync } from 'node:fs';
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
