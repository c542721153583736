import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { EncryptionStatus } from '../../../../shared/ipc';
import { call } from '../../ipc/client';
import { reportError, toastsStore } from '../../app/services';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/icons';

/** Settings -> Save recovery key…: the database key as 64 hex characters, in a file the user keeps. */
async function saveRecoveryKey(): Promise<void> {
  const result = await call('safety.saveRecoveryKey', {});
  if (result.ok) toastsStore.getState().show({ tone: 'success', title: i18next.t('security.keySaved'), message: result.value.path });
  else if (result.error.code !== 'cancelled') reportError(result.error);
}

/** Which line describes the database's encryption and where its key is kept. */
function statusLine(status: EncryptionStatus): 'encryptedOs' | 'encryptedPlainText' | 'notEncrypted' {
  if (!status.encrypted) return 'notEncrypted';
  return status.keyStore === 'plain-text' ? 'encryptedPlainText' : 'encryptedOs';
}

function SecurityDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [status, setStatus] = useState<EncryptionStatus | null>(null);
  useEffect(() => {
    void call('safety.encryption', {}).then((result) => (result.ok ? setStatus(result.value) : reportError(result.error)));
  }, []);
  return (
    <Dialog titleId={titleId} testId="security-settings" onCancel={onClose} className="dialog-confirm">
      <h2 id={titleId} className="dialog-title">
        {t('security.title')}
      </h2>
      {status && (
        <>
          <p className="dialog-text" data-testid="encryption-status">
            {t(`security.${statusLine(status)}`)}
          </p>
          {status.encrypted && status.keyStore === 'plain-text' && (
            <p className="dialog-text" role="note" data-testid="key-store-warning">
              {t('security.plainTextStore')}
            </p>
          )}
          {status.encrypted && <p className="dialog-text">{t('security.recoveryHint')}</p>}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('security.close')}
        </button>
        {status?.encrypted && (
          <button type="button" className="btn btn-primary" data-autofocus onClick={() => void saveRecoveryKey()}>
            {t('security.saveKey')}
          </button>
        )}
      </div>
    </Dialog>
  );
}

/** The toolbar's Settings entry for data security (beside the language and theme switches). */
export function SecurityButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="icon-btn" data-testid="toolbar-security" title={t('security.title')} aria-label={t('security.title')} onClick={() => setOpen(true)}>
        <Icon name="shield" />
      </button>
      {open && <SecurityDialog onClose={() => setOpen(false)} />}
    </>
  );
}
