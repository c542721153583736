import { z } from 'zod';
import { CHANGE_ORIGINS, ERASED, RECORDED_ENTITIES, replayChanges, type ChangeRecord } from '../history/changes';
import { decodeHlc, HlcError } from '../history/hlc';
import type { AccountData } from '../model';

/** Every change of a long-lived account fits; a file over the size limit is refused before this anyway. */
export const MAX_HISTORY_RECORDS = 500_000;

const fieldValues = z.union([z.literal(ERASED), z.record(z.string().min(1).max(64), z.unknown())]).nullable();

/** One change record as a `.powermap` file carries it (see shared/history/changes.ts). */
export const changeRecordSchema = z.strictObject({
  id: z.string().min(1).max(64),
  accountId: z.string().min(1).max(64),
  hlc: z.string().min(1).max(120),
  at: z.iso.datetime(),
  actor: z.string().max(200),
  origin: z.enum(CHANGE_ORIGINS),
  entity: z.enum(RECORDED_ENTITIES),
  entityId: z.string().min(1).max(64),
  kind: z.enum(['create', 'update', 'delete']),
  before: fieldValues,
  after: fieldValues,
}) satisfies z.ZodType<ChangeRecord>;

export const historySchema = z.array(changeRecordSchema).max(MAX_HISTORY_RECORDS);

type Keyed = { id: string };
const SECTIONS = [
  ['account', 'account'],
  ['competitors', 'competitor'],
  ['team', 'team'],
  ['people', 'person'],
  ['links', 'link'],
] as const;

/** Key order carries no meaning: a record is compared as its sorted entries. */
function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}

/** The first field (in the file's order) on which two versions of a record differ. */
function firstDifference(replayed: Record<string, unknown>, stored: Record<string, unknown>): string {
  for (const key of new Set([...Object.keys(stored), ...Object.keys(replayed)])) {
    if (stable(replayed[key]) !== stable(stored[key])) return key;
  }
  return '';
}

/** Where in the history an entity was last written: the record a reader should look at. */
function lastRecordOf(history: readonly ChangeRecord[], entityId: string): string {
  for (let i = history.length - 1; i >= 0; i--) {
    const record = history[i]!;
    if (record.entityId === entityId) return `history[${i}] (id "${record.id}")`;
  }
  return 'no record of the history';
}

/**
 * Problems with a file's history, one line each, led by the path at fault: records of another account,
 * clock times that are not clock times or go backwards, ids used twice, and, above all, a history that
 * does not lead to the file's own data. Replaying it (as the History tab and the as-of view do) must give
 * the account exactly as the file holds it; otherwise the line names the record that disagrees.
 */
export function checkHistory(data: AccountData, history: readonly ChangeRecord[]): string[] {
  const problems: string[] = [];
  const accountId = data.account.id;
  const seen = new Set<string>();
  let previous = '';
  history.forEach((record, i) => {
    const where = `history[${i}]`;
    if (record.accountId !== accountId) problems.push(`${where}.accountId: "${record.accountId}" differs from the account's id "${accountId}"`);
    if (seen.has(record.id)) problems.push(`${where}.id: "${record.id}" is used twice`);
    seen.add(record.id);
    try {
      decodeHlc(record.hlc);
      if (record.hlc <= previous) problems.push(`${where}.hlc: "${record.hlc}" is not later than the record before it; records must be in clock order`);
      previous = record.hlc;
    } catch (error) {
      if (!(error instanceof HlcError)) throw error;
      problems.push(`${where}.hlc: "${record.hlc}" is not a clock time`);
    }
  });
  if (problems.length > 0) return problems;

  const replayed = replayChanges(history).get(accountId);
  if (replayed === undefined) return ['history: replayed, it does not lead to this account (it never creates it, or deletes it at the end)'];
  for (const [section, entity] of SECTIONS) {
    const stored = (section === 'account' ? [data.account] : data[section]) as Keyed[];
    const rebuilt = new Map(((section === 'account' ? [replayed.account] : replayed[section]) as Keyed[]).map((r) => [r.id, r]));
    stored.forEach((record, i) => {
      const where = section === 'account' ? 'account' : `${section}[${i}]`;
      const other = rebuilt.get(record.id);
      rebuilt.delete(record.id);
      if (other === undefined) {
        problems.push(`${where}: "${record.id}" is in the file but the history does not create it (last record for it: ${lastRecordOf(history, record.id)})`);
        return;
      }
      const field = firstDifference(other as Record<string, unknown>, record as Record<string, unknown>);
      if (field !== '') {
        problems.push(
          `${where}.${field}: the history leaves ${stable((other as Record<string, unknown>)[field])}, the file has ${stable((record as Record<string, unknown>)[field])} (see ${lastRecordOf(history, record.id)})`,
        );
      }
    });
    for (const id of rebuilt.keys()) problems.push(`${section}: the history leaves ${entity} "${id}", which the file does not hold (see ${lastRecordOf(history, id)})`);
  }
  return problems;
}
