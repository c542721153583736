import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/model';
import { addPerson, newPerson, updatePerson } from '../../../shared/edit';
import { canonical, sampleAccount } from '../../../shared/edit/testData';
import { createEditorStore } from './editor';
import { fakeClient } from './fakeClient';

async function openSample() {
  const fake = fakeClient([sampleAccount()]);
  const errors: AppError[] = [];
  const editor = createEditorStore(fake.client, (error) => errors.push(error));
  await editor.getState().open('acc-1');
  return { fake, editor, errors };
}

const personName = (data: ReturnType<typeof sampleAccount> | null, id: string) => data?.people.find((p) => p.id === id)?.name;

describe('editor store', () => {
  it('shows an edit at once and saves it as one edit.apply', async () => {
    const { fake, editor } = await openSample();
    const data = editor.getState().data!;
    const saved = editor.getState().apply(updatePerson(data, 'p-dee', { name: 'Dee Wong', attitude: 'neutral' }));
    expect(personName(editor.getState().data, 'p-dee')).toBe('Dee Wong');
    expect(editor.getState().saveState).toBe('saving');
    expect(await saved).toBe(true);
    expect(fake.editCalls()).toEqual([[{ op: 'patch', entity: 'person', id: 'p-dee', patch: { name: 'Dee Wong', attitude: 'neutral' } }]]);
    expect(editor.getState().saveState).toBe('saved');
    expect(personName(fake.stored('acc-1')!, 'p-dee')).toBe('Dee Wong');
  });

  it('undo and redo go through edit.apply and restore the data exactly', async () => {
    const { fake, editor } = await openSample();
    const original = editor.getState().data!;
    await editor.getState().apply(addPerson(original, newPerson('acc-1', { name: 'Eve' }, 'p-eve')), ['p-eve']);
    expect(editor.getState().selection).toEqual(['p-eve']);
    await editor.getState().deleteSelection();
    expect(editor.getState().data!.people.map((p) => p.id)).not.toContain('p-eve');

    await editor.getState().undo(); // the delete
    expect(personName(editor.getState().data, 'p-eve')).toBe('Eve');
    await editor.getState().undo(); // the add
    expect(canonical(editor.getState().data!)).toEqual(canonical(original));
    expect(canonical(fake.stored('acc-1')!)).toEqual(canonical(original));
    expect(editor.getState().selection).toEqual([]);

    await editor.getState().redo();
    await editor.getState().redo();
    expect(editor.getState().data!.people.map((p) => p.id)).not.toContain('p-eve');
    expect(fake.editCalls()).toHaveLength(6);
    expect(editor.getState().undoStack).toHaveLength(2);
    expect(editor.getState().redoStack).toHaveLength(0);
  });

  it('adopts an edit the main process already wrote (an import) as one undo step, without sending it again', async () => {
    const { fake, editor } = await openSample();
    const original = editor.getState().data!;
    const written = addPerson(original, newPerson('acc-1', { name: 'Imported Ivy' }, 'p-ivy'));
    await fake.client.call('edit.apply', { ops: written.forward }); // what import.commit did in its transaction
    const sentBefore = fake.editCalls().length;

    editor.getState().adoptApplied(written, ['p-ivy']);
    expect(fake.editCalls()).toHaveLength(sentBefore);
    expect(personName(editor.getState().data, 'p-ivy')).toBe('Imported Ivy');
    expect(editor.getState().selection).toEqual(['p-ivy']);
    expect(editor.getState().undoStack.at(-1)).toBe(written);

    await editor.getState().undo();
    expect(canonical(editor.getState().data!)).toEqual(canonical(original));
    expect(canonical(fake.stored('acc-1')!)).toEqual(canonical(original));
    await editor.getState().redo();
    expect(personName(fake.stored('acc-1')!, 'p-ivy')).toBe('Imported Ivy');
  });

  it('fields filled in right after adding a person join the add: one undo takes back both', async () => {
    const { fake, editor } = await openSample();
    const original = editor.getState().data!;
    const add = addPerson(original, newPerson('acc-1', { name: 'New person' }, 'p-eve'));
    await editor.getState().apply(add, ['p-eve']);
    await editor.getState().applyJoined(updatePerson(editor.getState().data!, 'p-eve', { name: 'Eve' }), (last) => last === add);
    const joined = editor.getState().undoStack.at(-1)!;
    await editor.getState().applyJoined(updatePerson(editor.getState().data!, 'p-eve', { title: 'CFO' }), (last) => last === joined);
    expect(editor.getState().undoStack).toHaveLength(1);
    expect(fake.stored('acc-1')!.people.find((p) => p.id === 'p-eve')).toMatchObject({ name: 'Eve', title: 'CFO' });
    await editor.getState().undo();
    expect(canonical(fake.stored('acc-1')!)).toEqual(canonical(original));
    await editor.getState().redo();
    expect(fake.stored('acc-1')!.people.find((p) => p.id === 'p-eve')).toMatchObject({ name: 'Eve', title: 'CFO' });
    // An edit that does not join is its own step.
    await editor.getState().applyJoined(updatePerson(editor.getState().data!, 'p-dee', { title: 'Nurse' }), () => false);
    expect(editor.getState().undoStack).toHaveLength(2);
  });

  it('deleting a person and undoing brings back its links', async () => {
    const { fake, editor } = await openSample();
    const original = editor.getState().data!;
    editor.getState().select(['p-bo']);
    await editor.getState().deleteSelection();
    expect(fake.stored('acc-1')!.links.some((l) => l.from === 'p-bo' || l.to === 'p-bo')).toBe(false);
    await editor.getState().undo();
    expect(canonical(fake.stored('acc-1')!)).toEqual(canonical(original));
  });

  it('a refused edit is rolled back, reported, and not left on the undo stack', async () => {
    const { fake, editor, errors } = await openSample();
    const original = editor.getState().data!;
    fake.refuseNextEdit({ code: 'invalid-payload', message: 'people.0.name: a name is required', details: ['name'] });
    const saved = await editor.getState().apply(updatePerson(original, 'p-ann', { name: 'Whoever' }));
    expect(saved).toBe(false);
    expect(personName(editor.getState().data, 'p-ann')).toBe('王校长');
    expect(editor.getState().undoStack).toHaveLength(0);
    expect(editor.getState().saveState).toBe('error');
    expect(errors.map((e) => e.message)).toEqual(['people.0.name: a name is required']);
  });

  it('a refused undo keeps the edit undoable and the data as it was', async () => {
    const { fake, editor } = await openSample();
    await editor.getState().apply(updatePerson(editor.getState().data!, 'p-ann', { influence: 1 }));
    fake.refuseNextEdit({ code: 'internal', message: 'disk full' });
    expect(await editor.getState().undo()).toBe(false);
    expect(editor.getState().data!.people.find((p) => p.id === 'p-ann')?.influence).toBe(1);
    expect(editor.getState().undoStack).toHaveLength(1);
    expect(editor.getState().redoStack).toHaveLength(0);
    expect(await editor.getState().undo()).toBe(true);
    expect(editor.getState().data!.people.find((p) => p.id === 'p-ann')?.influence).toBe(5);
  });

  it('when one of two quick edits is refused, the other one stays', async () => {
    const { fake, editor } = await openSample();
    const data = editor.getState().data!;
    fake.refuseNextEdit({ code: 'conflict', message: 'no' });
    const first = editor.getState().apply(updatePerson(data, 'p-ann', { title: 'President' }));
    const second = editor.getState().apply(updatePerson(data, 'p-dee', { title: 'Teacher' }));
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    const people = editor.getState().data!.people;
    expect(people.find((p) => p.id === 'p-ann')?.title).toBe('');
    expect(people.find((p) => p.id === 'p-dee')?.title).toBe('Teacher');
    expect(editor.getState().saveState).toBe('saved');
  });

  it('an edit that changes nothing is neither sent nor undoable', async () => {
    const { fake, editor } = await openSample();
    await editor.getState().apply(updatePerson(editor.getState().data!, 'p-ann', { name: '王校长' }));
    expect(fake.editCalls()).toHaveLength(0);
    expect(editor.getState().undoStack).toHaveLength(0);
  });

  it('a new edit clears redo; select-all picks every person', async () => {
    const { editor } = await openSample();
    await editor.getState().apply(updatePerson(editor.getState().data!, 'p-ann', { influence: 2 }));
    await editor.getState().undo();
    expect(editor.getState().redoStack).toHaveLength(1);
    await editor.getState().apply(updatePerson(editor.getState().data!, 'p-ann', { influence: 4 }));
    expect(editor.getState().redoStack).toHaveLength(0);
    editor.getState().selectAllPeople();
    expect(editor.getState().selection.sort()).toEqual(['p-ann', 'p-bo', 'p-cai', 'p-dee']);
  });
});
