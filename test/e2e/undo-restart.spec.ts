import type { Page } from '@playwright/test';
import { DEMO_ACCOUNT_ID } from '../../shared/demo/ids';
import { expect, test } from './harness';
import { clickNode, painted, snapshot } from './map-driver';

/**
 * Issue 12, point 6: undo survives a restart. A change made on the demo is kept on the account's undo
 * stack with its history; after the app quits and starts again, Ctrl+Z takes that change back.
 */

async function openWang(page: Page) {
  await page.getByTestId('account-row').filter({ hasText: 'Eastlake University' }).getByTestId('account-open').click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await snapshot(page);
  await painted(page);
  await clickNode(page, 'Wang Jianguo');
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
}

test('a change made before a restart is undone by Ctrl+Z after it', async ({ app }) => {
  test.setTimeout(120_000);
  await app.launch({ locale: 'en-US' });
  const { page } = app;
  await openWang(page);
  const before = await page.getByTestId('field-title').inputValue();
  expect(before).not.toBe('Vice President, IT');

  await page.getByTestId('field-title').fill('Vice President, IT');
  await page.getByTestId('field-title').press('Enter');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  // The stacks go with the history a moment after the write is confirmed (the user pausing).
  await expect.poll(() => app.store().undoStacks(DEMO_ACCOUNT_ID).undo.length).toBe(1);

  await app.restart();
  await openWang(page);
  await expect(page.getByTestId('field-title')).toHaveValue('Vice President, IT');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect.poll(() => app.store().openAccount(DEMO_ACCOUNT_ID)!.people.find((p) => p.name === 'Wang Jianguo')!.title).toBe(before);
  await clickNode(page, 'Wang Jianguo');
  await expect(page.getByTestId('field-title')).toHaveValue(before);
});
