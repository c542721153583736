import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../shared/model';
import { parseDbKey } from './db-key';
import { decryptDatabaseBytes } from './decrypt-for-tests';
import { createStore, type LocalStore } from './sqlite-store';
import { makePerson, makeTempDir, putOps, sampleAccountData } from './test-support';

const KEY = parseDbKey('5e'.repeat(32))!;
let temp: ReturnType<typeof makeTempDir>;
let store: LocalStore;
let clock: Date;
/** The key of the database under test; undefined for a plain one. */
let key: typeof KEY | undefined;
beforeEach(() => {
  temp = makeTempDir();
  clock = new Date('2026-12-07T09:00:00.000Z');
  key = undefined;
  store = createStore(temp.dbPath, { now: () => clock });
});
/** Starts again on an encrypted database. */
function useEncryptedStore() {
  store.close();
  temp.remove();
  temp = makeTempDir();
  key = KEY;
  store = createStore(temp.dbPath, { now: () => clock, key });
}
afterEach(() => {
  store.close();
  temp.remove();
});

/**
 * Every file under the database's folder (main file, WAL, shared memory, backups), read whole; for an
 * encrypted database each database file is also decrypted page by page (free pages and its WAL's
 * frames included), so the search finds what someone holding the key would find.
 */
function everyFile(dir: string, decrypt = key !== undefined): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => {
      const raw = readFileSync(path);
      const database = path.endsWith('.sqlite3') && decrypt && key !== undefined;
      return { path, bytes: database ? Buffer.concat([raw, decryptDatabaseBytes(path, key!)]) : raw };
    });
}

function encodings(text: string): Buffer[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [Buffer.from(text, 'utf8'), le, be];
}

/** Which files hold any of the texts in any encoding SQLite may store them in. */
function filesHolding(dir: string, texts: readonly string[], decrypt?: boolean): string[] {
  const needles = texts.flatMap(encodings);
  return everyFile(dir, decrypt)
    .filter((file) => needles.some((needle) => file.bytes.includes(needle)))
    .map((file) => file.path);
}

const DISTINCTIVE: Partial<Person> = {
  name: '欧阳Quintessa Zyxwerthal',
  privateNotes: 'Blorptangle secret note',
  contact: 'WeChat zyxwerthal-77',
  email: 'quintessa.zyx@erase.example',
  phone: '+86 139 7777 4242',
};

describe.each([
  ['plain', false],
  ['encrypted', true],
])('erasing a person (%s database)', (_mode, encrypted) => {
  it('leaves no trace of them in any file of the database, even of earlier versions of their notes', async () => {
    if (encrypted) useEncryptedStore();
    const data = sampleAccountData({ name: 'Erasure Co' });
    const target = makePerson(data.account.id, DISTINCTIVE);
    const boss = data.people[0]!;
    store.applyOps(putOps({ ...data, people: [...data.people, target], links: [...data.links, { id: 'l-target', accountId: data.account.id, kind: 'reportsTo', from: target.id, to: boss.id, strength: null, lastContact: null }] }));
    // Earlier versions of a note live on in the WAL and in freed cells.
    for (let i = 0; i < 20; i += 1) {
      store.applyOps([{ op: 'patch', entity: 'person', id: target.id, patch: { privateNotes: `Blorptangle version ${i} of the note` } }]);
    }
    // The contact log and the actions name them too: alone, and with the boss, whose note and words speak of them.
    const seller = data.team[0]!.id;
    const planned = { accountId: data.account.id, channel: 'visit' as const, private: true, teamIds: [seller] };
    const action = { accountId: data.account.id, ownerId: seller, due: '2026-12-20', status: 'open' as const, createdOn: '2026-12-07', doneOn: null };
    store.applyOps([
      { op: 'logContact', value: { ...planned, id: 'alone', date: '2026-12-01', personIds: [target.id], note: 'Glimfrazzle over tea' } },
      { op: 'logContact', value: { ...planned, id: 'meeting', date: '2026-12-02', personIds: [target.id, boss.id], note: `Budget review; ${DISTINCTIVE.name} asked for the slides` } },
      { op: 'addAction', value: { ...action, id: 'about-them', text: 'Glimfrazzle follow-up', personIds: [target.id], origin: { kind: 'typed' } } },
      { op: 'addAction', value: { ...action, id: 'about-both', text: `Invite ${DISTINCTIVE.name} and the boss to the plant`, personIds: [boss.id], origin: { kind: 'finding', code: 'no-coach', personIds: [target.id] } } },
    ]);
    // The history keeps every version of the note (issue 12), so the file search below covers it too.
    const theirs = () => store.history(data.account.id).filter((c) => c.entity === 'person' && c.entityId === target.id);
    expect(theirs().filter((c) => JSON.stringify(c.after).includes('Blorptangle version'))).toHaveLength(20);
    await store.takeBackup(); // a backup made before the erasure keeps them until it rotates out
    const backupsBefore = readdirSync(join(temp.dir, 'nested', 'backups'));
    const texts = [DISTINCTIVE.name!, 'Zyxwerthal', 'Blorptangle', DISTINCTIVE.email!, '139 7777 4242', 'Glimfrazzle'];
    expect(filesHolding(temp.dir, texts).length).toBeGreaterThan(0);
    // Encrypted, no raw byte shows them: only the decrypted pages do, which is what the search below reads.
    if (encrypted) expect(filesHolding(temp.dir, texts, false)).toEqual([]);

    clock = new Date('2026-12-08T09:00:00.000Z');
    expect(store.erasePerson(target.id)).toEqual({ accountId: data.account.id });
    await store.takeBackup();

    const holders = filesHolding(temp.dir, texts).map((path) => path.split('/').at(-1));
    expect(holders).toEqual(backupsBefore);
    // The rest of the account is intact, and the register holds only the id.
    const left = store.openAccount(data.account.id)!;
    expect(left.people.map((p) => p.id)).toEqual(data.people.map((p) => p.id));
    expect(left.links.some((l) => l.from === target.id || l.to === target.id)).toBe(false);
    expect(store.erasedPeople()).toEqual([target.id]);
    // The log and the actions no longer name them; what was about them alone is gone.
    const plan = store.planOf(data.account.id);
    expect(plan.contacts.map((c) => [c.id, c.personIds])).toEqual([['meeting', [boss.id]]]);
    expect(plan.actions.map((a) => [a.id, a.personIds, a.origin])).toEqual([['about-both', [boss.id], { kind: 'finding', code: 'no-coach', personIds: [] }]]);
    // What is kept about the others no longer speaks their name.
    expect(plan.contacts[0]!.note).toBe('Budget review; erased asked for the slides');
    expect(plan.actions[0]!.text).toBe('Invite erased and the boss to the plant');
    // Their change records stay, saying only that a person was erased: create, 20 edits, the erasure.
    expect(theirs().map((c) => [c.kind, c.before, c.after])).toEqual([
      ['create', null, 'erased'],
      ...Array.from({ length: 20 }, () => ['update', 'erased', 'erased']),
      ['delete', 'erased', null],
    ]);
    expect(theirs().at(-1)?.origin).toBe('erase');
    expect(store.erasePerson(target.id)).toBeNull();
  });
});

