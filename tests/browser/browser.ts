/** Helpers for browser tests: connect to the shared Chromium, open built pages, run axe. */
import { inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type ConsoleMessage,
} from 'playwright-core';
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

type PageOptions = {
  width?: number;
  height?: number;
  javaScript?: boolean;
  /** The reader's time zone (IANA), e.g. 'Asia/Shanghai'; the machine's when not given. */
  timezone?: string;
  /** A fixed clock for the page (Date.now and new Date()), e.g. 07:30 in Beijing. */
  clock?: Date;
  beforeLoad?: (page: Page) => Promise<unknown>;
};

/**
 * The contexts a test file's pages open in, one per set of context options: a fresh context per test
 * cost ≈ 1 s more (a new renderer, a cold HTTP cache: 1.5 s against 0.6 s for the pricing page on an
 * idle machine), and most browser tests are one page each. A fixed clock is the context's, so a page
 * with one gets a context of its own.
 */
const shared = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

function contextFor(browser: Browser, opts: PageOptions): { context: Promise<BrowserContext>; own: boolean } {
  const options: BrowserContextOptions = {
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    javaScriptEnabled: opts.javaScript ?? true,
    locale: 'zh-CN',
    ...(opts.timezone ? { timezoneId: opts.timezone } : {}),
  };
  const create = async () => {
    const context = await browser.newContext(options);
    context.setDefaultTimeout(10_000);
    return context;
  };
  if (opts.clock) return { context: create(), own: true };
  const byOptions = shared.get(browser) ?? new Map<string, Promise<BrowserContext>>();
  shared.set(browser, byOptions);
  const key = JSON.stringify(options);
  if (!byOptions.has(key)) byOptions.set(key, create());
  return { context: byOptions.get(key)!, own: false };
}

/** Pages closed by earlier tests, ready for the next one in the same context. */
const idle = new WeakMap<BrowserContext, Page[]>();
/** Events tests listen to on a page; their listeners go when the page is handed back. */
const TEST_EVENTS = ['console', 'pageerror', 'request', 'response', 'download', 'dialog'] as const;

/**
 * Hand a page back for the next test: undo what a test may set on its page (routes, listeners,
 * emulated media), forget what the site stored (the next test starts as a first visit) and leave
 * the site (so the next test's address, even one differing only in its #fragment, loads afresh).
 * Reusing the page keeps its renderer: a new page in a used context cost ≈ 0.2–0.3 s more than a
 * navigation, and a new context ≈ 1 s more (a new renderer, a cold HTTP cache).
 */
async function release(page: Page) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  for (const event of TEST_EVENTS) page.removeAllListeners(event);
  await page.emulateMedia({ media: null, colorScheme: null });
  if (/^https?:/.test(page.url()))
    await page
      .evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      })
      .catch(() => undefined); // scripts off: nothing was stored
  await page.context().clearCookies();
  await page.goto('about:blank');
  const pages = idle.get(page.context()) ?? [];
  pages.push(page);
  idle.set(page.context(), pages);
}

/**
 * A blank page (in the test file's context for these options); uncaught errors and console errors are
 * collected in `errors`. Pages without `beforeLoad` or `clock` are reused from test to test (an init
 * script cannot be taken off a page, and a clock is the context's).
 */
