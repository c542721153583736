import { useTranslation } from 'react-i18next';
import type { AccountData, TeamMember } from '../../../../shared/model';
import { TEAM_FUNCTIONS, teamMemberSchema } from '../../../../shared/model';
import { useSettings } from '../../app/services';
import { SelectField } from '../../ui/fields';
import { enumOptions } from '../../ui/options';
import { deleteWithUndo, patchTeamMember } from './actions';
import { formatDay } from './format';
import { DeleteButton, ListSection, NameHeader, Section, StrengthMeter } from './parts';
import { coveredBy } from './relations';
import { useJustAddedName } from './useJustAdded';
import { RowIdentity, SelectRow } from './rows';

export function TeamInspector({ data, member }: { data: AccountData; member: TeamMember }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const covered = coveredBy(data, member.id, locale);
  const focusName = useJustAddedName(member.id);

  return (
    <>
      <NameHeader
        icon="team"
        kind={t('team.heading')}
        label={t('team.name')}
        value={member.name}
        schema={teamMemberSchema.shape.name}
        onCommit={(name) => patchTeamMember(member.id, { name })}
        autoFocus={focusName}
      />

      <Section grid={false}>
        <SelectField
          name="function"
          label={t('team.function')}
          value={member.function}
          options={enumOptions(TEAM_FUNCTIONS, 'teamFunction', t)}
          onChange={(fn) => patchTeamMember(member.id, { function: fn })}
        />
      </Section>

      <ListSection title={t('team.covers')} count={covered.length} empty={t('team.noCovers')}>
        {covered.map((row) => (
          <SelectRow key={row.linkId} selects={row.linkId} link title={t('enums.linkKindHint.covers', { from: member.name, to: row.name })}>
            <RowIdentity
              name={row.name}
              meta={row.lastContact ? t('team.lastContactOn', { date: formatDay(row.lastContact, locale) }) : t('team.neverContacted')}
            />
            <StrengthMeter value={row.strength} max={3} label={t(`enums.coversStrength.${row.strength}`)} />
          </SelectRow>
        ))}
      </ListSection>

      <DeleteButton label={t('team.delete')} onClick={() => void deleteWithUndo([member.id], t('panel.deleted', { name: member.name }))} />
    </>
  );
}
