import { localToday } from '../../../shared/edit/defaults';
import { fail, ok } from '../../../shared/model';
import { AGENDA_DAYS, addDays, agendaPage, writeCalendar } from '../../../shared/plan';
import type { Store } from '../../../node/db/store';
import { writeFileAtomic } from '../../../node/files/write-file-atomic';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';


/** The calendar file's name the save dialog proposes, dated on the export day. */
export function calendarFileName(today: string): string {
  return `power-map-plan-${today}.ics`;
}

export function planHandlers(store: Store, ports: DesktopPorts, now: () => Date = () => new Date()): SectionHandlers<'plan'> {
  const today = () => ports.today?.() ?? localToday();
  return {
    'plan.get': async ({ accountId }) => ok(store.planOf(accountId)),
    'plan.apply': async ({ ops }) => ok(store.applyOps(ops)),
    'plan.agenda': async ({ days, member, locale, firstLines, whole }) => {
      const day = today();
      const ahead = days ?? AGENDA_DAYS;
      // The store's digest of each plan (a few indexed queries over the whole database), not the whole log;
      // only the lines the screen draws are put in words and sent. Risk ranks by the user's thresholds.
      const thresholds = store.getSettings().analysis;
      return ok(agendaPage(store.agendaAccounts(day, addDays(day, ahead)), { today: day, days: ahead, member: member ?? null, locale, firstLines, whole, thresholds }));
    },
    'plan.exportCalendar': async ({ locale, includePrivate }) => {
      const day = today();
      const calendar = writeCalendar(store.allAccountsWithPlans(), { today: day, stamp: now().toISOString(), locale, includePrivate: includePrivate ?? false });
      if (!calendar.ok) return { ok: false, error: { code: 'not-found', message: calendar.error.message, key: calendar.error.key } };
      const target = await (ports.chooseCalendarSavePath ?? ports.chooseSavePath)(calendarFileName(day));
      if (target === null) return fail('cancelled', 'Calendar export cancelled.');
      const written = await writeFileAtomic(target, calendar.text);
      return written.ok ? ok({ path: target, events: calendar.events }) : written;
    },
    'plan.reminders': async () => ok(store.reminders()),
    'plan.setReminders': async (patch) => ok(store.setReminders(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)))),
  };
}
