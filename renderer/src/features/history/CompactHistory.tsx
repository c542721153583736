import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../ipc/client';
import { confirmStore, reportError, toastsStore, useClock, useSettings } from '../../app/services';
import { formatDay } from './HistoryView';
import { historyViewStore } from './historyViewStore';

/**
 * Years of history stay small: the records older than a chosen day are folded into a snapshot. Rarely
 * needed, so it sits folded at the foot of the History tab, and asks before it forgets anything.
 */
export function CompactHistory({ accountId, onCompacted }: { accountId: string; onCompacted(): void }) {
  const { t } = useTranslation();
  const today = useClock((state) => state.today);
  const locale = useSettings((state) => state.locale);
  const [before, setBefore] = useState('');
  const compact = async () => {
    const day = formatDay(before, locale);
    const confirmed = await confirmStore.getState().ask({
      title: t('historyCompact.confirmTitle', { date: day }),
      body: t('historyCompact.confirmBody', { date: day }),
      confirmLabel: t('historyCompact.confirm'),
      danger: true,
    });
    if (!confirmed) return;
    const result = await call('history.compact', { accountId, before });
    if (!result.ok) return reportError(result.error);
    const done = result.value;
    toastsStore.getState().show({
      tone: 'success',
      message: done === null ? t('historyCompact.nothing', { date: day }) : t('historyCompact.done', { count: done.removed, date: formatDay(done.firstDay, locale) }),
    });
    await historyViewStore.getState().loadSnapshots(accountId);
    onCompacted();
  };
  return (
    <details className="hv-tools" data-testid="history-compact">
      <summary>
        <h4>{t('historyCompact.heading')}</h4>
      </summary>
      <p className="hv-note">{t('historyCompact.note')}</p>
      <form
        className="hv-row"
        onSubmit={(event) => {
          event.preventDefault();
          void compact();
        }}
      >
        <label>
          {t('historyCompact.before')}
          <input className="input" type="date" data-testid="history-compact-day" max={today ?? undefined} value={before} onChange={(event) => setBefore(event.target.value)} />
        </label>
        <button type="submit" className="btn btn-small" data-testid="history-compact-run" disabled={before === '' || (today !== null && before > today)}>
          {t('historyCompact.run')}
        </button>
      </form>
    </details>
  );
}
