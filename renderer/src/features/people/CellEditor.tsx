import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPatch } from '../../../../shared/edit';
import type { Person, Role } from '../../../../shared/model';
import { personSchema, ROLES } from '../../../../shared/model';
import { TID } from '../../app/testids';
import { patchPerson } from '../panel/actions';
import type { PeopleColumn, TableContext } from './columns';

export interface CellEditorProps {
  column: PeopleColumn;
  person: Person;
  context: TableContext;
  /** Saves the value (one edit, one undo step) and leaves the cell; `move` steps to the next cell. */
  onCommit(patch: PersonPatch, move?: 'down' | 'right'): void;
  onCancel(): void;
}

/** Whether a typed value is one the person's schema accepts for this column. */
function valid(patch: Partial<Person>): boolean {
  const shape = personSchema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  return Object.entries(patch).every(([key, value]) => shape[key]?.safeParse(value).success ?? true);
}

/** Roles are a set: each tick saves at once (one undo step) and the list stays open until Escape, Enter or a click away. */
function RolesEditor({ person, onCancel }: Pick<CellEditorProps, 'person' | 'onCancel'>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(function focusFirstRole() {
    ref.current?.querySelector('input')?.focus();
  }, []);
  const toggle = (role: Role) => {
    const roles = person.roles.includes(role) ? person.roles.filter((r) => r !== role) : [...person.roles, role];
    patchPerson(person.id, { roles: ROLES.filter((r) => roles.includes(r)) });
  };
  return (
    <div
      ref={ref}
      className="people-roles-editor"
      data-testid={TID.peopleEditor}
      role="group"
      aria-label={t('person.roles')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' || event.key === 'Enter') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
      onBlur={(event) => {
        if (!ref.current?.contains(event.relatedTarget as Node | null)) onCancel();
      }}
    >
      {ROLES.map((role) => (
        <label key={role} className="people-role-choice">
          <input type="checkbox" checked={person.roles.includes(role)} onChange={() => toggle(role)} />
          <span>{t(`enums.role.${role}`)}</span>
        </label>
      ))}
    </div>
  );
}

/** The editor a cell opens in place: a text box, a list, a number or a date, checked before it saves. */
export function CellEditor({ column, person, context, onCommit, onCancel }: CellEditorProps) {
  const { t } = useTranslation();
  const editor = column.editor;
  const [value, setValue] = useState(column.raw ? column.raw(person) : '');
  const done = useRef(false);
  if (!editor) return null;
  if (editor.kind === 'roles') return <RolesEditor person={person} onCancel={onCancel} />;

  const patch = column.patch ? column.patch(value) : {};
  const ok = editor.kind === 'number' ? /^\d+$/.test(value.trim()) && Number(value) >= editor.min && Number(value) <= editor.max : valid(patch);
  const commit = (move?: 'down' | 'right') => {
    if (done.current) return;
    done.current = true;
    if (!ok) return onCancel();
    if (column.raw && column.raw(person) === value) return onCancel();
    onCommit(column.patch!(editor.kind === 'text' ? value.trim() : value), move);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      done.current = true;
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      commit('down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commit('right');
    }
  };
  const common = {
    autoFocus: true,
    className: `input people-input${ok ? '' : ' input-invalid'}`,
    'data-testid': TID.peopleEditor,
    'aria-label': t(column.label),
    'aria-invalid': !ok,
    onKeyDown,
    onBlur: () => commit(),
  };

  if (editor.kind === 'select') {
    const values = column.id === 'favouredCompetitorId' ? [...context.competitorNames.keys()] : editor.options;
    const label = (v: string) => (column.id === 'favouredCompetitorId' ? (context.competitorNames.get(v) ?? v) : t(`enums.${editor.enumGroup}.${v}`));
    return (
      <select
        {...common}
        value={value}
        onChange={(event) => {
          done.current = true;
          const next = event.target.value;
          if (column.raw && column.raw(person) !== next) onCommit(column.patch!(next));
          else onCancel();
        }}
      >
        {editor.nullable ? <option value="">{column.id === 'favouredCompetitorId' ? t('common.none') : t('common.notSet')}</option> : null}
        {values.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
    );
  }
  const type = editor.kind === 'date' ? 'date' : editor.kind === 'number' ? 'number' : 'text';
  return (
    <input
      {...common}
      type={type}
      min={editor.kind === 'number' ? editor.min : undefined}
      max={editor.kind === 'number' ? editor.max : undefined}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onFocus={(event) => {
        if (type === 'text') event.currentTarget.select();
      }}
    />
  );
}
