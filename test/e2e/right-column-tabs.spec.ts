import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { openDemo } from './map-driver';

/**
 * The right column's four tabs (details, findings, history, plan) and the overlays toggle share a narrow
 * column: every tab's word is read whole, on one line, on a 1366x768 laptop in English and 简体中文, and in
 * the workshop on a projector.
 */

/** Each tab's label and how many lines it takes. */
async function tabLabels(page: Page) {
  return page.locator('.rc-tab > span:first-child').evaluateAll((spans) =>
    spans.map((span) => {
      const style = getComputedStyle(span);
      const lineHeight = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
      return { text: span.textContent ?? '', lines: Math.round(span.getBoundingClientRect().height / lineHeight) };
    }),
  );
}

async function expectWholeTabs(page: Page) {
  // The findings tab's count comes with the analysis, and takes its room.
  await expect(page.locator('.rc-tab .rc-badge')).toBeVisible();
  const labels = await tabLabels(page);
  expect(labels).toHaveLength(4);
  for (const label of labels) expect(label.lines, label.text).toBe(1);
  // Nothing spills out of the column: every tab and the toggle inside the tab bar, the toggle after the tabs.
  const bar = page.locator('.rc-tabs');
  expect(await bar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const right = await bar.evaluate((el) => el.getBoundingClientRect().right);
  const tabEnds = await page.locator('.rc-tab').evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().right));
  for (const end of tabEnds) expect(end).toBeLessThanOrEqual(right);
  const toggle = page.locator('.rc-overlays');
  if (await toggle.isVisible()) expect((await toggle.boundingBox())!.x).toBeGreaterThanOrEqual(Math.max(...tabEnds) - 0.5);
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test(`the right column's tabs are read whole on a 1366x768 laptop and in the workshop (${locale})`, async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.launch({ locale });
    await openDemo(page);
    await expectWholeTabs(page);
    await page.screenshot({ path: `test/artifacts/right-column-tabs-${locale}.png`, clip: { x: 966, y: 160, width: 400, height: 120 } });

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('F5');
    await expect(page.getByTestId('workshop-bar')).toBeVisible();
    await expectWholeTabs(page);
  });
}

test('a long Plan tab scrolls with the wheel under its tabs, and its form takes the focus without hiding them', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.launch();
  await openDemo(page);
  await page.getByTestId('tab-plan').click();
  const panel = page.getByTestId('plan-panel');
  await expect(page.getByTestId('plan-action')).not.toHaveCount(0);
  // The demo's plan and the form below it are longer than the column on a laptop.
  expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  const box = (await panel.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const tabs = page.getByTestId('tab-plan');
  await page.getByTestId('plan-action-text').focus();
  await expect(page.getByTestId('plan-action-text')).toBeInViewport();
  const tabBox = (await tabs.boundingBox())!;
  expect(tabBox.y).toBeGreaterThanOrEqual(0);
  await expect(tabs).toBeInViewport();
});

