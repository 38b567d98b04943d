/**
 * 自测题: one module's multiple-choice questions. Each question is a form with a
 * radio group in a fieldset; submitting shows right/wrong and the explanation in
 * a live region. Submitted answers persist in localStorage (storage.ts), read
 * after hydration so the server-rendered markup always matches the first render.
 * Deliberately small: no calculators/ code, no decimal.js.
 * Text that the server renders is one string per node ({`${n}.`}, not {n}.):
 * Preact's hydration does not split a server text node into two.
 *
 * The submit button works before hydration (reader L6): a form submitted early is
 * marked data-pending (by Quiz.astro's script, or by submit() below until the saved
 * answers are read) and answered as soon as they are; the choice is read from the
 * form itself, so a radio ticked before hydration counts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../calculators/format';
import type { LocalQuestion } from '../../training/schema';
import { quizStrings } from './strings';
import { fill } from '../kit/fill';
import { loadAnswers, saveAnswers, storageAvailable, type Answers } from './storage';
import { writeProgress } from './progress';

interface Props {
  module: string;
  lang: Lang;
  questions: LocalQuestion[];
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** The option ticked in a question's form, if any: its position among the question's radios (option i is radio i). */
const chosenIn = (form: HTMLFormElement | null): number | undefined => {
  const index = [...(form?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].findIndex(
    (r) => r.checked,
  );
  return index < 0 ? undefined : index;
};

export default function Quiz({ module, lang, questions }: Props) {
  const t = quizStrings[lang];
  const [ready, setReady] = useState(false);
  const [canStore, setCanStore] = useState(true);
  /** The option each radio group has selected (not yet necessarily submitted). */
  const [selected, setSelected] = useState<Answers>({});
  /** Submitted answers: what is scored, explained and stored. */
  const [answers, setAnswers] = useState<Answers>({});
  const [nudge, setNudge] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  /** Set once the saved answers are read: before that, a submit is only marked pending. */
  const loaded = useRef(false);
  const formOf = (q: LocalQuestion) => document.getElementById(`quiz-${module}-${q.id}`) as HTMLFormElement | null;

  useEffect(() => {
    loaded.current = true;
    const saved = loadAnswers(module, Object.fromEntries(questions.map((q) => [q.id, q.choices.length])));
    // What the reader did before this ran: options ticked, answers submitted.
    const ticked: Answers = {};
    let unanswered: string | null = null;
    const next = { ...saved };
    for (const q of questions) {
      const form = formOf(q);
      const choice = chosenIn(form);
      if (choice !== undefined) ticked[q.id] = choice;
      if (!form?.hasAttribute('data-pending')) continue;
      form.removeAttribute('data-pending');
      if (choice === undefined) unanswered = q.id;
      else next[q.id] = choice;
    }
    setAnswers(next);
    setSelected({ ...saved, ...ticked });
    setNudge(unanswered);
    if (
      Object.keys(next).length !== Object.keys(saved).length ||
      Object.entries(next).some(([id, c]) => saved[id] !== c)
    )
      saveAnswers(module, next);
    setCanStore(storageAvailable());
    setReady(true);
  }, []);

  const submit = (q: LocalQuestion) => (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    if (!loaded.current) {
      form.setAttribute('data-pending', '');
      return;
    }
    const choice = chosenIn(form);
    setStatus('');
    if (choice === undefined) {
      setNudge(q.id);
      return;
    }
    setNudge(null);
    setAnswers((prev) => {
      const next = { ...prev, [q.id]: choice };
      saveAnswers(module, next);
      return next;
    });
  };

  const reset = () => {
    setAnswers({});
    setSelected({});
    setNudge(null);
    saveAnswers(module, {});
    // Now, not in the effect below: a reload right after the click would beat the effect and keep the tick.
    writeProgress(module, { answered: 0, total: questions.length, right: 0 });
    setStatus(t.resetDone);
  };

  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  const right = questions.filter((q) => answers[q.id] === q.answer).length;
  // The summary the sidebar and the training overview show (progress.ts).
  useEffect(() => {
    if (ready) writeProgress(module, { answered, total: questions.length, right });
  }, [ready, answered, right]);

  return (
    <div class="quiz not-content" data-pagefind-ignore="all" data-module={module} data-ready={ready ? 'true' : 'false'}>
      <ol class="quiz-list">
        {questions.map((q, n) => {
          const base = `quiz-${module}-${q.id}`;
          const given = answers[q.id];
          const done = given !== undefined;
          const ok = given === q.answer;
          return (
            <li key={q.id} class="quiz-item">
              <form class="quiz-q" id={base} method="dialog" onSubmit={submit(q)}>
                <fieldset>
                  <legend>
                    <span class="quiz-num">{`${n + 1}.`}</span>
                    {` ${q.prompt}`}
                  </legend>
                  {q.choices.map((c, i) => (
                    <div class="quiz-choice" key={i}>
                      <input
                        type="radio"
                        id={`${base}-${i}`}
                        name={base}
                        value={String(i)}
                        checked={selected[q.id] === i}
                        onChange={() => setSelected((s) => ({ ...s, [q.id]: i }))}
                      />
                      <label for={`${base}-${i}`}>
                        <span class="quiz-letter">{`${letter(i)}.`}</span>
                        {` ${c}`}
                      </label>
                    </div>
                  ))}
                </fieldset>
                <button type="submit" class="quiz-submit">
                  {t.check}
                </button>
                <div class="quiz-feedback-region" aria-live="polite">
                  {nudge === q.id && <p class="quiz-nudge">{t.chooseFirst}</p>}
                  {done && (
                    <div class={`quiz-feedback ${ok ? 'quiz-feedback--right' : 'quiz-feedback--wrong'}`}>
                      <p class="quiz-verdict">
                        <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
                        {ok ? t.correct : t.wrong}
                        {!ok && <>{` ${t.rightAnswer}${letter(q.answer)}. ${q.choices[q.answer]}`}</>}
                      </p>
                      <p class="quiz-explanation">{q.explanation}</p>
                      {q.see && (
                        <p class="quiz-source">
                          {t.source}
                          <a href={q.see.href}>{q.see.label}</a>
                        </p>
                      )}
                    </div>
                  )}
                </div>
              </form>
            </li>
          );
        })}
      </ol>
      <div class="quiz-footer">
        <p class="quiz-progress">
          {answered === questions.length && right === questions.length
            ? t.allDone
            : fill(t.progress, { answered, total: questions.length, right })}
        </p>
        <button type="button" class="quiz-reset" onClick={reset} disabled={!ready}>
          {t.reset}
        </button>
        <span class="quiz-status" role="status">
          {status}
        </span>
        <p class="quiz-note">{canStore ? t.stored : t.noStorage}</p>
      </div>
    </div>
  );
}
