/**
 * The reading aids' data, checked without a build: the glossary and the
 * training quizzes parse against their schemas, every {param:…} resolves in
 * both languages, the schema rejects what would mislead a trainee, and the
 * worked answers that depend on a policy limit still hold for its value.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { GlossarySchema } from '../../src/glossary/schema';
import { QuizFileSchema } from '../../src/training/schema';
import { fillParams, parseQuizFile } from '../../src/training/load';
import { loadPolicy } from '../../src/policy/load';
import { amortize, annualizedRate, scheduleCashflows } from '../../calculators/schedule/index';

const quiz = parseQuizFile(readFileSync('content/training/quiz.yaml', 'utf8'));
const glossary = GlossarySchema.parse(parse(readFileSync('content/glossary/terms.yaml', 'utf8')));

describe('glossary', () => {
  it('rejects a term id listed twice, naming the second', () => {
    const found = GlossarySchema.safeParse([glossary[0], glossary[1], glossary[0]]);
    expect(found.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['2.id', `duplicate term id "${glossary[0]!.id}"`],
    ]);
  });
  // Both languages of each term are GlossarySchema's job (min(1) on each), checked when it parses above.
  it('has at least 45 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(45);
  });
  it('covers the abbreviations staff search for', () => {
    const names = new Set(glossary.flatMap((t) => [...t.aka, t.term.en]));
    for (const a of [
      'DPD',
      'M1',
      'M2',
      'M3',
      'M3+',
      'NPL',
      'ECL',
      'PD',
      'LGD',
      'EAD',
      'RAROC',
      'FTP',
      'LPR',
      'IRR',
      'APR',
      'ABS',
    ]) {
      expect(names, a).toContain(a);
    }
  });
});

describe('training quizzes', () => {
  // One correct choice per question is QuestionSchema's own rule, checked when the file parses above.
  it('has five modules of at least four questions', () => {
    expect(quiz.map((m) => m.module)).toEqual([
      'institution',
      'rates',
      'admission-pricing',
      'monitoring-provisioning',
      'collections',
    ]);
    for (const m of quiz) expect(m.questions.length).toBeGreaterThanOrEqual(4);
  });

  it('fills every parameter placeholder in both languages', () => {
    const policy = loadPolicy();
    for (const m of quiz) {
      for (const q of m.questions) {
        for (const text of [q.prompt, q.explanation, ...q.choices]) {
          for (const lang of ['zh', 'en'] as const) {
            const filled = fillParams(text[lang], lang, policy);
            expect(filled, `${m.module}/${q.id}`).not.toMatch(/\{param:/);
          }
        }
      }
    }
    expect(fillParams('{param:governance.policyReviewMonths}', 'en', policy)).toBe('12 months');
  });

  it('rejects a question with no or two correct choices, a duplicate id, or too few questions', () => {
    const q = (id: string, correct: number[]) => ({
      id,
      prompt: { zh: '问', en: 'Q' },
      choices: [0, 1, 2].map((i) => ({ zh: `选${i}`, en: `C${i}`, ...(correct.includes(i) ? { correct: true } : {}) })),
      explanation: { zh: '因为', en: 'Because' },
    });
    const ok = [q('a', [0]), q('b', [1]), q('c', [2]), q('d', [0])];
    expect(QuizFileSchema.safeParse([{ module: 'm', questions: ok }]).success).toBe(true);
    expect(QuizFileSchema.safeParse([{ module: 'm', questions: [...ok.slice(0, 3), q('d', [])] }]).success).toBe(false);
    expect(QuizFileSchema.safeParse([{ module: 'm', questions: [...ok.slice(0, 3), q('d', [0, 1])] }]).success).toBe(
      false,
    );
    expect(
      QuizFileSchema.safeParse([{ module: 'm', questions: [...ok.slice(0, 3), q('a', [0])] }]).error?.issues[0],
    ).toMatchObject({ path: [0, 'questions', 3, 'id'], message: 'duplicate question id "a"' });
    expect(
      QuizFileSchema.safeParse([
        { module: 'm', questions: ok },
        { module: 'm', questions: ok },
      ]).error?.issues[0],
    ).toMatchObject({ path: [1, 'module'], message: 'duplicate module "m"' });
    expect(QuizFileSchema.safeParse([{ module: 'm', questions: ok.slice(0, 3) }]).success).toBe(false);
    expect(() => parseQuizFile('- module: m\n  questions: []\n', 'x.yaml')).toThrow(/x\.yaml: invalid quiz/);
  });

  /** The PBOC annualised rate of a 12-month equal-instalment loan with the given fees (an upfront fee paid at disbursement). */
  const aprOf = (principal: string, annualRate: string, fees: { upfrontAmount: string; monthlyFeeRate: string }) =>
    annualizedRate(
      scheduleCashflows(amortize({ principal, annualRate, termMonths: 12, method: 'equal-instalment', fees })),
    );

  it('the partner-quote answer still holds: its annualised rate is above the all-in cap', () => {
    const apr = aprOf('20000', '0.15', { upfrontAmount: '1000', monthlyFeeRate: '0' });
    expect(apr.simple.toDecimalPlaces(4).toFixed(4)).toBe('0.2493');
    expect(apr.simple.gt(loadPolicy().governance.riskAppetite.maxAllInAprRate)).toBe(true);
  });

  it('the instalment-fee answer is the IRR figure (13.03% simple, 13.84% compound)', () => {
    const apr = aprOf('12000', '0', { upfrontAmount: '0', monthlyFeeRate: '0.006' });
    expect(apr.simple.times(100).toDecimalPlaces(2).toFixed(2)).toBe('13.03');
    expect(apr.compound.times(100).toDecimalPlaces(2).toFixed(2)).toBe('13.84');
  });
});
