/**
 * The self-check quizzes of the training path (content/training/quiz.yaml):
 * one list of questions per module, both languages, exactly one correct choice.
 * Text may name a policy parameter as {param:governance.policyReviewMonths};
 * it is filled in at build time in the reader's language (src/training/load.ts).
 */
import { z } from 'zod';
import { uniqueBy } from '../../calculators/policy/list-checks';

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens');

export const ChoiceSchema = text.extend({ correct: z.literal(true).optional() }).strict();

export const QuestionSchema = z
  .object({
    /** Stable within its module: progress in the browser is stored under it. */
    id: slug,
    prompt: text,
    choices: z.array(ChoiceSchema).min(2).max(6),
    /** Shown after every answer, right or wrong: why the correct choice is correct, with its source. */
    explanation: text,
    /** The clause the explanation rests on: a page and its Chinese heading anchor, "policies/governance/#三道防线". */
    see: z
      .string()
      .regex(
        /^[a-z0-9-]+(\/[a-z0-9-]+)*\/#\S+$/,
        'a page path and a heading anchor, e.g. policies/governance/#三道防线',
      )
      .optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const n = q.choices.filter((c) => c.correct).length;
    if (n !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `exactly one choice must be marked correct: true (found ${n})`,
      });
  });

export const QuizModuleSchema = z
  .object({
    /** The module's page slug under training/, e.g. "institution". */
    module: slug,
    questions: z.array(QuestionSchema).min(4),
  })
  .strict()
  .superRefine((m, ctx) => {
    uniqueBy(m.questions, 'id', ctx, (id) => `duplicate question id "${id}"`, ['questions']);
  });

export const QuizFileSchema = z
  .array(QuizModuleSchema)
  .min(1)
  .superRefine((mods, ctx) => {
    uniqueBy(mods, 'module', ctx, (id) => `duplicate module "${id}"`);
  });

export type QuizModule = z.infer<typeof QuizModuleSchema>;
export type Question = z.infer<typeof QuestionSchema>;

/** One question as the island receives it: one language, placeholders filled, the answer as an index. */
export interface LocalQuestion {
  id: string;
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
  /** The cited clause, resolved for this language: link and "page title · heading". */
  see?: { href: string; label: string };
}
