import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { demoPersonId, demoTeamId } from '../../shared/demo';
import { expect, test } from './harness';
import { painted, snapshot } from './map-driver';

/**
 * Issue 13's week: the agenda is the start screen across all accounts; a visit is logged from a person's
 * panel in two actions (Log contact, Log it) and the cold relationship it renews leaves the findings; a
 * finding's advice becomes an action in one click and shows on the agenda, where it is completed in
 * place. English and 简体中文 screenshots go to test/artifacts/.
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/** Sun Liqun, Vice-President for IT: Chen Guodong last met her 64 days ago, a cold relationship. */
const SUN = demoPersonId('vp-it');

/**
 * The demo's own plan (shared/demo/planStructure.ts): five actions, three of them open and due by the end of
 * the week (one overdue); its records have fixed ids, so what a test adds is told apart.
 */
const DEMO_ACTIONS = 5;
const DEMO_ACTIONS_DUE = 3;
const added = <T extends { id: string }>(records: readonly T[]): T[] => records.filter((r) => !r.id.startsWith('demo-'));

/** How many cold relationships the findings panel lists (one line for them all). */
const coldCount = async (page: Page) => Number(await page.locator('[data-testid="finding-group"][data-code="cold-link"]').getAttribute('data-count'));

for (const [locale, words] of [
  ['en-US', { suffix: 'en' }],
  ['zh-CN', { suffix: 'zh-CN' }],
] as const) {
  test(`the agenda, a contact logged from the panel, advice made an action and completed (${words.suffix})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await app.launch({ locale, startOnAgenda: true });

    // The start screen: what is due across the accounts, the day's sum-up first.
    await expect(page.getByTestId('agenda-screen')).toBeVisible();
    await expect(page.getByTestId('agenda-line').first()).toBeVisible();
    await expect(page.getByTestId('agenda-summary')).not.toBeEmpty();
    await page.screenshot({ path: `${ARTIFACTS}/plan-agenda-${words.suffix}.png` });

    // A line opens the account framed on its person: Sun Liqun, whose relationship has gone cold.
    const sunLines = page.locator(`[data-testid="agenda-line"][data-kind="relationship"][data-person-ids="${SUN}"]`);
    await expect(sunLines.first()).toBeVisible();
    await sunLines.first().locator('.agenda-open').click();
    await expect(page.getByTestId('map-area')).toBeVisible();
    await painted(page);
    expect((await snapshot(page)).nodes.filter((n) => n.selected).map((n) => n.id)).toEqual([SUN]);
    await page.getByTestId('tab-findings').click();
    const coldBefore = await coldCount(page);
    expect(coldBefore).toBeGreaterThan(1);

    // Log contact on her panel, then Log it: today, a visit, the member covering her most strongly (Li Wei)
    // preselected. Chen Guodong's own relationship with her is the cold one, so he is the one who met her.
    await page.getByTestId('tab-details').click();
    // The demo's log already holds her earlier contacts (and a visit planned after today).
    const timelineBefore = await page.getByTestId('timeline-contact').count();
    expect(timelineBefore).toBeGreaterThan(0);
    await page.getByTestId('log-contact-button').click();
    const dialog = page.getByTestId('log-contact-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('log-contact-member')).toHaveValue(demoTeamId('liwei'));
    await page.getByTestId('log-contact-member').selectOption(demoTeamId('chenguodong'));
    await page.getByTestId('log-contact-note').fill(locale === 'zh-CN' ? '午餐，谈到明年的实验室预算' : 'Lunch; talked about next year’s lab budget');
    await page.screenshot({ path: `${ARTIFACTS}/plan-log-dialog-${words.suffix}.png` });
    await page.getByTestId('log-contact-save').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('timeline-contact')).toHaveCount(timelineBefore + 1);
    await page.getByTestId('tab-findings').click();
    await expect(page.locator('[data-testid="finding-group"][data-code="cold-link"]')).toHaveAttribute('data-count', String(coldBefore - 1));
    // Stored, not only shown: the log holds it after the app starts again.
    expect(added(app.store().allAccountsWithPlans()[0]!.plan.contacts).map((c) => c.personIds)).toEqual([[SUN]]);

    // A finding's advice becomes an action in one click, with its people and an owner.
    const make = page.getByTestId('finding-make-action').first();
    await make.click();
    await expect(make).toBeDisabled();
    const actions = added(app.store().allAccountsWithPlans()[0]!.plan.actions);
    expect(actions).toHaveLength(1);
    expect(actions[0]!.personIds.length).toBeGreaterThan(0);
    expect(actions[0]).toMatchObject({ status: 'open', due: '2026-11-29', origin: { kind: 'finding' } });
    await page.screenshot({ path: `${ARTIFACTS}/plan-findings-action-${words.suffix}.png` });

    // The account's Plan tab lists it with its owner, due day, people, status and source; one can be typed too.
    await page.getByTestId('tab-plan').click();
    await expect(page.getByTestId('plan-action')).toHaveCount(DEMO_ACTIONS + 1);
    await page.getByTestId('plan-action-text').fill(locale === 'zh-CN' ? '寄送智慧校园案例' : 'Send the smart campus case study');
    await page.getByTestId('plan-action-add').click();
    await expect(page.getByTestId('plan-action')).toHaveCount(DEMO_ACTIONS + 2);
    await page.screenshot({ path: `${ARTIFACTS}/plan-tab-${words.suffix}.png` });

    // Back to the agenda: the action is there (due within the week), and one click completes it in place.
    await page.getByTestId('toolbar-back').click();
    await page.getByTestId('open-agenda').click();
    const actionLine = page.locator('[data-testid="agenda-line"][data-kind="action"]');
    await expect(actionLine).toHaveCount(DEMO_ACTIONS_DUE + 2);
    await expect(page.locator(`[data-testid="agenda-line"][data-kind="relationship"][data-person-ids="${SUN}"]`)).toHaveCount(0);
    await page.screenshot({ path: `${ARTIFACTS}/plan-agenda-after-${words.suffix}.png` });
    await actionLine.first().getByTestId('agenda-done').click();
    await expect(actionLine).toHaveCount(DEMO_ACTIONS_DUE + 1);
    expect(app.store().allAccountsWithPlans()[0]!.plan.actions.filter((a) => a.status === 'done' && a.doneOn === '2026-11-22')).toHaveLength(1);
  });
}
