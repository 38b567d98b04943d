/**
 * 贷款分类器: days past due and restructuring facts → five-tier category and
 * ECL stage, with the deciding rule quoted and linked to its clause in RP-06.
 * All logic is calculators/provisioning's classifyLoan; this file parses and renders.
 */
import { useMemo } from 'preact/hooks';
import { classifyLoan, OBSERVATION_TRIGGERS, TRIGGERS, type Trigger } from '../../../calculators/provisioning/classify';
import { CalcError } from '../../../calculators/errors';
import { CATEGORIES, CATEGORY_NAMES, type Category } from '../../../calculators/policy/categories';
import { parseCount } from '../../../calculators/input/count';
import type { Provisioning } from '../../../calculators/policy/provisioning';
import type { Lang } from '../../../calculators/format';
import { Field, SelectField } from '../kit/Field';
import { Toolbar } from '../kit/Toolbar';
import { useUrlState } from '../kit/url-state';
import { kitStrings } from '../kit/strings';
import type { ClassifierStrings } from './classifier-strings';

export const DEFAULT_FACTS = { d: '45', r: '0', om: '0', op: '0', pb: 'normal', t: '' };
type Facts = typeof DEFAULT_FACTS;

/** Clause anchors are on the policy page; relative so the reader's language and the base path are kept. */
const clauseHref = (anchor: string) => `../../policies/provisioning/#${anchor}`;

function compute(s: Facts, policy: Provisioning) {
  const restructured = s.r === '1';
  const dpd = parseCount(s.d);
  const months = restructured ? parseCount(s.om, { zh: '观察期月数', en: 'Months' }, 600) : undefined;
  const periods = restructured ? parseCount(s.op, { zh: '还款期数', en: 'Periods' }, 600) : undefined;
  const errors: Partial<Record<'d' | 'om' | 'op', { zh: string; en: string }>> = {};
  if (!dpd.ok) errors.d = dpd.error.message;
  if (months && !months.ok) errors.om = months.error.message;
  if (periods && !periods.ok) errors.op = periods.error.message;
  if (!dpd.ok || (months && !months.ok) || (periods && !periods.ok)) return { errors };
  const triggers = s.t.split(',').filter((t): t is Trigger => (TRIGGERS as readonly string[]).includes(t));
  const before = (CATEGORIES as readonly string[]).includes(s.pb) ? (s.pb as Category) : 'normal';
  try {
    const result = classifyLoan(
      {
        dpd: dpd.value,
        restructured,
        observationMonths: months?.ok ? months.value : undefined,
        consecutiveOnTimePayments: periods?.ok ? periods.value : undefined,
        categoryBeforeRestructuring: restructured ? before : undefined,
        otherTriggers: triggers,
      },
      policy,
    );
    return { errors, result, triggers };
  } catch (e) {
    // A fact the calculation refuses: its message goes next to the field responsible (review #24).
    if (!(e instanceof CalcError)) throw e;
    errors[FIELD_KEYS[e.field ?? ''] ?? 'd'] = e.messages;
    return { errors };
  }
}

/** classifyLoan's field names (CalcError.field) → this form's URL keys. */
const FIELD_KEYS: Record<string, 'd' | 'om' | 'op'> = {
  dpd: 'd',
  observationMonths: 'om',
  consecutiveOnTimePayments: 'op',
};

