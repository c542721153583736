import { z } from 'zod';
import { opSchema } from '../model';
import { planOpSchema, planOpsSchema } from '../plan/ops';
import type { AccountPlan } from '../plan/types';
import type { AgendaPage } from '../plan/view';

/**
 * The plan section of the IPC contract (issue 13): an account's contact log and actions, their edits
 * (through the store's one op mechanism, so undo and the history see them), the agenda across every
 * account, the calendar export and the daily reminder's switch.
 */
const accountId = z.string().min(1).max(64);
const locale = z.enum(['en', 'zh-CN']);
const lineCount = z.number().int().min(1).max(100_000);
/** A section of the agenda: 'now' (overdue and today) or a coming day. */
const agendaSectionKey = z.union([z.literal('now'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')]);

/**
 * One user edit on the map (edit.apply): the account's records and its plan alike, so logging a contact or
 * completing an action is one step on the editor's undo stack. A contact import of 50,000 rows must fit.
 */
export const editOpSchema = z.discriminatedUnion('op', [opSchema, planOpSchema]);
export const editOpsSchema = z.array(editOpSchema).min(1).max(250_000);

export const planArgSchemas = {
  /** The account's contact log (date order) and actions. */
  'plan.get': z.strictObject({ accountId }),
  /** One edit of the log or the actions: logContact, deleteContact, addAction, updateAction, deleteAction. */
  'plan.apply': z.strictObject({ ops: planOpsSchema }),
  /**
   * Today (the main process's clock) and the coming `days`, across every account, optionally one member's
   * lines. Every section's count always; its lines all, or only the first `firstLines.now` of those due
   * now and `firstLines.ahead` of each coming day (the screen draws those), except for the sections named
   * in `whole` (its "Show all").
   */
  'plan.agenda': z.strictObject({
    days: z.number().int().min(0).max(366).default(7),
    member: z.string().max(200).nullable().default(null),
    locale,
    firstLines: z.strictObject({ now: lineCount, ahead: lineCount }).nullable().default(null),
    whole: z.array(agendaSectionKey).max(400).default([]),
  }),
  /** Asks where to save (native dialog) and writes the open actions and planned visits as an .ics file. */
  'plan.exportCalendar': z.strictObject({ locale, includePrivate: z.boolean().default(false) }),
  /** The daily reminder's switch, and whether the app starts on the agenda. */
  'plan.reminders': z.strictObject({}),
  'plan.setReminders': z.strictObject({ enabled: z.boolean().optional(), startOnAgenda: z.boolean().optional() }),
} as const;

export interface PlanReminderSettings {
  enabled: boolean;
  /** The agenda is the start screen once there are accounts (on unless switched off). */
  startOnAgenda: boolean;
  /** The last day the reminder was shown (at most once a day). */
  lastShownOn: string | null;
}

export interface PlanResultTypes {
  'plan.get': AccountPlan;
  'plan.apply': { updatedAt: string };
  'plan.agenda': AgendaPage;
  /** events: how many actions and planned contacts the file holds. */
  'plan.exportCalendar': { path: string; events: number };
  'plan.reminders': PlanReminderSettings;
  'plan.setReminders': PlanReminderSettings;
}
