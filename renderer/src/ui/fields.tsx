import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { fieldErrorId, fieldId } from '../app/testids';
import { parseNumber } from './validate';

interface ShellProps {
  name: string;
  label: string;
  inputId: string;
  error: string | null;
  hint?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}

function FieldShell({ name, label, inputId, error, hint, wide, children }: ShellProps) {
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      {children}
      {error ? (
        <span className="field-error" id={`${inputId}-error`} role="alert" data-testid={fieldErrorId(name)}>
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );
}

interface DraftOptions<T> {
  value: T;
  format(value: T): string;
  /** the value to commit, or an error message */
  parse(text: string): { value: T } | { error: string };
  onCommit(value: T): void;
  equal?(a: T, b: T): boolean;
}

/**
 * A text draft that commits on blur or Enter, once per change (one undo step per field edit, not per
 * keystroke). An invalid draft stays on screen with its message and is not committed; Escape goes back.
 * Only a draft the user typed is committed, so a blur or an unmount never writes back a stale value.
 */
function useDraft<T>({ value, format, parse, onCommit, equal = Object.is }: DraftOptions<T>) {
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const latest = useRef({ draft, value, parse, onCommit, equal });
  latest.current = { draft, value, parse, onCommit, equal };

  useEffect(function commitDraftOnUnmount() {
    // A field can leave the screen while the user is still in it (the selection moved by a shortcut or
    // a search hit, not by a click that blurs it first): a valid draft is saved rather than lost.
    return () => {
      if (!editing.current) return;
      const { draft: text, value: saved, parse: read, onCommit: save, equal: same } = latest.current;
      const parsed = read(text);
      if (!('error' in parsed) && !same(parsed.value, saved)) save(parsed.value);
    };
  }, []);

  useEffect(
    function followOutsideChanges() {
      if (!editing.current) {
        setDraft(format(value));
        setError(null);
      }
    },
    // format is a fresh closure each render; only the value matters
    [value],
  );

  function commit() {
    const parsed = parse(draft);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    // Nothing unsaved any more: an undo while the field keeps focus (after Enter) must show through.
    editing.current = false;
    if (!equal(parsed.value, value)) onCommit(parsed.value);
    setDraft(format(parsed.value));
  }

  function revert() {
    // Escape then blurs the field: with nothing marked unsaved, that blur must not commit the old draft.
    editing.current = false;
    setDraft(format(value));
    setError(null);
  }

  return {
    draft,
    error,
    onChange(text: string) {
      // Only typing marks the draft unsaved: a field that merely has focus still follows undo and redo.
      editing.current = true;
      setDraft(text);
    },
    onBlur() {
      if (editing.current) commit();
    },
    commit,
    revert,
  };
}

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onCommit(value: string): void;
  /** returns an error message for an invalid (trimmed) value */
  validate?(value: string): string | null;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  wide?: boolean;
  autoFocus?: boolean;
  testId?: string;
  className?: string;
  /** visible label hidden (e.g. the account name in the header) */
  hideLabel?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { name, label, value, onCommit, validate, multiline, placeholder, hint, wide, autoFocus, testId, className, hideLabel } = props;
  const inputId = useId();
  const clean = (text: string) => (multiline ? text.replace(/\s+$/, '') : text.trim());
  const draft = useDraft<string>({
    value,
    format: (v) => v,
    parse(text) {
      const cleaned = clean(text);
      const error = validate?.(cleaned) ?? null;
      return error ? { error } : { value: cleaned };
    },
    onCommit,
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      draft.commit();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      draft.revert();
      event.currentTarget.blur();
    }
  }

  const common = {
    id: inputId,
    'data-testid': testId ?? fieldId(name),
    value: draft.draft,
    placeholder,
    autoFocus,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': draft.error ? `${inputId}-error` : undefined,
    onChange: (event: { target: { value: string } }) => draft.onChange(event.target.value),
    onFocus: (event: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      if (autoFocus) event.target.select();
    },
    onBlur: draft.onBlur,
    onKeyDown,
    className: `input${className ? ` ${className}` : ''}`,
    spellCheck: false,
    ...(hideLabel ? { 'aria-label': label } : {}),
  };

  const control = multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
  if (hideLabel) {
    return (
      <div className={`field-bare${draft.error ? ' field-invalid' : ''}`}>
        {control}
        {draft.error ? (
          <span className="field-error" id={`${inputId}-error`} role="alert" data-testid={fieldErrorId(name)}>
            {draft.error}
          </span>
        ) : null}
      </div>
    );
  }
  return (
    <FieldShell name={name} label={label} inputId={inputId} error={draft.error} hint={hint} wide={wide ?? multiline}>
      {control}
    </FieldShell>
  );
}

