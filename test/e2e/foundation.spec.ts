import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { clickNode, doubleClickBand, drawLink, drawing, nodeNamed, painted, snapshot } from './map-driver';

/**
 * Issue 2's acceptance path, through the UI only: the real renderer in Chromium, the real main-process
 * handlers and a real SQLite file (see harness.ts).
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

async function openAccount(page: Page, name: string) {
  await page.getByTestId('account-row').filter({ hasText: name }).getByTestId('account-open').click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await snapshot(page);
  await painted(page);
}

/** Names the person just added (the panel shows them), then sets what the step gives. */
async function fillPerson(page: Page, fields: { name: string; roles?: string[]; attitude?: string }) {
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  const name = page.getByTestId('field-name');
  await name.fill(fields.name);
  await name.press('Enter');
  for (const role of fields.roles ?? []) await page.getByTestId(`field-role-${role}`).check();
  if (fields.attitude) await page.getByTestId('field-attitude').selectOption(fields.attitude);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

test('the demo account opens on first start and draws every concept', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  await openAccount(page, 'Eastlake University');
  const view = await snapshot(page);
  expect(view.nodes.filter((n) => n.kind === 'person')).toHaveLength(17);
  expect(view.nodes.filter((n) => n.kind === 'team')).toHaveLength(3);
  expect(new Set(view.edges.map((e) => e.kind))).toEqual(new Set(['reportsTo', 'influences', 'ally', 'rival', 'covers', 'competitorTie']));
  await page.screenshot({ path: `${ARTIFACTS}/demo-map-en.png` });
});

test('a KAM builds an account by hand; it survives a restart; undo and redo a delete; 简体中文', async ({ app }) => {
  // The whole foundation path through the UI, restart included: far longer than a one-screen test.
  test.setTimeout(180_000);
  const { page } = app;
  await app.launch();
  await page.getByTestId('new-account').click();
  const title = page.getByTestId('account-name');
  await title.fill('Northwind Hospital');
  await title.press('Enter');
  await expect(page.getByTestId('map-empty-hint')).toBeVisible();

  // Six people across the four layers, each added by double-clicking in a band.
  const people = [
    { layer: 'image', slot: 2, name: 'Dr. Helen Park', roles: ['decisionMaker'], attitude: 'neutral' },
    { layer: 'decision', slot: 1, name: '陈志远', roles: ['decisionMaker'], attitude: 'skeptic' },
    { layer: 'decision', slot: 4, name: 'Omar Haddad', roles: ['influencer'], attitude: 'supporter' },
    { layer: 'implementation', slot: 2, name: 'Lena Vogel', roles: ['coach', 'user'], attitude: 'champion' },
    { layer: 'user', slot: 1, name: '王芳', roles: ['user'], attitude: 'opponent' },
    { layer: 'user', slot: 4, name: '<img src=x onerror=alert(1)>', roles: ['user'], attitude: 'unknown' },
  ] as const;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const person of people) {
    await doubleClickBand(page, person.layer, person.slot);
    await fillPerson(page, { name: person.name, roles: [...person.roles], attitude: person.attitude });
  }
  let view = await snapshot(page);
  expect(view.nodes.filter((n) => n.kind === 'person').map((n) => n.label).sort()).toEqual(people.map((p) => p.name).sort());

  // A member of our team, who covers two people.
  await page.getByTestId('toolbar-add-team').click();
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'team');
  await page.getByTestId('field-name').fill('Sam Lee');
  await page.getByTestId('field-name').press('Enter');
  await drawLink(page, 'Sam Lee', 'Lena Vogel', 'covers');
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'link');
  await page.getByTestId('field-strength').selectOption('3');
  await drawLink(page, 'Sam Lee', 'Omar Haddad', 'covers');
  await page.getByTestId('field-strength').selectOption('2');

  // Formal and informal lines.
  await drawLink(page, 'Omar Haddad', '陈志远', 'reportsTo');
  await drawLink(page, 'Lena Vogel', '陈志远', 'influences');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await painted(page);

  view = await snapshot(page);
  expect(drawing(view).edges).toEqual([
    'Lena Vogel -influences-> 陈志远',
    'Omar Haddad -reportsTo-> 陈志远',
    'Sam Lee -covers-> Lena Vogel',
    'Sam Lee -covers-> Omar Haddad',
  ]);
  // A name that looks like HTML shows as text and never runs.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}/edited-map-en.png` });
  const before = drawing(view);

  // Quit and start again on the same database file.
  await app.restart();
  await openAccount(page, 'Northwind Hospital');
  expect(drawing(await snapshot(page))).toEqual(before);
  const stored = app.store().listAccounts().find((a) => a.name === 'Northwind Hospital');
  expect(stored?.peopleCount).toBe(6);

  // Delete a person with the keyboard, undo, redo.
  await clickNode(page, 'Omar Haddad');
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  await page.getByTestId('map-area').press('Delete');
  await expect.poll(async () => (await snapshot(page)).nodes.some((n) => n.label === 'Omar Haddad')).toBe(false);
  await expect.poll(async () => app.store().openAccount(stored!.id)?.people.length).toBe(5);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await snapshot(page)).nodes.some((n) => n.label === 'Omar Haddad')).toBe(true);
  await expect.poll(async () => app.store().openAccount(stored!.id)?.links.length).toBe(4);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => app.store().openAccount(stored!.id)?.people.length).toBe(5);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => app.store().openAccount(stored!.id)?.links.length).toBe(4);
  await painted(page);
  expect(drawing(await snapshot(page))).toEqual(before);

  // 简体中文: the panel and the map's words follow.
  await clickNode(page, 'Lena Vogel');
  await page.getByTestId('toolbar-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('side-panel')).toContainText('态度');
  await expect(page.getByTestId('field-layer').locator('option:checked')).toHaveText('实施层');
  await page.getByTestId('toolbar-legend').click();
  await expect(page.getByTestId('map-legend')).toContainText('图例');
  await painted(page);
  await page.screenshot({ path: `${ARTIFACTS}/edited-map-zh-CN.png` });
  expect((await nodeNamed(page, '陈志远')).kind).toBe('person');
});
