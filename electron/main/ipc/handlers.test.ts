import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../../../shared/exchange/testing/sample-account';
import type { AccountData } from '../../../shared/model';
import { StoreError } from '../../../node/db/store';
import { useTempStore } from '../../../node/db/test-support';
import { createHandlers } from './handlers';
import { createFakePorts, type FakePorts } from './testing/fake-ports';
import { account, accountData, covers, member, person } from '../../../shared/analysis/testing';

/** The real handlers on a real SQLite file; only the desktop's dialogs and version are stand-ins. */
const fixture = useTempStore();

function setup(accounts: AccountData[] = [sampleAccount()], ports: FakePorts = createFakePorts()) {
  for (const data of accounts) fixture.store.restoreAccount(data);
  return { store: fixture.store, handlers: createHandlers(fixture.store, ports) };
}

describe('handlers turn store failures into error values', () => {
  it.each(['not-found', 'conflict', 'newer-database', 'invalid-payload'] as const)('StoreError %s keeps its code', async (code) => {
    const { store, handlers } = setup();
    store.applyOps = () => {
      throw new StoreError(code, `the store said ${code}`);
    };
    const ops = [{ op: 'delete' as const, entity: 'person' as const, id: 'p-eng' }];
    expect(await handlers['edit.apply']({ ops })).toEqual({ ok: false, error: { code, message: `the store said ${code}` } });
  });

  it('any other failure becomes internal with its message', async () => {
    const { store, handlers } = setup();
    store.listAccounts = () => {
      throw new Error('database disk image is malformed');
    };
    expect(await handlers['accounts.list']({})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'database disk image is malformed' },
    });
  });

  it('restoring an account that exists already is a conflict', async () => {
    const { handlers } = setup();
    const result = await handlers['accounts.restore']({ data: sampleAccount() });
    expect(result.ok ? null : result.error.code).toBe('conflict');
  });
});

describe('accounts handlers', () => {
  it('open and delete answer not-found for an unknown account', async () => {
    const { store, handlers } = setup();
    expect(await handlers['accounts.open']({ accountId: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No account with id "nope".' },
    });
    expect((await handlers['accounts.delete']({ accountId: 'nope' })).ok).toBe(false);
    expect(store.listAccounts().map((row) => row.id)).toEqual(['acc-1']);
  });

  it('delete returns what it deleted, and restore puts it back', async () => {
    const { handlers } = setup();
    const deleted = await handlers['accounts.delete']({ accountId: 'acc-1' });
    expect(deleted).toEqual({ ok: true, value: sampleAccount() });
    expect(await handlers['accounts.list']({})).toEqual({ ok: true, value: [] });
    if (!deleted.ok) return;
    await handlers['accounts.restore']({ data: deleted.value });
    expect(await handlers['accounts.open']({ accountId: 'acc-1' })).toEqual({ ok: true, value: sampleAccount() });
  });
});

describe('search, settings and app handlers', () => {
  it('search finds people by name and does not ask the store about blank text', async () => {
    const { store, handlers } = setup();
    const found = await handlers['search.query']({ text: ' chen ' });
    expect(found.ok && found.value.map((hit) => hit.personName)).toEqual(['Chen Jie']);
    store.search = () => {
      throw new Error('should not be called');
    };
    expect(await handlers['search.query']({ text: '   ' })).toEqual({ ok: true, value: [] });
  });

  it('settings.set changes only the fields it names, and null locale means follow the system', async () => {
    const { handlers } = setup();
    await handlers['settings.set']({ locale: 'zh-CN' });
    expect(await handlers['settings.set']({ theme: 'dark' })).toMatchObject({ ok: true, value: { locale: 'zh-CN', theme: 'dark' } });
    expect(await handlers['settings.set']({ locale: null })).toMatchObject({ ok: true, value: { locale: null, theme: 'dark' } });
  });

  it("app.info reports the desktop's version and locale and the database file in use", async () => {
    const { handlers } = setup();
    expect(await handlers['app.info']({})).toEqual({
      ok: true,
      value: { version: '0.1.0-test', dbPath: fixture.temp.dbPath, systemLocale: 'en-US' },
    });
  });
});

describe('settings', () => {
  it('tells the desktop what was saved, so the native menu can switch language', async () => {
    const ports = createFakePorts();
    const told: unknown[] = [];
    ports.onSettingsChanged = (settings) => told.push(settings);
    const { handlers } = setup([], ports);
    const result = await handlers['settings.set']({ locale: 'zh-CN' });
    expect(result.ok).toBe(true);
    expect(told).toEqual([result.ok ? result.value : null]);
    expect(told[0]).toMatchObject({ locale: 'zh-CN' });
  });
});

describe('portfolio', () => {
  /** The analysis helpers file every record under "acc"; a real store insists they name their own account. */
  const owned = (data: AccountData): AccountData => {
    const accountId = data.account.id;
    const mine = <T extends { accountId: string }>(records: T[]) => records.map((record) => ({ ...record, accountId }));
    return { ...data, competitors: mine(data.competitors), team: mine(data.team), people: mine(data.people), links: mine(data.links) };
  };
  // Two strong contacts: Big (influence 5, trusted: 5 points) and Small (influence 2, working: 1.33 points).
  // Big carries 5 / 6.33 = 79 % of our weighted coverage: concentrated at the 60 % default, not at 90 %.
  const concentrated = owned(accountData({
    account: account({ id: 'acc-conc', name: 'Concentrated' }),
    team: [member('t1'), member('t2')],
    people: [person('big', { influence: 5, attitude: 'supporter' }), person('small', { influence: 2, attitude: 'supporter' })],
    links: [covers('t1', 'big', 3, '2026-11-20'), covers('t2', 'small', 2, '2026-11-20')],
  }));
  const empty = owned(accountData({ account: account({ id: 'acc-empty', name: 'Empty' }) }));

  function setupPortfolio() {
    const ports = createFakePorts();
    ports.today = () => '2026-11-22';
    return setup([concentrated, empty], ports).handlers;
  }
  const rowsOf = async (handlers: ReturnType<typeof setupPortfolio>) => {
    const rows = await handlers['portfolio.list']({});
    if (!rows.ok) throw new Error(rows.error.message);
    return rows.value;
  };

  it("lists every account's analysis, riskiest first", async () => {
    const rows = await rowsOf(setupPortfolio());
    expect(rows.map((r) => r.accountId).sort()).toEqual(['acc-conc', 'acc-empty']);
    expect(rows.every((r, i) => i === 0 || ['high', 'medium', 'low'].indexOf(rows[i - 1]!.risk) <= ['high', 'medium', 'low'].indexOf(r.risk))).toBe(true);
    expect(rows.find((r) => r.accountId === 'acc-empty')).toMatchObject({ peopleCount: 0, weightedCoverage: 0, contactThread: 'none', risk: 'high' });
  });

  it('applies the concentration threshold from the settings', async () => {
    const handlers = setupPortfolio();
    expect((await rowsOf(handlers)).find((r) => r.accountId === 'acc-conc')?.contactThread).toBe('concentrated');
    await handlers['settings.set']({ analysis: { concentrationThreshold: 0.9, hiddenInfluenceQuantile: 0.25 } });
    expect((await rowsOf(handlers)).find((r) => r.accountId === 'acc-conc')?.contactThread).toBe('spread');
  });
});
