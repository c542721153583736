import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const shots = 'test/artifacts';

async function openFirstAccount(page: Page) {
  await page.getByTestId('account-open').first().click();
  await expect(page.getByTestId('toolbar-back')).toBeVisible();
  await expect(page.getByTestId('account-name')).not.toHaveValue('');
}

/** Waits until every edit has reached the database. */
async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

test('starts on the account list with the demo account, and opens it with its toolbar and header', async ({ app }) => {
  const { page } = app;
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.setViewportSize({ width: 1360, height: 860 });
  await app.launch();
  await expect(page.getByTestId('account-row')).toHaveCount(1);
  const name = (await page.getByTestId('account-row').first().locator('.account-title').textContent()) ?? '';
  expect(name.length).toBeGreaterThan(0);
  await page.screenshot({ path: `${shots}/shell-list-light-en.png` });

  await openFirstAccount(page);
  await expect(page.getByTestId('account-name')).toHaveValue(name);
  for (const id of ['toolbar-add-person', 'toolbar-add-team', 'toolbar-link-mode', 'toolbar-fit', 'toolbar-zoom-in', 'toolbar-zoom-out', 'toolbar-legend', 'toolbar-export', 'toolbar-language', 'toolbar-theme']) {
    await expect(page.getByTestId(id)).toBeVisible();
  }
  await expect(page.getByTestId('toolbar-undo')).toBeDisabled();
  await expect(page.getByTestId('toolbar-redo')).toBeDisabled();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('field-tier')).toBeVisible();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await expect(page.getByTestId('side-panel')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/shell-account-light-en.png` });

  await page.getByTestId('toolbar-back').click();
  await expect(page.getByTestId('account-list')).toBeVisible();
  expect(problems).toEqual([]);
});

test('an edited industry is saved, survives a restart, and undo takes it back', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  const industry = page.getByTestId('field-industry');
  const before = await industry.inputValue();

  await industry.fill('Higher education · campus IT');
  await industry.press('Enter');
  await expectSaved(page);
  await expect(page.getByTestId('toolbar-undo')).toBeEnabled();

  await app.restart();
  await openFirstAccount(page);
  await expect(page.getByTestId('field-industry')).toHaveValue('Higher education · campus IT');

  await page.getByTestId('field-industry').fill('Retail');
  await page.getByTestId('field-industry').press('Enter');
  await expectSaved(page);
  await page.getByTestId('toolbar-undo').click();
  await expect(page.getByTestId('field-industry')).toHaveValue('Higher education · campus IT');
  await expect(page.getByTestId('toolbar-redo')).toBeEnabled();
  expect(before).not.toBe('Higher education · campus IT');
});

test('the share of wallet suggests a stage, and one click applies it', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  await page.getByTestId('field-stage').selectOption('development');
  await page.getByTestId('field-shareOfWallet').fill('85');
  await page.getByTestId('field-shareOfWallet').press('Enter');
  const suggestion = page.getByTestId('stage-suggestion');
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page.getByTestId('field-stage')).toHaveValue('strategic');
  await expect(suggestion).toHaveCount(0);

  await page.getByTestId('field-shareOfWallet').fill('140');
  await page.getByTestId('field-shareOfWallet').press('Enter');
  await expect(page.getByTestId('field-error-shareOfWallet')).toBeVisible();
});

test('the cadence shows the tier default, and notes open on request', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  await page.getByTestId('field-tier').selectOption('general');
  await expect(page.getByTestId('field-visitCadenceDays')).toHaveAttribute('placeholder', /60/);
  await expect(page.getByTestId('field-notes')).toHaveCount(0);
  await page.getByTestId('header-notes-toggle').click();
  await expect(page.getByTestId('field-notes')).toBeFocused();
  await page.getByTestId('field-notes').fill('Budget cycle closes in March.');
  await page.getByTestId('field-notes').blur();
  await expectSaved(page);
});

test('adding a person and a team member selects them, and undo removes them again', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  const account = () => app.store().openAccount(app.store().listAccounts()[0]!.id)!;
  const start = account();
  await page.getByTestId('toolbar-add-person').click();
  await expectSaved(page);
  expect(account().people.length).toBe(start.people.length + 1);
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  // The new person's name has the cursor (typing names them); Escape leaves it, then Ctrl+Z is the map's undo.
  await expect(page.getByTestId('field-name')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expectSaved(page);
  expect(account().people.length).toBe(start.people.length);

  await page.getByTestId('toolbar-add-team').click();
  await expectSaved(page);
  expect(account().team.length).toBe(start.team.length + 1);
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'team');

  // N adds a person when no text field has focus
  await page.getByTestId('toolbar-fit').focus();
  await page.keyboard.press('n');
  await expectSaved(page);
  expect(account().people.length).toBe(start.people.length + 1);
});

test('a person found by search opens their account with them selected', async ({ app }) => {
  const { page } = app;
  await app.launch();
  const person = app.store().openAccount(app.store().listAccounts()[0]!.id)!.people[0]!;
  await page.getByTestId('account-search').fill(person.name);
  const hit = page.locator(`[data-testid="search-hit"][data-person-id="${person.id}"]`);
  await hit.click();
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  await expect(page.getByTestId('field-name')).toHaveValue(person.name);
});

test('theme toggle sets data-theme and language toggle shows 简体中文', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1360, height: 860 });
  await app.launch();
  await openFirstAccount(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'en');
  await page.getByTestId('toolbar-theme').click(); // system -> light
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('toolbar-theme').click(); // light -> dark
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: `${shots}/shell-account-dark-en.png` });

  await page.getByTestId('toolbar-language').click();
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('toolbar-export')).toContainText('导出');
  await expect(page.getByText('客户级别')).toBeVisible();
  await page.screenshot({ path: `${shots}/shell-account-dark-zh.png` });

  await app.restart();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await page.screenshot({ path: `${shots}/shell-list-dark-zh.png` });
  await page.getByTestId('toolbar-theme').click(); // dark -> system
  await page.getByTestId('toolbar-theme').click(); // system -> light
  await expect(html).toHaveAttribute('data-theme', 'light');
  await openFirstAccount(page);
  await page.screenshot({ path: `${shots}/shell-account-light-zh.png` });
});

test('link mode shows its banner, and Escape or Done leaves it', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  const toggle = page.getByTestId('toolbar-link-mode');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('link-mode-banner')).toContainText('click where the link starts');
  await page.screenshot({ path: `${shots}/shell-link-mode.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('link-mode-banner')).toHaveCount(0);
  await toggle.click();
  await page.getByTestId('link-mode-banner').getByRole('button').click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('the link chooser offers the kinds two people may have and adds the chosen link', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  await page.getByTestId('toolbar-link-mode').click();
  await page.waitForFunction(() => window.__powerMapView !== undefined);
  await page.evaluate(() => window.__powerMapView!.nextFrame());
  const view = await page.evaluate(() => window.__powerMapView!.snapshot());
  const people = view.nodes.filter((node) => node.kind === 'person');
  const [a, b] = [people[0]!, people[people.length - 1]!];
  await page.mouse.click(a.clientX, a.clientY);
  await expect(page.getByTestId('link-mode-banner')).toContainText(a.label.split('\n')[0]!);
  await page.mouse.click(b.clientX, b.clientY);
  const chooser = page.getByTestId('link-chooser');
  await expect(chooser).toBeVisible();
  for (const kind of ['reportsTo', 'influences', 'ally', 'rival']) await expect(page.getByTestId(`link-kind-${kind}`)).toBeVisible();
  await expect(page.getByTestId('link-reverse')).toBeVisible();
  await page.screenshot({ path: `${shots}/shell-link-chooser.png` });
  const links = () => app.store().openAccount(app.store().listAccounts()[0]!.id)?.links.length ?? 0;
  const before = links();
  await page.keyboard.press('Escape');
  await expect(chooser).toHaveCount(0);
  await page.mouse.click(a.clientX, a.clientY);
  await page.mouse.click(b.clientX, b.clientY);
  await page.getByTestId('link-kind-ally').click();
  await expectSaved(page);
  expect(links()).toBe(before + 1);
});

