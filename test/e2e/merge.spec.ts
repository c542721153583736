import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createStore } from '../../node/db';
import { DEMO_ACCOUNT_ID } from '../../shared/demo/ids';
import { addPerson, newAccount, newPerson, updatePerson } from '../../shared/edit';
import { serializeAccountFile } from '../../shared/exchange';
import { expect, test } from './harness';
import { openDemo, painted, snapshot } from './map-driver';

/**
 * Issue 12, point 7: a colleague's copy, merged. The colleague got the demo as a file (same ids, its
 * history) and edited it in their own database with the app's own ops: the coach turned opponent, the IT
 * director got a new title, Wang Jianguo's influence moved and a person joined. Meanwhile I changed Wang
 * Jianguo's title. Importing their file offers to merge; the dialog lists the differences in words with
 * mine / theirs; I keep my IT director and take the rest; one Undo takes the whole merge back, Redo puts it
 * again. A file of another account cannot be merged, a broken one is refused; nothing is written.
 * Screenshots in English and 简体中文 at 1366x768.
 */

const SHOTS = 'docs/screenshots';
mkdirSync(SHOTS, { recursive: true });
const COACH = 'demo-p-appdev-chief';
const DIRECTOR = 'demo-p-it-director';

const node = async (page: Page, id: string) => (await snapshot(page)).nodes.find((n) => n.id === id);

