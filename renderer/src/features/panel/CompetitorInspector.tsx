import { useTranslation } from 'react-i18next';
import type { AccountData, Competitor } from '../../../../shared/model';
import { competitorSchema } from '../../../../shared/model';
import { useSettings } from '../../app/services';
import { Icon } from '../../ui/icons';
import { deleteWithUndo, renameCompetitorTo } from './actions';
import { DeleteButton, ListSection, NameHeader, StrengthMeter } from './parts';
import { competitorContacts } from './relations';
import { RowIdentity, SelectRow } from './rows';

export function CompetitorInspector({ data, competitor }: { data: AccountData; competitor: Competitor }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const contacts = competitorContacts(data, competitor.id, locale);

  return (
    <>
      <NameHeader
        icon="flag"
        kind={t('panel.competitorHeading')}
        label={t('panel.competitorHeading')}
        value={competitor.name}
        schema={competitorSchema.shape.name}
        onCommit={(name) => renameCompetitorTo(competitor.id, name)}
      />

      <ListSection title={t('panel.competitorPeople')} count={contacts.length} empty={t('panel.competitorNoPeople')}>
        {contacts.map((contact) => (
          <SelectRow key={contact.personId} selects={contact.tie?.linkId ?? contact.personId} title={t('panel.selectNamed', { name: contact.name })}>
            <RowIdentity
              name={contact.name}
              warning
              meta={
                contact.favours ? (
                  <>
                    <Icon name="flag" size={11} /> {t('panel.favoursIt')}
                  </>
                ) : null
              }
            />
            {contact.tie ? <StrengthMeter value={contact.tie.strength} max={3} label={t(`enums.linkStrength.${contact.tie.strength}`)} /> : null}
          </SelectRow>
        ))}
      </ListSection>

      <DeleteButton label={t('panel.deleteCompetitor')} onClick={() => void deleteWithUndo([competitor.id], t('panel.deleted', { name: competitor.name }))} />
    </>
  );
}