test('everything fits a 960 x 600 window', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 960, height: 600 });
  await app.launch();
  await openFirstAccount(page);
  const overflow = await page.evaluate(() =>
    ['.account-topbar', '.account-header', '.account-fields'].map((selector) => {
      const element = document.querySelector(selector)!;
      return { selector, overflow: element.scrollWidth - element.clientWidth };
    }),
  );
  for (const entry of overflow) expect(entry.overflow, entry.selector).toBeLessThanOrEqual(0);
  const map = await page.getByTestId('map-area').boundingBox();
  expect(map!.height).toBeGreaterThan(300);
  expect(map!.width).toBeGreaterThan(500);
  await page.getByTestId('toolbar-export').hover();
  await page.screenshot({ path: `${shots}/shell-account-small-en.png` });
  await page.getByTestId('toolbar-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.screenshot({ path: `${shots}/shell-account-small-zh.png` });
});

test('the .powermap export from the Export dialog writes the file and says where; a cancelled save dialog says nothing', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  const exportAccountFile = async () => {
    await page.getByTestId('toolbar-export').click();
    await page.getByTestId('export-format').and(page.locator('[value="powermap"]')).check();
    await page.getByTestId('export-submit').click();
  };
  app.dialogs.savePath = null;
  await exportAccountFile();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toHaveCount(0);

  const path = `${app.dir}/eastlake.powermap`;
  app.dialogs.savePath = path;
  await exportAccountFile();
  await expect(page.getByTestId('toast')).toHaveAttribute('data-tone', 'success');
  await expect(page.getByTestId('toast')).toContainText('eastlake.powermap');
  expect(existsSync(path)).toBe(true);
});

test('opened without the app bridge, the page says so instead of staying blank', async ({ page, rendererUrl }) => {
  await page.goto(rendererUrl);
  await expect(page.getByRole('alert')).toContainText('could not reach its database');
});