test('a colleague\'s copy is merged record by record, as one undo step', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.launch({ locale: 'en-US' });
  const stored = () => app.store().openAccount(DEMO_ACCOUNT_ID)!;
  const demo = stored();
  const wang = demo.people.find((p) => p.name === 'Wang Jianguo')!;
  const director = demo.people.find((p) => p.id === DIRECTOR)!;
  const coach = demo.people.find((p) => p.id === COACH)!;

  // The colleague's copy: my file imported in their database, then edited there.
  const colleague = createStore(join(app.dir, 'colleague.sqlite3'), { defaultActor: 'Chen Li' });
  colleague.importAccount(demo, app.store().history(DEMO_ACCOUNT_ID));
  let theirs = colleague.openAccount(DEMO_ACCOUNT_ID)!;
  colleague.applyOps(updatePerson(theirs, COACH, { attitude: 'opponent' }).forward);
  colleague.applyOps(updatePerson(theirs, DIRECTOR, { title: 'Chief Information Officer' }).forward);
  colleague.applyOps(updatePerson(theirs, wang.id, { influence: wang.influence === 5 ? 4 : 5 }).forward);
  const zhou = newPerson(DEMO_ACCOUNT_ID, { name: 'Zhou Min', title: 'Lab manager', layer: 'implementation', attitude: 'supporter' });
  colleague.applyOps(addPerson(theirs, zhou).forward);
  // And the next steps agreed in their week with twelve more people: a list longer than the screen.
  const planned = demo.people.filter((p) => ![COACH, DIRECTOR, wang.id].includes(p.id)).slice(0, 12);
  for (const [n, p] of planned.entries()) colleague.applyOps(updatePerson(theirs, p.id, { nextStep: `Lunch with Chen Li, week ${n + 1}` }).forward);
  theirs = colleague.openAccount(DEMO_ACCOUNT_ID)!;
  const file = join(app.dir, 'Eastlake University (Chen Li).powermap');
  writeFileSync(file, serializeAccountFile(theirs, new Date().toISOString(), colleague.history(DEMO_ACCOUNT_ID), colleague.planOf(DEMO_ACCOUNT_ID)));
  colleague.close();

  // Meanwhile, mine: Wang Jianguo's title.
  await openDemo(page);
  app.store().applyOps(updatePerson(stored(), wang.id, { title: 'Vice President, IT' }).forward);
  await page.getByTestId('toolbar-back').click();

  // Import: the account is here, so the app offers to merge (nothing written yet).
  const recordsBefore = app.store().history(DEMO_ACCOUNT_ID).length;
  app.dialogs.openPath = file;
  await page.getByTestId('toolbar-import').click();
  const offer = page.getByTestId('merge-offer');
  await expect(offer).toContainText('is already here');
  await page.screenshot({ path: `${SHOTS}/merge-offer-en.png` });
  expect(app.store().listAccounts()).toHaveLength(1);
  expect(app.store().history(DEMO_ACCOUNT_ID)).toHaveLength(recordsBefore);
  await page.getByTestId('merge-offer-merge').click();

  // The differences, record by record, in words, with who changed what and the default choice.
  const dialog = page.getByTestId('merge-dialog');
  await expect(dialog).toBeVisible();
  const item = (id: string) => dialog.locator(`[data-testid="merge-item"][data-key="person:${id}"]`);
  await expect(item(COACH)).toContainText(`${coach.name}: attitude`);
  await expect(item(COACH)).toContainText('-> Opponent');
  await expect(item(COACH)).toHaveAttribute('data-changed-by', 'theirs');
  await expect(item(COACH).getByTestId('merge-theirs')).toBeChecked();
  await expect(item(DIRECTOR)).toContainText('title');
  await expect(item(DIRECTOR)).toContainText('Chief Information Officer');
  await expect(item(DIRECTOR).getByTestId('merge-theirs')).toBeChecked();
  await expect(item(wang.id)).toHaveAttribute('data-changed-by', 'both');
  await expect(item(wang.id)).toContainText('Conflict');
  await expect(item(wang.id).getByTestId('merge-mine')).toBeChecked();
  await expect(item(zhou.id)).toContainText('Zhou Min added');
  await expect(item(planned[0]!.id)).toContainText('next step');
  await expect(dialog.getByTestId('merge-summary')).toContainText('16 differences · 1 conflict · taking theirs for 15 records');
  // At 1366x768 the list scrolls and the buttons stay in view.
  const list = dialog.getByTestId('merge-list');
  expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expect(dialog.getByTestId('merge-apply')).toBeInViewport();
  await item(planned.at(-1)!.id).scrollIntoViewIfNeeded();
  await expect(dialog.getByTestId('merge-apply')).toBeInViewport();
  await list.evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/merge-en.png` });

  // Mine for the IT director, theirs (the default) for the coach; Enter applies.
  await item(DIRECTOR).getByTestId('merge-mine').check();
  await expect(dialog.getByTestId('merge-summary')).toContainText('taking theirs for 14 records');
  await item(DIRECTOR).getByTestId('merge-mine').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: '14 records taken from theirs' })).toBeVisible();
  const after = stored();
  expect(after.people.find((p) => p.id === COACH)!.attitude).toBe('opponent');
  expect(after.people.find((p) => p.id === DIRECTOR)!.title).toBe(director.title);
  expect(after.people.find((p) => p.id === wang.id)!).toMatchObject({ title: 'Vice President, IT', influence: wang.influence });
  expect(after.people.some((p) => p.id === zhou.id)).toBe(true);
  expect(after.people.find((p) => p.id === planned[0]!.id)!.nextStep).toBe('Lunch with Chen Li, week 1');
  expect(app.store().historyContradictions(DEMO_ACCOUNT_ID)).toEqual([]);
  // The map shows it: the coach drawn as an opponent, Zhou Min on the map.
  await expect.poll(async () => (await node(page, COACH))?.classes).toContain('att-opponent');
  await expect.poll(async () => (await node(page, zhou.id))?.label).toBe('Zhou Min');

  // One undo takes the whole merge back; redo puts it again.
  await page.getByTestId('toolbar-undo').click();
  await expect.poll(async () => (await node(page, zhou.id)) ?? null).toBeNull();
  await expect.poll(async () => (await node(page, COACH))?.classes).toContain(`att-${coach.attitude}`);
  await expect.poll(() => stored().people.find((p) => p.id === COACH)!.attitude).toBe(coach.attitude);
  expect(stored().people.some((p) => p.id === zhou.id)).toBe(false);
  expect(stored().people.find((p) => p.id === wang.id)!.title).toBe('Vice President, IT');
  expect(stored().people.find((p) => p.id === planned[0]!.id)!.nextStep).toBe(planned[0]!.nextStep);
  await page.getByTestId('toolbar-redo').click();
  await expect.poll(async () => (await node(page, zhou.id))?.label).toBe('Zhou Min');
  await expect.poll(() => stored().people.find((p) => p.id === COACH)!.attitude).toBe('opponent');
  await painted(page);

  for (const close of await page.getByTestId('toast-close').all()) await close.click();
  // In 简体中文, from the History tab: the same file again lists what still differs; Esc leaves it, nothing written.
  await page.getByTestId('toolbar-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByTestId('tab-history').click();
  app.dialogs.openPath = file;
  await page.getByTestId('merge-from-file').click();
  await expect(dialog).toBeVisible();
  await expect(item(DIRECTOR)).toContainText('职位');
  await expect(item(wang.id)).toContainText('冲突');
  await expect(dialog.getByTestId('merge-apply')).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/merge-zh-CN.png` });
  const recordsNow = app.store().history(DEMO_ACCOUNT_ID).length;
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(app.store().history(DEMO_ACCOUNT_ID)).toHaveLength(recordsNow);

  // A file of another account cannot be merged: told by its key, nothing written.
  const other = join(app.dir, 'other.powermap');
  writeFileSync(other, serializeAccountFile({ account: newAccount({ name: 'Other Co' }), competitors: [], team: [], people: [], links: [] }, new Date().toISOString()));
  app.dialogs.openPath = other;
  await page.getByTestId('merge-from-file').click();
  await expect(page.getByTestId('toast').filter({ hasText: '此文件属于另一个客户' })).toHaveAttribute('data-tone', 'error');
  await expect(dialog).toBeHidden();
  expect(app.store().listAccounts()).toHaveLength(1);
  expect(app.store().history(DEMO_ACCOUNT_ID)).toHaveLength(recordsNow);

  // A broken file is refused by the import as by the merge; nothing written.
  const broken = join(app.dir, 'broken.powermap');
  writeFileSync(broken, '{ "format": "power-map", "version": 1, "account": { "id": "demo-account" ');
  app.dialogs.openPath = broken;
  await page.getByTestId('merge-from-file').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'JSON' })).toHaveAttribute('data-tone', 'error');
  await page.getByTestId('toolbar-back').click();
  await page.getByTestId('toolbar-import').click();
  await expect(page.getByTestId('merge-offer')).toBeHidden();
  expect(app.store().listAccounts()).toHaveLength(1);
  expect(app.store().history(DEMO_ACCOUNT_ID)).toHaveLength(recordsNow);
});
