import { describe, expect, it } from 'vitest';
import { invertPlanOps, lastContacts, withLoggedContacts, type LoggedContact, type PlanAction, type PlanOp } from '../../shared/plan';
import { putOps, sampleAccountData, steppingClock, storeErrorFrom, useTempStore } from './test-support';

const fx = useTempStore(() => ({ now: steppingClock() }));
const TODAY = '2026-12-07';

function setup() {
  const data = sampleAccountData();
  fx.store.applyOps(putOps(data));
  const [boss, engineer] = data.people as [(typeof data.people)[0], (typeof data.people)[0]];
  const [seller, presales] = data.team as [(typeof data.team)[0], (typeof data.team)[0]];
  const contact = (id: string, date: string, personIds: string[], teamIds = [seller.id]): LoggedContact => ({
    id,
    accountId: data.account.id,
    date,
    teamIds,
    personIds,
    channel: 'visit',
    note: 'Lunch after the plant tour',
    private: true,
  });
  const action = (id: string, personIds: string[]): PlanAction => ({
    id,
    accountId: data.account.id,
    text: 'Ask for an introduction',
    ownerId: presales.id,
    due: '2026-12-20',
    personIds,
    status: 'open',
    origin: { kind: 'typed' },
    createdOn: TODAY,
    doneOn: null,
  });
  /** Each person's last contact as the app shows it: following from the log. */
  const lastOf = (personId: string) => {
    const account = fx.store.openAccount(data.account.id)!;
    const plan = fx.store.planOf(data.account.id);
    return withLoggedContacts(account, lastContacts(account, plan.contacts, TODAY)).people.find((p) => p.id === personId)!.lastContact;
  };
  return { data, boss, engineer, seller, presales, contact, action, lastOf };
}

