import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AccountData } from '../../shared/model';
import { LATEST_SCHEMA_VERSION } from './index';
import { putOps, sampleAccountData, steppingClock, useTempStore } from './test-support';
import Database from 'better-sqlite3';

const fx = useTempStore(() => ({ now: steppingClock() }));

/** What openAccount should return after writing `data` at `updatedAt`. */
const storedAs = (data: AccountData, updatedAt: string): AccountData => ({ ...data, account: { ...data.account, updatedAt } });

describe('a new database', () => {
  it('is created with its folders, fully migrated and empty', () => {
    expect(existsSync(fx.temp.dbPath)).toBe(true);
    expect(fx.store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(fx.store.isEmpty()).toBe(true);
    expect(fx.store.listAccounts()).toEqual([]);
  });

  it('returns null for an account that does not exist', () => {
    expect(fx.store.openAccount('missing')).toBeNull();
  });
});

describe('round trips', () => {
  it('keeps every field of every entity, Chinese text and nulls included, across a reopen', () => {
    const data = sampleAccountData();
    const { updatedAt } = fx.store.applyOps(putOps(data));

    expect(fx.store.openAccount(data.account.id)).toEqual(storedAs(data, updatedAt));
    expect(fx.reopen().openAccount(data.account.id)).toEqual(storedAs(data, updatedAt));
    expect(fx.store.isEmpty()).toBe(false);
  });

  it('patches fields of every entity to null and to Chinese text', () => {
    const data = sampleAccountData();
    fx.store.applyOps(putOps(data));
    const [boss] = data.people;
    const [seller] = data.team;
    const covers = data.links.find((l) => l.kind === 'covers' && l.lastContact !== null);
    if (!boss || !seller || !covers) throw new Error('sample lacks a person, team member or dated covers link');

    fx.store.applyOps([
      { op: 'patch', entity: 'account', id: data.account.id, patch: { shareOfWallet: null, visitCadenceDays: null, notes: '' } },
      { op: 'patch', entity: 'team', id: seller.id, patch: { x: null, y: null, name: '周杰 Zhou' } },
      { op: 'patch', entity: 'person', id: boss.id, patch: { driver: null, favouredCompetitorId: null, lastContact: null, x: null, roles: ['influencer'] } },
      { op: 'patch', entity: 'link', id: covers.id, patch: { lastContact: null, strength: 0 } },
    ]);
    const changed = fx.store.openAccount(data.account.id);
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
    fx.store.applyOps(putOps(first));
    const { updatedAt } = fx.store.applyOps(putOps(second));

    const summaries = fx.store.listAccounts();
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
  const DOMAIN_THRESHOLDS = { concentrationThreshold: 0.6, hiddenInfluenceQuantile: 0.25 };

  it("starts from the defaults: follow the system's language and theme, DOMAIN's thresholds", () => {
    expect(fx.store.getSettings()).toEqual({ locale: null, theme: 'system', analysis: DOMAIN_THRESHOLDS });
  });

  it('keeps what was set, changes only the given keys, and survives a reopen', () => {
    expect(fx.store.setSettings({ locale: 'zh-CN' })).toMatchObject({ locale: 'zh-CN', theme: 'system' });
    expect(fx.store.setSettings({ theme: 'dark' })).toMatchObject({ locale: 'zh-CN', theme: 'dark' });
    expect(fx.reopen().getSettings()).toMatchObject({ locale: 'zh-CN', theme: 'dark' });
    expect(fx.store.setSettings({ locale: null })).toMatchObject({ locale: null, theme: 'dark' });
    const analysis = { concentrationThreshold: 0.5, hiddenInfluenceQuantile: 0.1 };
    expect(fx.store.setSettings({ analysis })).toEqual({ locale: null, theme: 'dark', analysis });
    expect(fx.reopen().getSettings()).toEqual({ locale: null, theme: 'dark', analysis });
  });

  it('falls back to the default for a stored threshold this version cannot use', () => {
    fx.store.setSettings({ analysis: { concentrationThreshold: 0.5, hiddenInfluenceQuantile: 0.1 } });
    const db = new Database(fx.store.path);
    db.prepare("UPDATE settings SET value = ? WHERE key = 'analysis'").run(JSON.stringify({ concentrationThreshold: 7 }));
    db.close();
    expect(fx.reopen().getSettings().analysis).toEqual(DOMAIN_THRESHOLDS);
  });
});
