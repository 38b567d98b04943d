/**
 * Every internal link and #anchor of the built site resolves, in both
 * languages, with the site served under a sub-path (/handbook/); and the links
 * reach every page (no orphans). Checked by linkinator crawling the served
 * build, fragments included.
 */
import { describe, expect, it } from 'vitest';
import { LinkChecker, LinkState } from 'linkinator';
import { url } from './browser';
import { builtPages, TEST_BASE } from './site';

const english = (path: string) => path.startsWith(`${TEST_BASE}en/`);

describe('links', () => {
  it.each([
    ['/', (p: string) => !english(p)],
    ['/en/', english],
  ])('every link and anchor reachable from %s resolves, and every page is reached', async (start, inLanguage) => {
    const result = await new LinkChecker().check({
      path: url(start),
      recurse: true,
      checkFragments: true,
      concurrency: 4,
      timeout: 20_000,
      retryErrors: true,
      retryErrorsCount: 2,
      // Only this site: anything else would be an external resource, which build-output.test.ts forbids.
      linksToSkip: async (link) => !link.startsWith(url('/')),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.url} (from ${l.parent}): ${l.status} ${JSON.stringify(l.failureDetails ?? '').slice(0, 200)}`);
    expect(broken).toEqual([]);
    const reached = new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url).pathname));
    const unreached = builtPages().filter((p) => inLanguage(p) && !p.endsWith('404.html') && !reached.has(p));
    expect(unreached).toEqual([]);
  });
});
