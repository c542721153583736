import type { AccountData, AppError, Result } from '../../../shared/model';
import type { ArgsOf, Channel, ResultOf, Settings } from '../../../shared/ipc';
import { analyze, portfolioRow } from '../../../shared/analysis';
import { applyOps } from '../../../shared/edit';
import { agendaPage, applyPlanOps, isPlanOp, type AccountPlan, type PlanOp } from '../../../shared/plan';
import type { IpcClient } from './client';

export interface Call {
  channel: Channel;
  args: unknown;
}

/**
 * An in-memory stand-in for the main process, for store tests: it keeps accounts, applies edits with
 * shared/edit's applyOps, records every call, and can be told to refuse the next edit.
 */
export function fakeClient(accounts: AccountData[] = []) {
  const db = new Map(accounts.map((data) => [data.account.id, data]));
  const calls: Call[] = [];
  let refuseNext: AppError | null = null;
  let settings: Settings = { locale: null, theme: 'system', analysis: { concentrationThreshold: 0.6, hiddenInfluenceQuantile: 0.25 } };
  let systemLocale = 'en-US';
  const plans = new Map<string, AccountPlan>();
  const planOf = (accountId: string): AccountPlan => plans.get(accountId) ?? { contacts: [], actions: [] };
  const applyPlan = (ops: readonly PlanOp[]): void => {
    for (const op of ops) {
      const accountId = 'value' in op ? op.value.accountId : [...plans].find(([, plan]) => [...plan.contacts, ...plan.actions].some((r) => r.id === op.id))?.[0];
      if (accountId !== undefined) plans.set(accountId, applyPlanOps(planOf(accountId), [op]));
    }
  };
  let reminders = { enabled: true, startOnAgenda: true, lastShownOn: null as string | null };

  const ok = <T>(value: T): Result<T> => ({ ok: true, value });
  const handlers: { [C in Channel]: (args: ArgsOf<C>) => Result<ResultOf<C>> } = {
    'app.info': () => ok({ version: 'test', dbPath: ':memory:', systemLocale }),
    'app.today': () => ok('2026-11-22'),
    'app.takeOpenedFiles': () => ok([]),
    'settings.get': () => ok(settings),
    'settings.set': (patch) => {
      settings = { ...settings, ...patch };
      return ok(settings);
    },
    'accounts.list': () =>
      ok([...db.values()].map(({ account, people }) => ({ id: account.id, name: account.name, industry: account.industry, tier: account.tier, stage: account.stage, peopleCount: people.length, updatedAt: account.updatedAt }))),
    'accounts.open': ({ accountId }) => {
      const data = db.get(accountId);
      return data ? ok(data) : { ok: false, error: { code: 'not-found', message: `no account ${accountId}` } };
    },
    'accounts.delete': ({ accountId }) => {
      const data = db.get(accountId);
      if (!data) return { ok: false, error: { code: 'not-found', message: `no account ${accountId}` } };
      db.delete(accountId);
      return ok(data);
    },
    'accounts.restore': ({ data }) => {
      db.set(data.account.id, data as AccountData);
      const { account, people } = data;
      return ok({ id: account.id, name: account.name, industry: account.industry, tier: account.tier, stage: account.stage, peopleCount: people.length, updatedAt: account.updatedAt });
    },
    'edit.apply': ({ ops }) => {
      if (refuseNext) {
        const error = refuseNext;
        refuseNext = null;
        return { ok: false, error };
      }
      for (const op of ops) {
        if (op.op === 'put' && op.entity === 'account' && !db.has(op.value.id)) {
          db.set(op.value.id, { account: op.value, competitors: [], team: [], people: [], links: [] });
        }
      }
      for (const [id, data] of db) db.set(id, applyOps(data, ops as never));
      applyPlan(ops.filter(isPlanOp));
      return ok({ updatedAt: '2026-01-02T00:00:00.000Z' });
    },
    'search.query': ({ text }) =>
      ok(
        [...db.values()].flatMap(({ account, people }) => [
          ...(account.name.includes(text) ? [{ accountId: account.id, accountName: account.name, personId: null, personName: null, personTitle: null }] : []),
          ...people.filter((p) => p.name.includes(text)).map((p) => ({ accountId: account.id, accountName: account.name, personId: p.id, personName: p.name, personTitle: p.title })),
        ]),
      ),
    'exchange.export': () => ok({ path: '/tmp/x.powermap' }),
    'exchange.import': () => ({ ok: false, error: { code: 'cancelled', message: 'cancelled' } }),
    'export.save': () => ({ ok: false, error: { code: 'cancelled', message: 'cancelled' } }),
    'export.cancel': () => ok({ cancelled: true }),
    'window.setFullScreen': () => ok({ changed: false }),
    // The database is healthy in these tests; the data-safety channels have their own tests.
    'safety.status': () => ok({ mode: 'normal', path: '/fake.sqlite3', encrypted: false, problem: null }),
    'safety.backups': () => ok([]),
    'safety.backupNow': () => ok({ path: '/fake-backup.sqlite3' }),
    'safety.restore': () => ok({ mode: 'normal', path: '/fake.sqlite3', encrypted: false, problem: null }),
    'safety.salvage': () => ok({ tables: [], status: { mode: 'normal', path: '/fake.sqlite3', encrypted: false, problem: null } }),
    'safety.retry': () => ok({ mode: 'normal', path: '/fake.sqlite3', encrypted: false, problem: null }),
    'safety.openOther': () => ok({ path: '/other.sqlite3' }),
    'safety.quit': () => ok({}),
    'safety.exportPerson': () => ok({ path: '/person.json' }),
    'safety.erasePerson': () => ok({ accountId: '' }),
    'safety.encryption': () => ok({ encrypted: false, keyStore: 'none' }),
    'safety.saveRecoveryKey': () => ({ ok: false, error: { code: 'not-found', message: 'not encrypted' } }),
    'safety.openWithRecoveryKey': () => ({ ok: false, error: { code: 'cancelled', message: 'Cancelled.' } }),
    // The contacts import runs on the real handlers in the end-to-end spec; store tests never call it.
    'import.readFile': () => ({ ok: false, error: { code: 'cancelled', message: 'cancelled' } }),
    'import.readBytes': () => ({ ok: false, error: { code: 'internal', message: 'not in the fake' } }),
    'import.readText': () => ({ ok: false, error: { code: 'internal', message: 'not in the fake' } }),
    'import.reread': () => ({ ok: false, error: { code: 'internal', message: 'not in the fake' } }),
    'import.preview': () => ({ ok: false, error: { code: 'internal', message: 'not in the fake' } }),
    'import.commit': () => ({ ok: false, error: { code: 'internal', message: 'not in the fake' } }),
    'import.editPart': () => ({ ok: false, error: { code: 'internal', message: 'not in the fake' } }),
    'people.exportTable': () => ({ ok: false, error: { code: 'cancelled', message: 'cancelled' } }),
    // The history runs on the real store in its own tests; the fake keeps none.
    'history.list': () => ok([]),
    'history.userName': () => ok({ name: 'tester' }),
    'history.setUserName': ({ name }) => ok({ name: name?.trim() || 'tester' }),
    'history.asOf': ({ day }) => ok({ found: false, day, reason: 'before-account', firstDay: null }),
    'history.compare': ({ to }) => ok({ found: false, side: 'to', day: typeof to === 'object' && 'day' in to ? to.day : '2026-01-01', reason: 'before-account', firstDay: null }),
    'history.trend': () => ok([]),
    'history.compact': () => ok(null),
    'snapshots.list': () => ok([]),
    'snapshots.take': ({ accountId, name, kind }) => ok({ id: 'snapshot-1', accountId, name, kind: kind ?? 'user', takenAt: '2026-01-01T00:00:00.000Z', day: '2026-01-01' }),
    'snapshots.delete': () => ok({ deleted: true }),
    'undo.load': () => ok({ undo: [], redo: [] }),
    'undo.save': () => ok({ saved: true as const }),
    'merge.preview': () => ({ ok: false, error: { code: 'cancelled', message: 'Merge cancelled.' } }),
    'merge.apply': () => ({ ok: false, error: { code: 'not-found', message: 'No merge preview.' } }),
    // In stored order: ranking is the main process's job, tested on the real handler, not imitated here.
    // The plan: the shared code applies the ops, as the store's tests check on the real database.
    'plan.get': ({ accountId }) => ok(planOf(accountId)),
    'plan.apply': ({ ops }) => {
      applyPlan(ops);
      return ok({ updatedAt: '2026-01-02T00:00:00.000Z' });
    },
    'plan.agenda': ({ days, member, locale, firstLines, whole }) =>
      ok(agendaPage([...db.values()].map((data) => ({ data, plan: planOf(data.account.id) })), { today: '2026-11-22', days: days ?? 7, member: member ?? null, locale, firstLines, whole })),
    'plan.exportCalendar': () => ({ ok: false, error: { code: 'cancelled', message: 'cancelled' } }),
    'plan.reminders': () => ok(reminders),
    'plan.setReminders': (patch) => ok((reminders = { ...reminders, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) })),
    'portfolio.list': () => ok([...db.values()].map((data) => portfolioRow(data, analyze(data, { today: '2026-11-22', ...settings.analysis })))),
  };

  const client: IpcClient = {
    async call(channel, args) {
      calls.push({ channel, args });
      await Promise.resolve();
      return (handlers[channel] as (a: typeof args) => Result<ResultOf<typeof channel>>)(args);
    },
  };

  return {
    client,
    calls,
    stored: (accountId: string) => db.get(accountId),
    storedPlan: planOf,
    refuseNextEdit(error: AppError) {
      refuseNext = error;
    },
    setSystemLocale(locale: string) {
      systemLocale = locale;
    },
    editCalls: () => calls.filter((call) => call.channel === 'edit.apply').map((call) => (call.args as ArgsOf<'edit.apply'>).ops),
  };
}
