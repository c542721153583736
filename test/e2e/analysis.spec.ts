import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { account, accountData, covers, member, person, reportsTo } from '../../shared/analysis/testing';
import type { AccountData } from '../../shared/model';
import { expect, test } from './harness';
import { clickNode, drawing, painted, snapshot } from './map-driver';

/**
 * Issue 3's acceptance path through the UI: the demo account's findings, a finding selecting its people,
 * what-if with the coach gone (and the map and database unchanged afterwards), the portfolio sorted by
 * risk; in English and 简体中文, light and dark.
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/** The demo's cast, by id (shared/demo/ids.ts DEMO_KEY_PEOPLE). */
const DEMO = {
  bottleneck: 'demo-p-vp-it',
  blocker: 'demo-p-it-director',
  uncoveredDecisionMaker: 'demo-p-president',
  hiddenInfluencer: 'demo-p-network-chief',
} as const;

/** A well-covered account (low risk), so the portfolio has something to sort against the demo. */
function harbourLogistics(today: string): AccountData {
  const covered = { lastContact: today };
  return accountData({
    account: account({ name: 'Harbour Logistics', industry: 'Shipping', tier: 'senior', stage: 'stable' }),
    team: [member('e2e-t-ana', { name: 'Ana Ruiz' }), member('e2e-t-bo', { name: 'Bo Chen' })],
    people: [
      person('e2e-p-ceo', { name: 'Grace Holm', layer: 'image', roles: ['decisionMaker'], attitude: 'supporter', influence: 5, fitOurs: 'yes', fitCompetitor: 'no', ...covered }),
      person('e2e-p-cfo', { name: 'Ivan Petrov', layer: 'decision', roles: ['decisionMaker'], attitude: 'champion', influence: 4, fitOurs: 'yes', fitCompetitor: 'no', ...covered }),
      person('e2e-p-ops', { name: 'Mia Lund', layer: 'implementation', roles: ['coach'], attitude: 'champion', ...covered }),
      person('e2e-p-user', { name: 'Noah Berg', layer: 'user', roles: ['user'], attitude: 'supporter', influence: 2, ...covered }),
    ],
    links: [
      covers('e2e-t-ana', 'e2e-p-ceo', 3, today),
      covers('e2e-t-bo', 'e2e-p-ceo', 2, today),
      covers('e2e-t-bo', 'e2e-p-cfo', 3, today),
      covers('e2e-t-ana', 'e2e-p-cfo', 2, today),
      covers('e2e-t-ana', 'e2e-p-ops', 2, today),
      covers('e2e-t-bo', 'e2e-p-user', 2, today),
      reportsTo('e2e-p-cfo', 'e2e-p-ceo'),
      reportsTo('e2e-p-ops', 'e2e-p-cfo'),
      reportsTo('e2e-p-user', 'e2e-p-ops'),
    ],
  });
}

async function openFirstAccount(page: Page) {
  await page.getByTestId('account-row').first().getByTestId('account-open').click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await snapshot(page);
  await painted(page);
}

async function openFindings(page: Page) {
  await page.getByTestId('tab-findings').click();
  await expect(page.getByTestId('tab-findings')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('findings-panel')).toBeVisible();
}

const finding = (page: Page, key: string) => page.getByTestId('finding').and(page.locator(`[data-key="${key}"]`));

/** Findings of one kind are grouped in one line; opening every group shows each finding. */
async function expandAllGroups(page: Page) {
  for (const toggle of await page.getByTestId('finding-group-toggle').all()) {
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }
}

async function coverageScore(page: Page): Promise<number> {
  return Number(await page.getByTestId('weighted-coverage').getAttribute('data-score'));
}

/** The demo's coach, found on the map by role. */
async function coachName(page: Page): Promise<string> {
  const coaches = (await snapshot(page)).nodes.filter((n) => n.classes.includes('role-coach'));
  expect(coaches).toHaveLength(1);
  return coaches[0]!.label;
}

const selectedIds = async (page: Page) =>
  (await snapshot(page)).nodes
    .filter((n) => n.selected)
    .map((n) => n.id)
    .sort();

