import { mkdirSync } from 'node:fs';
import { analyze } from '../../shared/analysis';
import { expect, test, type AppHarness } from './harness';
import { clickNode, nodeNamed, openDemo, painted, snapshot } from './map-driver';
import { copyToClipboard, pointAtBand, saved } from './quick-driver';

/**
 * Building an account quickly (issue 9): single keys never steal typing, a new person's name is ready to
 * type over, Delete offers Undo, a pasted list lands on a band in one undo step, several people are set
 * at once, a person is duplicated, and the renderer counts from the main process's day.
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

// Each test walks several gestures through the real handlers; a busy machine needs more than the default.
test.beforeEach(() => test.setTimeout(180_000));

/** The demo account open on the map, and its people as the database holds them. */
async function demoPeople(app: AppHarness) {
  await app.launch();
  await openDemo(app.page);
  const accountId = app.store().listAccounts()[0]!.id;
  const people = () => app.store().openAccount(accountId)!.people;
  return { accountId, people, count: people().length };
}

test('N while typing types an n; N on the map adds a person whose name typing replaces; Delete offers Undo', async ({ app }) => {
  const { page } = app;
  const { people, count } = await demoPeople(app);

  // Typing in a field: N and Backspace are text, not commands.
  await clickNode(page, 'He Jun');
  const title = page.getByTestId('field-title');
  await title.fill('');
  await title.pressSequentially('Dean nx');
  await page.keyboard.press('Backspace');
  await title.press('Enter');
  await expect.poll(() => people().find((p) => p.name === 'He Jun')?.title).toBe('Dean n');
  expect(people()).toHaveLength(count);

  // N on the map: a new person, the name field focused with the default name selected.
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  const name = page.getByTestId('field-name');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('New person');
  expect(await name.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 'New person'.length]);
  await page.keyboard.type('Wang Lei');
  await page.keyboard.press('Enter');
  await page.getByTestId('field-title').fill('Plant manager');
  await page.getByTestId('field-title').press('Enter');
  await expect.poll(() => people().find((p) => p.name === 'Wang Lei')?.title).toBe('Plant manager');
  await page.screenshot({ path: `${ARTIFACTS}/quick-new-person-en.png` });

  // Adding and filling in is one undo step.
  await page.getByTestId('field-title').blur();
  await page.keyboard.press('Control+z');
  await expect.poll(() => people().length).toBe(count);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => people().find((p) => p.name === 'Wang Lei')?.title).toBe('Plant manager');

  // Delete by key: the panel's toast, whose Undo brings the person back with their links.
  await painted(page);
  await clickNode(page, 'Wang Lei');
  await page.keyboard.press('Delete');
  await expect.poll(() => people().some((p) => p.name === 'Wang Lei')).toBe(false);
  const toast = page.getByTestId('toast').filter({ hasText: 'Wang Lei' });
  await expect(toast).toBeVisible();
  await toast.getByTestId('toast-undo').click();
  await expect.poll(() => people().some((p) => p.name === 'Wang Lei')).toBe(true);
});

test('a new account opens with its name selected, so typing names it', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await page.getByTestId('new-account').click();
  const name = page.getByTestId('account-name');
  await expect(name).toBeFocused();
  await page.keyboard.type('Hengtai Automotive');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.store().listAccounts().some((a) => a.name === 'Hengtai Automotive')).toBe(true);
});

