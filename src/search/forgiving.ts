/**
 * Search that does not give up when one word finds nothing (browser side). The whole query
 * goes to Pagefind first; its results come first, in Pagefind's order. When that finds fewer
 * than a page of results, every part of the query (./query.ts) is searched on its own, and the
 * pages that match most parts follow, ranked by how much of the query they match and then by the
 * sum of Pagefind's scores. A page's excerpt comes from searching the parts it matches together,
 * so its highlighted words are the ones it really contains. Everything else is Pagefind's.
 */
import { bigrams, type Part } from './query';

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<unknown>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  [key: string]: unknown;
}
export interface PagefindApi {
  search: (term: string, options?: object) => Promise<PagefindSearch | null>;
}

/** Below this many whole-query results, the parts are searched one by one (the dialog shows 5 per page). */
const ENOUGH = 5;

/** For one page: per part of the query, the alternative that found it and Pagefind's result. */
interface Tally {
  matched: Map<number, { alternative: string; result: PagefindResult }>;
}

/**
 * Pagefind's search, remembered for the words of recent queries: staff refine a question a
 * word at a time, and the parts of one query are searched again to load its excerpts.
 */
const recent = new Map<string, Promise<PagefindSearch | null>>();
function cached(api: PagefindApi): PagefindApi {
  return {
    search: (term, options) => {
      const key = `${term}\u0000${JSON.stringify(options ?? {})}`;
      let found = recent.get(key);
      if (!found) {
        found = api.search(term, options);
        recent.set(key, found);
        if (recent.size > 200) recent.delete(recent.keys().next().value!);
      }
      return found;
    },
  };
}

export async function forgivingSearch(
  pagefind: PagefindApi,
  parts: Part[],
  options?: object,
): Promise<PagefindSearch | null> {
  const api = cached(pagefind);
  const primary = parts.map((p) => p.alternatives[0]).join(' ');
  const full = await api.search(primary, options);
  if (!full || parts.length === 0) return full;
  // The same question in the staff's own words (砍头息 is a handbook word too): also whole-query
  // matches, merged with those in the handbook's words by Pagefind's score.
  const staffWords = parts.map((p) => p.alternatives.at(-1)).join(' ');
  const alsoFull = staffWords === primary ? [] : ((await api.search(staffWords, options))?.results ?? []);
  const best = new Map<string, PagefindResult>();
  for (const r of [...full.results, ...alsoFull]) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  const results = [...best.values()].sort((a, b) => b.score - a.score);
  const seen = new Set(best.keys());
  if ((parts.length < 2 && results.length > 0) || results.length >= ENOUGH)
    return { ...full, results, unfilteredResultCount: results.length };

  // Each alternative of each part on its own; a word that finds nothing is tried by its two-character pieces.
  const tallies = new Map<string, Tally>();
  await Promise.all(
    parts.map(async (part, index) => {
      const tried = await Promise.all(
        part.alternatives.map(async (a) => [a, (await api.search(a, options))?.results ?? []] as const),
      );
      let hits = tried.filter(([, r]) => r.length > 0);
      if (hits.length === 0) {
        const pieces = part.alternatives.flatMap(bigrams);
        hits = (
          await Promise.all(pieces.map(async (a) => [a, (await api.search(a, options))?.results ?? []] as const))
        ).filter(([, r]) => r.length > 0);
      }
      for (const [alternative, found] of hits) {
        for (const result of found) {
          const t = tallies.get(result.id) ?? { matched: new Map() };
          tallies.set(result.id, t);
          const prior = t.matched.get(index);
          if (!prior || prior.result.score < result.score) t.matched.set(index, { alternative, result });
        }
      }
    }),
  );
  const partial = [...tallies.entries()]
    .filter(([id]) => !seen.has(id))
    .map(([id, t]) => {
      const matched = [...t.matched.entries()];
      return {
        id,
        weight: matched.reduce((s, [i]) => s + parts[i]!.weight, 0),
        score: matched.reduce((s, [, m]) => s + m.result.score, 0),
        matched,
      };
    })
    .sort((a, b) => b.weight - a.weight || b.score - a.score);
  for (const p of partial) {
    const best = p.matched.reduce((a, b) => (b[1].result.score > a[1].result.score ? b : a))[1].result;
    const together = p.matched.map(([, m]) => m.alternative).join(' ');
    results.push({
      id: p.id,
      score: p.score,
      words: best.words,
      // Loaded only for the results shown: the excerpt of the parts this page matches, searched together.
      data: async () => {
        if (p.matched.length > 1) {
          const hit = (await api.search(together, options))?.results.find((r) => r.id === p.id);
          if (hit) return hit.data();
        }
        return best.data();
      },
    });
  }
  return { ...full, results, unfilteredResultCount: results.length, partial: partial.length > 0 };
}
