import { describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/model';
import { makePerson, sampleAccountData, useTempStore } from '../../../node/db/test-support';
import { editHandlers, LARGE_EDIT_OPS } from './edit';
import { createFakePorts } from './testing/fake-ports';

const fx = useTempStore();

// The writer thread loads its code through tsx on first use: seconds on a busy machine.
describe('edit.apply', { timeout: 60_000 }, () => {
  it('writes a large edit (an import redone) off the main thread, and an edit sent right after it lands after it', async () => {
    const data = sampleAccountData();
    fx.store.importAccount(data);
    const handlers = editHandlers(fx.store, createFakePorts());
    const people = Array.from({ length: LARGE_EDIT_OPS + 10 }, (_, index) => makePerson(data.account.id, { name: `联系人${index}` }));
    const redo: Op[] = people.map((value) => ({ op: 'put', entity: 'person', value }));
    const rename: Op[] = [{ op: 'patch', entity: 'person', id: people[0]!.id, patch: { name: '张伟' } }];

    // The page sends both without waiting: the rename refers to a person the large edit creates.
    const [large, small] = await Promise.all([handlers['edit.apply']({ ops: redo }), handlers['edit.apply']({ ops: rename })]);

    expect(large.ok && small.ok).toBe(true);
    const after = fx.store.openAccount(data.account.id);
    expect(after?.people).toHaveLength(data.people.length + people.length);
    expect(after?.people.find((person) => person.id === people[0]!.id)?.name).toBe('张伟');
  });
});
