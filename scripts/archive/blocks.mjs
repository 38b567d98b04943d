/**
 * A built page's content as the blocks a reader sees (headings, paragraphs, list items, table
 * rows), for the redline of a superseded version. Plain regex work on Starlight's own markup:
 * anchor-link screen-reader text and glossary tooltips are dropped, table cells joined by " | ".
 */

/** The inner HTML of <div class="sl-markdown-content">, balanced on nested divs. */
export function markdownContent(html) {
  const start = html.search(/<div class="sl-markdown-content"[^>]*>/);
  if (start < 0) throw new Error('no sl-markdown-content in the page');
  const open = html.indexOf('>', start) + 1;
  let depth = 1;
  const tag = /<\/?div\b[^>]*>/g;
  tag.lastIndex = open;
  for (let m; (m = tag.exec(html));) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(open, m.index);
  }
  throw new Error('unbalanced sl-markdown-content');
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (s) =>
  s.replace(
    /&(#x?[0-9a-f]+|\w+);/gi,
    (m, e) =>
      ENTITIES[e] ?? (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : +e.slice(1)) : m),
  );

const BLOCK =
  /<\/?(?:h[1-6]|p|li|tr|dt|dd|div|table|thead|tbody|ul|ol|dl|blockquote|caption|details|summary|figure|section|aside)\b[^>]*>/gi;

/** The text blocks of a content fragment, in order. */
export function blocksOf(fragment) {
  const cleaned = fragment
    .replace(/<a class="sl-anchor-link"[\s\S]*?<\/a>/g, '')
    .replace(/<span class="term-tip"[\s\S]*?<\/span>/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/t[dh]>\s*<t[dh]\b[^>]*>/gi, ' | ')
    .replace(BLOCK, '\n')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  return decode(cleaned)
    .split('\n')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Links in a frozen fragment, rewritten so they still work from the archive page: each href is
 * resolved against the page it was built for (under its build's base) and made relative to `to`.
 */
export function relinkFragment(fragment, { from, to, base }) {
  const origin = 'https://h.invalid';
  const fromUrl = new URL(base.replace(/\/?$/, '/') + from, origin);
  return fragment.replace(/\s(href|src)="([^"]*)"/g, (m, attr, href) => {
    if (!href || href.startsWith('#') || /^[a-z]+:/i.test(href)) return m;
    let target = new URL(href, fromUrl).pathname;
    if (target.startsWith(base)) target = target.slice(base.length - 1);
    const up = to.split('/').filter(Boolean).length;
    return ` ${attr}="${'../'.repeat(up)}${target.replace(/^\//, '')}${href.includes('#') ? href.slice(href.indexOf('#')) : ''}"`;
  });
}
