import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { clickNode, painted, snapshot } from './map-driver';

/**
 * Issue 9's "right advice" in the findings panel: it opens with the three most important things to do
 * this week, every finding says what to do, findings of one kind read as one line naming everyone (and
 * open to show each), and editing a person's facts marks them verified today so the stale-map finding
 * shrinks. English and 简体中文, light and dark.
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

async function openDemoFindings(page: Page) {
  await page.getByTestId('account-row').first().getByTestId('account-open').click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await snapshot(page);
  await painted(page);
  await page.getByTestId('tab-findings').click();
  await expect(page.getByTestId('findings-panel')).toBeVisible();
}

const selectedIds = async (page: Page) =>
  (await snapshot(page)).nodes
    .filter((n) => n.selected)
    .map((n) => n.id)
    .sort();

test('the week\'s three moves, advice on every finding, same-kind findings grouped and expandable', async ({ app }) => {
  // A whole path through the panel, the side panel and both themes: longer than a single-screen test.
  test.setTimeout(180_000);
  const { page } = app;
  await app.launch();
  await openDemoFindings(page);

  // Three moves, each a sentence of advice with the finding behind it; clicking one selects its people.
  const top = page.getByTestId('top-action');
  await expect(top).toHaveCount(3);
  await expect(top.first()).toHaveAttribute('data-key', 'decision-maker-uncovered:demo-p-president');
  await expect(top.first()).toContainText('Build a working relationship with Wang Jianguo.');
  await expect(top.first()).toContainText('Decision maker not covered');
  await top.first().click();
  await expect.poll(() => selectedIds(page)).toEqual(['demo-p-president']);
  await page.getByTestId('findings-panel').screenshot({ path: `${ARTIFACTS}/findings-advice-top-light-en.png` });

  // The three key people overdue on the pinned day (the demo is dated from the same day the analysis
  // counts from) are one line naming all three, closed; it opens to each finding, with its advice.
  const overdue = page.getByTestId('finding-group').and(page.locator('[data-code="key-person-overdue"]'));
  await expect(overdue).toHaveAttribute('data-count', '3');
  await expect(overdue).toContainText('3 people: Wang Jianguo, Sun Liqun and Zhou Qiang');
  await expect(overdue.getByTestId('finding')).toHaveCount(0);
  await overdue.getByTestId('finding-group-toggle').click();
  await expect(overdue.getByTestId('finding')).toHaveCount(3);
  await expect(overdue.getByTestId('finding-advice').first()).toContainText('What to do: Contact Wang Jianguo');
  await overdue.scrollIntoViewIfNeeded();
  await page.getByTestId('findings-panel').screenshot({ path: `${ARTIFACTS}/findings-advice-group-open-light-en.png` });
  await overdue.getByTestId('finding-group-toggle').click();
  await expect(overdue.getByTestId('finding')).toHaveCount(0);
  // A group about layers names the layers, not the first person in each.
  await expect(page.getByTestId('finding-group').and(page.locator('[data-code="layer-uncovered"]'))).toContainText('image layer and user layer');

  // A single finding carries its advice too: the blocker.
  await expect(page.locator('[data-testid="finding"][data-key="blocker:demo-p-it-director"]').getByTestId('finding-advice')).toContainText(
    "What to do: Learn Ma Zhenhua's objections and who can sway Ma Zhenhua.",
  );

  // Rule 11: three people not verified in 90 days, in one finding. Changing one's attitude verifies them today.
  const stale = page.locator('[data-testid="finding"][data-key="unverified-people"]');
  await expect(stale).toContainText('3 people have not been verified in the last 90 days');
  const accountId = app.store().listAccounts()[0]!.id;
  const person = () => app.store().openAccount(accountId)!.people.find((p) => p.id === 'demo-p-party-secretary')!;
  await clickNode(page, person().name);
  await page.getByTestId('tab-details').click();
  await page.getByTestId('field-attitude').selectOption('supporter');
  await expect.poll(() => person().verifiedOn).toBe(app.clock.today);
  await page.getByTestId('tab-findings').click();
  await expect(stale).toContainText('2 people have not been verified in the last 90 days');

  // Dark.
  await page.getByTestId('toolbar-theme').click();
  await page.getByTestId('toolbar-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('findings-panel').evaluate((el) => el.querySelector('.fp-scroll')?.scrollTo({ top: 0 }));
  await page.getByTestId('findings-panel').screenshot({ path: `${ARTIFACTS}/findings-advice-top-dark-en.png` });
});

test('简体中文: the week\'s moves and grouped findings speak Chinese, light and dark', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await app.launch({ locale: 'zh-CN' });
  await openDemoFindings(page);
  const top = page.getByTestId('top-action');
  await expect(top).toHaveCount(3);
  await expect(page.getByTestId('top-actions')).toContainText('本周要做');
  await expect(top.first()).toContainText('与王建国建立工作关系。');
  const overdue = page.getByTestId('finding-group').and(page.locator('[data-code="key-person-overdue"]'));
  await expect(overdue).toContainText('3 人：王建国、孙立群和周强');
  await overdue.getByTestId('finding-group-toggle').click();
  await expect(overdue.getByTestId('finding-advice').first()).toContainText('建议：联系王建国');
  await page.getByTestId('findings-panel').screenshot({ path: `${ARTIFACTS}/findings-advice-top-light-zh-CN.png` });
  await page.getByTestId('toolbar-theme').click();
  await page.getByTestId('toolbar-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('findings-panel').screenshot({ path: `${ARTIFACTS}/findings-advice-top-dark-zh-CN.png` });
});
