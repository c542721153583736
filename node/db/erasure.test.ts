import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../shared/model';
import { createStore, type LocalStore } from './sqlite-store';
import { makePerson, makeTempDir, putOps, sampleAccountData } from './test-support';

let temp: ReturnType<typeof makeTempDir>;
let store: LocalStore;
let clock: Date;
beforeEach(() => {
  temp = makeTempDir();
  clock = new Date('2026-12-07T09:00:00.000Z');
  store = createStore(temp.dbPath, { now: () => clock });
});
afterEach(() => {
  store.close();
  temp.remove();
});

/** Every file under the database's folder (main file, WAL, shared memory, backups), read whole. */
function everyFile(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

function encodings(text: string): Buffer[] {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return [Buffer.from(text, 'utf8'), le, be];
}

/** Which files hold any of the texts in any encoding SQLite may store them in. */
function filesHolding(dir: string, texts: readonly string[]): string[] {
  const needles = texts.flatMap(encodings);
  return everyFile(dir)
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

describe('erasing a person', () => {
  it('leaves no trace of them in any file of the database, even of earlier versions of their notes', async () => {
    const data = sampleAccountData({ name: 'Erasure Co' });
    const target = makePerson(data.account.id, DISTINCTIVE);
    const boss = data.people[0]!;
    store.applyOps(putOps({ ...data, people: [...data.people, target], links: [...data.links, { id: 'l-target', accountId: data.account.id, kind: 'reportsTo', from: target.id, to: boss.id, strength: null, lastContact: null }] }));
    // Earlier versions of a note live on in the WAL and in freed cells.
    for (let i = 0; i < 20; i += 1) {
      store.applyOps([{ op: 'patch', entity: 'person', id: target.id, patch: { privateNotes: `Blorptangle version ${i} of the note` } }]);
    }
    // The history keeps every version of the note (issue 12), so the file search below covers it too.
    const theirs = () => store.history(data.account.id).filter((c) => c.entity === 'person' && c.entityId === target.id);
    expect(theirs().filter((c) => JSON.stringify(c.after).includes('Blorptangle version'))).toHaveLength(20);
    await store.takeBackup(); // a backup made before the erasure keeps them until it rotates out
    const backupsBefore = readdirSync(join(temp.dir, 'nested', 'backups'));
    const texts = [DISTINCTIVE.name!, 'Zyxwerthal', 'Blorptangle', DISTINCTIVE.email!, '139 7777 4242'];
    expect(filesHolding(temp.dir, texts).length).toBeGreaterThan(0);

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
    expect(store.exportPerson('nobody')).toBeNull();
  });
});
