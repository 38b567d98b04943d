/**
 * The collector's task view (procedures/collections, reader M2–M4): the stage lookup its script
 * uses, the schema of its data in collections.yaml, and the texts themselves — both languages say
 * the same figures, every figure is a parameter (never typed), every citation and link resolves.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { stageIndexAt } from '../../calculators/collections/stage';
import { parseCount } from '../../calculators/input/count';
import { parsePolicyFile } from '../../calculators/policy/index';
import { lookupParam } from '../../calculators/policy/param';
import { loadPolicy } from '../../src/policy/load';
import { getRegulation } from '../../src/regulations/load';
import { segments } from '../../src/components/CollectorTaskViewText';
import { expectRejected, policyText } from './policy-fixture';
import { runs } from './runs';

const collections = parsePolicyFile('collections', policyText('collections'));
const { stages } = collections;

describe('stageIndexAt', () => {
  it('puts each stage’s first and last day in that stage', () => {
    stages.forEach((s, i) => {
      expect(stageIndexAt(s.fromDays, stages)).toBe(i);
      if (s.toDays !== undefined) expect(stageIndexAt(s.toDays, stages)).toBe(i);
    });
  });

  it('reads the days staff ask about: due date PRE, 1 M1, 45 M2, 90 M3, 91 and 3,000 M3+', () => {
    const code = (d: number) => stages[stageIndexAt(d, stages)]?.code;
    expect([0, 1, 30, 31, 45, 60, 61, 90, 91, 181, 3000].map(code)).toEqual([
      'PRE',
      'M1',
      'M1',
      'M2',
      'M2',
      'M2',
      'M3',
      'M3',
      'M3+',
      'M3+',
      'M3+',
    ]);
  });

  it('finds no stage before the first, nor for a day that is not whole', () => {
    expect(stageIndexAt(stages[0]!.fromDays - 1, stages)).toBe(-1);
    expect(stageIndexAt(45.5, stages)).toBe(-1);
    expect(stageIndexAt(Number.NaN, stages)).toBe(-1);
  });

  it('every day a collector can type (parseCount) falls in exactly one stage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (d) => {
        const parsed = parseCount(`${d}天`);
        expect(parsed).toEqual({ ok: true, value: d });
        const holding = stages.filter((s) => d >= s.fromDays && (s.toDays === undefined || d <= s.toDays));
        expect(holding).toHaveLength(1);
        expect(stages[stageIndexAt(d, stages)]).toBe(holding[0]);
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('collections schema: the task view’s data', () => {
  it.each([
    [
      'a stage naming an unknown party',
      (d: any) => (d.stages[1].contactParties = ['borrower', 'neighbour']),
      /stages\[1\]\.contactParties\[1\]: unknown party "neighbour"/,
    ],
    [
      'a stage allowing the unrelated third parties',
      (d: any) => (d.stages[0].contactParties = ['borrower', 'unrelated']),
      /stages\[0\]\.contactParties\[1\]: "unrelated" may never be contacted/,
    ],
    [
      'a party listed twice',
      (d: any) => d.contactParties.push({ ...d.contactParties[0] }),
      /contactParties\[6\]\.id: "borrower" is listed twice/,
    ],
    [
      'a matrix in which nobody is off limits',
      (d: any) => (d.contactParties = d.contactParties.filter((p: any) => p.rule !== 'never')),
      /contactParties: must name the unrelated third parties/,
    ],
    [
      'a rule that is not one of the three',
      (d: any) => (d.contactParties[0].rule = 'sometimes'),
      /contactParties\[0\]\.rule/,
    ],
    ['a stage without scripts', (d: any) => (d.stages[2].scripts = []), /stages\[2\]\.scripts/],
    [
      'a checklist without its record list',
      (d: any) => delete d.stages[2].checklist.record,
      /stages\[2\]\.checklist\.record/,
    ],
    [
      'a script without English',
      (d: any) => delete d.stages[1].scripts[0].text.en,
      /stages\[1\]\.scripts\[0\]\.text\.en/,
    ],
  ])('rejects %s', (_name, edit, message) => expectRejected('collections', edit, message));

  it('has, for every stage, something under each of 可做 / 须记录 and at least one script; the matrix covers the five kinds of person of OP-01', () => {
    for (const s of stages) {
      expect(s.checklist.may.length, s.code).toBeGreaterThan(0);
      expect(s.checklist.record.length, s.code).toBeGreaterThan(0);
      expect(s.scripts.length, s.code).toBeGreaterThan(0);
    }
    expect(collections.contactParties.map((p) => [p.id, p.rule])).toEqual([
      ['borrower', 'allowed'],
      ['guarantor', 'conditional'],
      ['spouse', 'conditional'],
      ['listedContact', 'conditional'],
      ['guardianHeirs', 'conditional'],
      ['unrelated', 'never'],
    ]);
  });
});

/** Every text of the task view, with where it lives. */
function taskTexts(): [string, { zh: string; en: string }][] {
  const out: [string, { zh: string; en: string }][] = [];
  const checklist = (where: string, c: typeof collections.overdueChecklist) =>
    (['may', 'mayNot', 'record', 'escalate'] as const).forEach((k) =>
      c[k].forEach((t, i) => out.push([`${where}.${k}[${i}]`, t])),
    );
  stages.forEach((s, i) => {
    checklist(`stages[${i}].checklist`, s.checklist);
    s.scripts.forEach((sc, j) =>
      out.push([`stages[${i}].scripts[${j}].situation`, sc.situation], [`stages[${i}].scripts[${j}].text`, sc.text]),
    );
    if (s.contactNote) out.push([`stages[${i}].contactNote`, s.contactNote]);
  });
  checklist('overdueChecklist', collections.overdueChecklist);
  collections.contactParties.forEach((p, i) =>
    (['who', 'verdict', 'limits'] as const).forEach((k) => out.push([`contactParties[${i}].${k}`, p[k]])),
  );
  return out;
}

