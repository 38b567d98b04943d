/**
 * The search proper, loaded when the page is idle (src/search/client.ts): Pagefind's UI configured
 * for staff — strings in the page's language, longer excerpts, the best section first, searched
 * words highlighted on the page opened — and questions searched forgivingly (./forgiving.ts)
 * through the Pagefind API that src/search/integration.ts writes next to Pagefind's own.
 */
import { SEARCH_STRINGS } from './strings';
import { rankSections } from './results';
import { understand, type Synonym } from './query';
import { forgivingSearch, type PagefindApi } from './forgiving';

export async function startSearch(lang: 'zh' | 'en', synonymsJson: string | undefined, base: string) {
  let synonyms: Synonym[] = [];
  try {
    synonyms = JSON.parse(synonymsJson || '[]');
  } catch {
    // A broken table only loses the synonyms; the search still runs.
  }
  // Pagefind's API, with `search` routed through the forgiving search (see integration.ts).
  const api = await import(/* @vite-ignore */ `${base}pagefind-staff/pagefind.js`);
  api.route((pagefind: PagefindApi, term: string, options?: object) =>
    forgivingSearch(pagefind, understand(term, lang, synonyms), options),
  );
  // @ts-expect-error — Missing types for @pagefind/default-ui package.
  const { PagefindUI } = await import('@pagefind/default-ui');
  new PagefindUI({
    element: '#starlight__search',
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: `${base}pagefind-staff/`,
    showImages: false,
    showSubResults: true,
    // Pagefind counts a Chinese word as one word: 30 words is about 60 characters.
    excerptLength: 30,
    debounceTimeoutMs: 200,
    highlightParam: 'highlight',
    translations: SEARCH_STRINGS[lang],
    processResult: rankSections,
  });
}
