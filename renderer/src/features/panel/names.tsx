import type { FormEvent, InputHTMLAttributes, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Icon } from '../../ui/icons';
import { fieldProblem } from '../../ui/validate';

/** A name being typed into a bare input: checked against its schema, trimmed, only when the user submits it. */
export function useNameDraft(schema: z.ZodType, initial = '') {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return {
    value,
    error,
    /** Typing clears a problem shown for what was there before. */
    change(next: string) {
      setValue(next);
      setError(null);
    },
    reset(next = '') {
      setValue(next);
      setError(null);
    },
    /** The trimmed name, or null with the problem shown. */
    accept(): string | null {
      const trimmed = value.trim();
      const problem = fieldProblem(schema, trimmed, t);
      setError(problem);
      return problem ? null : trimmed;
    },
  };
}

export type NameDraft = ReturnType<typeof useNameDraft>;

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'className' | 'value' | 'onChange'>;

/** The input of a name draft, marked invalid while its problem shows. */
export function NameInput({ draft, testId, ...props }: { draft: NameDraft; testId?: string } & InputProps) {
  return (
    <input
      className="input"
      data-testid={testId}
      aria-invalid={draft.error ? true : undefined}
      value={draft.value}
      onChange={(event) => draft.change(event.target.value)}
      {...props}
    />
  );
}

export function NameProblem({ draft }: { draft: NameDraft }) {
  return draft.error ? (
    <span className="field-error" role="alert">
      {draft.error}
    </span>
  ) : null;
}

interface AddByNameProps {
  /** what the form does ("Add team member"): the form's and the button's label */
  label: string;
  placeholder: string;
  schema: z.ZodType;
  nameTestId: string;
  submitTestId: string;
  onAdd(name: string): void;
  /** more controls between the name and the button */
  children?: ReactNode;
}

/** A one-line form under a list that adds an element by its name. */
export function AddByNameForm({ label, placeholder, schema, nameTestId, submitTestId, onAdd, children }: AddByNameProps) {
  const draft = useNameDraft(schema);

  function submit(event: FormEvent) {
    event.preventDefault();
    const name = draft.accept();
    if (name === null) return;
    onAdd(name);
    draft.reset();
  }

  return (
    <form className="panel-add" onSubmit={submit} aria-label={label}>
      <div className="panel-add-row">
        <NameInput draft={draft} testId={nameTestId} aria-label={placeholder} placeholder={placeholder} />
        {children}
        <button type="submit" className="icon-btn icon-btn-primary" data-testid={submitTestId} aria-label={label} title={label} disabled={draft.value.trim() === ''}>
          <Icon name="plus" size={14} />
        </button>
      </div>
      <NameProblem draft={draft} />
    </form>
  );
}