describe('re-importing a file that holds an erased person', () => {
  it('leaves them and their links out, under their own id and as a copy, and says how many', () => {
    const data = sampleAccountData({ name: 'Reimport Co' });
    const target = makePerson(data.account.id, { name: 'Zorbanella Erased' });
    const file = { ...data, people: [...data.people, target], links: [...data.links, { id: 'l-z', accountId: data.account.id, kind: 'reportsTo' as const, from: target.id, to: data.people[0]!.id, strength: null, lastContact: null }] };
    store.importAccount(file);
    store.erasePerson(target.id);

    const again = store.importAccount(file);
    expect(again).toMatchObject({ copied: true, erasedLeftOut: 1 });
    const copy = store.openAccount(again.accountId)!;
    expect(copy.people.map((p) => p.name)).not.toContain('Zorbanella Erased');
    expect(copy.people).toHaveLength(data.people.length);
    expect(copy.links).toHaveLength(data.links.length);

    store.deleteAccount(data.account.id);
    store.deleteAccount(again.accountId);
    const sameIds = store.importAccount(file);
    expect(sameIds).toMatchObject({ copied: false, erasedLeftOut: 1 });
    expect(store.openAccount(data.account.id)!.people.some((p) => p.id === target.id)).toBe(false);
    expect(store.importAccount(sampleAccountData({ name: 'Unrelated' }))).not.toHaveProperty('erasedLeftOut');
  });
});

describe("exporting a person's data", () => {
  it('holds every field of the person, their account and every link that names them', () => {
    const data = sampleAccountData({ name: 'Export Co' });
    store.applyOps(putOps(data));
    const boss = data.people[0]!;
    const exported = store.exportPerson(boss.id)!;
    expect(exported.person).toEqual(boss);
    expect(Object.keys(exported.person).sort()).toEqual(Object.keys(makePerson('x')).sort());
    expect(exported.account).toEqual({ id: data.account.id, name: 'Export Co' });
    expect(exported.favouredCompetitor).toEqual({ id: data.competitors[0]!.id, name: '竞品甲 Rival Systems' });
    const naming = data.links.filter((l) => l.from === boss.id || l.to === boss.id);
    expect(exported.links.map((l) => l.id).sort()).toEqual(naming.map((l) => l.id).sort());
    const covers = exported.links.find((l) => l.kind === 'covers')!;
    expect(covers).toMatchObject({ direction: 'to', otherEnd: { id: data.team[0]!.id, name: 'Li Na 李娜' } });
    expect(exported.contacts).toEqual([]);
    store.applyOps([{ op: 'logContact', value: { id: 'c1', accountId: data.account.id, date: '2026-12-01', teamIds: [data.team[0]!.id], personIds: [boss.id], channel: 'call', note: 'Asked about the tender', private: true } }]);
    expect(store.exportPerson(boss.id)!.contacts.map((c) => c.note)).toEqual(['Asked about the tender']);
    expect(store.exportPerson('nobody')).toBeNull();
  });
});

describe('erasing a person a large edit has just written', { timeout: 60_000 }, () => {
  it('leaves no trace of them in the files, though the writer thread is still copying that edit into the file', async () => {
    const data = sampleAccountData({ name: 'Erasure Co' });
    store.importAccount(data);
    const target = makePerson(data.account.id, DISTINCTIVE);
    const others = Array.from({ length: 5_000 }, (_, index) => makePerson(data.account.id, { name: `联系人${index}` }));
    await store.applyLargeEdit([target, ...others].map((value) => ({ op: 'put', entity: 'person', value })));

    // At once: the writer thread copies the edit's log into the file after its answer, and SQLite
    // refuses a second copy at the same time without waiting.
    expect(store.erasePerson(target.id)).toEqual({ accountId: data.account.id });
    await store.checkpointsSettled();

    expect(filesHolding(temp.dir, [DISTINCTIVE.name!, 'Zyxwerthal', 'Blorptangle', DISTINCTIVE.email!, '139 7777 4242'])).toEqual([]);
    expect(store.openAccount(data.account.id)?.people).toHaveLength(data.people.length + 5_000);
  });
});
