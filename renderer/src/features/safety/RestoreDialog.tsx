import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { BackupList } from './BackupList';
import { databaseStore, useDatabase } from './databaseStore';
import './safety.css';

/** File -> Restore from backup…: the backups beside the database, and what restoring does to the current one. */
export function RestoreDialog() {
  const { t } = useTranslation();
  const open = useDatabase((state) => state.restoreOpen);
  const backups = useDatabase((state) => state.backups);
  const busy = useDatabase((state) => state.busy);
  const titleId = useId();
  if (!open) return null;
  const close = () => databaseStore.getState().setRestoreOpen(false);
  return (
    <Dialog titleId={titleId} testId="restore-dialog" onCancel={close} className="dialog-restore">
      <h2 id={titleId} className="dialog-title">
        {t('safety.restore.title')}
      </h2>
      <p className="dialog-text">{t('safety.restore.body')}</p>
      <BackupList backups={backups ?? []} busy={busy} onOpen={(backup) => void databaseStore.getState().restore(backup.path)} />
      <div className="dialog-actions">
        <button type="button" className="btn" data-autofocus onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

/** Shown above every screen while the database is open read-only. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const readOnly = useDatabase((state) => state.status?.mode === 'read-only');
  if (!readOnly) return null;
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      {t('safety.readOnly')}
    </div>
  );
}
