/** Helpers for browser tests: connect to the shared Chromium, open built pages, run axe. */
import { inject } from 'vitest';
import { chromium, type Browser, type Page, type ConsoleMessage } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { TEST_BASE } from './site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Absolute URL of a site path; paths without the base get it prefixed. */
export const url = (path: string) =>
  inject('siteOrigin') + (path.startsWith(TEST_BASE) ? path : TEST_BASE + path.replace(/^\//, ''));

export const connect = (): Promise<Browser> => chromium.connect(inject('wsEndpoint'));

export interface OpenedPage {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/** A fresh context and page; uncaught errors and console errors are collected in `errors`. */
export async function openPage(
  browser: Browser,
  path: string,
  opts: { width?: number; height?: number; javaScript?: boolean; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    javaScriptEnabled: opts.javaScript ?? true,
    locale: 'zh-CN',
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await opts.beforeLoad?.(page);
  await page.goto(url(path), { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

/** Wait until the calculator island with data-calc="calc" has hydrated (Astro removes its ssr attribute). */
export const islandReady = (page: Page, calc: string) => page.locator(`astro-island:not([ssr]) [data-calc="${calc}"]`).waitFor();

/** The text of the (first) result marked data-result="key". */
export const resultText = (page: Page, key: string) => page.locator(`[data-result="${key}"]`).first().innerText();

/**
 * Click the button that exports a CSV and return its bytes and lines (after the BOM).
 * The browser runs as a separate server process, so the download is saved here first.
 */
export async function downloadCsv(page: Page, button: string | RegExp = '导出 CSV'): Promise<{ bytes: Buffer; lines: string[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'csv-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  rmSync(dir, { recursive: true, force: true });
  return { bytes, lines: bytes.toString('utf8').slice(1).trimEnd().split('\r\n') };
}

/**
 * Open Starlight's search dialog and type `query`. Waits for the search element's
 * script first: a click before it has run opens nothing (seen on a loaded machine).
 */
export async function typeSearch(page: Page, query: string) {
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('dialog[open] .pagefind-ui__search-input').first();
  await input.waitFor();
  await input.fill(query);
}

/** Pass as `beforeLoad`: records Content-Security-Policy violations from the first byte of the page on. */
export async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

/** The CSP violations recorded so far on a page opened with `recordViolations`. */
export const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Run axe-core (WCAG 2.x A/AA rules and best practices) on the page; returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the pages' CSP forbids those.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}
