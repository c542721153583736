import { randomFillSync } from 'node:crypto';
import { ERASED, fieldChanges, type ChangeOrigin, type ChangeRecord, type Fields, type RecordedEntity } from '../../shared/history/changes';
import { compareHlc, decodeHlc, encodeHlc, HlcError, receive, tick, type Hlc } from '../../shared/history/hlc';
import { StoreError } from './store';
import type { AccountData, EntityKind } from '../../shared/model';
import type { Db } from './connection';

/**
 * Writes the history (issue 12): one row per change to one record, in the transaction of the change
 * itself (the caller's), so a change and its record land together or not at all. The store opens each
 * writing transaction with `begin` (who, when, why) and the write paths call `record` for every row they
 * create, change or delete, cascades included (see apply-ops.ts and account-data.ts).
 */
export interface ChangeLog {
  begin(origin: ChangeOrigin, at: Date): void;
  record(accountId: string, entity: RecordedEntity, entityId: string, kind: ChangeRecord['kind'], before: Fields | null, after: Fields | null): void;
  /**
   * Keeps records made elsewhere (a file's history), as they are; one already here is kept once. The
   * clock moves past the latest of them, so what is recorded next sorts after. Call after `begin`.
   */
  adopt(records: readonly ChangeRecord[]): void;
  /** How many records each account got since the last call (the store's checkpoints count them). */
  drainRecorded(): Map<string, number>;
  /** Every record of an account (deleted or not) in clock order. */
  history(accountId: string): ChangeRecord[];
  /** Replaces an erased person's values in their records with ERASED. */
  erase(personIds: readonly string[]): void;
  /** Replaces the values of a contact's or an action's records with ERASED (one that named an erased person). */
  eraseRecords(entity: 'contact' | 'action', ids: readonly string[]): void;
  /** Ids of the accounts in the database that have no record yet (their history has not begun). */
  accountsWithoutHistory(): string[];
  actor(): string;
  setActor(name: string | null): void;
  /**
   * Reads the clock back from the file after another connection wrote records (the import writer on
   * its worker thread, see writer.ts), so what is recorded here next sorts after them.
   */
  catchUp(): void;
}

/** The settings row holding the user name set in the app; absent means the operating-system user. */
const ACTOR_KEY = 'history.actor';

interface ChangeRow {
  id: string;
  account_id: string;
  hlc: string;
  at: string;
  actor: string;
  origin: string;
  entity: string;
  entity_id: string;
  kind: string;
  before: string | null;
  after: string | null;
}

/** Random bytes taken 10 at a time from a pool filled in one call per 256 ids (as randomUUID buffers its own). */
const POOL = Buffer.alloc(10 * 256);
let poolAt = POOL.length;
const id = Buffer.alloc(16);

/**
 * A change record's id: a UUID version 7 (RFC 9562), the record's time in milliseconds first, then 74
 * random bits. Unique across machines as a random UUID is; and each new id goes at the end of the
 * changes' id index, so an edit's commit writes the page the previous one wrote, not a random one.
 */
export function timeOrderedId(ms: number): string {
  if (poolAt === POOL.length) {
    randomFillSync(POOL);
    poolAt = 0;
  }
  id.writeUIntBE(Math.max(0, Math.min(Math.floor(ms), 2 ** 48 - 1)), 0, 6);
  POOL.copy(id, 6, poolAt, poolAt + 10);
  poolAt += 10;
  id[6] = (id[6]! & 0x0f) | 0x70;
  id[8] = (id[8]! & 0x3f) | 0x80;
  const hex = id.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const toJson = (value: Fields | typeof ERASED | null): string | null => (value === null ? null : JSON.stringify(value));
const fromJson = (text: string | null): Fields | typeof ERASED | null => (text === null ? null : (JSON.parse(text) as Fields | typeof ERASED));

function fromRow(row: ChangeRow): ChangeRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    hlc: row.hlc,
    at: row.at,
    actor: row.actor,
    origin: row.origin as ChangeOrigin,
    entity: row.entity as RecordedEntity,
    entityId: row.entity_id,
    kind: row.kind as ChangeRecord['kind'],
    before: fromJson(row.before),
    after: fromJson(row.after),
  };
}

