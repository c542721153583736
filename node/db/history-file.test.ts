import { afterEach, describe, expect, it } from 'vitest';
import { updateAccount, updatePerson } from '../../shared/edit';
import { canonical } from '../../shared/edit/testData';
import { readAccountFile, serializeAccountFile } from '../../shared/exchange';
import { ERASED, replayChanges } from '../../shared/history/changes';
import { createStore, type LocalStore } from './sqlite-store';
import { makeTempDir, putOps, sampleAccountData, steppingClock, useTempStore } from './test-support';

const fx = useTempStore(() => ({ now: steppingClock(), defaultActor: 'alice' }));

/** A second database, as on the colleague's computer the file is handed to. */
const others: { store: LocalStore; remove(): void }[] = [];
function otherStore(): LocalStore {
  const temp = makeTempDir();
  const store = createStore(temp.dbPath, { now: steppingClock('2026-12-01T09:00:00.000Z'), defaultActor: 'bob' });
  others.push({ store, remove: temp.remove });
  return store;
}
afterEach(() => {
  for (const other of others.splice(0)) {
    other.store.close();
    other.remove();
  }
});

/** An account with a few edits behind it, exported the way the app exports it. */
function exportedWithHistory() {
  const data = sampleAccountData({ name: 'Handed Over Co' });
  fx.store.applyOps(putOps(data));
  const person = data.people[0]!;
  fx.store.applyOps(updatePerson(data, person.id, { attitude: 'opponent', title: 'CFO' }).forward);
  fx.store.applyOps(updateAccount(fx.store.openAccount(data.account.id)!, { notes: 'Budget moved to Q3' }).forward);
  const accountId = data.account.id;
  const text = serializeAccountFile(fx.store.openAccount(accountId)!, '2026-11-02T00:00:00.000Z', fx.store.history(accountId));
  return { accountId, person, text };
}

describe('a .powermap file with its history', () => {
  it('hands the timeline over: the other database keeps every record, who and when, and it still replays to the account', () => {
    const { accountId, text } = exportedWithHistory();
    const file = readAccountFile(text);
    if (!file.ok) throw new Error(file.error.message);
    const other = otherStore();
    const outcome = other.importAccount(file.value.data, file.value.history ?? undefined);
    expect(outcome).toMatchObject({ copied: false, historyKept: fx.store.history(accountId).length });
    const kept = other.history(accountId);
    const ids = new Set(kept.map((c) => c.id));
    expect(fx.store.history(accountId).every((c) => ids.has(c.id))).toBe(true);
    expect(kept.some((c) => c.actor === 'alice' && c.after !== null && typeof c.after === 'object' && c.after.notes === 'Budget moved to Q3')).toBe(true);
    // Recorded after the file's records: the import itself sorts last.
    expect(kept.at(-1)!.origin).toBe('import');
    expect(canonical(replayChanges(kept).get(accountId)!)).toEqual(canonical(other.openAccount(accountId)!));
  });

  it('refuses a history that contradicts the data, naming the record, and writes nothing', () => {
    const { text } = exportedWithHistory();
    const json = JSON.parse(text) as { history: { after: unknown; kind: string; entity: string }[] };
    const edit = json.history.findIndex((c) => c.kind === 'update' && c.entity === 'person');
    json.history[edit]!.after = { attitude: 'supporter', title: 'CFO' };
    const file = readAccountFile(JSON.stringify(json));
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(file.error.message).toContain("The file's history does not agree with its data");
    expect(file.error.message).toContain('attitude: the history leaves "supporter", the file has "opponent"');
    expect(file.error.message).toContain(`history[${edit}]`);
  });

  it('refuses records of another account and clock times out of order', () => {
    const { text } = exportedWithHistory();
    const json = JSON.parse(text) as { history: { accountId: string; hlc: string }[] };
    json.history[1]!.accountId = 'a-someone-else';
    [json.history[2]!.hlc, json.history[3]!.hlc] = [json.history[3]!.hlc, json.history[2]!.hlc];
    const file = readAccountFile(JSON.stringify(json));
    expect(!file.ok && file.error.details).toEqual([
      `history[1].accountId: "a-someone-else" differs from the account's id "${JSON.parse(text).account.id}"`,
      expect.stringMatching(/^history\[3\]\.hlc: .* is not later than the record before it/),
    ]);
  });

  it('keeps a person erased in the receiving database erased, and their links out, in the history it keeps', () => {
    const { accountId, text } = exportedWithHistory();
    const file = readAccountFile(text);
    if (!file.ok) throw new Error(file.error.message);
    const person = file.value.data.people.find((p) => p.id === file.value.data.links[0]!.to)!;
    const other = otherStore();
    other.applyErasures([{ personId: person.id, erasedAt: '2026-11-30T00:00:00.000Z' }]);
    const outcome = other.importAccount(file.value.data, file.value.history ?? undefined);
    expect(outcome.erasedLeftOut).toBe(1);
    const kept = other.history(accountId);
    expect(JSON.stringify(kept)).not.toContain(person.name);
    expect(canonical(replayChanges(kept).get(accountId)!)).toEqual(canonical(other.openAccount(accountId)!));
  });

  it('leaves the history out of an import as a copy, and says so', () => {
    const { text } = exportedWithHistory();
    const file = readAccountFile(text);
    if (!file.ok) throw new Error(file.error.message);
    const outcome = fx.store.importAccount(file.value.data, file.value.history ?? undefined);
    expect(outcome.copied).toBe(true);
    expect(outcome.historyLeftOut).toBe(file.value.history!.length);
    expect(fx.store.history(outcome.accountId).every((c) => c.origin === 'import')).toBe(true);
  });

  it('keeps an erased person erased in the exported history', () => {
    const { accountId, person } = exportedWithHistory();
    fx.store.erasePerson(person.id);
    const text = serializeAccountFile(fx.store.openAccount(accountId)!, '2026-11-02T00:00:00.000Z', fx.store.history(accountId));
    expect(text).not.toContain(person.name);
    const file = readAccountFile(text);
    expect(file.ok && file.value.history!.filter((c) => c.entityId === person.id).every((c) => c.after === ERASED || c.after === null)).toBe(true);
  });

  it('reads the history with the same hardened reader: a key given twice inside a record is refused', () => {
    const { text } = exportedWithHistory();
    const doubled = text.replace('"origin": "edit"', '"origin": "edit", "origin": "import"');
    const file = readAccountFile(doubled);
    expect(!file.ok && file.error.message).toMatch(/The file was refused: .*origin.* in history\[\d+\]/);
  });

  it('still reads a file without history', () => {
    const data = sampleAccountData();
    const file = readAccountFile(serializeAccountFile(data, '2026-11-02T00:00:00.000Z'));
    expect(file.ok && file.value.history).toBeNull();
  });
});
