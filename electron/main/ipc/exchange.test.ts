import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, MAX_FILE_BYTES, serializeAccountFile } from '../../../shared/exchange';
import { sampleAccount } from '../../../shared/exchange/testing/sample-account';
import type { Result } from '../../../shared/model';
import { exchangeHandlers, exportFileName } from './exchange';
import { createFakePorts } from './testing/fake-ports';
import { createFakeStore } from './testing/fake-store';

const NOW = '2026-11-22T10:00:00.000Z';
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'power-map-exchange-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function errorOf(result: Result<unknown>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Imports `text` from a file into an empty store and returns the result and the store. */
async function importText(text: string | Buffer) {
  const path = join(folder, 'incoming.powermap');
  await writeFile(path, text);
  const store = createFakeStore();
  const result = await exchangeHandlers(store, createFakePorts({ openPath: path }), () => NOW)['exchange.import']({});
  return { result, store };
}

describe('exchange.export', () => {
  it('writes the account to the chosen path, proposing the account name as the file name', async () => {
    const target = join(folder, 'east.powermap');
    const ports = createFakePorts({ savePath: target });
    const handlers = exchangeHandlers(createFakeStore([sampleAccount()]), ports, () => NOW);
    expect(await handlers['exchange.export']({ accountId: 'acc-1' })).toEqual({ ok: true, value: { path: target } });
    expect(ports.proposedNames).toEqual(['华东钢铁集团 East Steel.powermap']);
    expect(await readFile(target, 'utf8')).toBe(serializeAccountFile(sampleAccount(), NOW));
    expect(await readdir(folder)).toEqual(['east.powermap']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(folder, 'east.powermap');
    await writeFile(target, 'x'.repeat(100_000));
    const handlers = exchangeHandlers(createFakeStore([sampleAccount()]), createFakePorts({ savePath: target }), () => NOW);
    await handlers['exchange.export']({ accountId: 'acc-1' });
    expect(await readFile(target, 'utf8')).toBe(serializeAccountFile(sampleAccount(), NOW));
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const handlers = exchangeHandlers(createFakeStore([sampleAccount()]), createFakePorts({ savePath: null }));
    expect(errorOf(await handlers['exchange.export']({ accountId: 'acc-1' })).code).toBe('cancelled');
    expect(await readdir(folder)).toEqual([]);
  });

  it('answers not-found for an unknown account without opening a dialog', async () => {
    const ports = createFakePorts({ savePath: join(folder, 'x.powermap') });
    const handlers = exchangeHandlers(createFakeStore([sampleAccount()]), ports);
    expect(errorOf(await handlers['exchange.export']({ accountId: 'nope' })).code).toBe('not-found');
    expect(ports.proposedNames).toEqual([]);
  });

  it('returns io and leaves no file when the folder does not exist', async () => {
    const target = join(folder, 'missing-folder', 'east.powermap');
    const handlers = exchangeHandlers(createFakeStore([sampleAccount()]), createFakePorts({ savePath: target }));
    const error = errorOf(await handlers['exchange.export']({ accountId: 'acc-1' }));
    expect(error.code).toBe('io');
    expect(error.message).toContain(`Could not write ${target}: ENOENT`);
    expect(await readdir(folder)).toEqual([]);
  });

  it('returns io and removes its temporary file when the final rename fails', async () => {
    const target = join(folder, 'taken');
    await mkdir(join(target, 'inside'), { recursive: true }); // a non-empty folder cannot be replaced by a file
    const handlers = exchangeHandlers(createFakeStore([sampleAccount()]), createFakePorts({ savePath: target }));
    expect(errorOf(await handlers['exchange.export']({ accountId: 'acc-1' })).code).toBe('io');
    expect(await readdir(folder)).toEqual(['taken']);
  });
});

describe('exportFileName', () => {
  it('keeps the name readable and removes what file systems refuse', () => {
    expect(exportFileName('ACME / Asia: "North" *2026*')).toBe('ACME Asia North 2026.powermap');
    expect(exportFileName('..hidden')).toBe('hidden.powermap');
    expect(exportFileName(' / ')).toBe('account.powermap');
  });
});

describe('exchange.import', () => {
  it('round trip: what one store exports, another imports as equal data', async () => {
    const target = join(folder, 'east.powermap');
    await exchangeHandlers(createFakeStore([sampleAccount()]), createFakePorts({ savePath: target }))['exchange.export']({
      accountId: 'acc-1',
    });
    const other = createFakeStore();
    const result = await exchangeHandlers(other, createFakePorts({ openPath: target }))['exchange.import']({});
    expect(result).toEqual({ ok: true, value: { accountId: 'acc-1', accountName: '华东钢铁集团 East Steel', copied: false } });
    expect(other.openAccount('acc-1')).toEqual(sampleAccount());
  });

  it('imports into the store that already holds the account as a copy, leaving the original as it was', async () => {
    const target = join(folder, 'east.powermap');
    await writeFile(target, serializeAccountFile(sampleAccount(), NOW));
    const store = createFakeStore([sampleAccount()]);
    const result = await exchangeHandlers(store, createFakePorts({ openPath: target }))['exchange.import']({});
    expect(result.ok && result.value.copied).toBe(true);
    expect(store.openAccount('acc-1')).toEqual(sampleAccount());
    expect(store.listAccounts()).toHaveLength(2);
  });

  it('does nothing when the user cancels the dialog', async () => {
    const store = createFakeStore();
    expect(errorOf(await exchangeHandlers(store, createFakePorts({ openPath: null }))['exchange.import']({})).code).toBe('cancelled');
    expect(store.writes).toEqual([]);
  });

  it('refuses a malformed file with every problem listed, and writes nothing', async () => {
    const file = JSON.parse(serializeAccountFile(sampleAccount(), NOW));
    file.people[0].influence = 0;
    file.people[1].attitude = 'hostile';
    const { result, store } = await importText(JSON.stringify(file));
    const error = errorOf(result);
    expect(error.code).toBe('invalid-file');
    expect(error.details).toEqual([
      'people[0].influence: Too small: expected number to be >=1',
      'people[1].attitude: Invalid option: expected one of "champion"|"supporter"|"neutral"|"skeptic"|"opponent"|"unknown"',
    ]);
    expect(store.writes).toEqual([]);
  });

  it('refuses a file that is not JSON, and writes nothing', async () => {
    const { result, store } = await importText('{ "format": "power-map",\n  oops }');
    expect(errorOf(result).message).toContain('at line 2, column 3');
    expect(store.writes).toEqual([]);
  });

  it('refuses a file from a newer Power Map, and writes nothing', async () => {
    const file = { ...JSON.parse(serializeAccountFile(sampleAccount(), NOW)), version: FORMAT_VERSION + 1 };
    const { result, store } = await importText(JSON.stringify(file));
    const error = errorOf(result);
    expect(error.code).toBe('newer-file-version');
    expect(error.message).toContain(`format ${FORMAT_VERSION + 1}; this version reads up to ${FORMAT_VERSION}`);
    expect(store.writes).toEqual([]);
  });

  it('refuses a file that tries prototype pollution, and writes nothing', async () => {
    const text = serializeAccountFile(sampleAccount(), NOW).replace('"name": "王总"', '"name": "王总", "__proto__": { "isAdmin": true }');
    const { result, store } = await importText(text);
    expect(errorOf(result).details).toEqual(['people[0].__proto__: this key is not allowed']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(store.writes).toEqual([]);
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const utf8 = Buffer.from(serializeAccountFile(sampleAccount(), NOW), 'utf8');
    const broken = Buffer.concat([utf8.subarray(0, 40), Buffer.from([0xc1, 0xfa]), utf8.subarray(40)]);
    const { result, store } = await importText(broken);
    expect(errorOf(result).message).toContain('not UTF-8');
    expect(store.writes).toEqual([]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(folder, 'huge.powermap');
    await writeFile(path, '');
    await truncate(path, MAX_FILE_BYTES + 1);
    const store = createFakeStore();
    const error = errorOf(await exchangeHandlers(store, createFakePorts({ openPath: path }))['exchange.import']({}));
    expect(error.message).toContain('too large');
    expect(store.writes).toEqual([]);
  });

  it('returns io when the chosen file cannot be read', async () => {
    const store = createFakeStore();
    const ports = createFakePorts({ openPath: join(folder, 'vanished.powermap') });
    expect(errorOf(await exchangeHandlers(store, ports)['exchange.import']({})).code).toBe('io');
  });
});
