import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons';
import { useEditsLocked } from '../workshop/workshopStore';

/**
 * In a workshop the room watches the panel: it shows the selection's fields read-only (every control
 * disabled, no delete buttons) until the presenter chooses Edit in the workshop bar.
 */
export function ReadOnlyInWorkshop({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const locked = useEditsLocked();
  if (!locked) return <>{children}</>;
  return (
    <>
      <p className="panel-readonly-note" data-testid="panel-read-only">
        <Icon name="lock" size={13} />
        <span>{t('quickBuild.workshopReadOnly')}</span>
      </p>
      <fieldset disabled className="panel-readonly">
        {children}
      </fieldset>
    </>
  );
}
