import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness';
import { clickNode, painted, snapshot } from './map-driver';

/** A privacy request from the panel: export everything held about a person, then erase them for good. */

const shots = 'test/artifacts';
mkdirSync(shots, { recursive: true });

const filesHolding = (dir: string, text: string) =>
  readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && readFileSync(path).includes(Buffer.from(text)));

test("exports a person's data, then erases them: gone from the map, the undo history and the database file", async ({ app }) => {
  test.setTimeout(180_000);
  await app.launch({ locale: 'en-US' });
  const { page } = app;
  await page.getByTestId('account-row').filter({ hasText: 'Eastlake University' }).getByTestId('account-open').click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await snapshot(page);
  await painted(page);
  await clickNode(page, 'Wang Jianguo');
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');

  // An edit of theirs on the undo stack: undo must not bring it (or them) back after the erasure.
  await page.getByTestId('field-title').fill('Vice President, IT');
  await page.getByTestId('field-title').press('Enter');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  app.dialogs.savePath = join(app.dir, 'wang.json');
  await page.getByTestId('person-export-data').click();
  await expect(page.getByText('Saved everything held about Wang Jianguo')).toBeVisible();
  const exported = JSON.parse(readFileSync(app.dialogs.savePath, 'utf8'));
  expect(exported.person).toMatchObject({ name: 'Wang Jianguo', title: 'Vice President, IT' });

  await page.getByTestId('person-erase').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('cannot be undone');
  await page.screenshot({ path: `${shots}/erase-person-confirm-en.png` });
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByText('Wang Jianguo was erased')).toBeVisible();
  await expect.poll(async () => (await snapshot(page)).nodes.some((n) => n.label === 'Wang Jianguo')).toBe(false);

  // Undo cannot bring them back, and no file of the database holds their name.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await snapshot(page)).nodes.some((n) => n.label === 'Wang Jianguo')).toBe(false);
  expect(filesHolding(app.dir, 'Wang Jianguo').map((path) => path.split('/').at(-1))).toEqual(['wang.json']);
});
