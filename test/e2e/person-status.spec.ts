import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { clickNode, openDemo, painted, snapshot } from './map-driver';

/**
 * Issue 12, point 1: people who leave stay on the map. On the demo, the coach is marked as left for a
 * competitor: drawn faded with "(left)" under the name, out of the coverage rules (the coach findings
 * change as in what-if), a new finding says a door opened for that competitor, and one toggle hides them.
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

const COACH = 'demo-p-appdev-chief';
const finding = (page: Page, key: string) => page.getByTestId('finding').and(page.locator(`[data-key="${key}"]`));
const coverage = async (page: Page) => Number(await page.getByTestId('weighted-coverage').getAttribute('data-score'));
const coachNode = async (page: Page) => (await snapshot(page)).nodes.find((n) => n.id === COACH);

async function expandAllGroups(page: Page) {
  for (const toggle of await page.getByTestId('finding-group-toggle').all()) {
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }
}

test('marking the demo coach as left for a competitor fades them, changes the findings and raises a new one', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.launch();
  await openDemo(page);
  const accountId = app.store().listAccounts()[0]!.id;
  const stored = () => app.store().openAccount(accountId)!;
  const coach = stored().people.find((p) => p.id === COACH)!;
  const cloudNet = stored().competitors.find((c) => c.name === 'CloudNet Education')!;

  await page.getByTestId('tab-findings').click();
  const before = await coverage(page);
  await expect(finding(page, 'no-coach')).toHaveCount(0);

  // The panel's status control: left, dated today, to CloudNet Education.
  await clickNode(page, coach.name);
  await page.getByTestId('tab-details').click();
  await page.getByTestId('field-status').selectOption('left');
  await expect.poll(() => stored().people.find((p) => p.id === COACH)?.status).toBe('left');
  await expect(page.getByTestId('field-statusSince')).toHaveValue(app.clock.today);
  await page.getByTestId('field-leftTo').selectOption(cloudNet.id);
  await expect.poll(() => stored().people.find((p) => p.id === COACH)?.leftToCompetitorId).toBe(cloudNet.id);
  await page.getByTestId('field-leftTo').scrollIntoViewIfNeeded();
  await page.getByTestId('field-leftTo').screenshot({ path: `${ARTIFACTS}/person-status-panel-field-light-en.png` });
  await page.locator('.right-column').screenshot({ path: `${ARTIFACTS}/person-status-panel-light-en.png` });

  // Still on the map, faded, with a sign that is not colour: "(left)" under the name.
  // (elements.test.ts checks the words drawn; the snapshot gives the name and the classes.)
  await expect.poll(async () => (await coachNode(page))?.classes).toContain('status-left');
  await painted(page);
  await page.getByTestId('map-area').screenshot({ path: `${ARTIFACTS}/person-status-left-light-en.png` });

  // Out of the rules: without its only coach the account has none; our coverage moves; a door opened.
  await page.getByTestId('tab-findings').click();
  await expandAllGroups(page);
  await expect(finding(page, 'no-coach')).toHaveCount(1);
  expect(await coverage(page)).not.toBe(before);
  const door = finding(page, `left-to-competitor:${COACH}`);
  await expect(door).toHaveCount(1);
  await expect(door).toContainText(`${coach.name} left on ${app.clock.today} and joined CloudNet Education`);
  await expect(door.getByTestId('finding-advice')).toContainText(`Assume CloudNet Education knows what ${coach.name} knew`);
  await door.scrollIntoViewIfNeeded();
  await page.getByTestId('findings-panel').screenshot({ path: `${ARTIFACTS}/person-status-findings-light-en.png` });

  // The History tab says it in words, newest first, with who did it; the filter by person keeps it.
  // (The records carry the real time of the change, not the analysis day the tests pin.)
  await page.getByTestId('tab-history').click();
  const latest = page.getByTestId('history-day').first();
  await expect(latest.getByTestId('history-line').first()).toContainText(`${coach.name} left, joined CloudNet Education`);
  await page.getByTestId('field-historyPerson').selectOption(COACH);
  await expect(page.getByTestId('history-line').first()).toContainText(`${coach.name} left, joined CloudNet Education`);
  await expect(page.getByTestId('history-line').filter({ hasText: 'Account imported' })).toHaveCount(1);
  await page.getByTestId('history-panel').screenshot({ path: `${ARTIFACTS}/history-tab-light-en.png` });

  // One toggle hides the people who left; again shows them.
  await page.getByTestId('toolbar-hide-departed').click();
  await expect.poll(async () => (await coachNode(page)) === undefined).toBe(true);
  await page.getByTestId('toolbar-hide-departed').click();
  await expect.poll(async () => (await coachNode(page))?.classes).toContain('status-left');

  // Undo takes the whole status back in steps; the coach counts again.
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => stored().people.find((p) => p.id === COACH)?.status).toBe('active');
  await page.getByTestId('tab-findings').click();
  await expect(finding(page, 'no-coach')).toHaveCount(0);
  await expect.poll(() => coverage(page)).toBe(before);
});
