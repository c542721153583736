import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeRecord } from '../../../../shared/history/changes';
import { describeHistory } from '../../../../shared/history/describe';
import { localToday } from '../../../../shared/edit';
import { reportError, useEditor, useSettings } from '../../app/services';
import { call } from '../../ipc/client';
import { SelectField, TextField } from '../../ui/fields';
import { MergeCopyButton } from '../merge/MergeDialogs';
import { CompactHistory } from './CompactHistory';
import { HistoryTools, SnapshotsSection, ViewDayButton } from './HistoryTools';
import { historyViewStore, useHistoryView } from './historyViewStore';
import './history.css';

/** The user's own day for a recorded time (a KAM's Tuesday evening is not UTC's Wednesday). */
const localDayOf = (at: string) => localToday(new Date(at));
const localTimeOf = (at: string) => new Date(at).toTimeString().slice(0, 5);

/** Who the history names for the user's changes: set once, the operating-system user until then. */
function UserName() {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void call('history.userName', {}).then((result) => result.ok && setName(result.value.name));
  }, []);
  if (name === null) return null;
  return (
    <TextField
      name="historyUserName"
      label={t('history.userName')}
      hint={t('history.userNameHint')}
      value={name}
      onCommit={(next) =>
        void call('history.setUserName', { name: next }).then((result) => (result.ok ? setName(result.value.name) : reportError(result.error)))
      }
    />
  );
}

/**
 * The account's History tab: every change, by day, newest first, in the app's language, filterable by
 * person. It reads the records again after each edit (the editor's data changes with every one).
 */
export function HistoryPanel() {
  const { t } = useTranslation();
  const data = useEditor((state) => state.data);
  const locale = useSettings((state) => state.locale);
  const [records, setRecords] = useState<ChangeRecord[]>([]);
  const [personId, setPersonId] = useState('');
  const accountId = data?.account.id;
  const snapshots = useHistoryView((state) => state.snapshots);

  useEffect(() => {
    if (accountId === undefined) return;
    let current = true;
    void historyViewStore.getState().loadRecords(accountId).then((next) => current && setRecords(next));
    void historyViewStore.getState().loadSnapshots(accountId);
    return () => {
      current = false;
    };
  }, [accountId, data]);

  const days = useMemo(
    () => describeHistory(records, { locale: locale === 'zh-CN' ? 'zh-CN' : 'en', dayOf: localDayOf, personId: personId || null }),
    [records, locale, personId],
  );
  const dayList = useMemo(() => [...new Set(records.map((r) => localDayOf(r.at)))].sort().reverse(), [records]);
  if (!data) return null;

  return (
    <div className="history-panel" data-testid="history-panel">
      <div className="history-tools">
        <SelectField<string>
          name="historyPerson"
          label={t('history.person')}
          value={personId}
          options={[{ value: '', label: t('history.everyone') }, ...data.people.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={setPersonId}
        />
        <UserName />
      </div>
      <SnapshotsSection />
      <div className="history-merge">
        <MergeCopyButton accountId={data.account.id} />
      </div>
      <HistoryTools days={dayList} snapshots={snapshots} />
      {days.length === 0 ? <p className="history-empty">{t('history.empty')}</p> : null}
      {days.map((day) => (
        <section key={day.day} className="history-day" data-testid="history-day" data-day={day.day}>
          <div className="history-day-head">
            <h3 className="history-day-title">{day.day}</h3>
            <ViewDayButton day={day.day} />
          </div>
          <ul className="history-lines">
            {day.lines.map((line, index) => (
              <li key={`${line.id}:${index}`} className="history-line" data-testid="history-line">
                <span className="history-meta">
                  {localTimeOf(line.at)} · {line.actor}
                </span>
                <span className="history-text">{line.text}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <CompactHistory accountId={data.account.id} onCompacted={() => void historyViewStore.getState().loadRecords(data.account.id).then(setRecords)} />
    </div>
  );
}

