/** The Content-Security-Policy written into every page (src/integrations/csp.ts), on small pages. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { policyFor, withPolicy } from '../../src/integrations/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('policyFor', () => {
  it('hashes exactly the inline scripts: not external scripts, not JSON data blocks', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{"c":1}</script><script type="application/json">{}</script>';
    expect(directive(policyFor(html), 'script-src')).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${sha('a()')} ${sha('b()')}`,
    );
  });

  it('hashes inline styles, and style attributes as the browser reads them (entities decoded), each once', () => {
    const html = '<style>p{color:red}</style><p style="--x:&quot;a&quot;"></p><p style="--x:&quot;a&quot;"></p>';
    const policy = policyFor(html);
    expect(directive(policy, 'style-src-elem')).toBe(`style-src-elem 'self' ${sha('p{color:red}')}`);
    expect(directive(policy, 'style-src-attr')).toBe(`style-src-attr 'unsafe-hashes' ${sha('--x:"a"')}`);
  });

  it('allows only this origin otherwise, and no style attribute at all when a page has none', () => {
    const policy = policyFor('<p>text</p>');
    expect(policy.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src-elem 'self'",
      "style-src-attr 'none'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]);
  });
});

describe('withPolicy', () => {
  const meta = (html: string) => `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;

  it('puts the policy first in <head>, before every script and style it governs', () => {
    const html = '<!doctype html><html><head><script>a()</script></head><body></body></html>';
    expect(withPolicy(html)).toBe(
      `<!doctype html><html><head>${meta(html)}<script>a()</script></head><body></body></html>`,
    );
  });

  it('also when <head> has attributes (a plain replace of "<head>" would skip the page)', () => {
    const html = '<html lang="zh-CN"><HEAD data-x="1"><style>p{}</style></HEAD></html>';
    expect(withPolicy(html)).toBe(`<html lang="zh-CN"><HEAD data-x="1">${meta(html)}<style>p{}</style></HEAD></html>`);
  });

  it('does not mistake <header> for <head>, and refuses a page with no <head> rather than serve it without a policy', () => {
    expect(() => withPolicy('<body><header>x</header></body>')).toThrow(/no <head>/);
  });
});
