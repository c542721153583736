import type { SnapshotSummary } from '../../../../shared/history/views';
import type { ImportOutcome, SearchHit, Settings } from '../../../../shared/ipc';
import { DEFAULT_SETTINGS } from '../../../../node/db/repos/settings';
import type { AccountData, AccountSummary, Op } from '../../../../shared/model';
import { StoreError } from '../../../../node/db/store';
import type { Store } from '../../../../node/db/store';
import { planDigest } from '../../../../shared/plan/digest';

/** An in-memory Store for handler tests: keeps accounts as plain data and logs every write it receives. */
export interface FakeStore extends Store {
  /** Names of the writing methods called, in order. */
  readonly writes: string[];
  readonly accounts: Map<string, AccountData>;
}

const clone = <T>(value: T): T => structuredClone(value);

function summary(data: AccountData): AccountSummary {
  const { id, name, industry, tier, stage, updatedAt } = data.account;
  return { id, name, industry, tier, stage, peopleCount: data.people.length, updatedAt };
}

function allIds(data: AccountData): string[] {
  const records = [...data.competitors, ...data.team, ...data.people, ...data.links];
  return [data.account.id, ...records.map((r) => r.id)];
}

/** Gives every record a fresh id and rewrites every reference to match, as an import of a copy must. */
function withNewIds(data: AccountData): AccountData {
  const fresh = new Map(allIds(data).map((id) => [id, `copy-${id}`]));
  const map = (id: string) => fresh.get(id) ?? id;
  const accountId = map(data.account.id);
  return {
    account: { ...data.account, id: accountId },
    competitors: data.competitors.map((c) => ({ ...c, id: map(c.id), accountId })),
    team: data.team.map((t) => ({ ...t, id: map(t.id), accountId })),
    people: data.people.map((p) => ({
      ...p,
      id: map(p.id),
      accountId,
      favouredCompetitorId: p.favouredCompetitorId === null ? null : map(p.favouredCompetitorId),
    })),
    links: data.links.map((l) => ({ ...l, id: map(l.id), accountId, from: map(l.from), to: map(l.to) })),
  };
}

export function createFakeStore(initial: AccountData[] = [], path = '/tmp/fake.sqlite3'): FakeStore {
  const accounts = new Map(initial.map((data) => [data.account.id, clone(data)]));
  const writes: string[] = [];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const importMappings = new Map<string, string[]>();
  const snapshots = new Map<string, { summary: SnapshotSummary; data: AccountData }>();
  const knownIds = () => new Set([...accounts.values()].flatMap(allIds));

  return {
    path,
    schemaVersion: 1,
    writes,
    accounts,
    listAccounts: () => [...accounts.values()].map(summary),
    openAccount: (accountId) => (accounts.has(accountId) ? clone(accounts.get(accountId)!) : null),
    allAccounts: () => [...accounts.values()].map(clone),
    planOf: () => ({ contacts: [], actions: [] }),
    reminders: () => ({ enabled: true, startOnAgenda: true, lastShownOn: null }),
    setReminders: (patch) => ({ enabled: true, startOnAgenda: true, lastShownOn: null, ...patch }),
    allAccountsWithPlans: () => [...accounts.values()].map((data) => ({ data: clone(data), plan: { contacts: [], actions: [] } })),
    agendaAccounts: (today, until) => [...accounts.values()].map((data) => ({ data: clone(data), digest: planDigest(data, { contacts: [], actions: [] }, today, until) })),
    applyOps(ops: readonly Op[]) {
      writes.push('applyOps');
      for (const op of ops) {
        if (op.op === 'patch' && op.entity === 'account' && !accounts.has(op.id)) {
          throw new StoreError('not-found', `no account with id ${op.id}`);
        }
      }
      return { updatedAt: '2026-11-22T12:00:00.000Z' };
    },
    async applyLargeEdit(ops: readonly Op[]) {
      return this.applyOps(ops);
    },
    async prepareLargeEdit() {},
    deleteAccount(accountId) {
      writes.push('deleteAccount');
      const data = accounts.get(accountId);
      accounts.delete(accountId);
      return data ?? null;
    },
    restoreAccount(data) {
      writes.push('restoreAccount');
      const taken = knownIds();
      if (allIds(data).some((id) => taken.has(id))) throw new StoreError('conflict', `account ${data.account.id} already exists`);
      accounts.set(data.account.id, clone(data));
      return summary(data);
    },
    importAccount(data): ImportOutcome {
      writes.push('importAccount');
      const taken = knownIds();
      const copied = allIds(data).some((id) => taken.has(id));
      const stored = copied ? withNewIds(data) : clone(data);
      accounts.set(stored.account.id, stored);
      return { accountId: stored.account.id, accountName: stored.account.name, copied };
    },
    search(text, limit): SearchHit[] {
      const needle = text.toLowerCase();
      const hits: SearchHit[] = [];
      for (const data of accounts.values()) {
        const { id, name } = data.account;
        if (name.toLowerCase().includes(needle)) hits.push({ accountId: id, accountName: name, personId: null, personName: null, personTitle: null });
        for (const p of data.people) {
          if (p.name.toLowerCase().includes(needle)) hits.push({ accountId: id, accountName: name, personId: p.id, personName: p.name, personTitle: p.title });
        }
      }
      return hits.slice(0, limit);
    },
    getSettings: () => ({ ...settings }),
    setSettings(patch) {
      writes.push('setSettings');
      settings = { ...settings, ...patch };
      return { ...settings };
    },
    importMapping: (signature) => importMappings.get(signature) ?? null,
    rememberImportMapping(signature, mapping) {
      importMappings.set(signature, [...mapping]);
    },
    isEmpty: () => accounts.size === 0,
    // The history has its own tests on the real store (node/db/history.test.ts); the fake keeps none.
    history: () => [],
    userName: () => 'tester',
    setUserName: (name) => name?.trim() || 'tester',
    // Snapshots are kept in memory; as-of, trend and compaction need the real store's history.
    accountOnDay: (accountId) => (accounts.has(accountId) ? { found: false, reason: 'before-account', firstDay: null } : null),
    takeSnapshot(accountId, name, kind) {
      const data = accounts.get(accountId);
      if (data === undefined) throw new StoreError('not-found', `no account with id ${accountId}`);
      writes.push('takeSnapshot');
      const taken = { id: `snapshot-${snapshots.size + 1}`, accountId, name, kind, takenAt: '2026-11-22T12:00:00.000Z', day: '2026-11-22' };
      snapshots.set(taken.id, { summary: taken, data: clone(data) });
      return taken;
    },
    snapshots: (accountId) => [...snapshots.values()].filter((s) => s.summary.accountId === accountId).map((s) => s.summary).reverse(),
    snapshot: (snapshotId) => snapshots.get(snapshotId) ?? null,
    deleteSnapshot: (snapshotId) => snapshots.delete(snapshotId),
    trend: () => [],
    compactHistory: () => [],
    historyContradictions: () => [],
    undoStacks: () => ({ undo: [], redo: [] }),
    saveUndoStacks: () => undefined,
    close: () => undefined,
  };
}
