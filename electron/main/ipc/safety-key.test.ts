import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDbKey } from '../../../node/db/db-key';
import { checkDatabase } from '../../../node/db/health';
import { openDatabaseSession, type DatabaseSession } from '../../../node/db/session';
import { safetyHandlers, type SafetyPorts } from './safety';
import { createFakePorts } from './testing/fake-ports';

const KEY = parseDbKey('9a'.repeat(32))!;
let dir: string;
let session: DatabaseSession;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'power-map-key-ipc-'));
});
afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
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
