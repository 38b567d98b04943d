#!/usr/bin/env node
/**
 * Lighthouse (mobile profile, system Chromium) on the built handbook: the home
 * page, the longest policy page and every calculator page. Prints the four
 * category scores; targets: Performance ≥ 95, Accessibility 100, Best
 * Practices 100, SEO ≥ 95. A measurement, not a test (scores depend on the machine).
 * Each page is measured RUNS times (default 3) and the run with the median
 * Performance score is reported, as Lighthouse's own guidance suggests.
 *   npm run build && npm run lighthouse        RUNS=5 PAGES=/,/calculators/reserve/ npm run lighthouse
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist } from './serve-dist.mjs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, CHROMIUM_ARGS } from '../tests/browser/find-chromium.mjs';

const DIST = process.argv[2] || 'dist';
const RUNS = Math.max(1, Number(process.env.RUNS) || 3);
const pages = (dir, prefix = '/') =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() && !['_astro', 'pagefind', 'en'].includes(e.name)
      ? pages(join(dir, e.name), `${prefix}${e.name}/`)
      : e.name === 'index.html'
        ? [prefix]
        : [],
  );
const all = pages(DIST);
const size = (p) => statSync(join(DIST, p, 'index.html')).size;
const longestPolicy = all.filter((p) => p.startsWith('/policies/')).sort((a, b) => size(b) - size(a))[0];
const targets = process.env.PAGES
  ? process.env.PAGES.split(',')
  : ['/', longestPolicy, ...all.filter((p) => p.startsWith('/calculators/'))].filter(Boolean);

const server = await serveDist(DIST, { gzip: true });
const { origin } = server;
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});

console.log('page                                  perf  a11y  best   seo    FCP    LCP    TBT    CLS');
const failures = [];
for (const path of targets) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    runs.push(lhr);
  }
  runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const lhr = runs[Math.floor(runs.length / 2)];
  const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const [perf, a11y, best, seo] = ['performance', 'accessibility', 'best-practices', 'seo'].map(score);
  const metric = (id) => (lhr.audits[id]?.displayValue ?? '').replace(/\s/g, '').padStart(6);
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]
    .map(metric)
    .join(' ');
  console.log(
    `${path.padEnd(36)} ${String(perf).padStart(5)} ${String(a11y).padStart(5)} ${String(best).padStart(5)} ${String(seo).padStart(5)} ${metrics}`,
  );
  for (const [k, cat] of Object.entries(lhr.categories)) {
    if ((cat.score ?? 0) < 1) {
      const low = cat.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id);
      if (low.length) failures.push(`${path} ${k}: ${low.join(', ')}`);
    }
  }
}
if (failures.length) console.log(`\nAudits below full marks:\n  ${failures.join('\n  ')}`);
await chrome.kill();
server.close();
