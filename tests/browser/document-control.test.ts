/**
 * Documents an examiner accepts (issue 14): every policy and procedure, in both languages, carries
 * print margin boxes with its own id, version and page "n / N"; printed by Chromium and read back with
 * pdf.js, every A4 page shows them, and English print-outs say the Chinese edition governs (printed:
 * the longest and the shortest document of each language — the margin boxes are one rule fed each
 * document's data, checked on every page's HTML, so printing all sixty added nothing but two minutes);
 * and the regulation register
 * lists, under each rule, every page that cites it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { connect, openPage } from './browser';
import { builtHtml, builtPages, TEST_BASE } from './site';

let browser: Browser;
beforeAll(async () => (browser = await connect()));
afterAll(async () => browser?.close());

/** The controlled documents: pages whose HTML carries the document header block. */
const documents = builtPages().filter(
  (p) => /\/(policies|procedures)\/[^/]+\/$/.test(p) && builtHtml(p).includes('class="doc-meta'),
);
const docId = (path: string) =>
  /<dd><span class="doc-type">[^<]*<\/span> ([A-Z]{2,3}-\d{2})<\/dd>/.exec(builtHtml(path))?.[1];
const docVersion = (path: string) => /<dt>(?:版本|Version)<\/dt><dd>(\d+\.\d+)<\/dd>/.exec(builtHtml(path))?.[1];

/** Printed for real: the longest and the shortest controlled document of each language. */
const printed = ['zh', 'en'].flatMap((lang) => {
  const mine = documents
    .filter((p) => p.startsWith(`${TEST_BASE}en/`) === (lang === 'en'))
    .sort((a, b) => builtHtml(a).length - builtHtml(b).length);
  return [mine[0], mine[mine.length - 1]];
});

/** The text of each page of a PDF, in reading order. */
async function pdfPages(data: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data, useSystemFonts: false }).promise;
  const out: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    out.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await pdf.cleanup();
  return out;
}

describe('print-outs of controlled documents', () => {
  it('finds every policy and procedure in both languages', () => {
    expect(documents.filter((p) => p.startsWith(`${TEST_BASE}en/`)).length).toBeGreaterThanOrEqual(15);
    expect(documents.filter((p) => !p.startsWith(`${TEST_BASE}en/`)).length).toBeGreaterThanOrEqual(15);
  });

  it.each(documents)('%s: its print margin boxes carry its own id, version and page n / N', (path) => {
    const printCss = /@page \{[\s\S]*?\n\}/.exec(builtHtml(path))?.[0] ?? '';
    const bottomLeft = /@bottom-left \{ content: "([^"]*)"/.exec(printCss)?.[1] ?? '';
    expect(bottomLeft).toContain(docId(path));
    expect(bottomLeft).toContain(docVersion(path));
    expect(printCss).toContain('content: counter(page) " / " counter(pages)');
    if (path.startsWith(`${TEST_BASE}en/`)) expect(printCss).toContain('the Chinese edition governs');
  });

  it.each(printed)('%s: every printed A4 page shows the id, version and page n / N', async (path) => {
    const { page, close } = await openPage(browser, path);
    try {
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = await pdfPages(new Uint8Array(pdf));
      const id = docId(path)!;
      const version = docVersion(path)!;
      expect(id).toMatch(/^[A-Z]{2,3}-\d{2}$/);
      pages.forEach((text, i) => {
        const where = `${path} page ${i + 1}/${pages.length}`;
        expect(text, where).toContain(id);
        expect(text, where).toContain(version);
        expect(text.replace(/\s/g, ''), where).toContain(`${i + 1}/${pages.length}`);
        if (path.startsWith(`${TEST_BASE}en/`)) {
          expect(text, where).toContain('Printed copy is uncontrolled');
          expect(text, where).toContain('the Chinese edition governs');
        }
      });
    } finally {
      await close();
    }
  });
});

