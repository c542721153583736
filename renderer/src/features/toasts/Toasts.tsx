import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TID } from '../../app/testids';
import { toastsStore, useToasts } from '../../app/services';
import type { Toast } from '../../stores/toasts';
import { Icon } from '../../ui/icons';

/** How long a toast stays: errors until dismissed, undo offers long enough to reach for them. */
const LIFETIME_MS: Record<Toast['tone'], number | null> = { info: 10_000, success: 6_000, error: null };

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dismiss = () => toastsStore.getState().dismiss(toast.id);

  useEffect(
    function dismissLater() {
      const lifetime = LIFETIME_MS[toast.tone];
      if (lifetime === null) return;
      const timer = window.setTimeout(() => toastsStore.getState().dismiss(toast.id), lifetime);
      return () => window.clearTimeout(timer);
    },
    [toast.id, toast.tone],
  );

  return (
    <div className={`toast toast-${toast.tone}`} data-testid={TID.toast} data-tone={toast.tone} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <Icon name={toast.tone === 'error' ? 'alert' : 'check'} className="toast-icon" />
      <div className="toast-body">
        {toast.title ? <div className="toast-title">{toast.title}</div> : null}
        <div className="toast-message">{toast.message}</div>
        {toast.details && open ? (
          <ul className="toast-details">
            {toast.details.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        ) : null}
        <div className="toast-actions">
          {toast.action ? (
            <button
              type="button"
              className="btn btn-small btn-primary"
              data-testid={toast.action.testId}
              onClick={() => {
                toast.action?.run();
                dismiss();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          {toast.details && toast.details.length > 0 ? (
            <button type="button" className="btn btn-small btn-ghost" data-testid={TID.toastDetails} aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? t('common.hideDetails') : t('common.details')}
            </button>
          ) : null}
        </div>
      </div>
      <button type="button" className="icon-btn toast-close" data-testid={TID.toastClose} aria-label={t('common.dismiss')} title={t('common.dismiss')} onClick={dismiss}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useToasts((state) => state.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
