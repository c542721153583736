import { expect, test } from './harness';
import { clickNode, openDemo } from './map-driver';

/**
 * The workshop's full screen belongs to the window (Electron's BrowserWindow, which the harness plays):
 * Escape is the workshop's own key (first out of link mode, then out of the workshop), the window leaving
 * full screen by other means ends the workshop, and leaving puts back link mode and the panel's scroll.
 */

test('Escape leaves link mode first, then the workshop and its full screen', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.launch();
  await openDemo(page);
  expect(app.window.fullScreen()).toBe(false);

  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  await expect.poll(() => app.window.fullScreen()).toBe(true);

  await page.getByTestId('workshop-edit').click();
  await page.getByTestId('workshop-link').click();
  await expect(page.getByTestId('link-mode-banner')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('link-mode-banner')).toBeHidden();
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  expect(app.window.fullScreen()).toBe(true);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('workshop-bar')).toBeHidden();
  await expect(page.getByTestId('toolbar-workshop')).toBeVisible();
  await expect.poll(() => app.window.fullScreen()).toBe(false);
});

test('the window leaving full screen ends the workshop; leaving restores link mode and the panel scroll', async ({ app }) => {
  const { page } = app;
  // Short enough that the person inspector scrolls.
  await page.setViewportSize({ width: 1366, height: 640 });
  await app.launch();
  await openDemo(page);
  await clickNode(page, 'Sun Liqun');
  const panel = page.getByTestId('side-panel');
  await expect(panel).toHaveAttribute('data-kind', 'person');
  const scrolled = await panel.evaluate((element) => {
    element.scrollTop = 260;
    return element.scrollTop;
  });
  expect(scrolled).toBeGreaterThan(100);
  await page.getByTestId('toolbar-link-mode').click();
  await expect(page.getByTestId('link-mode-banner')).toBeVisible();

  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  await expect(page.getByTestId('link-mode-banner')).toBeHidden();
  await expect.poll(() => app.window.fullScreen()).toBe(true);

  // The presenter takes the window out of full screen (View → Full screen, or the OS).
  await app.window.leaveFullScreen();
  await expect(page.getByTestId('workshop-bar')).toBeHidden();
  await expect(page.getByTestId('link-mode-banner')).toBeVisible();
  await expect(page.getByTestId('toolbar-link-mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel).toHaveAttribute('data-kind', 'person');
  await expect.poll(() => panel.evaluate((element) => element.scrollTop)).toBe(scrolled);
  expect(app.window.fullScreen()).toBe(false);
});

test('quick F5 presses leave the window as the last press asked, while macOS still animates the one before', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1600, height: 900 });
  await app.launch();
  await openDemo(page);
  const workshopBar = page.getByTestId('workshop-bar');
  /** Waits until the window has finished every change it was asked for, and a while more for late news. */
  const settledAs = async (fullScreen: boolean) => {
    await expect.poll(() => app.window.fullScreen(), { timeout: 5000 }).toBe(fullScreen);
    await page.waitForTimeout(600);
    expect(app.window.fullScreen()).toBe(fullScreen);
  };

  // In, out and in again before the first animation ends.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('F5');
  await settledAs(true);
  await expect(workshopBar).toBeVisible();

  // Out and straight back in: the window passes through "not full screen", which must not end the new workshop.
  await page.keyboard.press('F5');
  await page.keyboard.press('F5');
  await settledAs(true);
  await expect(workshopBar).toBeVisible();

  // Out, in, out: the window ends where the last press left it.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('F5');
  await settledAs(false);
  await expect(workshopBar).toBeHidden();
});
