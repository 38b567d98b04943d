/**
 * Run before the browser tests: make sure a Chromium is installed.
 * On a fresh Debian machine as root it installs Debian's `chromium`; otherwise it
 * stops with one line that says how to get one.
 */
import { execSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (() => {
    try {
      execSync('command -v apt-get', { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    path = findChromium();
  }
}
if (!path) {
  console.error(
    'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH=/path/to/chrome, then rerun `npm test`.',
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
