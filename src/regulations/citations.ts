/**
 * Which clauses cite which rule: every <Reg id="…"> in content/docs, with the page, its document id,
 * the section (nearest heading above it) and a link. Read from the MDX source at build time, so the
 * register's back-links always match the text (tests/unit/regulations.test.ts checks they are complete).
 */
import { readFileSync } from 'node:fs';
import { mdxFiles } from '../content-files';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import type { Lang } from '../../calculators/format';

export interface Citation {
  regId: string;
  lang: Lang;
  /** Site path relative to the base, e.g. "policies/pricing/" or "en/policies/pricing/". */
  path: string;
  /** Heading anchor of the section, or '' when the citation sits above every heading. */
  anchor: string;
  section: string;
  pageTitle: string;
  /** Document id from the frontmatter `document:` block (RP-03), or '' for pages without one. */
  docId: string;
  /** The article cited, as written in art="…". */
  art: string;
}

const DOCS = 'content/docs';

/** Heading text as the reader sees it, for the slug: MDX tags, emphasis and links removed. */
const plainHeading = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();

export function citationsIn(file: string, root = process.cwd()): Citation[] {
  const rel = relative(join(root, DOCS), file).replace(/\\/g, '/');
  const lang: Lang = rel.startsWith('en/') ? 'en' : 'zh';
  const path = rel.replace(/(^|\/)index\.mdx?$/, '$1').replace(/\.mdx?$/, '/');
  const source = readFileSync(file, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---/.exec(source);
  const meta = (fm ? parse(fm[1]!) : {}) as { title?: string; document?: { id?: string } };
  const slugger = new GithubSlugger();
  const out: Citation[] = [];
  let anchor = '';
  let section = '';
  let inCode = false;
  for (const line of source.slice(fm ? fm[0].length : 0).split('\n')) {
    if (/^```/.test(line)) inCode = !inCode;
    if (inCode) continue;
    const h = /^(#{2,4})\s+(.*)$/.exec(line);
    if (h) {
      section = plainHeading(h[2]!);
      anchor = slugger.slug(section);
      continue;
    }
    for (const m of line.matchAll(/<Reg\s+([^>]*?)\/>/g)) {
      const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
      if (attrs.id)
        out.push({
          regId: attrs.id,
          lang,
          path,
          anchor,
          section,
          pageTitle: meta.title ?? path,
          docId: meta.document?.id ?? '',
          art: attrs.art ?? '',
        });
    }
  }
  return out;
}

let cache: Citation[] | undefined;

/** Every citation in the handbook, both languages. */
export function allCitations(root = process.cwd()): Citation[] {
  cache ??= mdxFiles(join(root, DOCS)).flatMap((f) => citationsIn(f, root));
  return cache;
}
