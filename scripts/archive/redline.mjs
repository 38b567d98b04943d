/**
 * The redline of two versions of a document: blocks aligned with diffArrays, and each block
 * that changed compared character by character (Chinese has no spaces to split words on) or
 * word by word (English). Deleted text in <del>, added text in <ins>, unchanged text as is.
 */
import { diffArrays, diffChars, diffWordsWithSpace } from 'diff';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inline(before, after, lang) {
  const parts = (lang === 'zh' ? diffChars : diffWordsWithSpace)(before, after);
  return parts
    .map((p) => (p.added ? `<ins>${esc(p.value)}</ins>` : p.removed ? `<del>${esc(p.value)}</del>` : esc(p.value)))
    .join('');
}

/** HTML of the redline from `oldBlocks` to `newBlocks`, one <p> per block; a changed block pairs its old and new text. */
export function redline(oldBlocks, newBlocks, lang) {
  const out = [];
  const parts = diffArrays(oldBlocks, newBlocks);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const next = parts[i + 1];
    if (p.removed && next?.added) {
      // Pair removed and added blocks in order; what is left over is wholly deleted or added.
      const n = Math.min(p.value.length, next.value.length);
      for (let k = 0; k < n; k++) out.push(`<p class="rl rl-changed">${inline(p.value[k], next.value[k], lang)}</p>`);
      for (const b of p.value.slice(n)) out.push(`<p class="rl rl-deleted"><del>${esc(b)}</del></p>`);
      for (const b of next.value.slice(n)) out.push(`<p class="rl rl-added"><ins>${esc(b)}</ins></p>`);
      i++;
    } else if (p.removed) {
      for (const b of p.value) out.push(`<p class="rl rl-deleted"><del>${esc(b)}</del></p>`);
    } else if (p.added) {
      for (const b of p.value) out.push(`<p class="rl rl-added"><ins>${esc(b)}</ins></p>`);
    } else {
      for (const b of p.value) out.push(`<p class="rl">${esc(b)}</p>`);
    }
  }
  return out.join('\n');
}
