import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { findBackups } from '../../node/db/backup';
import { openDatabaseSession } from '../../node/db/session';
import { createStore } from '../../node/db';
import { overwritePage, rootPageOf } from '../../node/db/safety-test-support';
import { seedDemoIfEmpty } from '../../electron/main/seed';
import { expect, test } from './harness';

/**
 * A damaged database at start: the recovery screen in the app's language instead of an error box,
 * the backups with their date and contents, and the way back to work (open the latest backup, or
 * salvage), with the damaged file's bytes kept as they were.
 */

const shots = 'test/artifacts';
mkdirSync(shots, { recursive: true });

/** A database with the demo account, one backup of it beside it, then one page of its people table overwritten. */
async function damagedDatabaseWithBackup(dbPath: string, locale: string): Promise<Buffer> {
  const store = createStore(dbPath);
  seedDemoIfEmpty(store, locale, '2026-11-22');
  store.close();
  const session = await openDatabaseSession(dbPath);
  await expect.poll(() => findBackups(dbPath).length).toBe(1);
  session.close();
  overwritePage(dbPath, rootPageOf(dbPath, 'people'));
  return readFileSync(dbPath);
}

test('a damaged database opens the recovery screen; the latest backup brings the accounts back', async ({ app }) => {
  const damaged = await damagedDatabaseWithBackup(app.dbPath, 'en-US');
  await app.launch({ locale: 'en-US' });
  const { page } = app;

  const screen = page.getByTestId('recovery-screen');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('alert')).toHaveText('The database file is damaged. Power Map has not written to it.');
  await expect(page.getByTestId('backup-list').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('backup-list')).toContainText(/^[^·]*1 account · \d+ people/);
  await page.screenshot({ path: `${shots}/recovery-damaged-en.png` });

  await page.getByRole('button', { name: 'Open this backup' }).click();
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(page.getByTestId('account-row')).toContainText('Eastlake University');
  // The damaged file was renamed aside, byte for byte as it was.
  const aside = readdirSync(app.dir).find((name) => name.includes('.before-restore-'))!;
  expect(readFileSync(join(app.dir, aside)).equals(damaged)).toBe(true);
});

test('the recovery screen speaks 简体中文 and salvages what can be read', async ({ app }) => {
  await damagedDatabaseWithBackup(app.dbPath, 'zh-CN');
  await app.launch({ locale: 'zh-CN' });
  const { page } = app;

  await expect(page.getByTestId('recovery-screen').getByRole('alert')).toHaveText('数据库文件已损坏。Power Map 没有写入它。');
  await expect(page.getByRole('button', { name: '打开此备份' })).toBeVisible();
  await page.screenshot({ path: `${shots}/recovery-damaged-zh-CN.png` });

  await page.getByRole('button', { name: '抢救可读取的数据' }).click();
  await expect(page.getByTestId('salvage-report')).toContainText('已抢救到新数据库：1 个客户');
  await page.screenshot({ path: `${shots}/recovery-salvaged-zh-CN.png` });
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByTestId('account-row')).toHaveCount(1);
});

/** The demo database, with another program's write lock held on it from outside the app's connections. */
function lockedDemoDatabase(dbPath: string, locale: string): { release(): void } {
  const store = createStore(dbPath);
  seedDemoIfEmpty(store, locale, '2026-11-22');
  store.close();
  const holder = new Database(dbPath);
  holder.exec('BEGIN EXCLUSIVE');
  return {
    release() {
      holder.exec('ROLLBACK');
      holder.close();
    },
  };
}

test('a database another program holds opens the recovery screen saying so; Try again opens it once released', async ({ app }) => {
  const lock = lockedDemoDatabase(app.dbPath, 'en-US');
  try {
    await app.launch({ locale: 'en-US' });
    await expect(app.page.getByTestId('recovery-screen').getByRole('alert')).toContainText('is using the database file. Close it, then try again.');
    await app.page.screenshot({ path: `${shots}/recovery-locked-en.png` });
  } finally {
    lock.release();
  }
  await app.page.getByRole('button', { name: 'Try again' }).click();
  await expect(app.page.getByTestId('account-row')).toHaveCount(1);
});

test('the locked database is named in 简体中文', async ({ app }) => {
  const lock = lockedDemoDatabase(app.dbPath, 'zh-CN');
  try {
    await app.launch({ locale: 'zh-CN' });
    await expect(app.page.getByTestId('recovery-screen').getByRole('alert')).toContainText('正在使用数据库文件。请关闭它后重试。');
    await app.page.screenshot({ path: `${shots}/recovery-locked-zh-CN.png` });
  } finally {
    lock.release();
  }
});
