import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../../../shared/edit';
import { sampleAccount } from '../../../../shared/edit/testData';
import type { ArgsOf } from '../../../../shared/ipc';
import { createClockStore } from '../../stores/clock';
import { createEditorStore } from '../../stores/editor';
import { fakeClient } from '../../stores/fakeClient';
import { takeWorkshopEndSnapshot } from './workshopSnapshot';

describe('the snapshot a workshop leaves', () => {
  it.each([
    ['en', 'Workshop ended 2026-11-22'],
    ['zh-CN', '2026-11-22 研讨会结束'],
  ] as const)('is taken as workshop-end, named with the day in the user language (%s), after the workshop edits are written', async (locale, name) => {
    const fake = fakeClient([sampleAccount()]);
    const editor = createEditorStore(fake.client, () => undefined);
    await editor.getState().open('acc-1');
    // An edit made in the room, still on its way when the workshop ends.
    void editor.getState().apply(updatePerson(editor.getState().data!, 'p-dee', { attitude: 'supporter' }));
    const snapshot = await takeWorkshopEndSnapshot({ client: fake.client, editor, clock: createClockStore(fake.client), locale: () => locale }, 'acc-1');
    expect(snapshot).toMatchObject({ kind: 'workshop-end', name, accountId: 'acc-1' });
    const channels = fake.calls.map((call) => call.channel);
    expect(channels.indexOf('snapshots.take')).toBeGreaterThan(channels.indexOf('edit.apply'));
    const take = fake.calls.find((call) => call.channel === 'snapshots.take')!.args as ArgsOf<'snapshots.take'>;
    expect(take).toEqual({ accountId: 'acc-1', name, kind: 'workshop-end' });
  });
});