describe('the regulation register', () => {
  for (const lang of ['zh', 'en'] as const) {
    const prefix = lang === 'en' ? `${TEST_BASE}en/` : TEST_BASE;
    const register = builtHtml(`${prefix}regulations/`);

    it(`${lang}: every citation in the text links to an entry that lists the citing page`, () => {
      const pages = builtPages().filter(
        // Superseded versions (archive/) are frozen as published: their citations are history, not clauses in force.
        (p) => (lang === 'en') === p.startsWith(`${TEST_BASE}en/`) && !p.endsWith('.html') && !p.includes('/archive/'),
      );
      let citations = 0;
      for (const path of pages) {
        for (const m of builtHtml(path).matchAll(/<a class="reg" href="([^"]+)" data-reg="([^"]+)"/g)) {
          citations++;
          const [href, id] = [m[1]!, m[2]!];
          expect(href).toBe(`${prefix}regulations/#reg-${id}`);
          const entry = new RegExp(
            `<li class="register-entry[^"]*" id="reg-${id}"[\\s\\S]*?</li>\\s*(?=<li class="register-entry|</ol>)`,
          ).exec(register)?.[0];
          expect(entry, `${path} cites ${id}, which has no entry`).toBeDefined();
          expect(entry, `the entry reg-${id} does not list ${path}`).toContain(`href="${path}`);
        }
      }
      expect(citations).toBeGreaterThan(0);
    });

    it(`${lang}: the filters hide what they exclude, with no script`, async () => {
      const { page, close } = await openPage(browser, `${prefix}regulations/`, { javaScript: false });
      try {
        const visible = () => page.locator('.register-entry:visible').count();
        const all = await visible();
        expect(all).toBe(await page.locator('.register-entry').count());
        await page.locator('[data-filter-status="pilot"]').check();
        const pilots = await visible();
        expect(pilots).toBeGreaterThan(0);
        expect(pilots).toBeLessThan(all);
        expect(await page.locator('.register-entry[data-status="pilot"]:visible').count()).toBe(pilots);
      } finally {
        await close();
      }
    });
  }
});

describe('every earlier version is accounted for', () => {
  it.each(documents)(
    '%s: each history row before the current version links its text or says where it is kept',
    (path) => {
      const html = builtHtml(path);
      const current = docVersion(path)!;
      const history = /<details class="doc-history[^"]*">([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
      const rows = [...history.matchAll(/<tr>\s*<td>([\s\S]*?)<\/td>([\s\S]*?)<\/tr>/g)];
      expect(rows.length, path).toBeGreaterThan(0);
      for (const [, versionCell, rest] of rows) {
        const version = versionCell.replace(/<[^>]+>/g, '').trim();
        if (version === current) continue;
        const accounted = versionCell.includes('archive/') || rest.includes('doc-archived-outside');
        expect(accounted, `${path} version ${version}`).toBe(true);
      }
    },
  );
});

describe('superseded versions stay readable', () => {
  for (const [lang, prefix] of [
    ['zh', TEST_BASE],
    ['en', `${TEST_BASE}en/`],
  ] as const) {
    it(`${lang}: RP-03 1.0 is kept as its own page, linked from the current version's history, with a redline, out of the sidebar and search`, () => {
      expect(builtHtml(`${prefix}policies/pricing/`)).toContain(`href="${prefix}archive/rp-03-1-0/"`);
      const archived = builtHtml(`${prefix}archive/rp-03-1-0/`);
      expect(archived).toMatch(/<del>[^<]+<\/del>/);
      expect(archived).toMatch(/<ins>[^<]+<\/ins>/);
      expect(archived).toContain(lang === 'zh' ? '被第 2.0 版替代' : 'superseded by version 2.0');
      expect(archived).toContain(`href="${prefix}policies/pricing/"`);
      expect(archived).not.toContain('data-pagefind-body');
      expect(builtHtml(prefix)).not.toContain('archive/rp-03-1-0/');
    });
  }
});
