#!/usr/bin/env node
/**
 * What typing costs in the repayment-schedule calculator (review #19): the built page in
 * Chromium with the CPU slowed 4× (Lighthouse's mobile profile), a 30-year (360-month)
 * equal-principal loan opened from a shared link, then KEYS keystrokes into the amount
 * (Backspace and 0 in turn: 1,000,000 ↔ 100,000, every one a valid loan) KEY_GAP_MS apart.
 * Each keystroke's latency runs from the key event's own timestamp (so time it waited
 * behind a long task counts) to the summary's text changing. Prints p50, p95 and max per
 * language. A measurement, not a test; target p95 < 50 ms (PERFORMANCE.md).
 *   npm run latency [dist] [base]      e.g. npm run latency dist-test /handbook/
 *   env: RUNS (default 2), KEYS (20), KEY_GAP_MS (250), CPU_SLOWDOWN (4),
 *        PROFILE=<prefix>: record a CPU profile of each language's first run's keystrokes to
 *        <prefix>-<lang>.cpuprofile (open in Chrome DevTools) and print where the time went
 *        (the profiler slows that run: take latency figures from a run without PROFILE)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../tests/browser/find-chromium.mjs';

const DIST = process.argv[2] || 'dist';
const BASE = process.argv[3] || '/';
const RUNS = Math.max(1, Number(process.env.RUNS) || 2);
const KEYS = Math.max(1, Number(process.env.KEYS) || 20);
const GAP = Math.max(0, Number(process.env.KEY_GAP_MS) || 250);
const SLOWDOWN = Math.max(1, Number(process.env.CPU_SLOWDOWN) || 4);
const SCENARIO = '?a=1000000&r=4.9%25&n=360&m=equal-principal';
const PAGES = { zh: 'calculators/schedule/', en: 'en/calculators/schedule/' };
const PROFILE = process.env.PROFILE;

/**
 * Where a keystroke's time goes, from a CDP CPU profile: the busy (not idle) time, then the site's own
 * functions by inclusive time (a function and everything it calls), each with the first characters of its
 * minified source so it can be found in the island (the bundles carry no source maps).
 */
function summarise(profile, origin, count = 14) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    if (/^\((idle|program|garbage collector)\)$/.test(byId.get(id).callFrame.functionName)) idle += ms;
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const { url, lineNumber, columnNumber } = byId.get(cur).callFrame;
      const key = `${url}:${lineNumber}:${columnNumber}`;
      if (!url.startsWith(origin) || seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
  console.log(
    `  ${Math.round(total)} ms sampled, ${Math.round(total - idle)} ms busy; site functions by inclusive time:`,
  );
  const sources = new Map();
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    const [, url, line, col] = key.match(/^(.*):(\d+):(\d+)$/);
    const file = DIST + '/' + new URL(url).pathname.slice(BASE.length);
    if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8').split('\n'));
    const snippet = (sources.get(file)[+line] ?? '').slice(+col, +col + 60);
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${file.split('/').pop()}:${+line + 1}:${+col + 1}  ${snippet}`);
  }
}

/** The built site under its base path (a build with BASE_PATH=/handbook/ links its assets there). */
async function serve(dir, base) {
  const files = sirv(dir, { dev: false, gzip: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    if (!req.url.startsWith(base)) return ((res.statusCode = 404), res.end());
    req.url = req.url.slice(base.length - 1);
    files(req, res, () => ((res.statusCode = 404), res.end()));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

const server = await serve(DIST, BASE);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
console.log(`keystroke → summary updated, ${KEYS} keys ${GAP} ms apart × ${RUNS} runs, CPU slowed ${SLOWDOWN}×`);
for (const [lang, path] of Object.entries(PAGES)) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.goto(server.origin + BASE + path + SCENARIO, { waitUntil: 'networkidle' });
    const amount = page.locator('#sc-amount');
    await amount.scrollIntoViewIfNeeded();
    await page.locator('[data-calc="schedule"]').hover(); // hydrates on intent even where the link does not
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 30_000 });
    await page.waitForFunction(() => /6,861\.11/.test(document.querySelector('[data-result="first"]')?.textContent));
    await page.waitForTimeout(1000); // the deferred table and the page's own idle work
    await amount.click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const keys = (window.__keys = []);
      document.querySelector('#sc-amount').addEventListener('keydown', (e) => keys.push({ t0: e.timeStamp }), true);
      new MutationObserver(() => {
        const k = keys[keys.length - 1];
        if (k && k.t1 === undefined) k.t1 = performance.now();
      }).observe(document.querySelector('.calc-results'), { subtree: true, childList: true, characterData: true });
    });
    const profiling = PROFILE && run === 0;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(i % 2 ? '0' : 'Backspace');
      await page.waitForTimeout(GAP);
    }
    await page.waitForTimeout(500);
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${PROFILE}-${lang}.cpuprofile`, JSON.stringify(profile));
      console.log(`${lang}: CPU profile of run 1 → ${PROFILE}-${lang}.cpuprofile`);
      summarise(profile, server.origin);
    }
    const keys = await page.evaluate(() => window.__keys);
    const missed = keys.filter((k) => k.t1 === undefined).length;
    if (missed) throw new Error(`${lang}: ${missed} keystrokes never updated the summary`);
    samples.push(...keys.map((k) => k.t1 - k.t0));
    await page.close();
  }
  const f = (ms) => `${Math.round(ms)} ms`;
  console.log(
    `${lang}: p50 ${f(quantile(samples, 0.5))}   p95 ${f(quantile(samples, 0.95))}   max ${f(Math.max(...samples))}   (n=${samples.length})`,
  );
}
await browser.close();
server.close();
