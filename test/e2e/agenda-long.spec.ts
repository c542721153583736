import { demoPersonId, demoTeamId } from '../../shared/demo';
import { expect, test } from './harness';

/**
 * Issue 13's Monday-morning start with a long week: a section of the agenda draws its 40 most urgent
 * lines at once, and the rest on "Show all", so a portfolio with thousands of lines due opens quickly.
 */
test('a long agenda draws each section\'s first 40 lines, the rest on "Show all"', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  // The week's 60 follow-ups are in the database when the app starts.
  const longWeek = (accountId: string) => Array.from({ length: 60 }, (_, i) => ({
    op: 'addAction' as const,
    value: {
      id: `long-${i}`,
      accountId,
      text: `Follow-up ${String(i + 1).padStart(2, '0')} with Wu Ting`,
      ownerId: demoTeamId('zhaomin'),
      due: '2026-11-20',
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
});
