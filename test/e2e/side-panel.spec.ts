import type { Page } from '@playwright/test';
import { expect, test } from './harness';

/*
 * The side panel against the real handlers and database: what the user types is saved (and still there
 * after a restart), what is invalid is refused with a message and not saved, deletes are one undo step.
 */

const ARTIFACTS = 'test/artifacts';

async function openDemo(page: Page) {
  await page.getByTestId('account-open').first().click();
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'account');
  await page.waitForFunction(() => (window.__powerMapView?.snapshot().nodes.length ?? 0) > 0);
}

async function nodeNamed(page: Page, label: string) {
  const node = await page.evaluate((wanted) => window.__powerMapView?.snapshot().nodes.find((n) => n.label.split('\n')[0] === wanted), label);
  if (!node) throw new Error(`no node labelled ${label}`);
  return node;
}

async function clickNode(page: Page, label: string, modifiers: ('Shift' | 'Control')[] = []) {
  const node = await nodeNamed(page, label);
  await page.mouse.move(node.clientX, node.clientY);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.down();
  await page.mouse.up();
  for (const key of modifiers) await page.keyboard.up(key);
  return node.id;
}

/** Waits until every edit the renderer sent has been answered. */
async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', /saved|idle/);
}

async function firstPersonId(page: Page) {
  return page.evaluate(() => window.__powerMapView?.snapshot().nodes.find((n) => n.kind === 'person')?.id ?? '');
}

test('edits a person field by field, each saved and still there after a restart', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);
  const panel = page.getByTestId('side-panel');
  await page.screenshot({ path: `${ARTIFACTS}/panel-account-light-en.png` });

  const personId = await firstPersonId(page);
  const accountId = app.store().listAccounts()[0]!.id;
  const before = app.store().openAccount(accountId)!.people.find((p) => p.id === personId)!;
  await clickNode(page, before.name);
  await expect(panel).toHaveAttribute('data-kind', 'person');
  await expect(page.getByTestId('field-name')).toHaveValue(before.name);

  await page.getByTestId('field-title').fill('Chief Digital Officer');
  await page.getByTestId('field-title').press('Enter');
  await page.getByTestId('field-attitude').selectOption('champion');
  await page.getByTestId('field-role-coach').check();
  await saved(page);
  await page.screenshot({ path: `${ARTIFACTS}/panel-person-light-en.png` });

  const stored = () => app.store().openAccount(accountId)!.people.find((p) => p.id === personId)!;
  expect(stored()).toMatchObject({ title: 'Chief Digital Officer', attitude: 'champion' });
  expect(stored().roles).toContain('coach');

  // Undo takes back the last change only, and the panel shows it.
  await page.getByTestId('toolbar-undo').click();
  await expect(page.getByTestId('field-role-coach')).not.toBeChecked();
  await expect(page.getByTestId('field-attitude')).toHaveValue('champion');

  await app.restart();
  await openDemo(page);
  await clickNode(page, before.name);
  await expect(page.getByTestId('field-title')).toHaveValue('Chief Digital Officer');
  await expect(page.getByTestId('field-attitude')).toHaveValue('champion');
});

