import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../node/db';
import { parseDbKey } from '../../node/db/db-key';
import { machineSealer } from '../../test/support/machine-sealer';
import { keyFilePathFor, loadOrCreateDbKey } from './db-key-store';

const thisMachine = machineSealer(Buffer.alloc(32, 7));
let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'power-map-key-'));
  dbPath = join(dir, 'power-map.sqlite3');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the database key kept by the OS', () => {
  it('is made at first start, sealed beside the database, and read back the same at the next', () => {
    const first = loadOrCreateDbKey(dbPath, thisMachine);
    expect(first).toMatchObject({ keyStore: 'os', problem: null });
    expect(parseDbKey(first.key!)).toBe(first.key);
    const sealed = readFileSync(keyFilePathFor(dbPath));
    expect(sealed.includes(Buffer.from(first.key!))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(keyFilePathFor(dbPath)).mode & 0o077).toBe(0);
    expect(loadOrCreateDbKey(dbPath, thisMachine).key).toBe(first.key);
  });

  it('two first starts make different keys (randomBytes)', () => {
    const a = loadOrCreateDbKey(dbPath, thisMachine).key;
    const b = loadOrCreateDbKey(join(dir, 'other', 'power-map.sqlite3'), thisMachine).key;
    expect(a).not.toBe(b);
  });

  it("another machine's sealed key does not open here and is never replaced", () => {
    loadOrCreateDbKey(dbPath, machineSealer(Buffer.alloc(32, 9)));
    const sealed = readFileSync(keyFilePathFor(dbPath));
    expect(loadOrCreateDbKey(dbPath, thisMachine)).toEqual({ key: null, keyStore: 'os', problem: 'key-unreadable' });
    expect(readFileSync(keyFilePathFor(dbPath)).equals(sealed)).toBe(true);
  });

  it('an encrypted database whose key file is gone gets no new key (its recovery key opens it)', () => {
    const key = loadOrCreateDbKey(dbPath, thisMachine).key!;
    createStore(dbPath, { key }).close();
    rmSync(keyFilePathFor(dbPath));
    expect(loadOrCreateDbKey(dbPath, thisMachine)).toMatchObject({ key: null, problem: 'key-missing' });
  });

  it('a plain database from before gets a key (it is encrypted at start)', () => {
    createStore(dbPath).close();
    expect(loadOrCreateDbKey(dbPath, thisMachine).key).not.toBeNull();
  });

  it("says when Linux has no real secret store (basic_text), and keeps the database plain when sealing is unavailable", () => {
    expect(loadOrCreateDbKey(dbPath, machineSealer(Buffer.alloc(32, 7), 'basic_text')).keyStore).toBe('plain-text');
    const none = loadOrCreateDbKey(join(dir, 'b', 'x.sqlite3'), machineSealer(Buffer.alloc(32, 7), 'unknown', false));
    expect(none).toEqual({ key: null, keyStore: 'none', problem: 'no-secret-store' });
  });

  it('a key file that is not a sealed key is unreadable', () => {
    writeFileSync(keyFilePathFor(dbPath), 'garbage');
    expect(loadOrCreateDbKey(dbPath, thisMachine).problem).toBe('key-unreadable');
  });
});
