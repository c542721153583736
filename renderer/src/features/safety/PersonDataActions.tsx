import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/model';
import { erasePerson, exportPersonData } from './personActions';

/** A person's data on request: export everything held about them, or erase them for good. */
export function PersonDataActions({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <div className="panel-footer person-data-actions">
      <button type="button" className="btn" data-testid="person-export-data" onClick={() => void exportPersonData(person.id, person.name)}>
        {t('safety.person.export')}
      </button>
      <button type="button" className="btn btn-danger-outline" data-testid="person-erase" onClick={() => void erasePerson(person.id, person.name)}>
        {t('safety.person.erase')}
      </button>
    </div>
  );
}