describe('the contact log in the store', () => {
  it('a contact logged for two people moves both last contacts, and deleting it moves them back', () => {
    const { data, boss, engineer, contact, lastOf } = setup();
    expect([lastOf(boss.id), lastOf(engineer.id)]).toEqual(['2026-10-30', null]);
    fx.store.applyOps([{ op: 'logContact', value: contact('c1', '2026-12-03', [boss.id, engineer.id]) }]);
    expect([lastOf(boss.id), lastOf(engineer.id)]).toEqual(['2026-12-03', '2026-12-03']);
    expect(fx.store.planOf(data.account.id).contacts[0]).toMatchObject({ personIds: [boss.id, engineer.id], note: 'Lunch after the plant tour', private: true });
    fx.store.applyOps([{ op: 'deleteContact', id: 'c1' }]);
    expect([lastOf(boss.id), lastOf(engineer.id)]).toEqual(['2026-10-30', null]);
  });

  it('records each plan edit in the change log, and undo is applying the inverse', () => {
    const { data, boss, contact, action } = setup();
    const ops: PlanOp[] = [
      { op: 'logContact', value: contact('c1', '2026-12-03', [boss.id]) },
      { op: 'addAction', value: action('a1', [boss.id]) },
    ];
    const before = fx.store.planOf(data.account.id);
    fx.store.applyOps(ops);
    fx.store.applyOps([{ op: 'updateAction', id: 'a1', patch: { status: 'done', doneOn: TODAY } }]);
    const history = fx.store.history(data.account.id).filter((r) => r.entity === 'contact' || r.entity === 'action');
    expect(history.map((r) => `${r.entity} ${r.kind}`)).toEqual(['contact create', 'action create', 'action update']);
    expect(history[2]!.after).toEqual({ status: 'done', doneOn: TODAY });
    fx.store.applyOps([{ op: 'updateAction', id: 'a1', patch: { status: 'open', doneOn: null } }]);
    fx.store.applyOps(invertPlanOps(before, ops));
    expect(fx.store.planOf(data.account.id)).toEqual({ contacts: [], actions: [] });
  });

  it('refuses a contact naming a person of no account, an action without an owner from the team, and closing without a day', () => {
    const { boss, contact, action } = setup();
    expect(storeErrorFrom(() => fx.store.applyOps([{ op: 'logContact', value: contact('c1', '2026-12-03', ['nobody']) }])).message).toContain(
      'no person with id nobody in this account',
    );
    expect(storeErrorFrom(() => fx.store.applyOps([{ op: 'addAction', value: { ...action('a1', [boss.id]), ownerId: 'stranger' } }])).message).toContain(
      'no team member with id stranger',
    );
    fx.store.applyOps([{ op: 'addAction', value: action('a1', [boss.id]) }]);
    expect(storeErrorFrom(() => fx.store.applyOps([{ op: 'updateAction', id: 'a1', patch: { status: 'done' } }])).message).toContain('needs the day it was closed');
  });

  it('deleting a person takes them out of the meetings they were in, and removes a contact and an action about them alone', () => {
    const { data, boss, engineer, contact, action } = setup();
    fx.store.applyOps([
      { op: 'logContact', value: contact('meeting', '2026-12-01', [boss.id, engineer.id]) },
      { op: 'logContact', value: contact('alone', '2026-12-02', [engineer.id]) },
      { op: 'addAction', value: action('about-engineer', [engineer.id]) },
      { op: 'addAction', value: action('about-both', [boss.id, engineer.id]) },
    ]);
    fx.store.applyOps([{ op: 'delete', entity: 'person', id: engineer.id }]);
    const plan = fx.store.planOf(data.account.id);
    expect(plan.contacts.map((c) => [c.id, c.personIds])).toEqual([['meeting', [boss.id]]]);
    expect(plan.actions.map((a) => [a.id, a.personIds])).toEqual([['about-both', [boss.id]]]);
    const recorded = fx.store.history(data.account.id).filter((r) => r.origin === 'edit' && (r.entity === 'contact' || r.entity === 'action')).slice(-4);
    expect(recorded.map((r) => `${r.entity} ${r.entityId} ${r.kind}`).sort()).toEqual([
      'action about-both update',
      'action about-engineer delete',
      'contact alone delete',
      'contact meeting update',
    ]);
  });

  it('deleting a team member takes them out of contacts and removes the actions they own', () => {
    const { data, boss, seller, presales, contact, action } = setup();
    fx.store.applyOps([
      { op: 'logContact', value: contact('both', '2026-12-01', [boss.id], [seller.id, presales.id]) },
      { op: 'logContact', value: contact('presales-only', '2026-12-02', [boss.id], [presales.id]) },
      { op: 'addAction', value: action('a1', [boss.id]) },
    ]);
    fx.store.applyOps([{ op: 'delete', entity: 'team', id: presales.id }]);
    const plan = fx.store.planOf(data.account.id);
    expect(plan.contacts.map((c) => [c.id, c.teamIds])).toEqual([['both', [seller.id]]]);
    expect(plan.actions).toEqual([]);
  });

  it('the agenda read gives every account with its plan, and a deleted account takes its log with it', () => {
    const { data, boss, contact } = setup();
    fx.store.applyOps([{ op: 'logContact', value: contact('c1', '2026-12-03', [boss.id]) }]);
    expect(fx.store.allAccountsWithPlans().map((entry) => [entry.data.account.id, entry.plan.contacts.length])).toEqual([[data.account.id, 1]]);
    fx.store.deleteAccount(data.account.id);
    expect(fx.store.planOf(data.account.id)).toEqual({ contacts: [], actions: [] });
    expect(fx.store.history(data.account.id).some((r) => r.entity === 'contact' && r.kind === 'delete')).toBe(true);
  });

  it('an imported file brings its log; imported again as a copy, the log follows the copy\'s new ids', () => {
    const { data, boss, contact, action } = setup();
    const plan = { contacts: [contact('c1', '2026-12-03', [boss.id])], actions: [action('a1', [boss.id])] };
    fx.store.deleteAccount(data.account.id);
    const first = fx.store.importAccount(data, undefined, plan);
    expect(fx.store.planOf(first.accountId)).toEqual(plan);
    const copy = fx.store.importAccount(data, undefined, plan);
    expect(copy.copied).toBe(true);
    const copied = fx.store.openAccount(copy.accountId)!;
    const copiedPlan = fx.store.planOf(copy.accountId);
    expect(copiedPlan.contacts[0]!.personIds).toEqual([copied.people[0]!.id]);
    expect(copiedPlan.actions[0]!.ownerId).toBe(copied.team[1]!.id);
    expect(copiedPlan.contacts[0]!.id).not.toBe('c1');
  });
});
