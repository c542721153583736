import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountData } from '../../shared/model';
import { createStore, LATEST_SCHEMA_VERSION, type Store } from './index';
import { makeTempDir, putOps, sampleAccountData, steppingClock } from './test-support';

let temp: ReturnType<typeof makeTempDir>;
let store: Store;

beforeEach(() => {
  temp = makeTempDir();
  store = createStore(temp.dbPath, { now: steppingClock() });
});

afterEach(() => {
  store.close();
  temp.remove();
});

function reopen(): Store {
  store.close();
  store = createStore(temp.dbPath, { now: steppingClock('2026-12-01T00:00:00.000Z') });
  return store;
}

/** What openAccount should return after writing `data` at `updatedAt`. */
const storedAs = (data: AccountData, updatedAt: string): AccountData => ({ ...data, account: { ...data.account, updatedAt } });

describe('a new database', () => {
  it('is created with its folders, fully migrated and empty', () => {
    expect(existsSync(temp.dbPath)).toBe(true);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(store.isEmpty()).toBe(true);
    expect(store.listAccounts()).toEqual([]);
  });

  it('returns null for an account that does not exist', () => {
    expect(store.openAccount('missing')).toBeNull();
  });
});

describe('round trips', () => {
  it('keeps every field of every entity, Chinese text and nulls included, across a reopen', () => {
    const data = sampleAccountData();
    const { updatedAt } = store.applyOps(putOps(data));

    expect(store.openAccount(data.account.id)).toEqual(storedAs(data, updatedAt));
    expect(reopen().openAccount(data.account.id)).toEqual(storedAs(data, updatedAt));
    expect(store.isEmpty()).toBe(false);
  });

  it('turns set fields into nulls and back through patches, per entity', () => {
    const data = sampleAccountData();
    store.applyOps(putOps(data));
    const [boss] = data.people;
    const [seller] = data.team;
    const covers = data.links.find((l) => l.kind === 'covers' && l.lastContact !== null);
    if (!boss || !seller || !covers) throw new Error('sample lacks a person, team member or dated covers link');

    store.applyOps([
      { op: 'patch', entity: 'account', id: data.account.id, patch: { shareOfWallet: null, visitCadenceDays: null, notes: '' } },
      { op: 'patch', entity: 'team', id: seller.id, patch: { x: null, y: null, name: '周杰 Zhou' } },
      { op: 'patch', entity: 'person', id: boss.id, patch: { driver: null, favouredCompetitorId: null, lastContact: null, x: null, roles: ['influencer'] } },
      { op: 'patch', entity: 'link', id: covers.id, patch: { lastContact: null, strength: 0 } },
    ]);
    const changed = store.openAccount(data.account.id);
    expect(changed?.account).toMatchObject({ shareOfWallet: null, visitCadenceDays: null, notes: '', name: data.account.name });
    expect(changed?.team.find((m) => m.id === seller.id)).toEqual({ ...seller, x: null, y: null, name: '周杰 Zhou' });
    expect(changed?.people.find((p) => p.id === boss.id)).toEqual({
      ...boss,
      driver: null,
      favouredCompetitorId: null,
      lastContact: null,
      x: null,
      roles: ['influencer'],
    });
    expect(changed?.links.find((l) => l.id === covers.id)).toEqual({ ...covers, lastContact: null, strength: 0 });
  });
});

describe('listAccounts', () => {
  it('summarises each account with its number of people', () => {
    const first = sampleAccountData({ name: 'First' });
    const second = sampleAccountData({ name: '第二 Second', industry: 'Retail', tier: 'mid', stage: 'strategic' });
    const gone = second.people.pop();
    second.links = second.links.filter((l) => l.from !== gone?.id && l.to !== gone?.id);
    store.applyOps(putOps(first));
    const { updatedAt } = store.applyOps(putOps(second));

    const summaries = store.listAccounts();
    expect(summaries).toHaveLength(2);
    expect(summaries).toContainEqual({
      id: second.account.id,
      name: '第二 Second',
      industry: 'Retail',
      tier: 'mid',
      stage: 'strategic',
      peopleCount: 1,
      updatedAt,
    });
    expect(summaries.find((s) => s.id === first.account.id)?.peopleCount).toBe(2);
  });
});

describe('settings', () => {
  it('starts from the defaults', () => {
    expect(store.getSettings()).toEqual({ locale: null, theme: 'system' });
  });

  it('keeps what was set, changes only the given keys, and survives a reopen', () => {
    expect(store.setSettings({ locale: 'zh-CN' })).toEqual({ locale: 'zh-CN', theme: 'system' });
    expect(store.setSettings({ theme: 'dark' })).toEqual({ locale: 'zh-CN', theme: 'dark' });
    expect(reopen().getSettings()).toEqual({ locale: 'zh-CN', theme: 'dark' });
    expect(store.setSettings({ locale: null })).toEqual({ locale: null, theme: 'dark' });
    expect(reopen().getSettings()).toEqual({ locale: null, theme: 'dark' });
  });
});
