import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import type { PlanReminderSettings } from '../../../../shared/ipc/plan-contract';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { IsoDate } from '../../../../shared/model';
import { agendaSectionOf, type AgendaSectionKey, type AgendaViewLine, type PlanLocale } from '../../../../shared/plan';
import { setCommandHandler } from '../../app/commands';
import { dispatchCommand } from '../../app/dispatch';
import { PreferenceButtons } from '../../app/PreferenceButtons';
import { clockStore, navigationStore, reportError, toastsStore, useClock, useSettings } from '../../app/services';
import { call } from '../../ipc/client';
import { Icon } from '../../ui/icons';
import { createAgendaStore } from './agendaStore';
import './plan.css';

export const agendaStore = createAgendaStore({ call }, reportError);
const useAgenda = <T,>(select: (state: ReturnType<typeof agendaStore.getState>) => T) => useStore(agendaStore, select);

interface RowContext {
  t: TFunction;
  locale: PlanLocale;
  today: IsoDate | null;
  /** The words every row shows, looked up once for the screen rather than in each row. */
  words: { open: string; log: string; complete: string; kind: Record<AgendaViewLine['kind'], string> };
}

function rowContext(t: TFunction, locale: PlanLocale, today: IsoDate | null): RowContext {
  const kinds: AgendaViewLine['kind'][] = ['key-person', 'action', 'relationship', 'planned-contact'];
  return {
    t,
    locale,
    today,
    words: {
      open: t('plan.agenda.open'),
      log: t('plan.agenda.log'),
      complete: t('plan.agenda.complete'),
      kind: Object.fromEntries(kinds.map((kind) => [kind, t(`plan.agenda.kind.${kind}`)])) as Record<AgendaViewLine['kind'], string>,
    },
  };
}

/** One line; the screen's words, language and day come from the screen, not a hook in each of hundreds of rows. */
function AgendaLineRow({ line, context: { t, locale, today, words } }: { line: AgendaViewLine; context: RowContext }) {
  const now = line.dueOn === null || (today !== null && line.dueOn <= today);
  const canLog = (line.kind === 'key-person' || line.kind === 'relationship') && line.logAs !== null;
  async function log() {
    if (today && (await agendaStore.getState().logContact(line, today, locale))) toastsStore.getState().show({ tone: 'success', message: t('plan.agenda.logged') });
  }
  async function complete() {
    if (today && (await agendaStore.getState().complete(line, today, locale))) toastsStore.getState().show({ tone: 'success', message: t('plan.agenda.completed') });
  }
  return (
    <li className={`agenda-line agenda-${line.kind}${now ? ' agenda-now' : ''}`} data-testid="agenda-line" data-kind={line.kind} data-account-id={line.accountId} data-person-ids={line.personIds.join(' ')}>
      <button type="button" className="agenda-open" title={words.open} onClick={() => void navigationStore.getState().openAccount(line.accountId, line.personIds)}>
        <span className="agenda-kind">{words.kind[line.kind]}</span>
        <span className="agenda-account">{line.accountName}</span>
        <span className="agenda-text">{line.text}</span>
      </button>
      <span className="agenda-buttons">
        {canLog ? (
          <button type="button" className="btn btn-small" onClick={() => void log()} data-testid="agenda-log">
            {words.log}
          </button>
        ) : null}
        {line.kind === 'action' ? (
          <button type="button" className="btn btn-small" onClick={() => void complete()} data-testid="agenda-done">
            <Icon name="check" size={13} /> {words.complete}
          </button>
        ) : null}
      </span>
    </li>
  );
}

/** A section: the lines received (its first ones, or all), and "Show all" while some are not drawn. */
function AgendaSection({ title, sectionKey, lines, total, context }: { title: string; sectionKey: AgendaSectionKey; lines: readonly AgendaViewLine[]; total: number; context: RowContext }) {
  const { t, locale } = context;
  const asked = useAgenda((state) => state.whole.includes(sectionKey));
  return (
    <section className="agenda-day" data-testid="agenda-section">
      <h2>{title}</h2>
      <ol className="agenda-lines">
        {lines.map((line, i) => (
          <AgendaLineRow key={`${line.kind}-${line.accountId}-${line.personIds.join('-')}-${i}`} line={line} context={context} />
        ))}
      </ol>
      {lines.length < total ? (
        <button type="button" className="btn btn-ghost agenda-show-all" disabled={asked} onClick={() => void agendaStore.getState().showAll(sectionKey, locale)} data-testid="agenda-show-all">
          {t('agendaScreen.showAll', { count: total })}
        </button>
      ) : null}
    </section>
  );
}

