import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { addLink, addPerson, newPerson, updatePerson } from '../../shared/edit';
import { serializeAccountFile } from '../../shared/exchange';
import type { ArgsOf, Channel, ImportOutcome, ResultOf } from '../../shared/ipc';
import type { AppError, Result } from '../../shared/model';
import { createStore, type LocalStore } from '../../node/db';
import { makeTempDir } from '../../node/db/test-support';
import { createEditorStore } from '../../renderer/src/stores/editor';
import type { IpcClient } from '../../renderer/src/stores/client';
import { createMergeStore } from '../../renderer/src/features/merge/mergeSession';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createFakePorts, type FakePorts } from '../../electron/main/ipc/testing/fake-ports';

/**
 * Merging a colleague's copy (issue 12, point 7) as the page runs it: the merge store and the editor
 * store talking to the main process's handlers on a real database, the colleague's file made in a
 * second database with the app's own edits.
 */

let temps: ReturnType<typeof makeTempDir>[];
let mine: LocalStore;
let ports: FakePorts;
const demo = buildDemoAccount('en', '2026-11-22');
const coach = demo.people.find((p) => p.roles.includes('coach'))!;
const director = demo.people.find((p) => p.id === 'demo-p-it-director')!;
const newcomer = newPerson(demo.account.id, { name: 'Zhou Min', layer: 'user' });

function app() {
  const handlers = createHandlers(mine, ports);
  const client: IpcClient = { call: <C extends Channel>(channel: C, args: ArgsOf<C>) => dispatch(handlers, channel, args) as Promise<Result<ResultOf<C>>> };
  const errors: AppError[] = [];
  const imported: ImportOutcome[] = [];
  const merged: [string, number][] = [];
  const editor = createEditorStore(client, (error) => errors.push(error));
  const merge = createMergeStore({
    client,
    reportError: (error) => errors.push(error),
    flush: () => editor.getState().flush(),
    openAccount: (accountId) => editor.getState().open(accountId),
    adopt(accountId, edit) {
      if (editor.getState().accountId !== accountId) return false;
      editor.getState().adoptApplied(edit);
      return true;
    },
    imported: async (outcome) => void imported.push(outcome),
    merged: (file, taken) => void merged.push([file, taken]),
  });
  return { editor, merge, errors, imported, merged };
}

const person = (id: string) => mine.openAccount(demo.account.id)!.people.find((p) => p.id === id);

beforeEach(() => {
  temps = [makeTempDir(), makeTempDir()];
  mine = createStore(temps[0]!.dbPath, { defaultActor: 'me' });
  mine.importAccount(demo);
  const colleague = createStore(temps[1]!.dbPath, { defaultActor: 'Chen Li' });
  colleague.importAccount(demo, mine.history(demo.account.id));
  colleague.applyOps(updatePerson(demo, coach.id, { attitude: 'opponent' }).forward);
  colleague.applyOps(updatePerson(demo, director.id, { title: 'Chief Information Officer' }).forward);
  colleague.applyOps(addPerson(demo, newcomer).forward);
  const withNewcomer = colleague.openAccount(demo.account.id)!;
  const link = addLink(withNewcomer, { kind: 'reportsTo', from: newcomer.id, to: director.id }, '2026-11-22');
  if (!link.ok) throw new Error(link.problem);
  colleague.applyOps(link.edit.forward);
  const path = join(temps[1]!.dir, 'colleague.powermap');
  writeFileSync(path, serializeAccountFile(colleague.openAccount(demo.account.id)!, '2026-11-23T00:00:00.000Z', colleague.history(demo.account.id)));
  colleague.close();
  ports = createFakePorts({ openPath: path });
});
afterEach(() => {
  mine.close();
  for (const temp of temps) temp.remove();
});

describe('merging a colleague\'s copy from the page', () => {
  it('offers to merge, lists the differences with theirs where only they changed, and applies the choices as one undo step', async () => {
    const { editor, merge, errors, merged } = app();
    await merge.getState().importFile();
    expect(merge.getState().offer).toMatchObject({ accountId: demo.account.id, fileName: 'colleague.powermap' });
    expect(mine.listAccounts()).toHaveLength(1);
    await merge.getState().mergeOffered();
    const preview = merge.getState().preview!;
    expect(editor.getState().accountId).toBe(demo.account.id);
    expect(preview.plan.items.map((i) => [i.id, i.changedBy, preview.choices[i.key]])).toEqual(
      expect.arrayContaining([
        [coach.id, 'theirs', 'theirs'],
        [director.id, 'theirs', 'theirs'],
        [newcomer.id, 'theirs', 'theirs'],
      ]),
    );
    merge.getState().choose(`person:${director.id}`, 'mine');
    expect(await merge.getState().apply()).toBe(true);
    expect(merge.getState().preview).toBeNull();
    expect(merged).toEqual([['colleague.powermap', 3]]);
    expect(person(coach.id)!.attitude).toBe('opponent');
    expect(person(director.id)!.title).toBe(director.title);
    expect(person(newcomer.id)).toBeDefined();
    expect(editor.getState().data!.people.find((p) => p.id === coach.id)!.attitude).toBe('opponent');
    expect(editor.getState().undoStack).toHaveLength(1);

    await editor.getState().undo();
    await editor.getState().flush();
    expect(person(coach.id)!.attitude).toBe(coach.attitude);
    expect(person(newcomer.id)).toBeUndefined();
    expect(mine.historyContradictions(demo.account.id)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the dialog open, and writes nothing, when the choices do not fit together', async () => {
    const { merge, errors } = app();
    await merge.getState().importFile();
    await merge.getState().mergeOffered();
    const before = mine.history(demo.account.id).length;
    // Their link to the newcomer, without the newcomer.
    merge.getState().choose(`person:${newcomer.id}`, 'mine');
    expect(await merge.getState().apply()).toBe(false);
    expect(merge.getState().error).toMatchObject({ code: 'conflict', key: 'merge.choicesDoNotFit' });
    expect(merge.getState().preview).not.toBeNull();
    expect(mine.history(demo.account.id)).toHaveLength(before);
    expect(errors).toEqual([]);
    merge.getState().chooseAll('theirs');
    expect(merge.getState().error).toBeNull();
    expect(await merge.getState().apply()).toBe(true);
    expect(person(newcomer.id)).toBeDefined();
  });

  it('imports the file as a copy when asked to, and refuses another account\'s file for a merge', async () => {
    const { merge, imported, errors } = app();
    await merge.getState().importFile();
    await merge.getState().copyOffered();
    expect(imported).toMatchObject([{ copied: true }]);
    expect(mine.listAccounts()).toHaveLength(2);

    const other = join(temps[1]!.dir, 'other.powermap');
    const otherCopy = imported[0]!.accountId;
    writeFileSync(other, serializeAccountFile(mine.openAccount(otherCopy)!, '2026-11-23T00:00:00.000Z'));
    ports.openPath = other;
    await merge.getState().mergeFromFile(demo.account.id);
    expect(merge.getState().preview).toBeNull();
    expect(errors).toMatchObject([{ code: 'invalid-payload', key: 'merge.differentAccount' }]);
  });
});
