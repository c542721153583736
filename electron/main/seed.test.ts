import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
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
});