/** `t`: this page's interface strings (classifierStrings[lang]), passed by the page so the bundle carries no strings. */
export default function ClassifierCalculator({
  lang,
  t,
  policy,
}: {
  lang: Lang;
  t: ClassifierStrings;
  policy: Provisioning;
}) {
  const k = kitStrings[lang];
  const [s, set] = useUrlState(DEFAULT_FACTS);
  const r = useMemo(() => compute(s, policy), [s, policy]);
  const restructured = s.r === '1';
  const active = new Set(s.t.split(',').filter(Boolean));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(active);
    if (on) next.add(id);
    else next.delete(id);
    set({ t: TRIGGERS.filter((x) => next.has(x)).join(',') });
  };
  const check = (id: string, label: string, checked: boolean, onChange: (on: boolean) => void) => (
    <div class="calc-field calc-check" key={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
  const res = r.result;

  return (
    <div class="calc not-content" data-calc="classifier">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label={t.form}>
        <Field
          id="cl-dpd"
          label={t.dpd}
          hint={t.dpdHint}
          value={s.d}
          onInput={(v) => set({ d: v })}
          error={r.errors.d?.[lang]}
          inputMode="numeric"
        />
        {check('cl-restructured', t.restructured, restructured, (on) =>
          // Unticked: the observation-period facts go too, so ticking again starts from a clean slate.
          set({
            r: on ? '1' : '0',
            ...(on ? {} : { t: TRIGGERS.filter((x) => active.has(x) && !OBSERVATION_TRIGGERS.has(x)).join(',') }),
          }),
        )}
        {restructured && (
          <fieldset class="calc-fees">
            <legend>{t.restructuring}</legend>
            <Field
              id="cl-months"
              label={t.months}
              hint={t.monthsHint}
              value={s.om}
              onInput={(v) => set({ om: v })}
              error={r.errors.om?.[lang]}
              inputMode="numeric"
            />
            <Field
              id="cl-periods"
              label={t.periods}
              value={s.op}
              onInput={(v) => set({ op: v })}
              error={r.errors.op?.[lang]}
              inputMode="numeric"
            />
            <SelectField
              id="cl-before"
              label={t.before}
              value={s.pb}
              options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_NAMES[c][lang] }))}
              onChange={(v) => set({ pb: v })}
            />
            {/* The observation-period facts apply to a restructured asset only: shown (and counted) only then (review #17). */}
            {TRIGGERS.filter((id) => OBSERVATION_TRIGGERS.has(id)).map((id) =>
              check(`cl-${id}`, t[id], active.has(id), (on) => toggle(id, on)),
            )}
          </fieldset>
        )}
        <fieldset class="calc-fees">
          <legend>{t.triggers}</legend>
          {TRIGGERS.filter((id) => !OBSERVATION_TRIGGERS.has(id)).map((id) =>
            check(`cl-${id}`, t[id], active.has(id), (on) => toggle(id, on)),
          )}
        </fieldset>
      </form>

      <section class="calc-results" aria-label={k.results}>
        {res ? (
          <>
            <dl class="calc-summary">
              <div class="calc-key" aria-live="polite" aria-atomic="true">
                <dt>{t.category}</dt>
                <dd data-result="category">{CATEGORY_NAMES[res.category][lang]}</dd>
              </div>
              <div>
                <dt>{t.npl}</dt>
                <dd data-result="npl">{res.nonPerforming ? t.yes : t.no}</dd>
              </div>
              <div class="calc-key">
                <dt>{t.stage}</dt>
                <dd data-result="stage">{t.stageN.replace('{n}', String(res.stage))}</dd>
              </div>
              {restructured && (
                <div>
                  <dt>{t.observation}</dt>
                  <dd data-result="observation">{res.inObservation ? t.inObservation : t.notInObservation}</dd>
                </div>
              )}
            </dl>
            <h2 class="calc-subhead">{t.rule}</h2>
            <blockquote class="calc-rule" data-result="rule">
              <p>{res.rule[lang]}</p>
              <p>
                <a href={clauseHref(res.clause)}>{t.readClause}</a>
              </p>
            </blockquote>
            <h2 class="calc-subhead">{t.stageRule}</h2>
            <blockquote class="calc-rule" data-result="stage-rule">
              <p>{res.stageRule[lang]}</p>
              <p>
                <a href={clauseHref(res.stageClause)}>{t.readClause}</a>
              </p>
            </blockquote>
            <details class="calc-math">
              <summary>{t.allRules}</summary>
              {res.hits.length ? (
                <ol data-result="hits">
                  {res.hits.map((h) => (
                    <li key={h.id}>
                      {h.id === res.decidedBy ? (
                        <strong>
                          {h.text[lang]}
                          {t.decides}
                        </strong>
                      ) : (
                        h.text[lang]
                      )}
                    </li>
                  ))}
                </ol>
              ) : (
                <p>{t.noRules}</p>
              )}
            </details>
          </>
        ) : (
          <p class="calc-error" data-result="error">
            {k.fixInput}
          </p>
        )}
      </section>
      <Toolbar lang={lang} />
    </div>
  );
}
