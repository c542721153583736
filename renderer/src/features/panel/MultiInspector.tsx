import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { BulkPeopleFields } from './BulkPeopleFields';
import { countSelection } from './counts';
import { deleteWithUndo } from './actions';
import { DeleteButton, InspectorHeader, Section } from './parts';

export function MultiInspector({ data, selection }: { data: AccountData; selection: readonly string[] }) {
  const { t } = useTranslation();
  const counts = countSelection(data, selection);
  const total = counts.people + counts.team + counts.competitors + counts.links;
  const rows = [
    { icon: 'person', text: t('panel.peopleSelected', { count: counts.people }), count: counts.people },
    { icon: 'team', text: t('panel.teamSelected', { count: counts.team }), count: counts.team },
    { icon: 'flag', text: t('panel.competitorsSelected', { count: counts.competitors }), count: counts.competitors },
    { icon: 'link', text: t('panel.linksSelected', { count: counts.links }), count: counts.links },
  ] as const;

  return (
    <>
      <InspectorHeader icon="layers" kind={t('panel.selectionHeading')}>
        <h2 className="panel-title" data-testid={TID.selectionCount} data-count={total}>
          {t('panel.multiHeading', { count: total })}
        </h2>
        <p className="panel-subtitle">{t('panel.multiHint')}</p>
      </InspectorHeader>
      <Section grid={false}>
        <ul className="panel-tally">
          {rows
            .filter((row) => row.count > 0)
            .map((row) => (
              <li key={row.icon}>
                <Icon name={row.icon} size={14} />
                <span>{row.text}</span>
              </li>
            ))}
        </ul>
      </Section>
      <BulkPeopleFields data={data} selection={selection} />
      <DeleteButton
        label={t('panel.deleteSelected')}
        testId={TID.deleteSelection}
        onClick={() => void deleteWithUndo(selection, t('panel.deletedSelection', { count: total }))}
      />
    </>
  );
}
