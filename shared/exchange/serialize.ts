import { accountSchema, competitorSchema, linkSchema, personSchema, teamMemberSchema } from '../model';
import type { AccountData } from '../model';
import type { ChangeRecord } from '../history/changes';
import { loggedContactSchema, planActionSchema } from '../plan/schemas';
import type { AccountPlan } from '../plan/types';
import { changeRecordSchema } from './history';
import { FORMAT_NAME, FORMAT_VERSION } from './file-schema';

/** Copies the fields a schema knows, in the schema's order, so files diff cleanly and carry nothing extra. */
function inSchemaOrder<T extends object>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (record as Record<string, unknown>)[key];
  return out as T;
}

const ACCOUNT_KEYS = Object.keys(accountSchema.shape);
const COMPETITOR_KEYS = Object.keys(competitorSchema.shape);
const TEAM_KEYS = Object.keys(teamMemberSchema.shape);
const PERSON_KEYS = Object.keys(personSchema.shape);
const LINK_KEYS = Object.keys(linkSchema.shape);
const CHANGE_KEYS = Object.keys(changeRecordSchema.shape);
const CONTACT_KEYS = Object.keys(loggedContactSchema.shape);
const ACTION_KEYS = Object.keys(planActionSchema.shape);

/**
 * Writes an account as `.powermap` text: pretty JSON (two spaces, final newline) with a fixed key
 * order, so the same data always gives the same bytes apart from `exportedAt`. With `history` (the
 * account's change records in clock order) the file carries its timeline too; an empty one is left out.
 * With `plan` it carries the contact log and the actions (format 4); empty lists are left out.
 */
export function serializeAccountFile(data: AccountData, exportedAt: string, history?: readonly ChangeRecord[], plan?: AccountPlan): string {
  const file = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    exportedAt,
    account: inSchemaOrder(data.account, ACCOUNT_KEYS),
    competitors: data.competitors.map((c) => inSchemaOrder(c, COMPETITOR_KEYS)),
    team: data.team.map((t) => inSchemaOrder(t, TEAM_KEYS)),
    people: data.people.map((p) => inSchemaOrder(p, PERSON_KEYS)),
    links: data.links.map((l) => inSchemaOrder(l, LINK_KEYS)),
    ...(history === undefined || history.length === 0 ? {} : { history: history.map((c) => inSchemaOrder(c, CHANGE_KEYS)) }),
    ...(plan === undefined || plan.contacts.length === 0 ? {} : { contacts: plan.contacts.map((c) => inSchemaOrder(c, CONTACT_KEYS)) }),
    ...(plan === undefined || plan.actions.length === 0 ? {} : { actions: plan.actions.map((a) => inSchemaOrder(a, ACTION_KEYS)) }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
