import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TID } from '../../app/testids';
import { confirmStore, useConfirm } from '../../app/services';
import { Dialog } from '../../ui/Dialog';

/** The one confirm dialog of the app, opened with `confirmStore.getState().ask(...)`. */
export function ConfirmDialog() {
  const { t } = useTranslation();
  const request = useConfirm((state) => state.request);
  const titleId = useId();
  if (!request) return null;
  const answer = (confirmed: boolean) => confirmStore.getState().answer(confirmed);
  return (
    <Dialog titleId={titleId} testId={TID.confirmDialog} onCancel={() => answer(false)} className="dialog-confirm">
      <h2 id={titleId} className="dialog-title">
        {request.title}
      </h2>
      <p className="dialog-text">{request.body}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid={TID.confirmCancel} data-autofocus={request.danger ? true : undefined} onClick={() => answer(false)}>
          {t('common.cancel')}
        </button>
        <button type="button" className={`btn ${request.danger ? 'btn-danger' : 'btn-primary'}`} data-testid={TID.confirmOk} data-autofocus={request.danger ? undefined : true} onClick={() => answer(true)}>
          {request.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
