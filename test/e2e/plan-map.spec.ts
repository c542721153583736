import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO_ACCOUNT_ID, demoActionId, demoPersonId, demoTeamId } from '../../shared/demo';
import { expect, test, type AppHarness } from './harness';
import { openDemo, painted, snapshot } from './map-driver';

/**
 * Issue 13 on the map: a person's context menu logs a visit in two actions (the menu's Log contact, then
 * Log it) and the cold relationship and the overdue finding it renews clear; people with open actions
 * carry a flag (legend, hover card); completing an action is an edit Ctrl+Z takes back, also after a
 * restart. At 1366x768, in English on the light theme and in 简体中文 on the dark one; screenshots go to
 * test/artifacts/.
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/** President Wang Jianguo: a key person last met 41 days ago, by Chen Guodong (cold: cadence 15 days). */
const PRESIDENT = demoPersonId('president');
/** The people the demo's open actions concern (shared/demo/planStructure.ts). */
const FLAGGED = ['president', 'vp-it', 'it-director', 'network-chief', 'finance-head'].map(demoPersonId).sort();

const groupCount = async (page: Page, code: string) => Number((await page.locator(`[data-testid="finding-group"][data-code="${code}"]`).getAttribute('data-count')) ?? 0);
const nodeOf = async (page: Page, id: string) => (await snapshot(page)).nodes.find((n) => n.id === id)!;
const flagged = async (page: Page) => (await snapshot(page)).nodes.filter((n) => n.classes.includes('open-actions')).map((n) => n.id).sort();
/** The style classes of the covers link from our team member to the person, as the map draws it. */
const coversClasses = async (page: Page, memberId: string, personId: string) =>
  (await snapshot(page)).edges.find((e) => e.kind === 'covers' && e.source === memberId && e.target === personId)!.classes;
const overdueGroup = (page: Page) => page.locator('[data-testid="finding-group"][data-code="key-person-overdue"]');
/** The visits the test logs (the demo's own records have fixed ids starting with demo-). */
const loggedVisits = (app: AppHarness) =>
  app.store().planOf(DEMO_ACCOUNT_ID).contacts.filter((c) => !c.id.startsWith('demo-'));

