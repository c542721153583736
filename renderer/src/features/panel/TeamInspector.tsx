import { useTranslation } from 'react-i18next';
import type { AccountData, TeamMember } from '../../../../shared/model';
import { TEAM_FUNCTIONS, teamMemberSchema } from '../../../../shared/model';
import { useSettings } from '../../app/services';
import { TID } from '../../app/testids';
import { SelectField, TextField } from '../../ui/fields';
import { enumOptions } from '../../ui/options';
import { fieldProblem } from '../../ui/validate';
import { deleteWithUndo, patchTeamMember, select } from './actions';
import { formatDay } from './format';
import { Avatar, DeleteButton, EmptyNote, InspectorHeader, Section, StrengthMeter } from './parts';
import { coveredBy } from './relations';

export function TeamInspector({ data, member }: { data: AccountData; member: TeamMember }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const covered = coveredBy(data, member.id, locale);

  return (
    <>
      <InspectorHeader icon="team" kind={t('team.heading')}>
        <TextField
          name="name"
          label={t('team.name')}
          hideLabel
          className="panel-title-input"
          value={member.name}
          validate={(value) => fieldProblem(teamMemberSchema.shape.name, value, t)}
          onCommit={(name) => patchTeamMember(member.id, { name })}
        />
      </InspectorHeader>

      <Section grid={false}>
        <SelectField
          name="function"
          label={t('team.function')}
          value={member.function}
          options={enumOptions(TEAM_FUNCTIONS, 'teamFunction', t)}
          onChange={(fn) => patchTeamMember(member.id, { function: fn })}
        />
      </Section>

      <Section title={t('team.covers')} grid={false} count={covered.length}>
        {covered.length === 0 ? (
          <EmptyNote>{t('team.noCovers')}</EmptyNote>
        ) : (
          <ul className="panel-list">
            {covered.map((row) => {
              const strength = t(`enums.coversStrength.${row.strength}`);
              return (
                <li key={row.linkId}>
                  <button
                    type="button"
                    className="panel-row panel-cover-row"
                    data-testid={TID.panelLink}
                    data-link-id={row.linkId}
                    title={t('enums.linkKindHint.covers', { from: member.name, to: row.name })}
                    onClick={() => select([row.linkId])}
                  >
                    <Avatar name={row.name} />
                    <span className="panel-row-text">
                      <span className="panel-row-name">{row.name}</span>
                      <span className="panel-row-meta">
                        {row.lastContact ? t('team.lastContactOn', { date: formatDay(row.lastContact, locale) }) : t('team.neverContacted')}
                      </span>
                    </span>
                    <StrengthMeter value={row.strength} max={3} label={strength} />
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <DeleteButton label={t('team.delete')} onClick={() => void deleteWithUndo([member.id], t('panel.deleted', { name: member.name }))} />
    </>
  );
}
