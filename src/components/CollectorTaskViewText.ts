/**
 * The small markup of the task view's texts in content/policy/collections.yaml (see taskText in
 * calculators/policy/collections.ts): {policy.path} → <Param>, {reg:id|art|short} → <Reg>,
 * [label](href) → a link, **text** → bold. Anything else is plain text.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'param'; path: string }
  | { kind: 'reg'; id: string; art?: string; short: boolean }
  | { kind: 'link'; label: string; href: string };

const TOKEN =
  /\{reg:([a-z0-9-]+)(?:\|([^|}]*))?(\|short)?\}|\{([a-zA-Z][\w.[\]]*)\}|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g;

export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined)
      out.push({ kind: 'reg', id: m[1], ...(m[2] ? { art: m[2] } : {}), short: m[3] !== undefined });
    else if (m[4] !== undefined) out.push({ kind: 'param', path: m[4] });
    else if (m[5] !== undefined) out.push({ kind: 'link', label: m[5], href: m[6]! });
    else out.push({ kind: 'bold', text: m[7]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