export async function newPage(browser: Browser, opts: PageOptions = {}): Promise<OpenedPage> {
  const { context: pending, own } = contextFor(browser, opts);
  const context = await pending;
  const reusable = !own && !opts.beforeLoad;
  const page = (reusable && idle.get(context)?.pop()) || (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  if (opts.clock) await page.clock.setFixedTime(opts.clock);
  await opts.beforeLoad?.(page);
  return { page, errors, close: () => (own ? context.close() : reusable ? release(page) : page.close()) };
}

/** A page (see newPage) loaded with `path`; uncaught errors and console errors are collected in `errors`. */
export async function openPage(browser: Browser, path: string, opts: PageOptions = {}): Promise<OpenedPage> {
  const opened = await newPage(browser, opts);
  await opened.page.goto(url(path), { waitUntil: 'load' });
  return opened;
}

/**
 * What a reader does before using a calculator: the pointer comes over it. Calculator
 * islands are client:intent (src/integrations/client-intent-directive.ts) and hydrate on
 * that; Playwright's own hover/click/fill would also trigger it, this does it without
 * moving anything.
 */
export const showIntent = (page: Page) =>
  page.evaluate(() => {
    for (const island of document.querySelectorAll('astro-island[ssr][client="intent"]'))
      island.firstElementChild?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  });

/**
 * Wait until a freshly loaded page has settled: web fonts loaded, Starlight's Pagefind
 * form mounted (it mounts when the browser is idle after loading), the calculator
 * hydrated as if the reader pointed at it (showIntent), every client:visible island on
 * screen hydrated (Astro removes the ssr attribute once hydrated; one below the fold
 * stays server-rendered until scrolled to), and the effects of that first render run.
 */
export async function settled(page: Page) {
  await showIntent(page);
  await page.waitForFunction(() => {
    if (document.fonts.status !== 'loaded') return false;
    const search = document.getElementById('starlight__search');
    if (search && !search.querySelector('.pagefind-ui')) return false;
    return [...document.querySelectorAll('astro-island[ssr]')].every(
      (island) =>
        island.getAttribute('client') === 'visible' &&
        // astro-island is display: contents; the visible directive observes its children.
        [...island.children].every((child) => {
          const r = child.getBoundingClientRect();
          return (
            r.bottom <= 0 ||
            r.top >= innerHeight ||
            r.right <= 0 ||
            r.left >= innerWidth ||
            (r.width === 0 && r.height === 0)
          );
        }),
    );
  });
  // Preact runs effects after the next frame, in a task: let that task run first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

/** Wait until the calculator with data-calc="calc" has hydrated (Astro removes its island's ssr attribute). */
export const islandHydrated = (page: Page, calc: string, timeout?: number) =>
  page.locator(`astro-island:not([ssr]) [data-calc="${calc}"]`).waitFor({ timeout });

/** Point at the calculator with data-calc="calc" and wait until it has hydrated. */
export async function islandReady(page: Page, calc: string) {
  await showIntent(page);
  await islandHydrated(page, calc);
}

/** The text of the (first) result marked data-result="key". */
export const resultText = (page: Page, key: string) => page.locator(`[data-result="${key}"]`).first().innerText();

/**
 * Click the button that exports a CSV and return its bytes, its lines (after the BOM) and the file name it suggests.
 * The browser runs as a separate server process, so the download is saved here first.
 */
export async function downloadCsv(
  page: Page,
  button: string | RegExp = '导出 CSV',
): Promise<{ bytes: Buffer; lines: string[]; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'csv-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  rmSync(dir, { recursive: true, force: true });
  return {
    bytes,
    lines: bytes.toString('utf8').slice(1).trimEnd().split('\r\n'),
    name: download.suggestedFilename(),
  };
}

/**
 * Open Starlight's search dialog and return its input. Waits for the search element's
 * script first: a click before it has run opens nothing (seen on a loaded machine).
 * The input itself is Pagefind's UI, which Starlight imports only when the browser is
 * idle (requestIdleCallback); on a busy machine that once took more than Playwright's
 * default 10 s, so it gets the same 20 s as a search's results (searchResults).
 */
export async function openSearch(page: Page, timeout = 20_000) {
  await page.waitForFunction(() => customElements.get('site-search') !== undefined, undefined, { timeout });
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('dialog[open] .pagefind-ui__search-input').first();
  await input.waitFor({ timeout });
  return input;
}

/** Open Starlight's search dialog and type `query`. */
export async function typeSearch(page: Page, query: string) {
  await (await openSearch(page)).fill(query);
}

/**
 * Search for `query` in the search dialog (opened with `openSearch`) and return the results
 * in order, each as its links: the page's first, then those of the sections nested under it.
 * The previous query is cleared first (Pagefind then removes its results), so one page can
 * serve many queries; then this waits until Pagefind has listed this query's results and
 * loaded the first three (each result's title and link appear when its fragment has loaded,
 * and the order is the search's, fixed before any fragment loads).
 */
export async function searchResults(page: Page, query: string, timeout: number): Promise<string[][]> {
  const input = page.locator('dialog[open] .pagefind-ui__search-input').first();
  await input.fill('');
  await page.locator('dialog[open] .pagefind-ui__results-area').waitFor({ state: 'detached', timeout });
  await input.fill(query);
  const handle = await page.waitForFunction(
    () => {
      // Pagefind renders the list only once the search has finished.
      const list = document.querySelector('dialog[open] .pagefind-ui__results-area ol.pagefind-ui__results');
      if (!list) return false;
      const results = [...list.children].map((li) =>
        [
          ...li.querySelectorAll(
            '.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link, .pagefind-ui__result-nested .pagefind-ui__result-link',
          ),
        ].map((a) => a.getAttribute('href') ?? ''),
      );
      if (results.slice(0, 3).some((links) => links.length === 0)) return false; // still loading
      return results.filter((links) => links.length > 0);
    },
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as string[][];
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

/**
 * Run axe-core (WCAG 2.x A/AA rules and best practices) on the page; returns the violations.
 * `colorContrast: false` leaves out the one rule that depends only on styling (and costs as much as
 * all the others together), for pages whose styling another check already covers.
 */
export async function runAxe(page: Page, { colorContrast = true } = {}): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not as an inline <script>: the pages' CSP forbids those.
  await page.evaluate(axeSource);
  return page.evaluate(async (colorContrast) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'color-contrast': { enabled: colorContrast } },
    });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, colorContrast);
}
