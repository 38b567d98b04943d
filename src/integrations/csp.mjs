/**
 * Content-Security-Policy for the static handbook, as a <meta> tag that works on
 * any web server (no headers to configure). After the build, every HTML page gets
 * a policy that allows only this origin, plus the SHA-256 hashes of exactly the
 * inline scripts, inline styles and style attributes that page contains
 * (Starlight writes CSS custom properties in style="" attributes; 'unsafe-hashes'
 * allows those exact values and nothing else). Pagefind compiles WebAssembly,
 * hence 'wasm-unsafe-eval'. Why not Astro's own `security.csp`: it does not hash
 * Starlight's is:inline scripts nor style attributes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const decodeAttr = (v) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The policy for one page's HTML. */
export function policyFor(html) {
  const scripts = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue; // not inline code
    scripts.add(hash(m[2]));
  }
  const styles = new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => hash(m[1])));
  const styleAttrs = new Set([...html.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => hash(decodeAttr(m[1]))));
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].join(' ')}`.trim(),
    `style-src-elem 'self' ${[...styles].join(' ')}`.trim(),
    styleAttrs.size ? `style-src-attr 'unsafe-hashes' ${[...styleAttrs].join(' ')}` : "style-src-attr 'none'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(p);
    else if (entry.name.endsWith('.html')) yield p;
  }
}

export default function csp() {
  return {
    name: 'handbook-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
          // First thing in <head>, so it governs every script and style after it.
          writeFileSync(file, html.replace(/<head>/i, `<head>${meta}`));
          pages++;
        }
        logger.info(`Content-Security-Policy written into ${pages} pages`);
      },
    },
  };
}
