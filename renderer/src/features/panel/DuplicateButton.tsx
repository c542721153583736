import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons';
import { duplicateSelectedPeople } from '../account/accountActions';
import { useEditsLocked } from '../workshop/workshopStore';

/** Adds a copy of the selected person beside them (Ctrl/Cmd+D does the same), ready to be renamed. */
export function DuplicateButton() {
  const { t } = useTranslation();
  if (useEditsLocked()) return null;
  return (
    <div className="panel-footer panel-footer-secondary">
      <button type="button" className="btn" data-testid="person-duplicate" title={t('quickBuild.duplicateTitle')} onClick={duplicateSelectedPeople}>
        <Icon name="plus" size={14} />
        <span>{t('quickBuild.duplicate')}</span>
      </button>
    </div>
  );
}
