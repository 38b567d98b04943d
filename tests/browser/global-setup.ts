/**
 * Once per browser test run: serve the site built by `npm run build:test`
 * (dist-test/, under the sub-path /handbook/ so every test also proves the
 * base path works) on 127.0.0.1, and start one Chromium that every test
 * file connects to.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
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

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

async function waitForHttp(url: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

let server: ChildProcess | undefined;
let browser: BrowserServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(`${TEST_OUT_DIR}/index.html`)) {
    throw new Error(`${TEST_OUT_DIR}/ is missing: run \`npm run build:test\` first (npm test does it).`);
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node tests/browser/ensure-chromium.mjs`.');

  const port = await freePort();
  server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, BASE_PATH: TEST_BASE, OUT_DIR: TEST_OUT_DIR, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}${TEST_BASE}`, 30_000);

  browser = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  project.provide('siteOrigin', origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
}

export async function teardown() {
  await browser?.close();
  server?.kill();
}
