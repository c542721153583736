import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons';

/** Shown over the map while a file is dragged over it. */
export function MapDropHint() {
  const { t } = useTranslation();
  return (
    <div className="im-map-drop" data-testid="map-drop-hint" aria-hidden="true">
      <Icon name="importFile" size={22} />
      {t('import.dropOnMap')}
    </div>
  );
}