test('the demo account: findings, a finding selects its people, what-if with the coach gone, the portfolio by risk', async ({ app }) => {
  // One user's whole path over three screens: longer than a single-screen test.
  test.setTimeout(120_000);
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  const accountId = app.store().listAccounts()[0]!.id;

  // The findings the demo was built to show.
  await expect(page.getByTestId('toggle-overlays')).toHaveAttribute('aria-pressed', 'false');
  await openFindings(page);
  await expect(page.getByTestId('toggle-overlays')).toHaveAttribute('aria-pressed', 'true');
  await expandAllGroups(page);
  for (const key of [
    `access-bottleneck:${DEMO.bottleneck}`,
    `blocker:${DEMO.blocker}`,
    `dm-favours-competitor:${DEMO.blocker}`,
    `decision-maker-uncovered:${DEMO.uncoveredDecisionMaker}`,
    'layer-uncovered:user',
    `hidden-influencer:${DEMO.hiddenInfluencer}`,
  ]) {
    await expect(finding(page, key), key).toHaveCount(1);
  }
  await expect(page.locator('[data-testid="layer-indicator"][data-layer="user"]')).toHaveAttribute('data-status', 'identified');
  await expect(page.locator('[data-testid="layer-indicator"][data-layer="user"]')).toContainText('Identified');
  await expect(finding(page, `access-bottleneck:${DEMO.bottleneck}`)).toContainText('Every route from our team to Wang Jianguo runs through Sun Liqun');
  await expect(finding(page, `access-bottleneck:${DEMO.bottleneck}`)).toContainText('Rule 4');
  await expect(page.getByTestId('thread-bottlenecks')).toHaveAttribute('data-risk', 'risk');
  // Most severe first: the first finding listed is critical, the last a note.
  await expect(page.getByTestId('finding').first()).toHaveAttribute('data-severity', 'critical');
  await expect(page.getByTestId('finding').last()).toHaveAttribute('data-severity', 'info');
  // Drawn on the map too: the bottleneck haloed, the uncovered decision maker outlined.
  await painted(page);
  const marked = await snapshot(page);
  expect(marked.nodes.find((n) => n.id === DEMO.bottleneck)?.classes).toContain('halo-bottleneck');
  expect(marked.nodes.find((n) => n.id === DEMO.uncoveredDecisionMaker)?.classes).toContain('uncovered-dm');
  await page.screenshot({ path: `${ARTIFACTS}/findings-panel-en.png` });

  // Clicking a finding selects the people it concerns: the bottleneck and the decision maker behind it.
  await finding(page, `access-bottleneck:${DEMO.bottleneck}`).click();
  await expect.poll(() => selectedIds(page)).toEqual([DEMO.uncoveredDecisionMaker, DEMO.bottleneck].sort());
  await page.screenshot({ path: `${ARTIFACTS}/finding-selected-en.png` });

  // What-if: the coach leaves.
  await painted(page);
  const mapBefore = drawing(await snapshot(page));
  const dataBefore = app.store().openAccount(accountId);
  const scoreBefore = await coverageScore(page);
  await page.getByTestId('toolbar-what-if').click();
  await expect(page.getByTestId('toolbar-what-if')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('what-if-banner')).toContainText('Nothing is saved');
  const coach = await coachName(page);
  await clickNode(page, coach);
  await expect(page.getByTestId('what-if-toggle-selected')).toHaveText('Mark as gone');
  await page.getByTestId('what-if-toggle-selected').click();
  await expect(page.getByTestId('what-if-toggle-selected')).toHaveText('Bring back');
  await expect(page.getByTestId('what-if-gone')).toContainText(coach);
  await expect.poll(() => coverageScore(page)).toBeLessThan(scoreBefore);
  const changes = page.getByTestId('what-if-changes');
  await expect(changes).toContainText(`Weighted coverage: ${scoreBefore} → ${await coverageScore(page)}`);
  await expect(changes.getByTestId('what-if-added').and(page.locator('[data-code="contact-single-thread"]'))).toHaveCount(1);
  await expect(changes.getByTestId('what-if-added').and(page.locator('[data-code="no-coach"]'))).toHaveCount(1);
  // A new finding in what-if says what to do about it too.
  await expect(changes.getByTestId('what-if-added').and(page.locator('[data-code="no-coach"]'))).toContainText('What to do: Find a coach inside the account.');
  await expect(page.getByTestId('thread-contact')).toHaveAttribute('data-risk', 'risk');
  await page.screenshot({ path: `${ARTIFACTS}/what-if-en.png` });

  // Leaving what-if restores the real map; nothing of it reached the database.
  await page.getByTestId('toolbar-what-if').click();
  await expect(page.getByTestId('what-if-banner')).toBeHidden();
  await expect(page.getByTestId('what-if-changes')).toBeHidden();
  await expect.poll(() => coverageScore(page)).toBe(scoreBefore);
  await painted(page);
  expect(drawing(await snapshot(page))).toEqual(mapBefore);
  expect(app.store().openAccount(accountId)).toEqual(dataBefore);

  // The portfolio, riskiest first; sorting by risk turns it round; a click opens the account.
  app.store().importAccount(harbourLogistics(app.clock.today));
  await page.getByTestId('toolbar-back').click();
  await expect(page.getByTestId('open-portfolio')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/accounts-with-portfolio-button-en.png` });
  await page.getByTestId('open-portfolio').click();
  const rows = page.getByTestId('portfolio-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-account-id', accountId);
  await expect(rows.first()).toHaveAttribute('data-risk', 'high');
  await expect(rows.last()).toHaveAttribute('data-risk', 'low');
  await expect(rows.first()).toContainText('High');
  await page.screenshot({ path: `${ARTIFACTS}/portfolio-en.png` });
  await page.getByTestId('portfolio-sort-risk').click();
  await expect(page.locator('th', { has: page.getByTestId('portfolio-sort-risk') })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('data-risk', 'low');
  await page.getByTestId('portfolio-sort-risk').click();
  await expect(rows.first()).toHaveAttribute('data-risk', 'high');
  await page.getByTestId('portfolio-sort-name').click();
  await expect(rows.first()).toContainText('Eastlake University');
  await page.getByTestId('portfolio-filter').fill('shipping');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Harbour Logistics');
  await page.getByTestId('portfolio-filter').fill('');
  await page.getByTestId('portfolio-filter-risk').selectOption('high');
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await expect(page.getByTestId('account-name')).toHaveValue('Eastlake University');
});

test('thresholds are shown, change the analysis, persist, and reset', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  await openFindings(page);
  const concentration = page.getByTestId('threshold-concentration');
  await expect(concentration).toHaveValue('60');
  await expect(page.getByTestId('threshold-hidden')).toHaveValue('25');
  await expect(page.getByTestId('thread-contact')).toHaveAttribute('data-risk', 'ok');

  // The demo's strongest contact carries about 24 % of our coverage: a 20 % limit makes it a single thread.
  await concentration.fill('20');
  await concentration.press('Enter');
  await expect(page.getByTestId('thread-contact')).toHaveAttribute('data-risk', 'risk');
  await expect(page.getByTestId('finding').and(page.locator('[data-code="contact-single-thread"]'))).toHaveCount(1);
  expect(app.store().getSettings().analysis.concentrationThreshold).toBeCloseTo(0.2);

  await concentration.fill('0');
  await concentration.press('Enter');
  await expect(page.getByText('Enter a whole number from 1 to 100.')).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/thresholds-en.png` });
  expect(app.store().getSettings().analysis.concentrationThreshold).toBeCloseTo(0.2);

  await app.restart();
  await openFirstAccount(page);
  await openFindings(page);
  await expect(page.getByTestId('threshold-concentration')).toHaveValue('20');
  await page.getByTestId('threshold-reset').click();
  await expect(page.getByTestId('threshold-concentration')).toHaveValue('60');
  await expect(page.getByTestId('thread-contact')).toHaveAttribute('data-risk', 'ok');
  expect(app.store().getSettings().analysis).toEqual({ concentrationThreshold: 0.6, hiddenInfluenceQuantile: 0.25 });
});

