import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { updatePerson } from '../../shared/edit';
import type { ArgsOf, Channel, ResultOf } from '../../shared/ipc';
import type { Result } from '../../shared/model';
import { createStore, type LocalStore } from '../../node/db';
import { makeTempDir } from '../../node/db/test-support';
import { createEditorStore } from '../../renderer/src/stores/editor';
import { createPlanStore } from '../../renderer/src/stores/plan';
import type { IpcClient } from '../../renderer/src/stores/client';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createFakePorts } from '../../electron/main/ipc/testing/fake-ports';

/**
 * Undo survives a restart (issue 12, point 6): the renderer's editor store, talking to the main
 * process's handlers on a real database, saves its stacks after each confirmed write and loads them
 * when the account opens again, after the store (the app) was closed and opened anew.
 */

let temp: ReturnType<typeof makeTempDir>;
let store: LocalStore;
const demo = buildDemoAccount('en', '2026-11-22');
const coach = demo.people.find((p) => p.roles.includes('coach'))!;

/** The app as it starts: a store on the file, its handlers, an editor talking to them through dispatch. */
function startApp() {
  store = createStore(temp.dbPath, { defaultActor: 'tester' });
  const handlers = createHandlers(store, createFakePorts());
  const calls: Channel[] = [];
  const client: IpcClient = {
    call: <C extends Channel>(channel: C, args: ArgsOf<C>) => {
      calls.push(channel);
      return dispatch(handlers, channel, args) as Promise<Result<ResultOf<C>>>;
    },
  };
  const errors: unknown[] = [];
  const editor = createEditorStore(client, (error) => errors.push(error));
  return { editor, plan: createPlanStore(client, (error) => errors.push(error), editor), calls, errors };
}

const attitudeOf = (id: string) => store.openAccount(demo.account.id)!.people.find((p) => p.id === id)!.attitude;

beforeEach(() => {
  temp = makeTempDir();
  const setup = createStore(temp.dbPath, { defaultActor: 'tester' });
  setup.importAccount(demo);
  setup.close();
});
afterEach(() => {
  store.close();
  temp.remove();
});

describe('undo across a restart', () => {
  it('takes back, after the app restarts, the last change made before it', async () => {
    const first = startApp();
    await first.editor.getState().open(demo.account.id);
    expect(first.editor.getState().undoStack).toEqual([]);
    await first.editor.getState().apply(updatePerson(first.editor.getState().data!, coach.id, { attitude: 'opponent' }));
    await first.editor.getState().apply(updatePerson(first.editor.getState().data!, coach.id, { title: 'Chief of staff' }));
    await first.editor.getState().undo();
    await first.editor.getState().flush();
    expect(first.calls).toContain('undo.save');
    store.close();

    const second = startApp();
    await second.editor.getState().open(demo.account.id);
    expect(second.editor.getState().undoStack).toHaveLength(1);
    expect(second.editor.getState().redoStack).toHaveLength(1);
    expect(attitudeOf(coach.id)).toBe('opponent');
    expect(await second.editor.getState().undo()).toBe(true);
    expect(attitudeOf(coach.id)).toBe(coach.attitude);
    expect(second.editor.getState().data!.people.find((p) => p.id === coach.id)!.attitude).toBe(coach.attitude);
    // The redo kept from before the restart still puts the title back.
    await second.editor.getState().redo();
    await second.editor.getState().redo();
    expect(store.openAccount(demo.account.id)!.people.find((p) => p.id === coach.id)!.title).toBe('Chief of staff');
    expect(second.errors).toEqual([]);
  });

  it('saves no edit the database refused: the stacks kept are those of the writes that landed', async () => {
    const first = startApp();
    await first.editor.getState().open(demo.account.id);
    await first.editor.getState().apply(updatePerson(first.editor.getState().data!, coach.id, { attitude: 'opponent' }));
    // A patch of a person who is not there: refused by the store, taken off the undo stack.
    const refused = await first.editor.getState().apply({
      forward: [{ op: 'patch', entity: 'person', id: 'no-such-person', patch: { title: 'x' } }],
      inverse: [{ op: 'patch', entity: 'person', id: 'no-such-person', patch: { title: 'y' } }],
    });
    expect(refused).toBe(false);
    await first.editor.getState().flush();
    store.close();

    const second = startApp();
    await second.editor.getState().open(demo.account.id);
    expect(second.editor.getState().undoStack).toHaveLength(1);
    await second.editor.getState().undo();
    expect(attitudeOf(coach.id)).toBe(coach.attitude);
  });

  it('starts with empty stacks when the account changed since by another way (they would not fit)', async () => {
    const first = startApp();
    await first.editor.getState().open(demo.account.id);
    await first.editor.getState().apply(updatePerson(first.editor.getState().data!, coach.id, { attitude: 'opponent' }));
    await first.editor.getState().flush();
    // The command line, say, edits the file while the app is closed.
    store.applyOps(updatePerson(store.openAccount(demo.account.id)!, coach.id, { title: 'Elsewhere' }).forward);
    store.close();

    const second = startApp();
    await second.editor.getState().open(demo.account.id);
    expect(second.editor.getState().undoStack).toEqual([]);
  });

  it('takes back, after a restart, a contact logged and an action completed (issue 13: plan edits are edits)', async () => {
    const first = startApp();
    await first.editor.getState().open(demo.account.id);
    const owner = demo.team[0]!.id;
    await first.plan.getState().addAction({ text: 'Send the pilot plan', ownerId: owner, due: '2026-11-29', personIds: [coach.id], origin: { kind: 'typed' }, createdOn: '2026-11-22' });
    const actionId = first.plan.getState().plan.actions.find((a) => a.text === 'Send the pilot plan')!.id;
    await first.plan.getState().logContact({ date: '2026-11-22', teamIds: [owner], personIds: [coach.id], channel: 'visit', note: '' });
    await first.plan.getState().setActionStatus(actionId, 'done', '2026-11-22');
    await first.editor.getState().flush();
    expect(store.planOf(demo.account.id).actions.find((a) => a.id === actionId)?.status).toBe('done');
    store.close();

    const second = startApp();
    await second.editor.getState().open(demo.account.id);
    expect(second.plan.getState().plan.actions.find((a) => a.id === actionId)?.status).toBe('done');
    expect(await second.editor.getState().undo()).toBe(true); // completing it
    expect(store.planOf(demo.account.id).actions.find((a) => a.id === actionId)).toMatchObject({ status: 'open', doneOn: null });
    expect(second.plan.getState().plan.actions.find((a) => a.id === actionId)?.status).toBe('open');
    const logged = store.planOf(demo.account.id).contacts.length;
    await second.editor.getState().undo(); // the contact
    expect(store.planOf(demo.account.id).contacts).toHaveLength(logged - 1);
    await second.editor.getState().undo(); // the action
    expect(store.planOf(demo.account.id).actions.some((a) => a.id === actionId)).toBe(false);
    expect(second.errors).toEqual([]);
    expect(first.errors).toEqual([]);
  });
});
