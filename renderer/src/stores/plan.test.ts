import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { adviseFinding } from '../../../shared/analysis';
import { buildDemoAccount } from '../../../shared/demo';
import { fakeClient } from './fakeClient';
import { actionFromFinding, createPlanStore } from './plan';

const TODAY = '2026-11-22';

describe('the plan store', () => {
  it('logs a contact at once and keeps it after the main process took it; undo takes it back', async () => {
    const demo = buildDemoAccount('en', TODAY);
    const fake = fakeClient([demo]);
    const errors: unknown[] = [];
    const plan = createPlanStore(fake.client, (e) => errors.push(e));
    await plan.getState().load(demo.account.id);
    const wang = demo.people.find((p) => p.name === 'Wang Jianguo')!;
    await plan.getState().logContact({ date: TODAY, teamIds: [demo.team[0]!.id], personIds: [wang.id], channel: 'visit', note: '  met at the lab  ' });
    expect(plan.getState().plan.contacts).toHaveLength(1);
    expect(plan.getState().plan.contacts[0]!.note).toBe('met at the lab');
    expect(fake.storedPlan(demo.account.id).contacts).toHaveLength(1);
    await plan.getState().undoLast();
    expect(plan.getState().plan.contacts).toEqual([]);
    expect(fake.storedPlan(demo.account.id).contacts).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("turns a finding's advice into an action with its people, the usual owner and a week to do it", () => {
    const demo = buildDemoAccount('en', TODAY);
    const finding = analyze(demo, { today: TODAY }).findings.find((f) => f.personIds.length > 0)!;
    const action = actionFromFinding(finding, adviseFinding(finding, demo, 'en'), demo, [], TODAY)!;
    expect(action).toMatchObject({ due: '2026-11-29', personIds: [...finding.personIds], origin: { kind: 'finding', code: finding.code } });
    expect(demo.team.map((m) => m.id)).toContain(action.ownerId);
    expect(action.text.length).toBeGreaterThan(10);
  });
});
