import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { clickNode, openDemo, painted, snapshot } from './map-driver';

/**
 * Issue 12, points 3 and 4: the map as it was, and Compare. The demo is imported on 12 Oct 2026 (the
 * store's record clock is set before launch); on 20 Nov the coach leaves for a competitor; the map as of
 * 12 Oct shows them still there, read-only; a snapshot "Q3 review" is taken; on 22 Nov the IT director
 * warms to us, the coach comes back, a person joins and one is deleted; Compare with the snapshot draws
 * the markers and the findings diff; the portfolio shows the trend lines; a workshop's end takes a snapshot.
 * Screenshots in English and 简体中文, light and dark, at 1366x768.
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

const COACH = 'demo-p-appdev-chief';
const DIRECTOR = 'demo-p-it-director';
const GONE = 'demo-p-helpdesk-operator';
const IMPORTED = '2026-10-12';
const node = async (page: Page, id: string) => (await snapshot(page)).nodes.find((n) => n.id === id);

async function setTheme(page: Page, theme: 'light' | 'dark') {
  const html = page.locator('html');
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== theme; i++) await page.getByTestId('toolbar-theme').click();
  await expect(html).toHaveAttribute('data-theme', theme);
}

async function setLanguage(page: Page, lang: 'en' | 'zh-CN') {
  const html = page.locator('html');
  if ((await html.getAttribute('lang')) !== lang) await page.getByTestId('toolbar-language').click();
  await expect(html).toHaveAttribute('lang', lang);
}

test('the map as of an earlier day is read-only, and Compare with a snapshot draws what changed', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  app.clock.now = new Date(`${IMPORTED}T10:00:00.000Z`);
  await app.launch();
  await openDemo(page);
  const accountId = app.store().listAccounts()[0]!.id;
  const stored = () => app.store().openAccount(accountId)!;
  const coach = stored().people.find((p) => p.id === COACH)!;
  const director = stored().people.find((p) => p.id === DIRECTOR)!;
  const gone = stored().people.find((p) => p.id === GONE)!;
  const cloudNet = stored().competitors.find((c) => c.name === 'CloudNet Education')!;

  // 20 Nov: the coach leaves for CloudNet.
  app.clock.now = new Date('2026-11-20T10:00:00.000Z');
  await clickNode(page, coach.name);
  await page.getByTestId('tab-details').click();
  await page.getByTestId('field-status').selectOption('left');
  await page.getByTestId('field-leftTo').selectOption(cloudNet.id);
  await expect.poll(() => stored().people.find((p) => p.id === COACH)?.leftToCompetitorId).toBe(cloudNet.id);
  await expect.poll(async () => (await node(page, COACH))?.classes).toContain('status-left');

  // The History tab: the day of the import has "View this day"; the map as it was then, read-only.
  await page.getByTestId('tab-history').click();
  await expect(page.getByTestId('history-day')).toHaveCount(2);
  await page.getByTestId('history-view-day').and(page.locator(`[data-day="${IMPORTED}"]`)).click();
  const banner = page.getByTestId('history-view-banner');
  await expect(banner).toContainText('Viewing 12 Oct 2026 — read-only');
  await expect(banner.getByTestId('history-view-back')).toContainText('Back to today');
  await expect.poll(async () => (await node(page, COACH))?.classes).not.toContain('status-left');
  const asOfPanel = page.getByTestId('history-view-panel');
  await expect(asOfPanel).toHaveAttribute('data-kind', 'asOf');
  await expect(asOfPanel.getByTestId('history-view-coverage')).toHaveAttribute('data-score', /^3[23]/);
  // No editing: the toolbar is gone, and single keys and shortcuts do nothing.
  await expect(page.getByTestId('toolbar-add-person')).toHaveCount(0);
  const peopleBefore = stored().people.length;
  await page.getByTestId('map-area').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('n');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  expect(stored().people.length).toBe(peopleBefore);
  expect(stored().people.find((p) => p.id === COACH)?.status).toBe('left');
  // The slider moves to the next day; Escape (or the button) goes back to today, editable again.
  await page.getByTestId('history-view-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(banner).toContainText('Viewing 13 Oct 2026 — read-only');
  await page.getByTestId('history-view-back').click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('toolbar-add-person')).toBeVisible();
  await expect.poll(async () => (await node(page, COACH))?.classes).toContain('status-left');

  // A snapshot before the review.
  await page.getByTestId('tab-history').click();
  await page.getByTestId('snapshot-take-open').click();
  await page.getByTestId('snapshot-name').fill('Q3 review');
  await page.getByTestId('snapshot-take').click();
  await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
  await expect(page.getByTestId('snapshot-row')).toContainText('Q3 review');
  await expect(page.getByTestId('snapshot-row')).toContainText('20 Nov 2026');

  // 22 Nov: the director warms to us, the coach is back, someone joins, someone is deleted.
  app.clock.now = new Date('2026-11-22T10:00:00.000Z');
  await clickNode(page, director.name);
  await page.getByTestId('tab-details').click();
  await page.getByTestId('field-attitude').selectOption('supporter');
  await clickNode(page, coach.name);
  await page.getByTestId('field-status').selectOption('active');
  await clickNode(page, gone.name);
  await page.keyboard.press('Delete');
  await expect.poll(() => stored().people.some((p) => p.id === GONE)).toBe(false);
  await page.getByTestId('map-area').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('n');
  await page.getByTestId('field-name').fill('Sun Qiang');
  await page.getByTestId('field-name').press('Enter');
  await expect.poll(() => stored().people.some((p) => p.name === 'Sun Qiang')).toBe(true);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const newcomer = stored().people.find((p) => p.name === 'Sun Qiang')!;

  // Compare with the snapshot: one map with the markers, the findings diff beside it.
  await page.getByTestId('tab-history').click();
  await page.getByTestId('snapshot-compare').click();
  await expect(banner).toContainText('Comparing Q3 review (20 Nov 2026) with Today — read-only');
  const panel = page.getByTestId('history-view-panel');
  await expect(panel).toHaveAttribute('data-kind', 'compare');
  await expect.poll(async () => (await node(page, newcomer.id))?.label).toMatch(/^\+ Sun Qiang/);
  expect((await node(page, newcomer.id))?.classes).toContain('diff-new');
  const ghost = await node(page, GONE);
  expect(ghost?.classes).toContain('diff-removed');
  const moved = await node(page, DIRECTOR);
  expect(moved?.classes).toContain('diff-moved');
  expect(moved?.label.replace(/\n/g, ' ')).toContain('▲ was skeptic');
  const edges = (await snapshot(page)).edges;
  expect(edges.some((e) => e.source === GONE || e.target === GONE)).toBe(true);
  await expect(panel.locator('[data-change="joined"]')).toContainText('+ joined: Sun Qiang');
  await expect(panel.locator('[data-change="removed"]')).toContainText(`${gone.name} removed`);
  await expect(panel.locator('[data-change="back"]')).toContainText(`${coach.name} is back (was: Left)`);
  await expect(panel.locator('[data-change="moved"]')).toContainText(`▲ ${director.name}: attitude skeptic → supporter`);
  await expect(panel.getByTestId('history-compare-metrics').locator('[data-metric="weightedCoverage"]')).toContainText('→');
  await expect(panel.getByTestId('history-compare-resolved').locator('[data-code="no-coach"]')).toHaveCount(1);
  // Still read-only: nothing was written while comparing.
  await page.keyboard.press('n');
  expect(stored().people.length).toBe(peopleBefore);

  // Screenshots: History, as of, Compare; English and 简体中文, light and dark.
  await page.getByTestId('history-view-back').click();
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await setLanguage(page, lang);
      const suffix = `${theme}-${lang === 'en' ? 'en' : 'zh'}`;
      await page.getByTestId('tab-history').click();
      await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
      await painted(page);
      await page.screenshot({ path: `${ARTIFACTS}/history-views-tab-${suffix}.png` });
      await page.getByTestId('history-view-day').and(page.locator(`[data-day="${IMPORTED}"]`)).click();
      await expect(page.getByTestId('history-view-panel')).toHaveAttribute('data-kind', 'asOf');
      await painted(page);
      await page.screenshot({ path: `${ARTIFACTS}/history-views-as-of-${suffix}.png` });
      await page.keyboard.press('Escape');
      await expect(banner).toHaveCount(0);
      await page.getByTestId('tab-history').click();
      await page.getByTestId('snapshot-compare').click();
      await expect(page.getByTestId('history-view-panel')).toHaveAttribute('data-kind', 'compare');
      await expect.poll(async () => (await node(page, newcomer.id))?.classes).toContain('diff-new');
      await painted(page);
      await page.screenshot({ path: `${ARTIFACTS}/history-views-compare-${suffix}.png` });
      await page.getByTestId('history-view-back').click();
      await expect(banner).toHaveCount(0);
    }
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // The portfolio: the account's weighted coverage and red flags month by month since October, and
  // "changed since": changed this week, so it stays; a year-old filter keeps it too.
  await setLanguage(page, 'en');
  await setTheme(page, 'light');
  await page.getByTestId('toolbar-back').click();
  await page.getByTestId('open-portfolio').click();
  const row = page.getByTestId('portfolio-row').first();
  const coverageLine = row.getByTestId('portfolio-sparkline').and(page.locator('[data-metric="weightedCoverage"]'));
  await expect(coverageLine).toHaveAttribute('data-values', /^\d+,\d+$/);
  await expect(coverageLine).toHaveAttribute('aria-label', /^Weighted coverage over the last 12 months: \d+ → \d+$/);
  await expect(row.getByTestId('portfolio-sparkline').and(page.locator('[data-metric="redFlags"]'))).toHaveCount(1);
  await page.getByTestId('portfolio-changed-since').selectOption('7');
  await expect(page.getByTestId('portfolio-row')).toHaveCount(1);
  await page.screenshot({ path: `${ARTIFACTS}/history-views-portfolio-light-en.png` });

  // A workshop that ends takes a snapshot of its own, listed with the user's.
  await page.getByTestId('portfolio-open').first().click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await painted(page);
  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-bar')).toHaveCount(0);
  await page.getByTestId('tab-history').click();
  await expect(page.getByTestId('snapshot-row')).toHaveCount(2);
  await expect(page.getByTestId('snapshot-row').first()).toContainText(`Workshop ended ${app.clock.today}`);
  await expect(page.getByTestId('snapshot-row').first()).toContainText('workshop end');

  // Years of history stay small: the changes before 20 Nov fold into a snapshot, after a confirmation.
  const compact = page.getByTestId('history-compact');
  await compact.locator('summary').click();
  await compact.getByTestId('history-compact-day').fill('2026-11-20');
  await compact.getByTestId('history-compact-run').click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Compact' }).click();
  await expect(page.getByTestId('toast').last()).toContainText('folded into a snapshot');
  await expect(page.getByTestId('snapshot-row')).toHaveCount(3);
  await expect(page.getByTestId('snapshot-row').first()).toContainText('compacted history');
  expect(app.store().history(accountId).some((record) => record.origin === 'baseline')).toBe(true);
  expect(stored().people.find((p) => p.id === COACH)?.status).toBe('active');
});
