import { describe, expect, it } from 'vitest';
import type { ImportCommitted, ImportPreview, ImportSource } from '../../../../shared/import/types';
import type { Result } from '../../../../shared/model';
import type { IpcClient } from '../../stores/client';
import { createImportDialogStore, noticeFor } from './importSession';

const source: ImportSource = {
  sourceId: 'src-1',
  fileName: '联系人.csv',
  kind: 'csv',
  encoding: 'gb18030',
  encodingCandidates: ['gb18030'],
  delimiter: ',',
  sheets: [],
  sheet: null,
  table: { headers: ['姓名', '职位', '备注'], rows: [['张伟', '总经理', '']], rowNumbers: [3], headerRow: 2, headerRowCount: 1, titleRows: ['客户联系人'] },
  mapping: ['name', 'title', 'notes'],
  mappingRemembered: false,
};

function previewWith(added: number): ImportPreview {
  return { rows: [], problems: [], counts: { rows: added, added, updated: 0, skipped: 0, merged: 0, teamAdded: 0, reportsToLinks: 0, coversLinks: 0 }, suggestions: 0 };
}

/** Answers the import channels from a script; each answer can be held back to reorder replies. */
function scriptedClient(answers: Partial<Record<string, () => Promise<Result<unknown>>>>) {
  const calls: { channel: string; args: unknown }[] = [];
  const client: IpcClient = {
    async call(channel, args) {
      calls.push({ channel, args });
      const answer = answers[channel];
      if (!answer) throw new Error(`unexpected ${channel}`);
      return (await answer()) as never;
    },
  };
  return { client, calls };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const ok = <T>(value: T) => async (): Promise<Result<unknown>> => ({ ok: true, value });
const target = { accountId: 'acc-1', accountName: 'Acme' };

function session(answers: Parameters<typeof scriptedClient>[0], events: string[] = []) {
  const { client, calls } = scriptedClient(answers);
  const store = createImportDialogStore({
    client,
    flush: async () => void events.push('flush'),
    adopt: (_accountId, _edit, ids) => {
      events.push(`adopt ${ids.join(',')}`);
      return true;
    },
    openAccount: () => events.push('openAccount'),
    imported: (ids) => void events.push(`imported ${ids.join(',')}`),
  });
  store.getState().open(target);
  return { store, calls, events };
}

describe('import dialog session', () => {
  it('a refused file says what and where in the dialog, stays on the first step and writes nothing', async () => {
    const { store, calls } = session({
      'import.readBytes': async () => ({ ok: false, error: { code: 'invalid-file', message: 'Unclosed quote on line 12', key: 'import.refused.broken-quote', params: { line: 12 } } }),
    });
    await store.getState().readBytes('crm.csv', new Uint8Array([1, 2, 3]));
    expect(store.getState().step).toBe('source');
    expect(store.getState().notice).toEqual({ key: 'import.refused.broken-quote', params: expect.objectContaining({ name: 'crm.csv', line: 12 }) });
    await store.getState().commit();
    expect(calls.map((call) => call.channel)).toEqual(['import.readBytes']);
  });

  it('a closed file dialog says nothing', async () => {
    const { store } = session({ 'import.readFile': async () => ({ ok: false, error: { code: 'cancelled', message: 'cancelled' } }) });
    await store.getState().readFile();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().step).toBe('source');
  });

  it('reads a source into the columns step with its mapping, and needs a name column to go on', async () => {
    const { store, calls } = session({ 'import.readText': ok(source), 'import.preview': ok(previewWith(1)) });
    await store.getState().readText('姓名\t职位\n张伟\t总经理');
    expect(store.getState().step).toBe('columns');
    expect(store.getState().picks.mapping).toEqual(['name', 'title', 'notes']);
    store.getState().remap(0, 'ignore');
    await store.getState().toReview();
    expect(store.getState().step).toBe('columns');
    store.getState().remap(0, 'name');
    await store.getState().toReview();
    expect(store.getState().step).toBe('review');
    expect(calls.at(-1)).toEqual({ channel: 'import.preview', args: { sourceId: 'src-1', accountId: 'acc-1', choices: { mapping: ['name', 'title', 'notes'], onDuplicate: 'update', acceptAllSuggestions: false, fallbackLayer: 'implementation' } } });
  });

  it('shows the preview of the latest picks when an older answer arrives last', async () => {
    const slow = deferred<Result<unknown>>();
    let previews = 0;
    const { store } = session({
      'import.readText': ok(source),
      'import.preview': () => (++previews === 2 ? slow.promise : Promise.resolve({ ok: true, value: previewWith(previews) })),
    });
    await store.getState().readText('x');
    await store.getState().toReview();
    const older = store.getState().choose({ fallbackLayer: 'user' });
    const newer = store.getState().choose({ fallbackLayer: 'image' });
    await newer;
    slow.resolve({ ok: true, value: previewWith(99) });
    await older;
    expect(store.getState().preview?.counts.added).toBe(3);
    expect(store.getState().picks.fallbackLayer).toBe('image');
  });

  it('writes after the pending edits, records the import as one undo step and opens the map on the people', async () => {
    const committed: ImportCommitted = {
      edit: { forward: [], inverse: [] },
      summary: { counts: previewWith(1).counts, problems: [], personIds: ['p-1'], source: '联系人.csv, imported 2026-11-22' },
      updatedAt: '2026-11-22T00:00:00.000Z',
    };
    const events: string[] = [];
    const { store } = session({ 'import.readText': ok(source), 'import.preview': ok(previewWith(1)), 'import.commit': async () => (events.push('commit'), { ok: true, value: committed }) }, events);
    await store.getState().readText('x');
    await store.getState().toReview();
    await store.getState().commit();
    expect(events).toEqual(['flush', 'commit', 'adopt p-1', 'imported p-1']);
    expect(store.getState().step).toBe('done');
    expect(store.getState().summary?.personIds).toEqual(['p-1']);
  });

  it('fetches a large import\'s edit part by part and records it whole as one undo step', async () => {
    const del = (id: string) => ({ op: 'delete' as const, entity: 'person' as const, id });
    const committed: ImportCommitted = {
      edit: { forward: [], inverse: [] },
      editParts: { commitId: 'c-1', count: 2 },
      summary: { counts: previewWith(1).counts, problems: [], personIds: ['p-1', 'p-2', 'p-3'], source: 'big.csv, imported 2026-11-22' },
      updatedAt: '2026-11-22T00:00:00.000Z',
    };
    let part = 0;
    const parts = [
      { forward: [], inverse: [del('p-3'), del('p-2')] },
      { forward: [], inverse: [del('p-1')] },
    ];
    const adopted: unknown[] = [];
    const { client, calls } = scriptedClient({
      'import.readText': ok(source),
      'import.preview': ok(previewWith(1)),
      'import.commit': ok(committed),
      'import.editPart': async () => ({ ok: true, value: parts[part++] }),
    });
    const store = createImportDialogStore({ client, flush: async () => undefined, adopt: (_accountId, edit) => adopted.push(edit) > 0, openAccount: () => undefined, imported: () => undefined });
    store.getState().open(target);
    await store.getState().readText('x');
    await store.getState().toReview();
    await store.getState().commit();
    expect(calls.filter((call) => call.channel === 'import.editPart').map((call) => call.args)).toEqual([{ commitId: 'c-1', index: 0 }, { commitId: 'c-1', index: 1 }]);
    expect(adopted).toEqual([{ forward: [], inverse: [del('p-3'), del('p-2'), del('p-1')] }]);
    expect(store.getState().step).toBe('done');
  });
});

describe('noticeFor', () => {
  it('never shows a library message: an error without a key becomes the import’s own words', () => {
    expect(noticeFor({ code: 'internal', message: 'TypeError: x is undefined' }, 'a.csv')).toEqual({ key: 'import.failed', params: {} });
    expect(noticeFor({ code: 'io', message: 'EACCES: permission denied' }, 'a.csv')).toEqual({ key: 'import.refused.unreadable', params: { name: 'a.csv' } });
  });
});
