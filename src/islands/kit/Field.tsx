/**
 * A labelled text field with its error message underneath, wired for screen
 * readers (aria-invalid, aria-describedby). Text, not type=number: staff type
 * "100万", "４．９%" or "1,000,000", which the calculators' parsers understand.
 * `note`: what the parser assumed (0.049 read as 4.9%, a daily rate annualised),
 * shown under the field while it has no error. Described by, not announced: it
 * changes as the reader types (calculators review #1).
 */
import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  note?: string | undefined;
  hint?: ComponentChildren;
  inputMode?: 'decimal' | 'numeric' | 'text';
  suffix?: string;
}

export function Field({ id, label, value, onInput, error, note, hint, inputMode = 'decimal', suffix }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  if (error) note = undefined;
  const describedBy =
    [hint ? hintId : '', note ? noteId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`calc-field${error ? ' calc-field--invalid' : ''}`}>
      <label for={id}>{label}</label>
      <div class="calc-input">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
        {suffix && (
          <span class="calc-suffix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} class="calc-hint">
          {hint}
        </p>
      )}
      {note && (
        <p id={noteId} class="calc-field-note">
          {note}
        </p>
      )}
      {error && (
        <p id={errorId} class="calc-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ id, label, value, options, onChange }: SelectProps<T>) {
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
