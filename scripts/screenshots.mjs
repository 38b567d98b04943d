#!/usr/bin/env node
/**
 * Screenshots of built pages for a human to look at: desktop and 390 px phone,
 * and an A4 print PDF rendered to PNG is left to pdftoppm.
 *   npm run build && node_modules/.bin/node scripts/screenshots.mjs /policies/governance/ /en/
 * Needs `npm run preview` running (http://127.0.0.1:4321). Output: .screenshots/
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from '../tests/browser/find-chromium.mjs';

const origin = process.env.ORIGIN || 'http://127.0.0.1:4321';
const paths = process.argv.slice(2);
mkdirSync('.screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const path of paths) {
  const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `.screenshots/${name}-${label}.png`, fullPage: process.env.FULL === '1' });
    if (label === 'desktop' && process.env.PRINT === '1')
      await page.pdf({ path: `.screenshots/${name}.pdf`, format: 'A4' });
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in .screenshots/ for ${paths.join(' ')}`);
