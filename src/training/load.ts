/**
 * Reads and validates content/training/quiz.yaml once per build (Node fs; never
 * shipped to the browser) and hands each module's questions to the quiz island
 * in one language, with {param:…} placeholders replaced by the formatted policy
 * value. A bad file, an unknown module or an unknown parameter fails the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentYaml } from '../content-yaml';
import { QuizFileSchema, type LocalQuestion, type QuizModule } from './schema';
import { loadPolicy } from '../policy/load';
import { formatParam, lookupParam } from '../../calculators/policy/param';
import type { Lang } from '../../calculators/format';

const FILE = 'content/training/quiz.yaml';
let cache: QuizModule[] | undefined;

export function parseQuizFile(source: string, file = FILE): QuizModule[] {
  return parseContentYaml(source, QuizFileSchema, file, 'quiz');
}

export function loadQuiz(): QuizModule[] {
  cache ??= parseQuizFile(readFileSync(join(process.cwd(), FILE), 'utf8'));
  return cache;
}

/** Replace every {param:dotted.path} with the parameter formatted for `lang`. */
export function fillParams(text: string, lang: Lang, policy: Record<string, unknown> = loadPolicy()): string {
  return text.replace(/\{param:([^}\s]+)\}/g, (_, path: string) => {
    const { key, value } = lookupParam(policy, path);
    return formatParam(key, value, lang);
  });
}

/** The questions of `module` in `lang`, ready for the island. */
export function quizFor(module: string, lang: Lang): LocalQuestion[] {
  const mod = loadQuiz().find((m) => m.module === module);
  if (!mod)
    throw new Error(
      `<Quiz module="${module}">: no such module in ${FILE} (known: ${loadQuiz()
        .map((m) => m.module)
        .join(', ')})`,
    );
  return mod.questions.map((q) => ({
    id: q.id,
    prompt: fillParams(q.prompt[lang], lang),
    choices: q.choices.map((c) => fillParams(c[lang], lang)),
    answer: q.choices.findIndex((c) => c.correct),
    explanation: fillParams(q.explanation[lang], lang),
  }));
}
