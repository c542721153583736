import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../../shared/demo';
import type { ImportChoices, ImportSource } from '../../../shared/import/types';
import type { Result } from '../../../shared/model';
import { useTempStore } from '../../../node/db/test-support';
import { gbkCsvWithTitle, manyRowsCsv, salesforceCsv } from '../../../node/import/testing/fixtures';
import { serializeAccountFile } from '../../../shared/exchange';
import { exchangeHandlers } from './exchange';
import { importHandlers } from './import';
import { createFakePorts } from './testing/fake-ports';

const fx = useTempStore();
const TODAY = '2026-12-06';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function setup(openPath: string | null = null) {
  const data = buildDemoAccount('en', '2026-11-22');
  fx.store.importAccount(data);
  const ports = { ...createFakePorts({ openPath, savePath: join(fx.temp.dir, 'people.csv') }), today: () => TODAY };
  return { handlers: importHandlers(fx.store, ports), accountId: data.account.id, before: data };
}

const choose = (source: ImportSource, more: Partial<ImportChoices> = {}): ImportChoices => ({
  mapping: source.mapping,
  onDuplicate: 'update',
  acceptAllSuggestions: true,
  fallbackLayer: 'user',
  ...more,
});

// A commit goes through the store's writer thread, which loads its code through tsx on first use: seconds on a busy machine.
describe('import handlers', { timeout: 60_000 }, () => {
  it('previews without writing, then commits the import in one step that its inverse undoes', async () => {
    const { handlers, accountId, before } = setup();
    const source = value(await handlers['import.readBytes']({ fileName: 'C:\\exports\\salesforce.csv', bytes: salesforceCsv() }));
    expect(source.fileName).toBe('salesforce.csv');
    const preview = value(await handlers['import.preview']({ sourceId: source.sourceId, accountId, choices: choose(source) }));
    expect(preview.counts).toMatchObject({ rows: 3, added: 3, teamAdded: 2, reportsToLinks: 2 });
    expect(fx.store.openAccount(accountId)?.people).toHaveLength(before.people.length);

    const committed = value(await handlers['import.commit']({ sourceId: source.sourceId, accountId, choices: choose(source) }));
    const after = fx.store.openAccount(accountId);
    expect(after?.people).toHaveLength(before.people.length + 3);
    const maria = after?.people.find((person) => person.name === 'Maria Garcia');
    expect(maria).toMatchObject({ layer: 'decision', email: 'maria.garcia@acme.com', phone: '+1 415 555 0100, +1 415 555 0101', source: `salesforce.csv, imported ${TODAY}` });
    expect(committed.summary.personIds).toContain(maria?.id);

    fx.store.applyOps(committed.edit.inverse);
    const undone = fx.store.openAccount(accountId);
    expect(undone?.people.map((person) => person.id).sort()).toEqual(before.people.map((person) => person.id).sort());
    expect(undone?.team).toHaveLength(before.team.length);
    expect(undone?.links).toHaveLength(before.links.length);
  });

  it('hands a large import\'s edit to the page in parts that together undo it', async () => {
    const { handlers, accountId, before } = setup();
    const source = value(await handlers['import.readText']({ text: manyRowsCsv(1_500) }));
    const committed = value(await handlers['import.commit']({ sourceId: source.sourceId, accountId, choices: choose(source) }));
    expect(committed.edit).toEqual({ forward: [], inverse: [] });
    const parts = committed.editParts!;
    expect(parts.count).toBeGreaterThan(1);
    const inverse = [];
    for (let index = 0; index < parts.count; index++) inverse.push(...value(await handlers['import.editPart']({ commitId: parts.commitId, index })).inverse);
    // Fetched once: the main process lets the edit go after its last part.
    expect((await handlers['import.editPart']({ commitId: parts.commitId, index: 0 })).ok).toBe(false);

    expect(fx.store.openAccount(accountId)?.people).toHaveLength(before.people.length + 1_500);
    fx.store.applyOps(inverse);
    const undone = fx.store.openAccount(accountId);
    expect(undone?.people).toHaveLength(before.people.length);
    expect(undone?.team).toHaveLength(before.team.length);
    expect(undone?.links).toHaveLength(before.links.length);
  });

  it('writes each person\'s source in the language the app shows', async () => {
    const { handlers, accountId } = setup();
    fx.store.setSettings({ locale: 'zh-CN' });
    const source = value(await handlers['import.readBytes']({ fileName: '联系人.csv', bytes: gbkCsvWithTitle() }));
    const committed = value(await handlers['import.commit']({ sourceId: source.sourceId, accountId, choices: choose(source) }));
    expect(committed.summary.source).toBe(`联系人.csv，${TODAY} 导入`);
    expect(fx.store.openAccount(accountId)?.people.find((person) => person.name === '张伟')?.source).toBe(`联系人.csv，${TODAY} 导入`);
  });

  it('remembers a confirmed mapping for the next file with the same headers', async () => {
    const { handlers, accountId } = setup();
    const first = value(await handlers['import.readBytes']({ fileName: 'a.csv', bytes: gbkCsvWithTitle() }));
    expect(first.mappingRemembered).toBe(false);
    const mapping = first.mapping.map((target) => (target === 'phone' ? 'ignore' : target));
    value(await handlers['import.commit']({ sourceId: first.sourceId, accountId, choices: choose(first, { mapping }) }));
    const again = value(await handlers['import.readBytes']({ fileName: 'b.csv', bytes: gbkCsvWithTitle() }));
    expect(again.mappingRemembered).toBe(true);
    expect(again.mapping).toEqual(mapping);
  });

  it('reads a file again as another encoding', async () => {
    const { handlers } = setup();
    const source = value(await handlers['import.readBytes']({ fileName: 'a.csv', bytes: gbkCsvWithTitle() }));
    const big5 = value(await handlers['import.reread']({ sourceId: source.sourceId, encoding: 'big5' }));
    expect(big5.encoding).toBe('big5');
    expect(big5.sourceId).toBe(source.sourceId);
  });

  it('refuses bad input with a message key for the page, and a path the OS did not hand over', async () => {
    const { handlers } = setup();
    const refused = await handlers['import.readText']({ text: 'Name,Title\n"Ann,CEO\n' });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid-file', key: 'import.refused.broken-quote', params: { line: 2 } });
    const path = join(fx.temp.dir, 'c.csv');
    writeFileSync(path, 'Name\nAnn\n');
    const forbidden = await handlers['import.readFile']({ path });
    expect(forbidden.ok ? null : forbidden.error.code).toBe('forbidden-sender');
  });

  it('reads the file chosen in the dialog', async () => {
    const path = join(fx.temp.dir ?? '', 'chosen.csv');
    const { handlers } = setup(path);
    writeFileSync(path, gbkCsvWithTitle());
    const source = value(await handlers['import.readFile']({}));
    expect(source).toMatchObject({ fileName: 'chosen.csv', encoding: 'gb18030' });
  });

  it('writes the people table where the user chose', async () => {
    const { handlers, accountId, before } = setup();
    const written = value(await handlers['people.exportTable']({ accountId, format: 'csv', includePrivate: false }));
    expect(written.rows).toBe(before.people.length);
    expect(readFileSync(written.path, 'utf8').split('\r\n')).toHaveLength(before.people.length + 2);
  });

  it('imports a .powermap the OS handed the app by its path, and no other path', async () => {
    const path = join(fx.temp.dir, 'handed.powermap');
    const other = join(fx.temp.dir, 'other.powermap');
    const text = serializeAccountFile(buildDemoAccount('zh-CN', '2026-11-22'), '2026-12-06T00:00:00.000Z');
    writeFileSync(path, text);
    writeFileSync(other, text);
    const ports = { ...createFakePorts(), isOpenedPath: (candidate: string) => candidate === path };
    const handlers = exchangeHandlers(fx.store, ports);
    expect(value(await handlers['exchange.import']({ path })).accountName).toBe('东湖大学');
    const refused = await handlers['exchange.import']({ path: other });
    expect(refused.ok ? null : refused.error.code).toBe('forbidden-sender');
  });
});
