#!/usr/bin/env node
/**
 * Build-scale benchmark (part of `npm run bench`; prints, asserts nothing):
 *  - the real handbook: build time, pages, Pagefind index size, and the bytes a
 *    reader's first search downloads (measured in Chromium);
 *  - generated handbooks of 1,000 and 3,000 pages (paragraphs reshuffled from the
 *    real pages, in a temporary folder inside the project, deleted afterwards),
 *    to show how build time and index size grow per page. (Starlight also emits an
 *    English fallback for every page, so the page count is twice the generated one.)
 *   node_modules/.bin/node scripts/bench-build.mjs [sizes…]   (default: 1000 3000)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist } from './serve-dist.mjs';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../tests/browser/find-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const GENERATED = sizes.length ? sizes : [1000, 3000];

const dirBytes = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
const countHtml = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;

/** Build the project in `cwd` into `outDir`; returns seconds, pages and the Pagefind index size. */
function build(cwd, outDir) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, BASE_PATH: '' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`build failed in ${cwd}:\n${run.stderr.slice(-3000)}`);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, pages: countHtml(outDir), index: dirBytes(join(outDir, 'pagefind')) };
}

/** Bytes the browser fetches for the first search on the home page (Pagefind script, WASM, index chunks, fragments). */
async function firstSearchBytes(outDir, query) {
  const server = await serveDist(outDir);
  const { origin } = server;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  let bytes = 0;
  const files = new Set();
  page.on('response', async (r) => {
    if (!r.url().includes('/pagefind/')) return;
    files.add(r.url().split('/pagefind/')[1]);
    bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await browser.close();
  server.close();
  return { bytes, files: files.size };
}

/** A copy of the handbook whose docs are `n` generated pages made of the real pages' paragraphs. */
function generatedHandbook(n) {
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.bench', `gen-${n}-`));
  for (const f of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, f), join(dir, f));
  for (const d of ['src', 'calculators', 'public', 'content/policy', 'content/i18n', 'content/glossary'])
    cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  const paragraphs = [];
  const collect = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) collect(p);
      else if (e.name.endsWith('.mdx')) {
        const body = readFileSync(p, 'utf8').replace(/^---[\s\S]*?---/, '');
        // Plain prose only: no imports, components, tables or asides.
        for (const para of body.split(/\n\s*\n/))
          if (para.length > 40 && !/[<{|:]|^import|^#/m.test(para)) paragraphs.push(para.trim());
      }
    }
  };
  collect(join(ROOT, 'content/docs'));
  const docs = join(dir, 'content/docs');
  mkdirSync(join(docs, 'library'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: 首页\n---\n\n生成的手册，用于测量构建规模。\n');
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 1; i <= n; i++) {
    const sections = Array.from({ length: 6 }, (_, s) => {
      const paras = Array.from({ length: 3 }, () => paragraphs[Math.floor(random() * paragraphs.length)]);
      return `## 第 ${s + 1} 节\n\n${paras.join('\n\n')}`;
    });
    writeFileSync(
      join(docs, 'library', `page-${String(i).padStart(4, '0')}.mdx`),
      `---\ntitle: 规程汇编第 ${i} 篇\n---\n\n${sections.join('\n\n')}\n`,
    );
  }
  return dir;
}

const rows = [];
const realOut = join(ROOT, '.bench', 'real-dist');
mkdirSync(join(ROOT, '.bench'), { recursive: true });
const real = build(ROOT, realOut);
const search = await firstSearchBytes(realOut, '核销');
rows.push({ site: 'real handbook', ...real });
for (const n of GENERATED) {
  const dir = generatedHandbook(n);
  try {
    rows.push({ site: `generated, ${n} pages`, ...build(dir, join(dir, 'dist')) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
rmSync(realOut, { recursive: true, force: true });

console.log('\nBuild scale (astro build incl. Pagefind, this machine)');
console.log('site                        pages   build s   ms/page   Pagefind index');
for (const r of rows) {
  console.log(
    `${r.site.padEnd(26)} ${String(r.pages).padStart(6)} ${r.seconds.toFixed(1).padStart(9)} ${((r.seconds * 1000) / r.pages).toFixed(0).padStart(9)}   ${kb(r.index).padStart(14)}`,
  );
}
const generated = rows.filter((r) => r.site.startsWith('generated'));
const [a, b] = generated.slice(-2);
if (a && b && b.pages > a.pages) {
  console.log(
    `marginal cost between the two generated sizes: ${(((b.seconds - a.seconds) * 1000) / (b.pages - a.pages)).toFixed(1)} ms and ${((b.index - a.index) / (b.pages - a.pages) / 1024).toFixed(2)} KB of index per page`,
  );
}
console.log(
  `first search ("核销") on the real handbook downloads ${kb(search.bytes)} in ${search.files} Pagefind files (uncompressed)`,
);
