import { describe, expect, it } from 'vitest';
import { buildDemoAccount, buildDemoPlan } from '../../shared/demo';
import { createStore } from '../../node/db';
import { makeTempDir } from '../../node/db/test-support';
import { sampleAccount } from '../../shared/exchange/testing/sample-account';
import { createFakeStore } from './ipc/testing/fake-store';
import { seedDemoIfEmpty } from './seed';

describe('seedDemoIfEmpty', () => {
  it('adds the demo account in the system language to an empty database', () => {
    const store = createFakeStore();
    const outcome = seedDemoIfEmpty(store, 'zh-CN', '2026-11-22');
    const chinese = buildDemoAccount('zh-CN', '2026-11-22');
    expect(outcome).toEqual({ accountId: chinese.account.id, accountName: chinese.account.name, copied: false });
    expect(store.listAccounts().map((a) => a.name)).toEqual([chinese.account.name]);
  });

  it('uses English for any other language', () => {
    const store = createFakeStore();
    seedDemoIfEmpty(store, 'fr-FR', '2026-11-22');
    expect(store.listAccounts().map((a) => a.name)).toEqual([buildDemoAccount('en', '2026-11-22').account.name]);
  });

  it('leaves a database that holds accounts alone', () => {
    const store = createFakeStore([sampleAccount()]);
    expect(seedDemoIfEmpty(store, 'en-US', '2026-11-22')).toBeNull();
    expect(store.writes).toEqual([]);
  });

  it('brings the demo\'s contact log and actions, dated back from the day given, into the database', () => {
    const temp = makeTempDir();
    const store = createStore(temp.dbPath, { defaultActor: 'tester' });
    try {
      const outcome = seedDemoIfEmpty(store, 'en-US', '2026-11-22')!;
      const stored = store.planOf(outcome.accountId);
      const expected = buildDemoPlan('en', '2026-11-22');
      expect([...stored.contacts].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...expected.contacts].sort((a, b) => a.id.localeCompare(b.id)));
      expect([...stored.actions].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...expected.actions].sort((a, b) => a.id.localeCompare(b.id)));
    } finally {
      store.close();
      temp.remove();
    }
  });
});
