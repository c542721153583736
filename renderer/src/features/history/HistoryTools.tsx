import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/model';
import type { SnapshotSummary } from '../../../../shared/history/views';
import { confirmStore, toastsStore, useClock, useSettings } from '../../app/services';
import { Icon } from '../../ui/icons';
import { formatDay } from './HistoryView';
import { historyViewStore, useHistoryView, type HistoryPoint } from './historyViewStore';

/** A compare side as a <select> value: "today", "day:2026-10-12" or "snapshot:<id>". */
export type PointOption = { value: string; label: string; point: HistoryPoint };

export function pointOptions(days: readonly IsoDate[], snapshots: readonly { id: string; name: string; day: IsoDate }[], locale: string, todayLabel: string): { days: PointOption[]; snapshots: PointOption[]; today: PointOption } {
  return {
    today: { value: 'today', label: todayLabel, point: { kind: 'today' } },
    days: days.map((day) => ({ value: `day:${day}`, label: formatDay(day, locale), point: { kind: 'day', day } })),
    snapshots: snapshots.map((s) => ({ value: `snapshot:${s.id}`, label: `${s.name} (${formatDay(s.day, locale)})`, point: { kind: 'snapshot', id: s.id, name: s.name, day: s.day } })),
  };
}

/**
 * The History tab's tools: see the map as of a day, and compare two days or snapshots (the page's
 * days with changes, the snapshots, today). Both open a read-only view over the map.
 */
export function HistoryTools({ days, snapshots }: { days: readonly IsoDate[]; snapshots: readonly { id: string; name: string; day: IsoDate }[] }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const today = useClock((state) => state.today);
  const options = useMemo(() => pointOptions(days, snapshots, locale, t('historyViews.pointToday')), [days, snapshots, locale, t]);
  const all = [options.today, ...options.snapshots, ...options.days];
  const [asOf, setAsOf] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('today');
  const fromValue = from || options.snapshots[0]?.value || options.days.at(-1)?.value || 'today';
  const pick = (value: string) => all.find((o) => o.value === value)?.point ?? null;
  const asOfDay = asOf || days[0] || today || '';

  const group = (list: PointOption[], label: string) =>
    list.length > 0 ? (
      <optgroup label={label}>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </optgroup>
    ) : null;
  const choices = (
    <>
      <option value="today">{options.today.label}</option>
      {group(options.snapshots, t('historyViews.snapshotGroup'))}
      {group(options.days, t('historyViews.dayGroup'))}
    </>
  );

  return (
    <div className="hv-tools" data-testid="history-tools">
      <h4>{t('historyViews.viewAsOf')}</h4>
      <div className="hv-row">
        <label>
          <span className="sr-only">{t('historyViews.slider')}</span>
          <input className="input" type="date" data-testid="history-as-of-date" value={asOfDay} max={today ?? undefined} onChange={(event) => setAsOf(event.target.value)} />
        </label>
        <button type="button" className="btn btn-small" data-testid="history-as-of-view" disabled={!asOfDay} onClick={() => void historyViewStore.getState().showAsOf(asOfDay)}>
          <Icon name="lock" size={13} />
          <span>{t('historyViews.viewAsOfButton')}</span>
        </button>
      </div>
      <h4>{t('historyViews.compareHeading')}</h4>
      <div className="hv-row">
        <label>
          {t('historyViews.compareFrom')}
          <select className="input select" data-testid="history-compare-from" value={fromValue} onChange={(event) => setFrom(event.target.value)}>
            {choices}
          </select>
        </label>
        <label>
          {t('historyViews.compareTo')}
          <select className="input select" data-testid="history-compare-to" value={to} onChange={(event) => setTo(event.target.value)}>
            {choices}
          </select>
        </label>
        <button
          type="button"
          className="btn btn-small"
          data-testid="history-compare"
          onClick={() => {
            const a = pick(fromValue);
            const b = pick(to);
            if (a && b) void historyViewStore.getState().compare(a, b);
          }}
        >
          <Icon name="swap" size={13} />
          <span>{t('historyViews.compareButton')}</span>
        </button>
      </div>
    </div>
  );
}