export function createChangeLog(db: Db, defaultActor: string): ChangeLog {
  const statements = {
    adopt: db.prepare(
      `INSERT OR IGNORE INTO changes (id, account_id, hlc, at, actor, origin, entity, entity_id, kind, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insert: db.prepare(
      `INSERT INTO changes (id, account_id, hlc, at, actor, origin, entity, entity_id, kind, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    history: db.prepare<[string], ChangeRow>('SELECT * FROM changes WHERE account_id = ? ORDER BY hlc, seq'),
    lastHlc: db.prepare<[], string>('SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1').pluck(),
    node: db.prepare<[], string>('SELECT node FROM change_clock WHERE id = 1').pluck(),
    erase: db.prepare<[string]>(
      `UPDATE changes SET
         before = CASE WHEN before IS NULL THEN NULL ELSE '"${ERASED}"' END,
         after = CASE WHEN after IS NULL THEN NULL ELSE '"${ERASED}"' END
       WHERE entity = 'person' AND entity_id = ?`,
    ),
    eraseRecords: db.prepare<[string, string]>(
      `UPDATE changes SET
         before = CASE WHEN before IS NULL THEN NULL ELSE '"${ERASED}"' END,
         after = CASE WHEN after IS NULL THEN NULL ELSE '"${ERASED}"' END
       WHERE entity = ? AND entity_id = ?`,
    ),
    withoutHistory: db
      .prepare<[], string>('SELECT id FROM accounts WHERE NOT EXISTS (SELECT 1 FROM changes WHERE changes.account_id = accounts.id) ORDER BY rowid')
      .pluck(),
    actor: db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck(),
    setActor: db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    clearActor: db.prepare<[string]>('DELETE FROM settings WHERE key = ?'),
  };
  const node = statements.node.get() ?? 'local';
  const lastText = statements.lastHlc.get();
  let last: Hlc | null = lastText === undefined ? null : decodeHlc(lastText);
  const stored = statements.actor.get(ACTOR_KEY);
  let actor = stored === undefined ? defaultActor : (JSON.parse(stored) as string);
  let context = { origin: 'edit' as ChangeOrigin, at: '', wall: 0 };
  let recorded = new Map<string, number>();

  return {
    begin(origin, at) {
      context = { origin, at: at.toISOString(), wall: at.getTime() };
    },
    record(accountId, entity, entityId, kind, before, after) {
      last = tick(last, context.wall, node);
      recorded.set(accountId, (recorded.get(accountId) ?? 0) + 1);
      statements.insert.run(
        timeOrderedId(context.wall),
        accountId,
        encodeHlc(last),
        context.at,
        actor,
        context.origin,
        entity,
        entityId,
        kind,
        toJson(before),
        toJson(after),
      );
    },
    adopt(records) {
      let latest: Hlc | null = null;
      for (const r of records) {
        const time = decodeHlc(r.hlc);
        if (latest === null || compareHlc(time, latest) > 0) latest = time;
        statements.adopt.run(r.id, r.accountId, r.hlc, r.at, r.actor, r.origin, r.entity, r.entityId, r.kind, toJson(r.before), toJson(r.after));
      }
      if (latest === null) return;
      try {
        last = receive(last, latest, context.wall, node);
      } catch (error) {
        if (error instanceof HlcError) throw new StoreError('invalid-payload', `The file's history was refused: ${error.message} (a record from more than a day ahead of this computer's clock).`);
        throw error;
      }
    },
    drainRecorded() {
      const out = recorded;
      recorded = new Map();
      return out;
    },
    history: (accountId) => statements.history.all(accountId).map(fromRow),
    erase(personIds) {
      for (const id of personIds) statements.erase.run(id);
    },
    eraseRecords(entity, ids) {
      for (const id of ids) statements.eraseRecords.run(entity, id);
    },
    accountsWithoutHistory: () => statements.withoutHistory.all(),
    actor: () => actor,
    catchUp() {
      const latest = statements.lastHlc.get();
      if (latest === undefined) return;
      const written = decodeHlc(latest);
      if (last === null || compareHlc(written, last) > 0) last = written;
    },
    setActor(name) {
      const trimmed = name?.trim() ?? '';
      if (trimmed === '') statements.clearActor.run(ACTOR_KEY);
      else statements.setActor.run(ACTOR_KEY, JSON.stringify(trimmed));
      actor = trimmed === '' ? defaultActor : trimmed;
    },
  };
}

/** Records every record of an account, as created (an import, a restore, a baseline) or as deleted. */
export function recordAccountData(log: ChangeLog, data: AccountData, kind: 'create' | 'delete'): void {
  const accountId = data.account.id;
  const parts: [EntityKind, { id: string }[]][] = [
    ['competitor', data.competitors],
    ['team', data.team],
    ['person', data.people],
    ['link', data.links],
  ];
  const one = (entity: EntityKind, value: { id: string }) =>
    log.record(accountId, entity, value.id, kind, kind === 'delete' ? (value as unknown as Fields) : null, kind === 'create' ? (value as unknown as Fields) : null);
  if (kind === 'create') {
    one('account', data.account);
    for (const [entity, values] of parts) for (const value of values) one(entity, value);
  } else {
    // A delete goes from what refers to others down to the account, so a replay never holds a dangling link.
    for (const [entity, values] of [...parts].reverse()) for (const value of values) one(entity, value);
    one('account', data.account);
  }
}

/**
 * Records a row as it was before (undefined: new) and as it is now, with only the fields that change.
 * Returns false when nothing changed (nothing recorded).
 */
export function recordRowWrite(log: ChangeLog, accountId: string, entity: RecordedEntity, id: string, before: object | undefined, after: object): boolean {
  if (before === undefined) {
    log.record(accountId, entity, id, 'create', null, after as Fields);
    return true;
  }
  const changes = fieldChanges(before as Fields, after as Fields);
  if (changes === null) return false;
  log.record(accountId, entity, id, 'update', changes.before, changes.after);
  return true;
}
