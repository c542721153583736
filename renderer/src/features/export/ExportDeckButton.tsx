import { useTranslation } from 'react-i18next';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { openExportDialog } from './exportDialogStore';

/** The portfolio's "Export deck": one PowerPoint deck for the accounts the portfolio shows right now. */
export function ExportDeckButton({ accountIds }: { accountIds: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="btn"
      data-testid={TID.portfolioExport}
      title={t('exportDialog.portfolioButtonTitle')}
      aria-haspopup="dialog"
      disabled={accountIds.length === 0}
      onClick={() => openExportDialog({ accountIds: [...accountIds], source: 'portfolio' })}
    >
      <Icon name="exportFile" />
      <span>{t('exportDialog.portfolioButton')}</span>
    </button>
  );
}