const FIGURE_WITH_UNIT = /\d\s*(天|日|个月|月|元|%|％|days?|months?|yuan)/i;

describe('the texts of the task view', () => {
  const policy = loadPolicy();
  const texts = taskTexts();

  it('there are texts to check', () => expect(texts.length).toBeGreaterThan(60));

  it.each(texts)('%s: the same parameters, citations and links in both languages, all resolving', (_where, text) => {
    const refs = (lang: 'zh' | 'en') =>
      segments(text[lang])
        .filter((s) => s.kind !== 'text' && s.kind !== 'bold')
        .map((s) =>
          s.kind === 'param'
            ? `param:${s.path}`
            : s.kind === 'reg'
              ? `reg:${s.id}`
              : s.kind === 'link'
                ? `link:${s.href}`
                : '',
        );
    expect(refs('en')).toEqual(refs('zh'));
    for (const s of segments(text.zh)) {
      if (s.kind === 'param') expect(() => lookupParam(policy, s.path)).not.toThrow();
      if (s.kind === 'reg') expect(() => getRegulation(s.id)).not.toThrow();
      // Links are relative to procedures/collections/: a sibling procedure.
      if (s.kind === 'link')
        expect(existsSync(`content/docs/procedures/${s.href.replace(/^\.\.\/|\/$/g, '')}.mdx`), s.href).toBe(true);
    }
  });

  it.each(texts)('%s types no figure a parameter should hold', (_where, text) => {
    for (const lang of ['zh', 'en'] as const) {
      const plain = segments(text[lang])
        .map((s) => (s.kind === 'text' || s.kind === 'bold' ? s.text : ' '))
        .join('');
      expect(plain, lang).not.toMatch(FIGURE_WITH_UNIT);
    }
  });

  it('the scripts carry no figures at all: what varies is ×× for the collector to fill in', () => {
    for (const s of stages)
      for (const sc of s.scripts)
        for (const lang of ['zh', 'en'] as const) expect(sc.text[lang], `${s.code} ${lang}`).not.toMatch(/\d/);
  });
});