/** The menu's box lies inside the window. */
async function insideWindow(page: Page) {
  const box = (await page.getByTestId('person-menu').boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
}

for (const [locale, suffix, theme] of [
  ['en-US', 'en', 'light'],
  ['zh-CN', 'zh-CN', 'dark'],
] as const) {
  test(`a visit logged from the person menu in two actions; the open-actions flag; Ctrl+Z takes back a completed action, also after a restart (${suffix}, ${theme})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.launch({ locale });
    // The theme as a user picks it: system -> light -> dark.
    await page.getByTestId('toolbar-theme').click();
    if (theme === 'dark') await page.getByTestId('toolbar-theme').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await openDemo(page);

    // The demo's open actions flag their people; the hover card gives the count, the legend the meaning.
    expect(await flagged(page)).toEqual(FLAGGED);
    const president = await nodeOf(page, PRESIDENT);
    await page.mouse.move(president.clientX, president.clientY);
    await expect(page.getByTestId('card-open-actions')).toContainText('1');
    await page.getByTestId('toolbar-legend').click();
    await expect(page.getByTestId('legend-open-actions')).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/plan-map-flags-${suffix}.png` });
    await page.getByTestId('toolbar-legend').click();

    await page.getByTestId('tab-findings').click();
    const coldBefore = await groupCount(page, 'cold-link');
    const overdueBefore = await groupCount(page, 'key-person-overdue');
    expect(coldBefore).toBeGreaterThan(1);
    expect(overdueBefore).toBeGreaterThan(1);
    // His relationship with Chen Guodong is drawn faded as cold; he is among the key people overdue.
    const CHEN = demoTeamId('chenguodong');
    expect(await coversClasses(page, CHEN, PRESIDENT)).toContain('link-cold');
    await expect(overdueGroup(page)).toContainText(president.label);

    // Action 1: the person menu's Log contact (a right-click on the president opens the menu). The dialog's
    // defaults need no change. Action 2: Log it.
    await page.mouse.click(president.clientX, president.clientY, { button: 'right' });
    const menu = page.getByTestId('person-menu');
    await expect(menu).toBeVisible();
    await expect(page.getByTestId('person-menu-logContact')).toBeFocused();
    await insideWindow(page);
    await page.screenshot({ path: `${ARTIFACTS}/plan-map-menu-${suffix}.png` });
    await page.getByTestId('person-menu-logContact').click();
    await expect(menu).toBeHidden();
    // The dialog opens on him, today, a visit, and Chen Guodong (the one who covers him).
    await expect(page.getByTestId('log-contact-dialog')).toBeVisible();
    await expect(page.getByTestId('log-contact-member')).toHaveValue(demoTeamId('chenguodong'));
    await expect(page.getByTestId('log-contact-date')).toHaveValue(app.clock.today);
    await page.getByTestId('log-contact-save').click();
    await expect(page.getByTestId('log-contact-dialog')).toBeHidden();
    await expect(page.locator('[data-testid="finding-group"][data-code="cold-link"]')).toHaveAttribute('data-count', String(coldBefore - 1));
    await expect(page.locator('[data-testid="finding-group"][data-code="key-person-overdue"]')).toHaveAttribute('data-count', String(overdueBefore - 1));
    // The president has left the overdue key people, and the map no longer draws his link as cold (nor fading).
    await expect(overdueGroup(page)).not.toContainText(president.label);
    await painted(page);
    expect(await coversClasses(page, CHEN, PRESIDENT)).not.toContain('link-cold');
    expect(await coversClasses(page, CHEN, PRESIDENT)).not.toContain('link-stale');
    expect(loggedVisits(app)).toMatchObject([{ date: app.clock.today, personIds: [PRESIDENT], teamIds: [CHEN], channel: 'visit' }]);

    // From the keyboard: Shift+F10 opens the selected person's menu beside them; Escape closes it and leaves the selection.
    await page.getByTestId('map-area').locator('.pm-canvas').focus();
    await page.keyboard.press('Shift+F10');
    await expect(menu).toBeVisible();
    await insideWindow(page);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('person-menu-newAction')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    expect((await snapshot(page)).nodes.filter((n) => n.selected).map((n) => n.id)).toEqual([PRESIDENT]);

    // Near the window's bottom-right corner the menu opens up and to the left, still whole on screen.
    const corner = (await snapshot(page)).nodes.filter((n) => n.kind === 'person').sort((a, b) => b.clientX + b.clientY - (a.clientX + a.clientY))[0]!;
    await page.mouse.click(corner.clientX, corner.clientY, { button: 'right' });
    await expect(menu).toBeVisible();
    await insideWindow(page);
    // A click away closes it.
    const band = (await snapshot(page)).bands.decision;
    await page.mouse.click(band.left + 6, band.top + band.height - 6);
    await expect(menu).toBeHidden();

    // Completing an action is an edit: Ctrl+Z takes it back, in the store and on the map's flag.
    await page.getByTestId('tab-plan').click();
    const paper = demoActionId('architecture-paper');
    const row = page.locator('[data-testid="plan-action"]').filter({ hasText: suffix === 'en' ? 'Zhou Qiang the architecture paper' : '架构白皮书发给周强' });
    await row.getByTestId('plan-action-done').click();
    await expect(row).toHaveAttribute('data-status', 'done');
    await expect.poll(() => app.store().planOf(DEMO_ACCOUNT_ID).actions.find((a) => a.id === paper)?.status).toBe('done');
    await painted(page);
    expect(await flagged(page)).not.toContain(demoPersonId('network-chief'));
    await page.screenshot({ path: `${ARTIFACTS}/plan-map-done-${suffix}.png` });
    await page.keyboard.press('Control+z');
    await expect(row).toHaveAttribute('data-status', 'open');
    await expect.poll(() => app.store().planOf(DEMO_ACCOUNT_ID).actions.find((a) => a.id === paper)?.status).toBe('open');
    await painted(page);
    expect(await flagged(page)).toContain(demoPersonId('network-chief'));
    // And the visit logged above is the step before it: the link is cold again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => loggedVisits(app).length).toBe(0);
    await page.getByTestId('tab-findings').click();
    await expect(overdueGroup(page)).toContainText(president.label);
    await painted(page);
    expect(await coversClasses(page, CHEN, PRESIDENT)).toContain('link-cold');

    // The undo survives a restart: complete the action again, quit once the step is kept, start again, Ctrl+Z.
    await page.getByTestId('tab-plan').click();
    await row.getByTestId('plan-action-done').click();
    await expect(row).toHaveAttribute('data-status', 'done');
    await expect.poll(() => app.store().undoStacks(DEMO_ACCOUNT_ID).undo.length).toBe(1);
    await app.restart();
    await openDemo(page);
    expect(await flagged(page)).not.toContain(demoPersonId('network-chief'));
    await page.getByTestId('tab-plan').click();
    await expect(row).toHaveAttribute('data-status', 'done');
    await page.keyboard.press('Control+z');
    await expect(row).toHaveAttribute('data-status', 'open');
    await expect.poll(() => app.store().planOf(DEMO_ACCOUNT_ID).actions.find((a) => a.id === paper)?.status).toBe('open');
    await painted(page);
    expect(await flagged(page)).toContain(demoPersonId('network-chief'));
  });
}
