import { demoPersonId, demoTeamId } from '../../shared/demo';
import { expect, test } from './harness';

/**
 * Issue 13's Monday-morning start with a long week: the agenda draws the 40 most urgent lines due now and
 * the first 10 of each coming day at once, and the rest of a section on "Show all" (asked of the main
 * process then), so a portfolio with thousands of lines due opens quickly.
 */
test('a long agenda draws the first 40 lines due now and 10 of each coming day, the rest on "Show all"', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  // The week's 75 follow-ups are in the database when the app starts.
  const longWeek = (accountId: string) => Array.from({ length: 75 }, (_, i) => ({
    op: 'addAction' as const,
    value: {
      id: `long-${i}`,
      accountId,
      text: i < 60 ? `Follow-up ${String(i + 1).padStart(2, '0')} with Wu Ting` : `Thursday ${String(i - 59).padStart(2, '0')} with Wu Ting`,
      ownerId: demoTeamId('zhaomin'),
      // 60 overdue, 15 due on Thursday (today is Sunday 2026-11-22).
      due: i < 60 ? '2026-11-20' : '2026-11-26',
      personIds: [demoPersonId('project-manager')],
      status: 'open' as const,
      origin: { kind: 'typed' as const },
      createdOn: '2026-11-01',
      doneOn: null,
    },
  }));
  await app.launch({ startOnAgenda: true, prepare: (store) => store.applyOps(longWeek(store.listAccounts()[0]!.id)) });

  const now = page.getByTestId('agenda-section').first();
  await expect(now.getByTestId('agenda-line')).toHaveCount(40);
  const showAll = now.getByTestId('agenda-show-all');
  await expect(showAll).toHaveText(/^Show all \d+ lines$/);
  const count = Number(/\d+/.exec((await showAll.textContent()) ?? '')![0]);
  expect(count).toBeGreaterThan(60);
  await showAll.click();
  await expect(now.getByTestId('agenda-line')).toHaveCount(count);
  await expect(now.getByTestId('agenda-show-all')).toHaveCount(0);
  // The 60 added, beside the demo's own overdue action.
  await expect(now.locator('[data-testid="agenda-line"][data-kind="action"]').filter({ hasText: /Follow-up \d\d with Wu Ting/ })).toHaveCount(60);

  const thursday = page.getByTestId('agenda-section').filter({ has: page.getByRole('heading', { name: '2026-11-26' }) });
  await expect(thursday.getByTestId('agenda-line')).toHaveCount(10);
  const showThursday = thursday.getByTestId('agenda-show-all');
  const onThursday = Number(/\d+/.exec((await showThursday.textContent()) ?? '')![0]);
  expect(onThursday).toBeGreaterThanOrEqual(15);
  await showThursday.click();
  await expect(thursday.getByTestId('agenda-line')).toHaveCount(onThursday);
  await expect(thursday.locator('[data-testid="agenda-line"]').filter({ hasText: /Thursday \d\d with Wu Ting/ })).toHaveCount(15);
  // The section due now stays whole.
  await expect(now.getByTestId('agenda-line')).toHaveCount(count);
});
