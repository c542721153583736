import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Account, AccountData, Competitor, Link, Op, Person, TeamMember } from '../../shared/model';
import { afterEach, beforeEach } from 'vitest';
import { newPerson } from '../../shared/edit';
import { createStore, type LocalStore, type StoreOptions } from './sqlite-store';
import { StoreError } from './store';

/** Test helpers for electron/db: temp database files and sample accounts (independent of shared/demo). */

export function makeTempDir(): { dir: string; dbPath: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-db-'));
  // A nested path, so every test also checks that missing folders are created.
  // Retries: a backup the session started in the background may still be writing its file when a test ends.
  return { dir, dbPath: join(dir, 'nested', 'power-map.db'), remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }) };
}

export interface StoreFixture {
  temp: ReturnType<typeof makeTempDir>;
  store: LocalStore;
  /** Closes the store and opens the same file again. */
  reopen(): LocalStore;
}

/** A fresh store on a temp file for each test, closed and deleted afterwards. */
export function useTempStore(options: () => StoreOptions = () => ({})): StoreFixture {
  const fixture = {} as StoreFixture;
  beforeEach(() => {
    fixture.temp = makeTempDir();
    fixture.store = createStore(fixture.temp.dbPath, options());
    fixture.reopen = () => {
      fixture.store.close();
      fixture.store = createStore(fixture.temp.dbPath, options());
      return fixture.store;
    };
  });
  afterEach(() => {
    fixture.store.close();
    fixture.temp.remove();
  });
  return fixture;
}

/** A clock that moves one second per call, so every write gets a new, predictable timestamp. */
export function steppingClock(start = '2026-11-01T09:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    const now = new Date(at);
    at += 1_000;
    return now;
  };
}

export function makeAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: randomUUID(),
    name: 'Acme 华东制造',
    industry: 'Manufacturing 制造业',
    region: 'East China',
    notes: 'Budget cycle starts in March.\nSecond line.',
    tier: 'core',
    funnelClass: 'A',
    stage: 'initial',
    shareOfWallet: 37.5,
    visitCadenceDays: 21,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
    ...overrides,
  };
}

export function makePerson(accountId: string, overrides: Partial<Person> = {}): Person {
  return {
    id: randomUUID(),
    accountId,
    name: '张伟',
    title: '首席信息官 CIO',
    department: '信息部',
    contact: 'WeChat zw-88',
    email: 'zhang.wei@example.cn',
    phone: '+86 138 0013 8000',
    layer: 'decision',
    roles: ['decisionMaker', 'coach'],
    attitude: 'supporter',
    influence: 5,
    favouredCompetitorId: null,
    driver: 'achievement',
    judgesBy: 'Total cost over five years',
    fitOurs: 'partly',
    fitCompetitor: 'yes',
    targetRelationship: 3,
    lastContact: '2026-10-30',
    nextStep: 'Invite to the reference visit',
    privateNotes: 'Prefers early meetings',
    verifiedOn: '2026-10-30',
    source: 'Met at the CIO forum',
    status: 'active',
    statusSince: null,
    leftTo: '',
    leftToCompetitorId: null,
    x: 120.5,
    y: -40.25,
    ...overrides,
  };
}

/**
 * One account using every field and every link kind: one person with every optional field set,
 * one with every optional field null or empty.
 */
export function sampleAccountData(accountOverrides: Partial<Account> = {}): AccountData {
  const account = makeAccount(accountOverrides);
  const accountId = account.id;
  const competitors: Competitor[] = [
    { id: randomUUID(), accountId, name: '竞品甲 Rival Systems' },
    { id: randomUUID(), accountId, name: 'Other Co' },
  ];
  const team: TeamMember[] = [
    { id: randomUUID(), accountId, name: 'Li Na 李娜', function: 'sales', x: 10, y: 20.5 },
    { id: randomUUID(), accountId, name: 'Sam Presales', function: 'presales', x: null, y: null },
  ];
  const [rival] = competitors as [Competitor];
  const [seller] = team as [TeamMember];
  const boss = makePerson(accountId, { favouredCompetitorId: rival.id });
  // As a KAM first jots someone down: every optional field null or empty.
  const engineer = newPerson(accountId, { name: 'Wang Fang', layer: 'user', influence: 1 });
  const link = (kind: Link['kind'], from: string, to: string, strength: number | null, lastContact: string | null = null): Link => ({
    id: randomUUID(),
    accountId,
    kind,
    from,
    to,
    strength,
    lastContact,
  });
  const links: Link[] = [
    link('reportsTo', engineer.id, boss.id, null),
    link('influences', engineer.id, boss.id, 2),
    link('ally', boss.id, engineer.id, null),
    link('rival', engineer.id, boss.id, null),
    link('covers', seller.id, boss.id, 3, '2026-10-12'),
    link('covers', seller.id, engineer.id, 0),
    link('competitorTie', rival.id, boss.id, 1),
  ];
  return { account, competitors, team, people: [boss, engineer], links };
}

/** The ops that create `data` from nothing, in an order that satisfies every reference. */
export function putOps(data: AccountData): Op[] {
  return [
    { op: 'put', entity: 'account', value: data.account },
    ...data.competitors.map((value): Op => ({ op: 'put', entity: 'competitor', value })),
    ...data.team.map((value): Op => ({ op: 'put', entity: 'team', value })),
    ...data.people.map((value): Op => ({ op: 'put', entity: 'person', value })),
    ...data.links.map((value): Op => ({ op: 'put', entity: 'link', value })),
  ];
}

/** The StoreError `run` throws; fails the test when it throws nothing or something else. */
export function storeErrorFrom(run: () => unknown): StoreError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError, but nothing was thrown');
}

/** Changes a person's title in the file behind the store's back (no change record): a history that contradicts the database. */
export function changeBehindTheHistory(dbPath: string, personId: string, title: string): void {
  const db = new Database(dbPath);
  try {
    db.prepare('UPDATE people SET title = ? WHERE id = ?').run(title, personId);
  } finally {
    db.close();
  }
}

/** How many rows a table of the file holds (read-only). */
export function countRows(dbPath: string, table: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}
