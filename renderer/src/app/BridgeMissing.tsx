import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/icons';

/** Shown when the page runs without the preload's bridge (opened in a plain browser, or a broken install). */
export function BridgeMissing() {
  const { t } = useTranslation();
  return (
    <div className="fatal" role="alert">
      <div className="fatal-card">
        <Icon name="alert" size={28} className="fatal-icon" />
        <h1>{t('app.bridgeMissing')}</h1>
        <p className="muted">{t('shell.bridgeMissingHint')}</p>
      </div>
    </div>
  );
}
