import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDbKey } from '../../../node/db/db-key';
import { checkDatabase } from '../../../node/db/health';
import { openDatabaseSession, type DatabaseSession } from '../../../node/db/session';
import { createStore } from '../../../node/db';
import { machineSealer } from '../../../test/support/machine-sealer';
import { keyFilePathFor, loadOrCreateDbKey, type DbKeyState } from '../db-key-store';
import { errorResult } from './errors';
import { safetyHandlers, type SafetyPorts } from './safety';
import { createFakePorts } from './testing/fake-ports';

const KEY = parseDbKey('9a'.repeat(32))!;
let dir: string;
let session: DatabaseSession;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'power-map-key-ipc-'));
});
afterEach(async () => {
  session.close();
  await session.backgroundSettled();
  // Retries: a backup the session started in the background may still be writing its file.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

function ports(savePath: string | null, key: string | null): SafetyPorts {
  return { quit: () => undefined, chooseDatabase: async () => null, openDatabase: () => undefined, keyStore: 'os', recoveryKey: () => key, chooseRecoveryKeyPath: async () => savePath };
}

describe('Settings: data security over IPC', () => {
  it('saves the recovery key, readable by this user only, and it opens the database', async () => {
    const dbPath = join(dir, 'power-map.sqlite3');
    session = await openDatabaseSession(dbPath, { key: KEY });
    session.current()!.setSettings({ theme: 'dark' });
    const target = join(dir, 'key.txt');
    const handlers = safetyHandlers(session, createFakePorts(), ports(target, KEY));
    expect(await handlers['safety.encryption']({})).toEqual({ ok: true, value: { encrypted: true, keyStore: 'os' } });
    expect(await handlers['safety.saveRecoveryKey']({})).toEqual({ ok: true, value: { path: target } });
    expect(readFileSync(target, 'utf8')).toBe(`${KEY}\n`);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o077).toBe(0);
    expect(checkDatabase(dbPath, { key: parseDbKey(readFileSync(target, 'utf8'))!, probeLock: false })).toMatchObject({ ok: true, encrypted: true });
  });

  it('a plain database has no key to save; a cancelled dialog writes nothing', async () => {
    session = await openDatabaseSession(join(dir, 'plain.sqlite3'));
    const plain = safetyHandlers(session, createFakePorts(), ports(join(dir, 'k.txt'), null));
    expect(await plain['safety.saveRecoveryKey']({})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const cancelled = safetyHandlers(session, createFakePorts(), ports(null, KEY));
    expect(await cancelled['safety.saveRecoveryKey']({})).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});

describe('Open with recovery key (needs-key)', () => {
  const thisMachine = machineSealer(Buffer.alloc(32, 3));
  const otherMachine = machineSealer(Buffer.alloc(32, 4));

  /** A database encrypted with KEY on another machine, whose sealed key file came along and does not open here. */
  async function broughtFromAnotherMachine() {
    const dbPath = join(dir, 'power-map.sqlite3');
    const store = createStore(dbPath, { key: KEY });
    store.setSettings({ theme: 'dark' });
    store.close();
    writeFileSync(keyFilePathFor(dbPath), otherMachine.encryptString(KEY));
    const start = loadOrCreateDbKey(dbPath, thisMachine);
    expect(start).toMatchObject({ key: null, problem: 'key-unreadable' });
    session = await openDatabaseSession(dbPath);
    expect(session.state().problem?.code).toBe('needs-key');
    return dbPath;
  }

  function handlersWith(keyFile: string | null) {
    const adopted: DbKeyState[] = [];
    const safetyPorts: SafetyPorts = { ...ports(null, null), chooseRecoveryKeyFile: async () => keyFile, sealer: thisMachine, keyAdopted: (state) => adopted.push(state) };
    return { handlers: safetyHandlers(session, createFakePorts(), safetyPorts), adopted };
  }

  it('refuses a malformed file and a key that does not open the database, changing nothing', async () => {
    const dbPath = await broughtFromAnotherMachine();
    const sealedBefore = readFileSync(keyFilePathFor(dbPath));
    const dbBefore = readFileSync(dbPath);
    const malformed = join(dir, 'notes.txt');
    writeFileSync(malformed, 'not a key\n');
    const wrong = join(dir, 'other-key.txt');
    writeFileSync(wrong, `${'aa'.repeat(32)}\n`);

    const first = handlersWith(malformed);
    expect(await first.handlers['safety.openWithRecoveryKey']({})).toMatchObject({ ok: false, error: { code: 'invalid-file', key: 'safety.recoveryKey.malformed' } });
    const second = handlersWith(wrong);
    expect(await second.handlers['safety.openWithRecoveryKey']({})).toMatchObject({ ok: false, error: { code: 'needs-key', key: 'safety.recoveryKey.wrong' } });
    expect([...first.adopted, ...second.adopted]).toEqual([]);
    expect(readFileSync(keyFilePathFor(dbPath)).equals(sealedBefore)).toBe(true);
    expect(readFileSync(dbPath).equals(dbBefore)).toBe(true);
    expect(session.state().mode).toBe('recovery');
    // Other calls are refused as needs-key, not as a damaged file.
    expect(await first.handlers['safety.backupNow']({}).catch(errorResult)).toMatchObject({ ok: false, error: { code: 'needs-key' } });
  });

  it('adopts the right key: the database opens now, and at the next start with the key sealed on this machine', async () => {
    const dbPath = await broughtFromAnotherMachine();
    const keyFile = join(dir, 'power-map-recovery-key.txt');
    writeFileSync(keyFile, `  ${KEY.toUpperCase()}\r\n`);
    const { handlers, adopted } = handlersWith(keyFile);
    expect(await handlers['safety.openWithRecoveryKey']({})).toMatchObject({ ok: true, value: { mode: 'normal', encrypted: true, problem: null } });
    expect(session.current()!.getSettings().theme).toBe('dark');
    expect(adopted).toEqual([{ key: KEY, keyStore: 'os', problem: null }]);
    session.close();
    await session.backgroundSettled();

    expect(existsSync(keyFilePathFor(dbPath))).toBe(true);
    const next = loadOrCreateDbKey(dbPath, thisMachine);
    expect(next).toMatchObject({ key: KEY, problem: null });
    session = await openDatabaseSession(dbPath, { key: next.key! });
    expect(session.state()).toMatchObject({ mode: 'normal', encrypted: true });
  });
});