/** The daily reminder's switch and the start screen's, kept in the database. */
function Preferences() {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState<PlanReminderSettings | null>(null);
  useEffect(function loadPreferences() {
    void call('plan.reminders', {}).then((result) => result.ok && setPrefs(result.value));
  }, []);
  if (prefs === null) return null;
  const change = (patch: { enabled?: boolean; startOnAgenda?: boolean }) =>
    void call('plan.setReminders', patch).then((result) => (result.ok ? setPrefs(result.value) : reportError(result.error)));
  return (
    <span className="agenda-prefs">
      <label>
        <input type="checkbox" checked={prefs.enabled} onChange={(e) => change({ enabled: e.target.checked })} data-testid="agenda-reminders" /> {t('plan.agenda.reminders')}
      </label>
      <label>
        <input type="checkbox" checked={prefs.startOnAgenda} onChange={(e) => change({ startOnAgenda: e.target.checked })} data-testid="agenda-start" /> {t('plan.agenda.startHere')}
      </label>
    </span>
  );
}

/** Today and the coming 7 days across every account: what is due, ranked, with one-click logging and completing. */
export function AgendaScreen() {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const view = useAgenda((state) => state.view);
  const member = useAgenda((state) => state.member);
  const today = useClock((state) => state.today);

  useEffect(
    function loadAgendaOnShow() {
      // The agenda has no menu commands of its own; it asks for the day and the lines whenever shown.
      setCommandHandler(null);
      void clockStore.getState().refresh();
      void agendaStore.getState().load(locale);
    },
    [locale],
  );

  async function exportCalendar() {
    const result = await call('plan.exportCalendar', { locale, includePrivate: false });
    if (result.ok) toastsStore.getState().show({ tone: 'success', message: t('plan.agenda.exported', { count: result.value.events }) });
    else if (result.error.key === 'plan.ics.empty') toastsStore.getState().show({ tone: 'info', message: t('plan.agenda.nothingToExport') });
    else if (result.error.code !== 'cancelled') reportError(result.error);
  }

  const lines = view?.lines ?? [];
  // The lines come ranked due now first, then day by day, each section's first lines (or all): one pass groups them.
  const received = new Map<AgendaSectionKey, AgendaViewLine[]>();
  if (view) {
    for (const line of lines) {
      const key = agendaSectionOf(line, view.today);
      const section = received.get(key);
      if (section) section.push(line);
      else received.set(key, [line]);
    }
  }
  const context = useMemo(() => rowContext(t, locale, today), [t, locale, today]);
  return (
    <div className="screen agenda-screen" data-testid="agenda-screen">
      <header className="topbar">
        <button type="button" className="btn btn-ghost back-btn" data-testid="agenda-back" onClick={() => dispatchCommand('showAccounts')}>
          <Icon name="back" />
          <span className="tool-label">{t('accounts.title')}</span>
        </button>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="topbar-actions">
          <button type="button" className="btn btn-ghost" onClick={() => void exportCalendar()} data-testid="agenda-export-ics">
            <Icon name="exportFile" />
            <span>{t('plan.agenda.exportCalendar')}</span>
          </button>
          <PreferenceButtons />
        </div>
      </header>
      <main className="accounts-main agenda-main">
        <div className="accounts-heading">
          <h1>{t('plan.agenda.title')}</h1>
          <p className="muted">
            {t('plan.agenda.subtitle')} · {view ? `${view.today} – ${view.until}` : ''}
          </p>
          {view ? (
            <p className="agenda-summary" data-testid="agenda-summary">
              {view.summary}
            </p>
          ) : null}
        </div>
        <label className="agenda-filter">
          <span>{t('plan.agenda.member')}</span>
          <select className="input select" value={member ?? ''} onChange={(e) => void agendaStore.getState().setMember(e.target.value || null, locale)} data-testid="agenda-member">
            <option value="">{t('plan.agenda.everyone')}</option>
            {(view?.members ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <Preferences />
        {view && view.sections.length === 0 ? <p className="empty-state">{t('plan.agenda.empty')}</p> : null}
        {(view?.sections ?? []).map((section) => (
          <AgendaSection
            key={section.key}
            title={section.key === 'now' ? t('plan.agenda.overdue') : section.key}
            sectionKey={section.key}
            lines={received.get(section.key) ?? []}
            total={section.total}
            context={context}
          />
        ))}
      </main>
    </div>
  );
}
