import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../../shared/demo';
import { updatePerson } from '../../../shared/edit';
import { serializeAccountFile } from '../../../shared/exchange';
import { createStore, type LocalStore } from '../../../node/db';
import { makeTempDir, sampleAccountData, steppingClock } from '../../../node/db/test-support';
import { createHandlers, type Handlers } from './handlers';
import { createFakePorts, type FakePorts } from './testing/fake-ports';

let temps: ReturnType<typeof makeTempDir>[];
let mine: LocalStore;
let colleague: LocalStore;
let ports: FakePorts;
let handlers: Handlers;
const demo = buildDemoAccount('en', '2026-11-22');
const coach = demo.people.find((p) => p.roles.includes('coach'))!;
const boss = demo.people.find((p) => p.name === 'Wang Jianguo')!;

beforeEach(() => {
  temps = [makeTempDir(), makeTempDir()];
  mine = createStore(temps[0]!.dbPath, { now: steppingClock('2026-11-01T09:00:00.000Z'), defaultActor: 'me' });
  colleague = createStore(temps[1]!.dbPath, { now: steppingClock('2026-11-10T09:00:00.000Z'), defaultActor: 'colleague' });
  ports = createFakePorts();
  handlers = createHandlers(mine, ports);
  // The colleague got my account as a file (same ids, my history), then edited it.
  mine.importAccount(demo);
  colleague.importAccount(demo, mine.history(demo.account.id));
  colleague.applyOps(updatePerson(demo, coach.id, { attitude: 'opponent' }).forward);
  const path = join(temps[1]!.dir, 'colleague.powermap');
  writeFileSync(path, serializeAccountFile(colleague.openAccount(demo.account.id)!, '2026-11-11T00:00:00.000Z', colleague.history(demo.account.id)));
  ports.openPath = path;
});
afterEach(() => {
  mine.close();
  colleague.close();
  for (const temp of temps) temp.remove();
});

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('merging a colleague\'s copy', () => {
  it('shows what they changed with theirs by default, applies it as one edit, and the inverse of the edit takes it back', async () => {
    // Meanwhile I changed the boss: mine, and not in their file.
    mine.applyOps(updatePerson(demo, boss.id, { title: 'My new title' }).forward);
    const preview = value(await handlers['merge.preview']({ accountId: demo.account.id }));
    expect(preview.plan.hasBase).toBe(true);
    expect(preview.plan.items.find((i) => i.id === coach.id)).toMatchObject({ changedBy: 'theirs', fields: ['attitude'], defaultChoice: 'theirs' });
    expect(preview.plan.items.find((i) => i.id === boss.id)).toMatchObject({ changedBy: 'mine', defaultChoice: 'mine' });
    const applied = value(await handlers['merge.apply']({ previewId: preview.previewId, choices: {} }));
    const after = mine.openAccount(demo.account.id)!;
    expect(after.people.find((p) => p.id === coach.id)!.attitude).toBe('opponent');
    expect(after.people.find((p) => p.id === boss.id)!.title).toBe('My new title');
    expect(mine.historyContradictions(demo.account.id)).toEqual([]);
    mine.applyOps(applied.edit.inverse);
    expect(mine.openAccount(demo.account.id)!.people.find((p) => p.id === coach.id)!.attitude).toBe(coach.attitude);
    const gone = await handlers['merge.apply']({ previewId: preview.previewId, choices: {} });
    expect(gone.ok ? null : gone.error.code).toBe('not-found');
  });

  it('refuses a file of another account, and writes nothing', async () => {
    const other = sampleAccountData({ name: 'Other Co' });
    const path = join(temps[1]!.dir, 'other.powermap');
    writeFileSync(path, serializeAccountFile(other, '2026-11-11T00:00:00.000Z'));
    ports.openPath = path;
    const before = mine.history(demo.account.id).length;
    const refused = await handlers['merge.preview']({ accountId: demo.account.id });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid-payload', key: 'merge.differentAccount' });
    expect(mine.history(demo.account.id)).toHaveLength(before);
  });

  it('an import of a file whose account is here asks first (nothing written), then merges it or imports it as a copy, without asking for the file again', async () => {
    const before = mine.history(demo.account.id).length;
    const asked = value(await handlers['exchange.import']({ ifExists: 'ask' }));
    expect(asked).toMatchObject({ accountId: demo.account.id, copied: false, existing: { fileName: 'colleague.powermap', mineName: demo.account.name } });
    expect(mine.listAccounts()).toHaveLength(1);
    expect(mine.history(demo.account.id)).toHaveLength(before);
    ports.openPath = null;
    const preview = value(await handlers['merge.preview']({ accountId: demo.account.id, pendingId: asked.existing!.pendingId }));
    expect(preview.plan.items.map((i) => i.id)).toEqual([coach.id]);
    // A kept file is taken once.
    expect((await handlers['merge.preview']({ accountId: demo.account.id, pendingId: asked.existing!.pendingId })).ok).toBe(false);

    ports.openPath = join(temps[1]!.dir, 'colleague.powermap');
    const again = value(await handlers['exchange.import']({ ifExists: 'ask' }));
    ports.openPath = null;
    const copy = value(await handlers['exchange.import']({ pendingId: again.existing!.pendingId }));
    expect(copy).toMatchObject({ copied: true });
    expect(mine.listAccounts()).toHaveLength(2);
  });

  it('an import of a file of an account not here imports it at once, even when asked', async () => {
    const other = sampleAccountData({ name: 'Other Co' });
    const path = join(temps[1]!.dir, 'other.powermap');
    writeFileSync(path, serializeAccountFile(other, '2026-11-11T00:00:00.000Z'));
    ports.openPath = path;
    const imported = value(await handlers['exchange.import']({ ifExists: 'ask' }));
    expect(imported.existing).toBeUndefined();
    expect(mine.listAccounts()).toHaveLength(2);
  });
});
