import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../../shared/edit';
import { setPersonStatus } from '../../../../shared/edit';
import type { AccountData, Person, PersonStatus } from '../../../../shared/model';
import { PERSON_STATUSES, personSchema } from '../../../../shared/model';
import { editorStore } from '../../app/services';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { fieldProblem } from '../../ui/validate';
import { analysisStore } from '../findings/analysisService';
import { Wide } from './parts';

/** Where a person who left went, as the select names it: unknown, a competitor's id, or another employer. */
const UNKNOWN = '';
const EMPLOYER = '*employer';

/** Applies one status change to the person as they are now in the store (one edit, one undo step). */
function applyStatus(personId: string, change: (person: Person) => StatusChange) {
  const editor = editorStore.getState();
  const person = editor.data?.people.find((p) => p.id === personId);
  if (!editor.data || !person) return;
  void editor.apply(setPersonStatus(editor.data, personId, change(person)));
}

const leftToOf = (person: Person) =>
  person.leftToCompetitorId !== null
    ? { competitorId: person.leftToCompetitorId }
    : person.leftTo !== ''
      ? { employer: person.leftTo }
      : null;

/**
 * A person's status: active, left (since when, and where to: a competitor of the account or another
 * employer) or on leave. Choosing left or on leave dates it today (the analysis clock); the date stays
 * editable.
 */
export function PersonStatusFields({ data, person }: { data: AccountData; person: Person }) {
  const { t } = useTranslation();
  const [typingEmployer, setTypingEmployer] = useState(false);
  const status = person.status;
  const since = person.statusSince;
  const choice = person.leftToCompetitorId ?? (person.leftTo !== '' || typingEmployer ? EMPLOYER : UNKNOWN);

  const choose = (next: PersonStatus) =>
    applyStatus(person.id, (p) => {
      const day = p.statusSince ?? analysisStore.getState().today;
      if (next === 'active') return { status: 'active' };
      if (next === 'onLeave') return { status: 'onLeave', since: day };
      return { status: 'left', since: day, to: leftToOf(p) };
    });
  const setSince = (day: string | null) =>
    applyStatus(person.id, (p) =>
      p.status === 'left' ? { status: 'left', since: day, to: leftToOf(p) } : { status: 'onLeave', since: day },
    );
  const setLeftTo = (value: string) => {
    setTypingEmployer(value === EMPLOYER);
    if (value === EMPLOYER) return;
    applyStatus(person.id, (p) => ({ status: 'left', since: p.statusSince, to: value === UNKNOWN ? null : { competitorId: value } }));
  };

  return (
    <>
      <Wide>
        <SelectField<PersonStatus>
          name="status"
          label={t('history.status.label')}
          value={status}
          options={PERSON_STATUSES.map((value) => ({ value, label: t(`history.status.${value}`) }))}
          hint={status === 'active' ? undefined : t('history.status.hint')}
          onChange={choose}
        />
      </Wide>
      {status === 'active' ? null : (
        <DateField name="statusSince" label={t('history.status.since')} value={since} invalidMessage={t('validation.date')} onCommit={setSince} />
      )}
      {status === 'left' ? (
        <SelectField<string>
          name="leftTo"
          label={t('history.status.leftTo')}
          value={choice}
          options={[
            { value: UNKNOWN, label: t('history.status.leftToUnknown') },
            ...data.competitors.map((c) => ({ value: c.id, label: t('history.status.leftToCompetitor', { name: c.name }) })),
            { value: EMPLOYER, label: t('history.status.leftToEmployer') },
          ]}
          onChange={setLeftTo}
        />
      ) : null}
      {status === 'left' && choice === EMPLOYER ? (
        <TextField
          name="leftToEmployer"
          label={t('history.status.employer')}
          value={person.leftTo}
          validate={(value) => fieldProblem(personSchema.shape.leftTo, value, t)}
          onCommit={(employer) => applyStatus(person.id, (p) => ({ status: 'left', since: p.statusSince, to: employer === '' ? null : { employer } }))}
        />
      ) : null}
    </>
  );
}
