/**
 * Audit M13: a policy or procedure never types a figure that a policy parameter holds; it reads it
 * with <Param path="…" /> so text and calculators cannot disagree. This scans the prose of every page
 * under policies/, procedures/ and the staff questions (both languages) for figures with a unit — percent, 元 / ¥, days,
 * months — and fails on each that equals a parameter of the same unit. A figure that is a fact of
 * law, or a worked example's input, and only happens to equal a parameter is allowed where the page
 * says why, in an MDX comment listing the figures as written: {/* typed: 24%, 36% — 法发〔2017〕22号
 * Art. 2 and 法释〔2015〕18号 *\/}. The list holds for the whole page; reviewers read it like the text.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '../../src/policy/load';
import { formatForKey } from '../../calculators/policy/param';
import { isDated } from '../../calculators/dated';
import { D } from '../../calculators/decimal';

type Unit = 'percent' | 'money' | 'days' | 'months';

/** Every numeric parameter with a unit, as "unit:value" (percent as a percentage: 0.025 → 2.5), with its paths. */
function parameterFigures(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (unit: Unit, value: string, path: string) =>
    out.set(`${unit}:${value}`, [...(out.get(`${unit}:${value}`) ?? []), path]);
  const walk = (node: unknown, path: string, key: string) => {
    if (isDated(node)) return node.forEach((s, i) => walk(s.value, `${path}[${i}]`, key));
    if (Array.isArray(node)) return node.forEach((v, i) => walk(v, `${path}[${i}]`, key));
    if (node && typeof node === 'object') return Object.entries(node).forEach(([k, v]) => walk(v, `${path}.${k}`, k));
    if (typeof node !== 'number') return;
    const f = formatForKey(key, node);
    if (f === 'percent') add('percent', D(node).times(100).toString(), path);
    else if (f === 'money' || f === 'days' || f === 'months') add(f, D(node).toString(), path);
  };
  for (const [name, area] of Object.entries(loadPolicy())) walk(area, name, name);
  return out;
}

/** The prose of a page: no frontmatter, imports, code, JSX tags (so <Param …/> is gone) or comments; lines kept. */
function prose(source: string): string[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
  let inCode = false;
  return body.split('\n').map((line) => {
    if (/^```/.test(line)) inCode = !inCode;
    if (inCode || /^import /.test(line)) return '';
    return line
      .replace(/<[^>]*>/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/\]\([^)]*\)/g, ']');
  });
}

const FIGURE =
  /(?<![\d.,〔第])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|万|元|%|％|个月|天|日|days?|months?)(?![\d])|¥\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;

function typedFigures(line: string): { unit: Unit; value: string; text: string }[] {
  const out: { unit: Unit; value: string; text: string }[] = [];
  for (const m of line.matchAll(FIGURE)) {
    if (m[4] !== undefined) {
      out.push({ unit: 'money', value: D(`${m[4].replace(/,/g, '')}${m[5] ?? ''}`).toString(), text: m[0] });
      continue;
    }
    const n = D(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
    const u = m[3]!;
    if (u === '%' || u === '％') out.push({ unit: 'percent', value: n.toString(), text: m[0] });
    else if (u === '万' || u === '万元') out.push({ unit: 'money', value: n.times(10_000).toString(), text: m[0] });
    else if (u === '元') out.push({ unit: 'money', value: n.toString(), text: m[0] });
    else if (u === '个月' || u.startsWith('month')) out.push({ unit: 'months', value: n.toString(), text: m[0] });
    else if (u === '天' || u.startsWith('day')) out.push({ unit: 'days', value: n.toString(), text: m[0] });
  }
  return out;
}

const pages = ['policies', 'procedures', 'questions', 'en/policies', 'en/procedures', 'en/questions'].flatMap((dir) =>
  readdirSync(join('content/docs', dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `content/docs/${dir}/${f}`),
);

/** The figures a page allows itself with {/* typed: a, b — why *\/} comments, normalised to unit:value. */
function allowedOn(source: string): Set<string> {
  const allowed = new Set<string>();
  for (const m of source.matchAll(/\{\/\*\s*typed:([^—*]*)/g)) {
    for (const f of typedFigures(m[1]!)) allowed.add(`${f.unit}:${f.value}`);
  }
  return allowed;
}

export function typedParameterFigures(): string[] {
  const params = parameterFigures();
  return pages.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const allowed = allowedOn(source);
    return prose(source).flatMap((line, i) =>
      typedFigures(line)
        .filter((f) => params.has(`${f.unit}:${f.value}`) && !allowed.has(`${f.unit}:${f.value}`))
        .map((f) => `${file}:${i + 1}: "${f.text}" is ${params.get(`${f.unit}:${f.value}`)!.slice(0, 3).join(' / ')}`),
    );
  });
}

describe('policy figures are read from the parameters, never typed (audit M13)', () => {
  it('finds figures with units in the prose and matches them to parameters (the scanner itself)', () => {
    expect(
      typedFigures('逾期超过 90 天，上限 24%，单户 20万元，或 ¥200,000，观察期 12 个月').map(
        (f) => `${f.unit}:${f.value}`,
      ),
    ).toEqual(['days:90', 'percent:24', 'money:200000', 'money:200000', 'months:12']);
    expect(typedFigures('法释〔2020〕17号第25条，2027年末')).toEqual([]);
    expect(prose('见 <Param path="a.b" />，共 <b>5</b> 天\n{/* typed: 24% */} 24%')).toEqual([
      '见  ，共  5  天',
      '  24%',
    ]);
    expect([...allowedOn('x {/* typed: 24%, 10,000元 — 法发〔2017〕22号; a worked example */}')]).toEqual([
      'percent:24',
      'money:10000',
    ]);
  });

  it('no policy or procedure page types a figure a parameter holds', () => {
    expect(typedParameterFigures()).toEqual([]);
  });
});