test('refuses invalid values with a message and saves nothing', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);
  const accountId = app.store().listAccounts()[0]!.id;
  const [person, other] = app.store().openAccount(accountId)!.people;
  await clickNode(page, person!.name);

  await page.getByTestId('field-name').fill('x'.repeat(300));
  await page.getByTestId('field-name').press('Enter');
  await expect(page.getByTestId('field-error-name')).toContainText('200');

  await page.getByTestId('field-influence').fill('9');
  await page.getByTestId('field-influence').press('Tab');
  await expect(page.getByTestId('field-error-influence')).toBeVisible();
  await expect(page.getByTestId('field-influence')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${ARTIFACTS}/panel-person-invalid-en.png` });

  // Moving on to someone else does not sneak the invalid values in either.
  await clickNode(page, other!.name);
  await expect(page.getByTestId('field-name')).toHaveValue(other!.name);
  await saved(page);
  const stored = app.store().openAccount(accountId)!.people.find((p) => p.id === person!.id)!;
  expect(stored.name).toBe(person!.name);
  expect(stored.influence).toBe(person!.influence);

  // Back on the first person: the saved values, and Escape drops a draft instead of saving it.
  await clickNode(page, person!.name);
  await expect(page.getByTestId('field-name')).toHaveValue(person!.name);
  await expect(page.getByTestId('field-error-name')).toHaveCount(0);
  await page.getByTestId('field-title').fill('Should not be kept');
  await page.getByTestId('field-title').press('Escape');
  await expect(page.getByTestId('field-title')).toHaveValue(person!.title);
  await saved(page);
  expect(app.store().openAccount(accountId)!.people.find((p) => p.id === person!.id)!.title).toBe(person!.title);
});

test('a typed draft is saved when the user selects another element', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);
  const accountId = app.store().listAccounts()[0]!.id;
  const people = app.store().openAccount(accountId)!.people;
  const [first, second] = [people[0]!, people[1]!];
  await clickNode(page, first.name);
  await page.getByTestId('field-department').fill('Office of the President');
  // No Enter, no Tab: the click on the map is what ends the edit.
  await clickNode(page, second.name);
  await expect(page.getByTestId('field-name')).toHaveValue(second.name);
  await saved(page);
  expect(app.store().openAccount(accountId)!.people.find((p) => p.id === first.id)!.department).toBe('Office of the President');
});

test('lists a person’s links, deletes one from its own panel, and undo brings it back', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);
  const accountId = app.store().listAccounts()[0]!.id;
  const data = app.store().openAccount(accountId)!;
  // The person with the most links shows every kind of row.
  const busiest = data.people
    .map((person) => ({ person, count: data.links.filter((l) => l.from === person.id || l.to === person.id).length }))
    .sort((a, b) => b.count - a.count)[0]!;
  await clickNode(page, busiest.person.name);
  const rows = page.getByTestId('panel-link');
  await expect(rows).toHaveCount(busiest.count);

  const covers = data.links.find((l) => l.kind === 'covers' && l.to === busiest.person.id)!;
  await page.locator(`[data-testid="panel-link"][data-link-id="${covers.id}"]`).click();
  const panel = page.getByTestId('side-panel');
  await expect(panel).toHaveAttribute('data-kind', 'link');
  await page.screenshot({ path: `${ARTIFACTS}/panel-link-light-en.png` });

  await page.getByTestId('field-strength').selectOption('3');
  await saved(page);
  expect(app.store().openAccount(accountId)!.links.find((l) => l.id === covers.id)!.strength).toBe(3);

  await page.getByTestId('panel-delete').click();
  await expect(panel).toHaveAttribute('data-kind', 'account');
  await saved(page);
  expect(app.store().openAccount(accountId)!.links.some((l) => l.id === covers.id)).toBe(false);

  await page.getByTestId('toast-undo').click();
  await saved(page);
  expect(app.store().openAccount(accountId)!.links.find((l) => l.id === covers.id)).toMatchObject({ strength: 3 });
});

test('team and competitors: add, select, remove; several selected show a count', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);
  const panel = page.getByTestId('side-panel');
  const accountId = app.store().listAccounts()[0]!.id;
  const teamBefore = app.store().openAccount(accountId)!.team.length;

  await page.getByTestId('team-add-name').fill('Zhou Yan 周燕');
  await page.getByTestId('team-add-function').selectOption('service');
  await page.getByTestId('team-add-submit').click();
  await expect(page.getByTestId('team-member')).toHaveCount(teamBefore + 1);
  await saved(page);
  expect(app.store().openAccount(accountId)!.team.find((m) => m.name === 'Zhou Yan 周燕')).toMatchObject({ function: 'service' });

  await page.getByTestId('competitor-add-name').fill('Northwind');
  await page.getByTestId('competitor-add-submit').click();
  await expect(page.getByTestId('competitor').filter({ hasText: 'Northwind' })).toHaveCount(1);
  // While renaming the row holds an input, not text: find it by id from here on.
  const northwindId = await page.getByTestId('competitor').filter({ hasText: 'Northwind' }).getAttribute('data-competitor-id');
  const northwind = page.locator(`[data-testid="competitor"][data-competitor-id="${northwindId}"]`);
  await northwind.getByRole('button', { name: 'Rename Northwind' }).click();
  await northwind.getByRole('textbox').fill('Northwind Traders 北风');
  await northwind.getByRole('textbox').press('Enter');
  const renamed = page.getByTestId('competitor').filter({ hasText: 'Northwind Traders 北风' });
  await expect(renamed).toHaveCount(1);
  await saved(page);
  expect(app.store().openAccount(accountId)!.competitors.some((c) => c.name === 'Northwind Traders 北风')).toBe(true);
  await renamed.getByTestId('competitor-remove').click();
  await expect(page.getByTestId('competitor').filter({ hasText: 'Northwind' })).toHaveCount(0);
  await saved(page);
  expect(app.store().openAccount(accountId)!.competitors.some((c) => c.name.startsWith('Northwind'))).toBe(false);

  await page.getByTestId('team-member').first().click();
  await expect(panel).toHaveAttribute('data-kind', 'team');
  await page.screenshot({ path: `${ARTIFACTS}/panel-team-light-en.png` });

  const people = app.store().openAccount(accountId)!.people;
  await clickNode(page, people[0]!.name);
  await clickNode(page, people[1]!.name, ['Shift']);
  await clickNode(page, people[2]!.name, ['Shift']);
  await expect(panel).toHaveAttribute('data-kind', 'multi');
  await expect(page.getByTestId('selection-count')).toHaveAttribute('data-count', '3');
  await page.screenshot({ path: `${ARTIFACTS}/panel-multi-light-en.png` });
  await page.getByTestId('delete-selection').click();
  await expect(panel).toHaveAttribute('data-kind', 'account');
  await saved(page);
  expect(app.store().openAccount(accountId)!.people).toHaveLength(people.length - 3);
});
