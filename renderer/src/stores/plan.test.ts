import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis';
import { adviseFinding } from '../../../shared/analysis';
import { buildDemoAccount } from '../../../shared/demo';
import { fakeClient } from './fakeClient';
import { actionFromFinding, createPlanStore } from './plan';
import { createEditorStore } from './editor';

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

  it('puts plan edits on the editor\'s undo stack: Ctrl+Z takes back a contact logged and an action completed, redo does them again', async () => {
    const demo = buildDemoAccount('en', TODAY);
    const fake = fakeClient([demo]);
    const errors: unknown[] = [];
    const editor = createEditorStore(fake.client, (e) => errors.push(e));
    const plan = createPlanStore(fake.client, (e) => errors.push(e), editor);
    await editor.getState().open(demo.account.id);
    const wang = demo.people.find((p) => p.name === 'Wang Jianguo')!;
    const owner = demo.team[0]!.id;

    await plan.getState().logContact({ date: TODAY, teamIds: [owner], personIds: [wang.id], channel: 'visit', note: '' });
    await plan.getState().addAction({ text: 'Send the pilot plan', ownerId: owner, due: '2026-11-29', personIds: [wang.id], origin: { kind: 'typed' }, createdOn: TODAY });
    const actionId = plan.getState().plan.actions[0]!.id;
    await plan.getState().setActionStatus(actionId, 'done', TODAY);
    expect(editor.getState().undoStack).toHaveLength(3);
    expect(fake.storedPlan(demo.account.id).actions[0]!.status).toBe('done');

    await editor.getState().undo(); // completing the action
    expect(plan.getState().plan.actions[0]).toMatchObject({ status: 'open', doneOn: null });
    expect(fake.storedPlan(demo.account.id).actions[0]).toMatchObject({ status: 'open', doneOn: null });
    await editor.getState().undo(); // adding it
    await editor.getState().undo(); // the contact
    expect(plan.getState().plan).toEqual({ contacts: [], actions: [] });
    expect(fake.storedPlan(demo.account.id)).toEqual({ contacts: [], actions: [] });
    await editor.getState().redo();
    expect(fake.storedPlan(demo.account.id).contacts.map((c) => c.personIds)).toEqual([[wang.id]]);
    expect(plan.getState().plan.contacts).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('the toast\'s Undo takes back its own plan edit, and nothing once another edit came since', async () => {
    const demo = buildDemoAccount('en', TODAY);
    const fake = fakeClient([demo]);
    const editor = createEditorStore(fake.client, () => undefined);
    const plan = createPlanStore(fake.client, () => undefined, editor);
    await editor.getState().open(demo.account.id);
    const [first, second] = demo.people;
    await plan.getState().logContact({ date: TODAY, teamIds: [demo.team[0]!.id], personIds: [first!.id], channel: 'call', note: '' });
    expect(await plan.getState().undoLast()).toBe(true);
    expect(fake.storedPlan(demo.account.id).contacts).toEqual([]);
    await plan.getState().logContact({ date: TODAY, teamIds: [demo.team[0]!.id], personIds: [second!.id], channel: 'call', note: '' });
    await editor.getState().apply({ forward: [{ op: 'patch', entity: 'person', id: first!.id, patch: { title: 'Dean' } }], inverse: [{ op: 'patch', entity: 'person', id: first!.id, patch: { title: first!.title } }] });
    expect(await plan.getState().undoLast()).toBe(false);
    expect(fake.storedPlan(demo.account.id).contacts).toHaveLength(1);
  });

  it('a refused plan edit leaves the plan as the main process has it, and off the undo stack', async () => {
    const demo = buildDemoAccount('en', TODAY);
    const fake = fakeClient([demo]);
    const errors: unknown[] = [];
    const editor = createEditorStore(fake.client, (e) => errors.push(e));
    const plan = createPlanStore(fake.client, () => undefined, editor);
    await editor.getState().open(demo.account.id);
    fake.refuseNextEdit({ code: 'invalid-payload', message: 'no' });
    expect(await plan.getState().logContact({ date: TODAY, teamIds: [demo.team[0]!.id], personIds: [demo.people[0]!.id], channel: 'call', note: '' })).toBe(false);
    expect(plan.getState().plan.contacts).toEqual([]);
    expect(editor.getState().undoStack).toEqual([]);
    expect(errors).toHaveLength(1);
  });
});
