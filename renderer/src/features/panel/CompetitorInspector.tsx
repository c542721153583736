import { useTranslation } from 'react-i18next';
import type { AccountData, Competitor } from '../../../../shared/model';
import { competitorSchema } from '../../../../shared/model';
import { useSettings } from '../../app/services';
import { TextField } from '../../ui/fields';
import { Icon } from '../../ui/icons';
import { fieldProblem } from '../../ui/validate';
import { deleteWithUndo, renameCompetitorTo, select } from './actions';
import { Avatar, DeleteButton, EmptyNote, InspectorHeader, Section, StrengthMeter } from './parts';
import { competitorContacts } from './relations';

export function CompetitorInspector({ data, competitor }: { data: AccountData; competitor: Competitor }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const contacts = competitorContacts(data, competitor.id, locale);

  return (
    <>
      <InspectorHeader icon="flag" kind={t('panel.competitorHeading')}>
        <TextField
          name="name"
          label={t('panel.competitorHeading')}
          hideLabel
          className="panel-title-input"
          value={competitor.name}
          validate={(value) => fieldProblem(competitorSchema.shape.name, value, t)}
          onCommit={(name) => renameCompetitorTo(competitor.id, name)}
        />
      </InspectorHeader>

      <Section title={t('panel.competitorPeople')} grid={false} count={contacts.length}>
        {contacts.length === 0 ? (
          <EmptyNote>{t('panel.competitorNoPeople')}</EmptyNote>
        ) : (
          <ul className="panel-list">
            {contacts.map((contact) => (
              <li key={contact.personId}>
                <button
                  type="button"
                  className="panel-row"
                  title={t('panel.selectNamed', { name: contact.name })}
                  onClick={() => select([contact.tie?.linkId ?? contact.personId])}
                >
                  <Avatar name={contact.name} />
                  <span className="panel-row-text">
                    <span className="panel-row-name">{contact.name}</span>
                    {contact.favours ? (
                      <span className="panel-row-meta panel-row-warning">
                        <Icon name="flag" size={11} /> {t('panel.favoursIt')}
                      </span>
                    ) : null}
                  </span>
                  {contact.tie ? <StrengthMeter value={contact.tie.strength} max={3} label={t(`enums.linkStrength.${contact.tie.strength}`)} /> : null}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <DeleteButton label={t('panel.deleteCompetitor')} onClick={() => void deleteWithUndo([competitor.id], t('panel.deleted', { name: competitor.name }))} />
    </>
  );
}
