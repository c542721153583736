import { chmodSync, mkdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDatabase } from './health';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { bytesOf, overwritePage, rootPageOf, writeSampleDatabase } from './safety-test-support';
import { createStore } from './sqlite-store';
import { makeTempDir, storeErrorFrom } from './test-support';


let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  mkdirSync(dirname(temp.dbPath), { recursive: true });
});
afterEach(() => temp.remove());

/** The check's decision, and proof that making it wrote nothing. */
function checkLeavesFileAlone(path = temp.dbPath) {
  const before = bytesOf(path);
  const check = checkDatabase(path);
  expect(bytesOf(path).equals(before)).toBe(true);
  return check;
}

describe('the check at start decides what to do with each kind of file, writing nothing', () => {
  it('a healthy database: ok, with its schema version and counts', () => {
    writeSampleDatabase(temp.dbPath, 3);
    const check = checkDatabase(temp.dbPath);
    expect(check).toMatchObject({ ok: true, status: 'healthy', schemaVersion: LATEST_SCHEMA_VERSION, accounts: 3, people: 6, fullCheck: true, problems: [] });
  });

  it('no file yet: new', () => {
    expect(checkDatabase(temp.dbPath)).toMatchObject({ ok: true, status: 'new' });
  });

  it('a truncated file: damaged', () => {
    writeSampleDatabase(temp.dbPath, 20);
    truncateSync(temp.dbPath, Math.floor(statSync(temp.dbPath).size / 2));
    const check = checkLeavesFileAlone();
    expect(check.ok).toBe(false);
    expect(check.status).toBe('damaged');
  });

  it("one page of the people table overwritten: damaged, with SQLite's findings", () => {
    writeSampleDatabase(temp.dbPath, 20);
    overwritePage(temp.dbPath, rootPageOf(temp.dbPath, 'people'));
    const check = checkLeavesFileAlone();
    expect(check.status).toBe('damaged');
    expect(check.problems.length).toBeGreaterThan(0);
  });

  it('a zero-length file: recognised, not turned into a database', () => {
    writeFileSync(temp.dbPath, '');
    expect(checkLeavesFileAlone()).toMatchObject({ ok: false, status: 'empty-file' });
    expect(statSync(temp.dbPath).size).toBe(0);
  });

  it('a file that is not SQLite at all', () => {
    writeFileSync(temp.dbPath, 'name,title\nZhang,CIO\n');
    expect(checkLeavesFileAlone()).toMatchObject({ ok: false, status: 'not-a-database' });
  });

  it("another program's SQLite database: foreign", () => {
    const db = new Database(temp.dbPath);
    db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'x')");
    db.close();
    expect(checkLeavesFileAlone()).toMatchObject({ ok: false, status: 'foreign' });
  });

  it('a database from a newer Power Map', () => {
    writeSampleDatabase(temp.dbPath);
    const db = new Database(temp.dbPath);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'from-the-future', '2030-01-01')").run();
    db.close();
    expect(checkLeavesFileAlone()).toMatchObject({ ok: false, status: 'newer-database', schemaVersion: 99 });
  });

  it('a database another connection holds the write lock of: locked, within about a second', () => {
    writeSampleDatabase(temp.dbPath);
    const holder = new Database(temp.dbPath);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const started = Date.now();
      const check = checkDatabase(temp.dbPath);
      expect(check).toMatchObject({ ok: false, status: 'locked' });
      expect(Date.now() - started).toBeLessThan(2_500);
      // The store refuses edits with a code, not SQLite's text.
      const error = storeErrorFrom(() => createStore(temp.dbPath));
      expect(error.code).toBe('locked');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('a database another program holds: the check names the program', async () => {
    writeSampleDatabase(temp.dbPath);
    const child = spawn('sqlite3', [temp.dbPath], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.write('BEGIN EXCLUSIVE;\nSELECT 1;\n');
    await new Promise((resolve) => child.stdout.once('data', resolve));
    try {
      const check = checkDatabase(temp.dbPath);
      expect(check.status).toBe('locked');
      expect(check.lockHolder).toBe('sqlite3');
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('an edit while another program holds the lock', () => {
  it('is refused with the code "locked" after about a second, not SQLite\'s text after five', () => {
    writeSampleDatabase(temp.dbPath);
    const store = createStore(temp.dbPath);
    const holder = new Database(temp.dbPath);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const started = Date.now();
      const error = storeErrorFrom(() => store.setSettings({ theme: 'dark' }));
      expect(error.code).toBe('locked');
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      store.close();
    }
  });
});

describe('a database this user may not write', () => {
  it('is checked as read-only and opens read-only; an edit is refused with a code', async () => {
    writeSampleDatabase(temp.dbPath);
    chmodSync(temp.dir, 0o755);
    chmodSync(dirname(temp.dbPath), 0o555);
    chmodSync(temp.dbPath, 0o444);
    // This test runs as root, who may write anything: the check runs as an ordinary user instead.
    const script = `
      const { checkDatabase } = await import('./node/db/health.ts');
      const { createStore } = await import('./node/db/sqlite-store.ts');
      const check = checkDatabase(${JSON.stringify(temp.dbPath)});
      const store = createStore(${JSON.stringify(temp.dbPath)}, { readOnly: true });
      let refused = null;
      try { store.setSettings({ theme: 'dark' }); } catch (error) { refused = error.code; }
      process.stdout.write(JSON.stringify({ status: check.status, accounts: store.listAccounts().length, refused }));`;
    const before = bytesOf(temp.dbPath);
    const output = await runAsNobody(script);
    expect(JSON.parse(output)).toEqual({ status: 'read-only', accounts: 3, refused: 'read-only' });
    expect(bytesOf(temp.dbPath).equals(before)).toBe(true);
  }, 30_000);
});

function runAsNobody(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      uid: process.getuid?.() === 0 ? 65534 : undefined,
      gid: process.getuid?.() === 0 ? 65534 : undefined,
      env: { ...process.env, HOME: '/tmp' },
    } as Parameters<typeof spawn>[2]);
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk) => (out += chunk));
    child.stderr?.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
  });
}
