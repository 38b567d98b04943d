/**
 * Content-Security-Policy for the static handbook, as a <meta> tag that works on any web server
 * (no headers to configure). After the build, every HTML page gets a policy that allows only
 * this origin, plus the SHA-256 hashes of exactly the inline scripts, inline styles and style
 * attributes that page contains (Starlight writes CSS custom properties in style="" attributes;
 * 'unsafe-hashes' allows those exact values and nothing else). Pagefind compiles WebAssembly,
 * hence 'wasm-unsafe-eval'.
 *
 * Why it exists: Astro's own `security.csp` does not hash Starlight's is:inline scripts nor style
 * attributes, so with it the frame's scripts would be blocked.
 * How to remove it: once Astro's CSP covers is:inline scripts and style attributes, switch on
 * `security.csp` in astro.config.mjs, drop `csp()` from the integrations, and keep
 * tests/browser/security.test.ts (every page declares a policy, no violation in Chromium).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const decodeAttr = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The policy for one page's HTML: this origin, plus the hash of each inline script, style and style attribute. */
export function policyFor(html: string): string {
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue; // not inline code
    scripts.add(hash(m[2]!));
  }
  const styles = new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => hash(m[1]!)));
  const styleAttrs = new Set([...html.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => hash(decodeAttr(m[1]!))));
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

/**
 * The page with its policy as the first thing in <head> (so it governs every script and style
 * after it), whether or not <head> has attributes. Throws for a page without <head>: better a
 * failed build than a page silently served without a policy.
 */
export function withPolicy(html: string): string {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${policyFor(html)}">${html.slice(at)}`;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(p);
    else if (entry.name.endsWith('.html')) yield p;
  }
}

export default function csp(): AstroIntegration {
  return {
    name: 'handbook-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          try {
            writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
          } catch (e) {
            throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
          }
          pages++;
        }
        logger.info(`Content-Security-Policy written into ${pages} pages`);
      },
    },
  };
}
