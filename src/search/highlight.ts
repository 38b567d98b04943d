/**
 * Marks the searched words on the page a search result leads to (browser side). Pagefind adds
 * them to the result links as ?highlight=…; the text nodes of the page's content that contain
 * them get a <mark>. Small on purpose (no mark.js): it runs on every page that has the parameter.
 */
export function highlightFromUrl(root: ParentNode | null = document.querySelector('.sl-markdown-content')) {
  const words = new URL(location.href).searchParams
    .getAll('highlight')
    .flatMap((w) => w.split(/\s+/))
    // Single Chinese characters and short Latin words (的, 是, in) would mark half the page.
    .filter((w) => w.length >= (/[\u3400-\u9fff]/.test(w) ? 2 : 3));
  if (!root || words.length === 0) return;
  const pattern = new RegExp(
    words
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length)
      .join('|'),
    'gi',
  );
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script, style, mark, [data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const m of text.matchAll(pattern)) {
      frag.append(text.slice(at, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = m[0];
      frag.append(mark);
      at = m.index + m[0].length;
    }
    frag.append(text.slice(at));
    node.replaceWith(frag);
  }
}
