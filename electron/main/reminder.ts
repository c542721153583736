import { AGENDA_DAYS, addDays, buildAgenda, countsDueToday, planWords, type PlanLocale } from '../../shared/plan';
import type { Store } from '../../node/db/store';

/**
 * The daily reminder (issue 13): at the first start of a day, one operating-system notification sums up
 * what is due ("5 key people due, 2 actions overdue"), at most once a day, and never when switched off on
 * the agenda. The notification is a port (Electron's Notification in the app, a recorder in tests), so
 * this runs under plain Node.
 */
export interface NotifyPort {
  /** False where the system shows no notifications. */
  supported(): boolean;
  show(title: string, body: string, onClick: () => void): void;
}

export type ReminderOutcome = 'shown' | 'off' | 'already-today' | 'nothing-due' | 'unsupported';

const TITLE: Record<PlanLocale, string> = { en: 'Power Map: today', 'zh-CN': 'Power Map：今天' };

export function remindOnFirstStartOfDay(store: Store, notify: NotifyPort, today: string, locale: PlanLocale, onClick: () => void = () => undefined): ReminderOutcome {
  const settings = store.reminders();
  if (!settings.enabled) return 'off';
  if (settings.lastShownOn === today) return 'already-today';
  if (!notify.supported()) return 'unsupported';
  // Today's counts from the week the agenda screen reads: the store keeps that week's digest, read ahead
  // at an agenda start, so the reminder reads nothing of its own.
  const counts = countsDueToday(buildAgenda(store.agendaAccounts(today, addDays(today, AGENDA_DAYS)), { today, days: AGENDA_DAYS }));
  // Once a day whatever the answer: a start later today, with nothing new due, stays quiet.
  store.setReminders({ lastShownOn: today });
  const { keyPeopleDue, actionsOverdue, actionsDueToday, relationships } = counts;
  if (keyPeopleDue + actionsOverdue + actionsDueToday + relationships === 0) return 'nothing-due';
  notify.show(TITLE[locale], planWords(locale).summary(counts), onClick);
  return 'shown';
}
