/**
 * Which sections of a result page are shown, in what order (browser side). Pagefind lists a
 * page's sections in page order and keeps the three with the most matched words; here they are
 * ordered by Pagefind's own weighted score of their matches (a heading match weighs more), so
 * the section that answers the question comes first under its page.
 */
interface SubResult {
  url: string;
  weighted_locations?: { weight: number; balanced_score: number }[];
  locations: number[];
}
interface ResultData {
  url: string;
  meta?: { url?: string };
  sub_results?: SubResult[];
}

const score = (s: SubResult) =>
  (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0) || s.locations.length;

/** Reorders (and keeps at most three of) a result's sections, best first; the page's own intro keeps its place. */
export function rankSections<T extends ResultData>(data: T): T {
  const subs = data.sub_results;
  if (!Array.isArray(subs) || subs.length === 0) return data;
  const pageUrl = data.meta?.url || data.url;
  const root = subs[0]!.url === pageUrl ? [subs[0]!] : [];
  const sections = subs
    .slice(root.length)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);
  // The intro stays first only when it scores at least as well as the best section.
  const intro = root.length && (sections.length === 0 || score(root[0]!) >= score(sections[0]!)) ? root : [];
  data.sub_results = [...intro, ...sections];
  return data;
}
