import { useTranslation } from 'react-i18next';
import type { PersonPatch } from '../../../../shared/edit';
import { coverPeople, updatePeople } from '../../../../shared/edit';
import type { AccountData, Person, Role } from '../../../../shared/model';
import { ATTITUDES, LAYERS, ROLES } from '../../../../shared/model';
import { clockStore, editorStore } from '../../app/services';
import { SelectField } from '../../ui/fields';
import type { Option } from '../../ui/fields';
import { enumOptions } from '../../ui/options';
import { Section, Wide } from './parts';

/** Applies one edit built against the data as it is now, keeping the selection: one undo step for all. */
function applyToSelection(build: (data: AccountData) => ReturnType<typeof updatePeople>) {
  const editor = editorStore.getState();
  if (editor.data) void editor.apply(build(editor.data), editor.selection);
}

function setAll(ids: readonly string[], patch: PersonPatch | ((person: Person) => PersonPatch)) {
  applyToSelection((data) => updatePeople(data, ids, patch));
}

/** The value all of them share, or '' (shown as "Mixed") when they differ. */
function shared<T extends string | number>(people: readonly Person[], read: (person: Person) => T): T | '' {
  const first = people[0] === undefined ? '' : read(people[0]);
  return people.every((person) => read(person) === first) ? first : '';
}

/**
 * Fields set for every selected person at once: layer, attitude, influence, a role added or removed,
 * and one of our team covering them all. Each choice is one edit, so one Ctrl+Z takes it back for all.
 */
export function BulkPeopleFields({ data, selection }: { data: AccountData; selection: readonly string[] }) {
  const { t } = useTranslation();
  const chosen = new Set(selection);
  const people = data.people.filter((person) => chosen.has(person.id));
  if (people.length < 2) return null;
  const ids = people.map((person) => person.id);
  const mixed: Option<''> = { value: '', label: t('quickBuild.mixed') };
  const keep: Option<''> = { value: '', label: t('quickBuild.keep') };
  const influence = shared(people, (person) => person.influence);
  const roleOptions: Option<'' | Role>[] = [keep, ...enumOptions(ROLES, 'role', t)];
  const teamOptions: Option<string>[] = [keep, ...data.team.map((member) => ({ value: member.id, label: member.name }))];

  return (
    <Section title={t('quickBuild.setForAll', { count: people.length })}>
      <Wide>
        <SelectField name="bulkLayer" label={t('person.layer')} value={shared(people, (p) => p.layer)} options={[mixed, ...enumOptions(LAYERS, 'layer', t)]} onChange={(layer) => layer && setAll(ids, { layer })} />
      </Wide>
      <SelectField name="bulkAttitude" label={t('person.attitude')} value={shared(people, (p) => p.attitude)} options={[mixed, ...enumOptions(ATTITUDES, 'attitude', t)]} onChange={(attitude) => attitude && setAll(ids, { attitude })} />
      <SelectField
        name="bulkInfluence"
        label={t('person.influence')}
        value={influence === '' ? '' : String(influence)}
        options={[mixed, ...['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }))]}
        onChange={(value) => value && setAll(ids, { influence: Number(value) })}
      />
      <SelectField
        name="bulkAddRole"
        label={t('quickBuild.addRole')}
        value=""
        options={roleOptions}
        onChange={(role) => role && setAll(ids, (person) => ({ roles: person.roles.includes(role) ? person.roles : [...person.roles, role] }))}
      />
      <SelectField
        name="bulkRemoveRole"
        label={t('quickBuild.removeRole')}
        value=""
        options={roleOptions}
        onChange={(role) => role && setAll(ids, (person) => ({ roles: person.roles.filter((other) => other !== role) }))}
      />
      {data.team.length > 0 ? (
        <Wide>
          <SelectField
            name="bulkCoveredBy"
            label={t('quickBuild.coveredBy')}
            value=""
            options={teamOptions}
            hint={t('quickBuild.coveredByHint')}
            onChange={(memberId) => {
              const today = clockStore.getState().today;
              if (memberId && today) applyToSelection((current) => coverPeople(current, memberId, ids, today));
            }}
          />
        </Wide>
      ) : null}
    </Section>
  );
}
