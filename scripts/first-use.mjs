#!/usr/bin/env node
/**
 * What hydrating on intent costs the reader (calculators are client:intent): on each
 * calculator page, with Chromium's CPU slowed 4× (Lighthouse's mobile profile), the
 * time from the pointer coming over the calculator to the island having hydrated, and
 * the longest main-thread task in between. Median of RUNS (default 5). A measurement,
 * not a test.   npm run build && npm run first-use [dist]   (CPU_SLOWDOWN=1: full speed)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../tests/browser/find-chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const DIST = process.argv[2] || 'dist';
const RUNS = Math.max(1, Number(process.env.RUNS) || 5);
const SLOWDOWN = Math.max(1, Number(process.env.CPU_SLOWDOWN) || 4);
const calculators = readdirSync(join(DIST, 'calculators'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `/calculators/${e.name}/`);
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serveDist(DIST, { gzip: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
console.log(
  `page                               pointer → hydrated   longest task   (CPU slowed ${SLOWDOWN}×, median of ${RUNS} runs)`,
);
for (const path of calculators) {
  const waits = [];
  const tasks = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500); // let the page's own idle work (Starlight's search UI) finish first
    const { ms, longest } = await page.evaluate(
      () =>
        new Promise((done) => {
          const island = document.querySelector('astro-island[client="intent"]');
          let longest = 0;
          new PerformanceObserver((list) =>
            list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))),
          ).observe({ type: 'longtask' });
          const start = performance.now();
          new MutationObserver(() => {
            if (island.hasAttribute('ssr')) return;
            const ms = performance.now() - start;
            setTimeout(() => done({ ms, longest }), 300); // long-task entries arrive after their task
          }).observe(island, { attributes: true });
          island.firstElementChild.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        }),
    );
    waits.push(ms);
    tasks.push(longest);
    await page.close();
  }
  console.log(
    `${path.padEnd(34)} ${`${Math.round(median(waits))} ms`.padStart(18)} ${`${Math.round(median(tasks))} ms`.padStart(14)}`,
  );
}
await browser.close();
server.close();