interface NumberFieldProps {
  name: string;
  label: string;
  value: number | null;
  onCommit(value: number | null): void;
  min: number;
  max: number;
  integer?: boolean;
  /** message shown for a value out of range or not a number */
  rangeMessage: string;
  /** set for a number that cannot be left empty: the message shown when it is */
  requiredMessage?: string;
  placeholder?: string;
  hint?: ReactNode;
}

export function NumberField({ name, label, value, onCommit, min, max, integer, rangeMessage, requiredMessage, placeholder, hint }: NumberFieldProps) {
  const inputId = useId();
  const draft = useDraft<number | null>({
    value,
    format: (v) => (v === null ? '' : String(v)),
    parse(text) {
      const number = parseNumber(text);
      if (number === null) return requiredMessage ? { error: requiredMessage } : { value: null };
      if (!Number.isFinite(number) || number < min || number > max || (integer && !Number.isInteger(number))) return { error: rangeMessage };
      return { value: number };
    },
    onCommit,
  });
  return (
    <FieldShell name={name} label={label} inputId={inputId} error={draft.error} hint={hint}>
      <input
        id={inputId}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="input input-number"
        data-testid={fieldId(name)}
        value={draft.draft}
        placeholder={placeholder}
        aria-invalid={draft.error ? true : undefined}
        onChange={(event) => draft.onChange(event.target.value)}
        onBlur={draft.onBlur}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            draft.commit();
          } else if (event.key === 'Escape') {
            event.stopPropagation();
            draft.revert();
            event.currentTarget.blur();
          }
        }}
      />
    </FieldShell>
  );
}

interface DateFieldProps {
  name: string;
  label: string;
  value: string | null;
  onCommit(value: string | null): void;
  invalidMessage: string;
}

/** A calendar date (YYYY-MM-DD or empty), committed on blur or Enter like text. */
export function DateField({ name, label, value, onCommit, invalidMessage }: DateFieldProps) {
  const inputId = useId();
  const draft = useDraft<string | null>({
    value,
    format: (v) => v ?? '',
    parse(text) {
      const trimmed = text.trim();
      if (trimmed === '') return { value: null };
      return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? { value: trimmed } : { error: invalidMessage };
    },
    onCommit,
  });
  return (
    <FieldShell name={name} label={label} inputId={inputId} error={draft.error}>
      <input
        id={inputId}
        type="date"
        className="input"
        data-testid={fieldId(name)}
        value={draft.draft}
        aria-invalid={draft.error ? true : undefined}
        onChange={(event) => draft.onChange(event.target.value)}
        onBlur={draft.onBlur}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            draft.commit();
          } else if (event.key === 'Escape') {
            event.stopPropagation();
            draft.revert();
            event.currentTarget.blur();
          }
        }}
      />
    </FieldShell>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  name: string;
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange(value: T): void;
  hint?: ReactNode;
  testId?: string;
}

/** A select commits as soon as the user picks. */
export function SelectField<T extends string>({ name, label, value, options, onChange, hint, testId }: SelectFieldProps<T>) {
  const inputId = useId();
  return (
    <FieldShell name={name} label={label} inputId={inputId} error={null} hint={hint}>
      <select
        id={inputId}
        className="input select"
        data-testid={testId ?? fieldId(name)}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface CheckboxGroupProps<T extends string> {
  label: string;
  values: readonly T[];
  options: readonly Option<T>[];
  onChange(values: T[]): void;
  testIdOf(value: T): string;
}

/** A set of flags (roles): each tick commits at once, keeping the options' order. */
export function CheckboxGroup<T extends string>({ label, values, options, onChange, testIdOf }: CheckboxGroupProps<T>) {
  const chosen = new Set(values);
  return (
    <fieldset className="field field-wide checkbox-group">
      <legend className="field-label">{label}</legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className={`check${chosen.has(option.value) ? ' check-on' : ''}`}>
            <input
              type="checkbox"
              data-testid={testIdOf(option.value)}
              checked={chosen.has(option.value)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(option.value);
                else next.delete(option.value);
                onChange(options.map((o) => o.value).filter((v) => next.has(v)));
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
