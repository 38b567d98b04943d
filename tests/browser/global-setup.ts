/**
 * Once per browser test run: serve the site built by `npm run build:test`
 * (dist-test/, under the sub-path /handbook/ so every test also proves the
 * base path works) on 127.0.0.1, and start one Chromium that every test
 * file connects to.
 */
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { TEST_BASE, TEST_OUT_DIR } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    wsEndpoint: string;
  }
}

let server: Server | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(`${TEST_OUT_DIR}/index.html`)) {
    throw new Error(`${TEST_OUT_DIR}/ is missing: run \`npm run build:test\` first (npm test does it).`);
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node tests/browser/ensure-chromium.mjs`.');

  // A static server of our own, not `astro preview`: Astro allows one preview per
  // project, and a reader may be running one while the tests run.
  const serve = sirv(TEST_OUT_DIR, { dev: false, etag: true, extensions: ['html'] });
  server = createHttpServer((req, res) => {
    if (!req.url?.startsWith(TEST_BASE)) {
      res.statusCode = 404;
      return res.end('outside the base path');
    }
    req.url = req.url.slice(TEST_BASE.length - 1);
    serve(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  project.provide('siteOrigin', origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  server?.close();
}