/** On each day of the History tab: see the map as it was at the end of that day. */
export function ViewDayButton({ day }: { day: IsoDate }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  return (
    <button type="button" className="btn btn-small btn-ghost" data-testid="history-view-day" data-day={day} title={t('historyViews.viewDayTitle', { date: formatDay(day, locale) })} onClick={() => void historyViewStore.getState().showAsOf(day)}>
      <Icon name="lock" size={12} />
      <span>{t('historyViews.viewDay')}</span>
    </button>
  );
}

/** "Take snapshot…" (a name such as "Q3 review"), and the account's snapshots, each to compare with today or delete. */
export function SnapshotsSection() {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const snapshots = useHistoryView((state) => state.snapshots);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const take = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const taken = await historyViewStore.getState().takeSnapshot(trimmed);
    if (!taken) return;
    setNaming(false);
    setName('');
    toastsStore.getState().show({ tone: 'success', message: t('historyViews.snapshotTaken', { name: taken.name }) });
  };
  const remove = async (snapshot: SnapshotSummary) => {
    const confirmed = await confirmStore.getState().ask({
      title: t('historyViews.snapshotDeleteConfirmTitle', { name: snapshot.name }),
      body: t('historyViews.snapshotDeleteConfirmBody'),
      confirmLabel: t('historyViews.snapshotDelete'),
      danger: true,
    });
    if (confirmed) await historyViewStore.getState().deleteSnapshot(snapshot.id);
  };
  return (
    <div className="hv-tools" data-testid="history-snapshots">
      <div className="history-day-head">
        <h4>{t('historyViews.snapshots')}</h4>
        {naming ? null : (
          <button type="button" className="btn btn-small" data-testid="snapshot-take-open" onClick={() => setNaming(true)}>
            <Icon name="plus" size={13} />
            <span>{t('historyViews.takeSnapshot')}</span>
          </button>
        )}
      </div>
      {naming ? (
        <form
          className="hv-row"
          onSubmit={(event) => {
            event.preventDefault();
            void take();
          }}
        >
          <label>
            {t('historyViews.snapshotName')}
            <input className="input" data-testid="snapshot-name" autoFocus maxLength={100} placeholder={t('historyViews.snapshotNamePlaceholder')} value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <button type="submit" className="btn btn-small btn-primary" data-testid="snapshot-take" disabled={name.trim() === ''}>
            {t('historyViews.snapshotTake')}
          </button>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setNaming(false)}>
            {t('historyViews.snapshotCancel')}
          </button>
        </form>
      ) : null}
      {snapshots.length === 0 ? <p className="hv-note">{t('historyViews.snapshotsEmpty')}</p> : null}
      <ul className="hv-snapshots">
        {snapshots.map((snapshot) => (
          <li key={snapshot.id} className="hv-snapshot" data-testid="snapshot-row" data-id={snapshot.id}>
            <span className="hv-snapshot-what">
              <span className="hv-snapshot-name" title={snapshot.name}>
                {snapshot.name}
              </span>
              <span className="hv-snapshot-date">
                {formatDay(snapshot.day, locale)}
                {snapshot.kind === 'user' ? '' : ` · ${t(`historyViews.snapshotKind.${snapshot.kind}`)}`}
              </span>
            </span>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              data-testid="snapshot-compare"
              onClick={() => void historyViewStore.getState().compare({ kind: 'snapshot', id: snapshot.id, name: snapshot.name, day: snapshot.day }, { kind: 'today' })}
            >
              <Icon name="swap" size={12} />
              <span>{t('historyViews.snapshotCompare')}</span>
            </button>
            <button type="button" className="icon-btn" data-testid="snapshot-delete" title={t('historyViews.snapshotDeleteTitle', { name: snapshot.name })} aria-label={t('historyViews.snapshotDeleteTitle', { name: snapshot.name })} onClick={() => void remove(snapshot)}>
              <Icon name="trash" size={14} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