test('paste five names onto the user band: five people there in one undo step; set three at once; duplicate', async ({ app }) => {
  const { page } = app;
  const { accountId, people, count } = await demoPeople(app);
  const names = ['Operator Ana', 'Operator Bo', 'Operator Cai', 'Operator Dai', 'Operator Eli'];

  await copyToClipboard(page, `${names.join('\n')}\n`);
  await pointAtBand(page, 'user');
  await page.keyboard.press('Control+v');
  await expect.poll(() => people().length).toBe(count + 5);
  expect(people().filter((p) => names.includes(p.name)).map((p) => p.layer)).toEqual(Array(5).fill('user'));
  await painted(page);
  const view = await snapshot(page);
  const band = view.bands.user;
  for (const person of view.nodes.filter((n) => names.includes(n.label))) {
    expect(person.clientY).toBeGreaterThan(band.top);
    expect(person.clientY).toBeLessThan(band.top + band.height);
  }
  await expect(page.getByTestId('selection-count')).toHaveAttribute('data-count', '5');
  await expect(page.getByTestId('toast').filter({ hasText: 'Added 5 people' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect.poll(() => people().length).toBe(count);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => people().length).toBe(count + 5);

  // Cells copied from Excel: name, title, department.
  await copyToClipboard(page, 'Xu Ming\tQuality engineer\tQuality\r\nMa Li\tLine lead\tAssembly\r\n');
  await pointAtBand(page, 'implementation');
  await page.keyboard.press('Control+v');
  await expect.poll(() => people().find((p) => p.name === 'Ma Li')).toMatchObject({ title: 'Line lead', department: 'Assembly', layer: 'implementation' });

  // Three selected, one attitude for all; one undo takes it back for all.
  await painted(page);
  await clickNode(page, names[0]!);
  await clickNode(page, names[1]!, ['Shift']);
  await clickNode(page, names[2]!, ['Shift']);
  await expect(page.getByTestId('selection-count')).toHaveAttribute('data-count', '3');
  await page.getByTestId('field-bulkAttitude').selectOption('supporter');
  const attitudes = () => names.slice(0, 3).map((n) => people().find((p) => p.name === n)?.attitude);
  await expect.poll(attitudes).toEqual(['supporter', 'supporter', 'supporter']);
  await page.getByTestId('field-bulkAddRole').selectOption('user');
  await page.getByTestId('field-bulkCoveredBy').selectOption({ label: 'Zhao Min' });
  await saved(page);
  const zhao = app.store().openAccount(accountId)!.team.find((m) => m.name === 'Zhao Min')!;
  const covered = app.store().openAccount(accountId)!.links.filter((l) => l.kind === 'covers' && l.from === zhao.id);
  for (const n of names.slice(0, 3)) {
    const id = people().find((p) => p.name === n)!.id;
    expect(covered.find((l) => l.to === id)).toMatchObject({ strength: 2, lastContact: '2026-11-22' });
  }
  await page.screenshot({ path: `${ARTIFACTS}/quick-bulk-en.png` });
  await page.getByTestId('side-panel').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(attitudes).toEqual(['unknown', 'unknown', 'unknown']);

  // Duplicate: a copy beside them, name selected to type over.
  await clickNode(page, 'He Jun');
  await page.keyboard.press('Control+d');
  await expect(page.getByTestId('field-name')).toBeFocused();
  await page.keyboard.type('He Jun Jr');
  await page.keyboard.press('Enter');
  const original = people().find((p) => p.name === 'He Jun')!;
  await expect.poll(() => people().find((p) => p.name === 'He Jun Jr')).toMatchObject({ layer: original.layer, title: original.title, roles: original.roles, attitude: original.attitude });
  await painted(page);
  await nodeNamed(page, 'He Jun Jr');
});

test('the renderer analyses as of the main process day, which the harness pins', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);
  await page.getByTestId('tab-findings').click();
  const accountId = app.store().listAccounts()[0]!.id;
  // Findings of one kind are grouped and closed: open every group, then read each finding's key.
  const keysShown = async () => {
    const closed = page.locator('[data-testid="finding-group-toggle"][aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    return (await page.getByTestId('finding').evaluateAll((items) => items.map((item) => item.getAttribute('data-key') ?? ''))).sort();
  };
  const expected = (today: string) =>
    analyze(app.store().openAccount(accountId)!, { today })
      .findings.map((f) => f.key)
      .sort();

  await expect(page.getByTestId('finding-group').first()).toBeVisible();
  expect(await keysShown()).toEqual(expected('2026-11-22'));
  // A year on, relationships have gone cold and the map is stale: the renderer follows the main process.
  app.clock.today = '2027-11-22';
  expect(expected('2027-11-22')).not.toEqual(expected('2026-11-22'));
  await page.getByTestId('toolbar-back').click();
  await openDemo(page);
  await page.getByTestId('tab-findings').click();
  await expect.poll(keysShown).toEqual(expected('2027-11-22'));
});

test('简体中文 at 1366×768: a pasted list selected for setting all at once, and the read-only workshop panel', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.launch({ locale: 'zh-CN' });
  await openDemo(page);
  await copyToClipboard(page, '张伟\t工程师\t信息部\n李娜\t采购专员\t采购部\n王芳\t操作员\t一车间\n');
  await pointAtBand(page, 'user');
  await page.keyboard.press('Control+v');
  await expect(page.getByTestId('selection-count')).toHaveAttribute('data-count', '3');
  await expect(page.getByTestId('toast').filter({ hasText: '已在使用层添加 3 人' })).toBeVisible();
  await page.getByTestId('field-bulkAttitude').selectOption('supporter');
  await saved(page);
  await page.screenshot({ path: `${ARTIFACTS}/quick-bulk-zh-CN-1366.png` });
  await clickNode(page, '张伟');
  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  await expect(page.getByTestId('panel-read-only')).toContainText('研讨会中为只读');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-read-only-zh-CN-1366.png` });
});
