import { z } from 'zod';
import { FINDING_CODES } from '../analysis/types';
import { accountSchema, personSchema } from '../model';
import { ACTION_STATUSES, CHANNELS } from './types';
import type { ActionOrigin, LoggedContact, PlanAction } from './types';

/**
 * Runtime schemas of the contact log and the actions, written like shared/model/schemas.ts: strict
 * objects, bounded texts and lists, dates that exist in the calendar. References to people and team
 * members are checked against the account by `checkPlan` (./check.ts), which needs the account.
 */

// The model's own id and date validators (a date must exist in the calendar, via isCalendarDate), taken
// from its schemas so the log and the people's dates can never disagree on what a date is.
const id = accountSchema.shape.id;
const isoDate = personSchema.shape.verifiedOn.unwrap();
const ids = (what: string, min: number) =>
  z
    .array(id)
    .min(min, `at least ${min} ${what} ${min === 1 ? 'is' : 'are'} required`)
    .max(1_000)
    .refine((list) => new Set(list).size === list.length, `the same ${what} is named twice`);

export const loggedContactSchema = z.strictObject({
  id,
  accountId: id,
  date: isoDate,
  teamIds: ids('member of our team', 1),
  personIds: ids('customer person', 1),
  channel: z.enum(CHANNELS),
  note: z.string().max(2_000),
  private: z.boolean(),
}) satisfies z.ZodType<LoggedContact>;

const originSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('finding'), code: z.enum(FINDING_CODES), personIds: ids('person', 0) }),
  z.strictObject({ kind: z.literal('typed') }),
]) satisfies z.ZodType<ActionOrigin>;

export const planActionSchema = z
  .strictObject({
    id,
    accountId: id,
    text: z.string().trim().min(1, 'say what to do').max(500),
    ownerId: z.string().min(1, 'an action needs an owner from our team').max(64),
    due: isoDate,
    personIds: ids('person', 0),
    status: z.enum(ACTION_STATUSES),
    origin: originSchema,
    createdOn: isoDate,
    doneOn: isoDate.nullable(),
  })
  .superRefine((action, ctx) => {
    if (action.status === 'open' && action.doneOn !== null) {
      ctx.addIssue({ code: 'custom', path: ['doneOn'], message: 'an open action has no closing date' });
    }
    if (action.status !== 'open' && action.doneOn === null) {
      ctx.addIssue({ code: 'custom', path: ['doneOn'], message: `a ${action.status} action needs the day it was closed` });
    }
    if (action.doneOn !== null && action.doneOn < action.createdOn) {
      ctx.addIssue({ code: 'custom', path: ['doneOn'], message: 'an action cannot close before it was created' });
    }
  }) satisfies z.ZodType<PlanAction>;

export const accountPlanSchema = z.strictObject({
  contacts: z.array(loggedContactSchema).max(200_000),
  actions: z.array(planActionSchema).max(50_000),
});
