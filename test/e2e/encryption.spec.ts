import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStore } from '../../node/db';
import { parseDbKey } from '../../node/db/db-key';
import { holdsText } from '../../node/db/decrypt-for-tests';
import { checkDatabase } from '../../node/db/health';
import { seedDemoIfEmpty } from '../../electron/main/seed';
import { expect, test } from './harness';

/**
 * Encryption at rest as the user meets it: Settings says the database is encrypted (and, on a Linux
 * without a secret store, that the key is only weakly kept), Save recovery key… writes the key the
 * command line opens the file with, and a database whose key this computer lacks opens the recovery
 * screen, untouched, where its recovery key file opens it.
 */

const shots = 'test/artifacts';
mkdirSync(shots, { recursive: true });
const KEY = parseDbKey('4d'.repeat(32))!;

test('Settings says the database is encrypted and saves the recovery key that opens it', async ({ app }) => {
  await app.launch({ locale: 'en-US', dbKey: { key: KEY, keyStore: 'plain-text' } });
  const { page } = app;
  await expect(page.getByTestId('account-row')).toHaveCount(1);

  await page.getByTestId('toolbar-security').click();
  const settings = page.getByTestId('security-settings');
  await expect(settings.getByTestId('encryption-status')).toHaveText('The database and its backups are encrypted on disk.');
  await expect(settings.getByTestId('key-store-warning')).toContainText('This system has no secret store (basic_text)');
  await page.screenshot({ path: `${shots}/security-settings-en.png` });

  app.dialogs.savePath = join(app.dir, 'recovery-key.txt');
  await settings.getByRole('button', { name: 'Save recovery key…' }).click();
  await expect(page.getByText('Recovery key saved')).toBeVisible();
  const saved = readFileSync(join(app.dir, 'recovery-key.txt'), 'utf8');
  expect(parseDbKey(saved)).toBe(KEY);

  // No file of the database shows the demo's names; the saved key opens it with the demo inside.
  const files = [app.dbPath, `${app.dbPath}-wal`, ...(existsSync(join(app.dir, 'backups')) ? readdirSync(join(app.dir, 'backups')).map((n) => join(app.dir, 'backups', n)) : [])].filter(existsSync);
  for (const file of files) expect(holdsText(readFileSync(file), 'Eastlake'), file).toBe(false);
  expect(checkDatabase(app.dbPath, { key: parseDbKey(saved)!, probeLock: false })).toMatchObject({ accounts: 1, encrypted: true });
});

test('Settings in 简体中文', async ({ app }) => {
  await app.launch({ locale: 'zh-CN', dbKey: { key: KEY, keyStore: 'os' } });
  const { page } = app;
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await page.getByTestId('toolbar-security').click();
  const settings = page.getByTestId('security-settings');
  await expect(settings.getByTestId('encryption-status')).toHaveText('数据库及其备份已在磁盘上加密。密钥由系统的密钥存储保管。');
  await expect(settings.getByTestId('key-store-warning')).toHaveCount(0);
  await expect(settings.getByRole('button', { name: '保存恢复密钥…' })).toBeVisible();
  await page.screenshot({ path: `${shots}/security-settings-zh-CN.png` });
});

/** A database encrypted with KEY whose key this computer does not hold (made on another one). */
function encryptedElsewhere(dbPath: string): Buffer {
  const store = createStore(dbPath, { key: KEY });
  seedDemoIfEmpty(store, 'en-US', '2026-11-22');
  store.close();
  return readFileSync(dbPath);
}

test('an encrypted database without its key opens the recovery screen, untouched, and its recovery key opens it', async ({ app }) => {
  const before = encryptedElsewhere(app.dbPath);
  await app.launch({ locale: 'en-US' });
  const { page } = app;
  const screen = page.getByTestId('recovery-screen');
  await expect(screen.getByRole('alert')).toContainText('The database is encrypted, and the key kept on this computer does not open it');
  expect(readFileSync(app.dbPath).equals(before)).toBe(true);

  // Another database's key is refused, and nothing changes.
  app.dialogs.openPath = join(app.dir, 'other-key.txt');
  writeFileSync(app.dialogs.openPath, `${'77'.repeat(32)}\n`);
  await screen.getByRole('button', { name: 'Open with recovery key…' }).click();
  await expect(screen.getByTestId('recovery-key-refusal')).toHaveText('That recovery key does not open this database. It belongs to another database; nothing was changed.');
  await page.screenshot({ path: `${shots}/recovery-needs-key-en.png` });
  expect(readFileSync(app.dbPath).equals(before)).toBe(true);

  app.dialogs.openPath = join(app.dir, 'power-map-recovery-key.txt');
  writeFileSync(app.dialogs.openPath, `${KEY}\n`);
  await screen.getByRole('button', { name: 'Open with recovery key…' }).click();
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await expect(page.getByTestId('recovery-screen')).toHaveCount(0);
});

test('the needs-key recovery screen in 简体中文 refuses a file that is not a key', async ({ app }) => {
  encryptedElsewhere(app.dbPath);
  await app.launch({ locale: 'zh-CN' });
  const { page } = app;
  const screen = page.getByTestId('recovery-screen');
  await expect(screen.getByRole('alert')).toContainText('数据库已加密');
  app.dialogs.openPath = join(app.dir, 'notes.txt');
  writeFileSync(app.dialogs.openPath, 'Eastlake meeting notes\n');
  await screen.getByRole('button', { name: '用恢复密钥打开…' }).click();
  await expect(screen.getByTestId('recovery-key-refusal')).toHaveText('该文件不是恢复密钥。恢复密钥文件包含 64 个字符（0–9 和 a–f）。');
  await page.screenshot({ path: `${shots}/recovery-needs-key-zh-CN.png` });
});