test('an empty account says so kindly; the portfolio lists it and leads back to the accounts', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await page.getByTestId('new-account').click();
  await expect(page.getByTestId('map-empty-hint')).toBeVisible();
  await openFindings(page);
  await expect(page.getByTestId('findings-empty')).toBeVisible();
  await expect(page.getByTestId('finding')).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/findings-empty-en.png` });
  await page.getByTestId('toolbar-back').click();
  await page.getByTestId('open-portfolio').click();
  await expect(page.getByTestId('portfolio-row')).toHaveCount(2);
  await page.getByTestId('portfolio-back').click();
  await expect(page.getByTestId('account-row')).toHaveCount(2);
});

test('简体中文 and the dark theme: findings, what-if and the portfolio', async ({ app }) => {
  const { page } = app;
  await app.launch({ locale: 'zh-CN' });
  await openFirstAccount(page);
  await openFindings(page);
  await expect(page.getByTestId('tab-findings')).toHaveText(/分析发现/);
  await expect(finding(page, `access-bottleneck:${DEMO.bottleneck}`)).toContainText('接触瓶颈');
  await expect(finding(page, `access-bottleneck:${DEMO.bottleneck}`)).toContainText('规则 4');
  await expect(page.locator('[data-testid="layer-indicator"][data-layer="user"]')).toContainText('已识别');
  await page.screenshot({ path: `${ARTIFACTS}/findings-panel-zh-CN.png` });

  await page.getByTestId('toolbar-what-if').click();
  await clickNode(page, await coachName(page));
  await page.getByTestId('what-if-toggle-selected').click();
  await expect(page.getByTestId('what-if-banner')).toContainText('不会保存任何内容');
  await expect(page.getByTestId('what-if-changes')).toContainText('加权覆盖度：');
  await expect(page.getByTestId('what-if-changes').getByTestId('what-if-added').and(page.locator('[data-code="contact-single-thread"]'))).toContainText('客户侧单线风险');
  await page.screenshot({ path: `${ARTIFACTS}/what-if-zh-CN.png` });

  // Dark: the theme button goes system -> light -> dark.
  await page.getByTestId('toolbar-theme').click();
  await page.getByTestId('toolbar-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: `${ARTIFACTS}/what-if-zh-CN-dark.png` });
  await page.getByTestId('toolbar-what-if').click();
  await page.screenshot({ path: `${ARTIFACTS}/findings-panel-zh-CN-dark.png` });

  await page.getByTestId('toolbar-back').click();
  await page.getByTestId('open-portfolio').click();
  await expect(page.getByTestId('portfolio-row')).toHaveCount(1);
  await expect(page.getByTestId('portfolio-row').first()).toContainText('高');
  await page.screenshot({ path: `${ARTIFACTS}/portfolio-zh-CN-dark.png` });
});
