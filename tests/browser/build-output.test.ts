/**
 * Checks on the built files themselves (no browser needed, but they need the
 * build, so they run with the browser project): nothing is loaded from another
 * host, every root-relative URL carries the base path, and the size budgets hold.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEST_BASE, TEST_OUT_DIR } from './site';
import { measureSite } from '../../scripts/size-report.mjs';

const files = (dir: string, exts: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), exts) : exts.test(e.name) ? [join(dir, e.name)] : [],
  );

const htmlFiles = files(TEST_OUT_DIR, /\.html$/);

describe('no external resources (the handbook works on an intranet without internet)', () => {
  it.each(htmlFiles.map((f) => relative(TEST_OUT_DIR, f)))('%s loads nothing from another host', (file) => {
    const html = readFileSync(join(TEST_OUT_DIR, file), 'utf8');
    const loaded = [
      ...html.matchAll(/<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*\bsrc="([^"]+)"/g),
      ...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*>/g),
      ...html.matchAll(/url\(\s*['"]?([^'")]+)/g),
      ...html.matchAll(/@import\s+['"]([^'"]+)/g),
    ].map((m) => m[1] ?? '');
    // rel=canonical/alternate links are not loads; they are only present with `site` set, which we don't set.
    expect(loaded.filter((u) => /^(https?:)?\/\//i.test(u))).toEqual([]);
  });

  it('CSS and JS bundles reference no other host', () => {
    const offenders: string[] = [];
    for (const f of files(TEST_OUT_DIR, /\.(css|js|mjs)$/)) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/url\(\s*['"]?(https?:)?\/\/[^'")]+/g)) offenders.push(`${f}: ${m[0]}`);
      for (const m of text.matchAll(/@import\s+['"](https?:)?\/\/[^'"]+/g)) offenders.push(`${f}: ${m[0]}`);
      for (const m of text.matchAll(/\bimport\s*\(?\s*['"]https?:\/\/[^'"]+/g)) offenders.push(`${f}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('base path', () => {
  it.each(htmlFiles.map((f) => relative(TEST_OUT_DIR, f)))(
    `%s: every root-relative URL starts with ${TEST_BASE}`,
    (file) => {
      const html = readFileSync(join(TEST_OUT_DIR, file), 'utf8');
      const urls = [...html.matchAll(/\b(?:href|src|component-url|renderer-url)="(\/[^"/][^"]*|\/)"/g)].map(
        (m) => m[1],
      );
      expect(urls.filter((u) => !u!.startsWith(TEST_BASE))).toEqual([]);
    },
  );
});

describe('size budgets (gzip)', () => {
  const rows = measureSite(TEST_OUT_DIR, TEST_BASE) as {
    page: string;
    html: number;
    jsUpfront: number;
    jsIslands: number;
    css: number;
    islandFiles: string[];
  }[];
  const contentPages = rows.filter((r) => r.jsIslands === 0 && r.page !== '/404.html');

  it('there are content pages to measure', () => expect(contentPages.length).toBeGreaterThan(2));

  it.each(contentPages.map((r) => [r.page, r]))('%s loads ≤ 10 KB of JavaScript up front', (_page, r) => {
    expect((r as { jsUpfront: number }).jsUpfront).toBeLessThanOrEqual(10 * 1024);
  });

  it.each(rows.map((r) => [r.page, r]))('%s: CSS ≤ 17 KB', (_page, r) => {
    expect((r as { css: number }).css).toBeLessThanOrEqual(17 * 1024);
  });

  // A calculator page: its island (component, Preact, decimal.js, renderer) ≤ 30 KB, on top of the frame's
  // own scripts (search, table of contents, prefetch), which every page loads and which stay ≤ 10 KB.
  it.each(rows.filter((r) => r.jsIslands > 0).map((r) => [r.page, r]))(
    '%s (a calculator): island JavaScript ≤ 30 KB, frame ≤ 10 KB',
    (_page, r) => {
      const row = r as { jsUpfront: number; jsIslands: number };
      expect(row.jsIslands).toBeLessThanOrEqual(30 * 1024);
      expect(row.jsUpfront).toBeLessThanOrEqual(10 * 1024);
    },
  );

  // Each island is bundled on its own in its page's language (src/integrations/island-bundle.ts).
  const calculators = rows.filter((r) => r.jsIslands > 0 && r.page.includes('/calculators/'));
  const islandText = (r: { islandFiles: string[] }) =>
    r.islandFiles.map((f) => readFileSync(join(TEST_OUT_DIR, f), 'utf8')).join('\n');
  it.each(calculators.map((r) => [r.page, r]))('%s downloads its own language only', (page, r) => {
    const text = islandText(r as { islandFiles: string[] });
    const en = String(page).startsWith('/en/');
    // The amount parser's empty-field message, in every calculator that reads an amount.
    if (!/classifier/.test(String(page))) expect(text).toContain(en ? 'Enter an amount.' : '请输入金额。');
    expect(text).not.toContain(en ? '请输入金额。' : 'Enter an amount.');
  });
});
