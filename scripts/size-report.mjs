#!/usr/bin/env node
/**
 * Size report of a built site: for every page, the gzip bytes of its HTML, the
 * JavaScript it loads up front (module scripts, inline scripts and their static
 * imports), the JavaScript its islands load when they hydrate, and its CSS.
 * Dynamic imports (Pagefind's search UI, loaded on demand) are not "up front".
 *
 *   npm run size                # dist/
 *   npm run size -- dist-test   # another build
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, posix, relative } from 'node:path';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Site URL path → file in the build (strips the base path). */
function fileFor(distDir, base, urlPath) {
  const p = urlPath.split(/[?#]/)[0];
  const rel = p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, '');
  return join(distDir, rel);
}

/** A JS file and everything it imports statically, as a set of absolute file paths. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('.')) staticClosure(join(dirname(file), spec), seen);
  }
  return seen;
}

const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Measure one built page. `base` is the base path the site was built with ("/" or "/handbook/"). */
export function measurePage(distDir, htmlFile, base = '/') {
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const upfront = new Set();
  let inlineJs = 0;
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[1], 'src');
    if (src) staticClosure(fileFor(distDir, base, src), upfront);
    else if (!/type="application\/(ld\+)?json"/.test(m[1])) {
      inlineJs += gz(Buffer.from(m[2]));
      for (const im of m[2].matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g)) {
        staticClosure(fileFor(distDir, base, im[1]), upfront);
      }
    }
  }
  const island = new Set();
  for (const m of text.matchAll(/<astro-island\b([^>]*)>/g)) {
    for (const a of ['component-url', 'renderer-url']) {
      const u = attr(m[1], a);
      if (u) staticClosure(fileFor(distDir, base, u), island);
    }
  }
  for (const f of upfront) island.delete(f);
  const sum = (files) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  let css = 0;
  for (const m of text.matchAll(/<link\b([^>]*)>/g)) {
    if (attr(m[1], 'rel') === 'stylesheet' && attr(m[1], 'media') !== 'print') {
      const f = fileFor(distDir, base, attr(m[1], 'href') ?? '');
      if (existsSync(f)) css += gz(readFileSync(f));
    }
  }
  for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(Buffer.from(m[1]));
  return {
    html: gz(html),
    jsUpfront: sum(upfront) + inlineJs,
    jsIslands: sum(island),
    css,
    upfrontFiles: [...upfront].map((f) => relative(distDir, f)),
    islandFiles: [...island].map((f) => relative(distDir, f)),
  };
}

/** Every page of a build. */
export function measureSite(distDir = 'dist', base = '/') {
  const rows = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name !== '_astro' && e.name !== 'pagefind') walk(p);
      else if (e.name.endsWith('.html'))
        rows.push({ page: posix.join('/', relative(distDir, p)), ...measurePage(distDir, p, base) });
    }
  };
  walk(distDir);
  return rows.sort((a, b) => a.page.localeCompare(b.page));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const base = process.argv[3] || (dir === 'dist-test' ? '/handbook/' : '/');
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log(`gzip KB per page in ${dir}/ (JS up front excludes on-demand search; islands load when visible)`);
  console.log(`${'page'.padEnd(52)}  html   js-up  island  js-all    css`);
  for (const r of measureSite(dir, base)) {
    console.log(
      `${r.page.padEnd(52)}${kb(r.html)}${kb(r.jsUpfront)}${kb(r.jsIslands)}${kb(r.jsUpfront + r.jsIslands)}${kb(r.css)}`,
    );
  }
}
