/**
 * How a typed question becomes Pagefind queries (runs in the browser; no Node APIs).
 * Pagefind ANDs every word of a query, so a question word the handbook never uses (怎么办, 吗,
 * how, can I …) or a staff word it words differently (紧急联系人 → 预留联系人) empties the
 * result list. Here the question words are dropped, staff words are replaced by the handbook's
 * term (content/search/synonyms.yaml; the staff word is kept as a second choice) and what is
 * left is cut into parts that ./forgiving.ts can search one by one when the whole finds too little.
 * Pagefind still does the matching, segmentation of Chinese, stemming and ranking.
 */

/** [staff words, handbook term] from content/search/synonyms.yaml. */
export type Synonym = [words: string[], term: string];
/** One part of a query: its alternatives, the first searched first; `weight` < 1 for numbers. */
export interface Part {
  alternatives: string[];
  weight: number;
}

/** Question words and fillers the handbook never uses; removed wherever they occur (longest first). */
const ZH_QUESTION = [
  '怎么处理',
  '怎么算',
  '怎么样',
  '怎么办',
  '怎么',
  '怎样',
  '如何',
  '能不能',
  '可不可以',
  '可以吗',
  '可以',
  '能否',
  '是否',
  '是不是',
  '有没有',
  '要不要',
  '会不会',
  '多长时间',
  '多久',
  '多少',
  '什么时候',
  '什么情况',
  '什么',
  '几点',
  '几天',
  '几个',
  '哪些',
  '哪个',
  '哪里',
  '哪儿',
  '为什么',
  '请问',
  '一下',
  '还要',
  '还能',
  '还可以',
  '需要',
  '应该',
  '我们',
  '你们',
  '他们',
  '绝对',
  '到底',
  '出来',
  '最多',
  '最长',
  '最高',
  '达到',
  '要找',
  '谁',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
];
const EN_STOP = new Set(
  `a an the i we you he she it they me my our your his her their them us is are was were be been being do does did
  can could may might must shall should will would how what when where which who whom whose why if then than that this
  these those there here of to in on at by for from with about into over after before up out as and or but so too very
  just also still any all some much many more most such only now get got go let lets please tell ok okay allowed
  need needs have has had happen happens same thing things whats what's it's there's don't doesn't isn't`.split(/\s+/),
);
const CJK = /[\u3400-\u9fff]/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower case, full-width to half-width (NFKC), punctuation to spaces. */
const normalise = (raw: string) =>
  raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'\-\s]/gu, ' ');

/** The parts of a query typed on a page in `lang`; [] when nothing searchable is left. */
export function understand(raw: string, lang: 'zh' | 'en', synonyms: Synonym[]): Part[] {
  let text = ` ${normalise(raw)} `;
  const parts: Part[] = [];
  // Staff words first (longest first, so 上门催收 wins over 上门), each replaced by a marker.
  const pairs = synonyms
    .flatMap(([words, term]) => words.map((w) => [w.toLowerCase(), term] as const))
    .sort((a, b) => b[0].length - a[0].length);
  for (const [word, term] of pairs) {
    const pattern =
      lang === 'en' ? new RegExp(`(?<=[\\s-])${escape(word)}(?=[\\s-])`, 'g') : new RegExp(escape(word), 'g');
    if (!pattern.test(text)) continue;
    const existing = parts.find((p) => p.alternatives[0] === term);
    if (existing) existing.alternatives.push(word);
    else parts.push({ alternatives: [term, word], weight: 1 });
    text = text.replace(pattern, ' ');
  }
  if (lang === 'en') {
    for (const word of text.split(/\s+/)) {
      const w = word.replace(/^['-]+|['-]+$/g, '');
      if (w && !EN_STOP.has(w) && !(w.length === 1 && !/\d/.test(w)))
        parts.push({ alternatives: [w], weight: /^\d+$/.test(w) ? 0.5 : 1 });
    }
    return parts;
  }
  for (const q of ZH_QUESTION) text = text.replaceAll(q, ' ');
  // 的/了 only at the end of a chunk (inside words such as 目的 or 了解 they stay).
  text = text.replace(/[的了]+(?=\s)/g, ' ');
  // Chunks split where Chinese meets digits or Latin letters (逾期45天 → 逾期 / 45天).
  const chunks = text
    .split(/\s+/)
    .flatMap((c) => c.match(/\d+[\u3400-\u9fff]?|[\u3400-\u9fff]+|[a-z][a-z0-9'-]*/g) ?? []);
  for (const c of chunks) {
    // A lone Chinese character left over (后, 能, 打 …) narrows nothing.
    if (CJK.test(c) && c.length < 2) continue;
    parts.push({ alternatives: [c], weight: /^\d/.test(c) ? 0.5 : 1 });
  }
  return parts;
}

/** Overlapping two-character pieces of a Chinese word (打电话 → 打电, 电话): the fallback when the word finds nothing. */
export const bigrams = (word: string): string[] =>
  CJK.test(word) && word.length > 2 ? Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2)) : [];
