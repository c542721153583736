import { describe, expect, it } from 'vitest';
import { addLink, deleteElements } from '../../../shared/edit';
import { buildDemoAccount, DEMO_ACCOUNT_ID, DEMO_KEY_PEOPLE } from '../../../shared/demo';
import { accountData, covers, member, person } from '../../../shared/analysis/testing';
import { createAnalysisStore } from './analysis';
import { createEditorStore } from './editor';
import { fakeClient } from './fakeClient';
import { createSettingsStore } from './settings';

const TODAY = '2026-11-22';

async function openDemo() {
  const other = accountData({ account: { ...accountData().account, id: 'acc-2', name: 'Other' }, people: [person('solo')] });
  const fake = fakeClient([buildDemoAccount('en', TODAY), other]);
  const editor = createEditorStore(fake.client, () => {});
  const settings = createSettingsStore(fake.client, () => {});
  await settings.getState().init();
  const analysis = createAnalysisStore(editor, settings, TODAY);
  await editor.getState().open(DEMO_ACCOUNT_ID);
  return { fake, editor, settings, analysis };
}

const codes = (keys: { key: string }[]) => keys.map((f) => f.key);

describe('analysis store', () => {
  it('has no analysis without an account, and analyses the account once it opens', async () => {
    const fake = fakeClient([buildDemoAccount('en', TODAY)]);
    const editor = createEditorStore(fake.client, () => {});
    const analysis = createAnalysisStore(editor, createSettingsStore(fake.client, () => {}), TODAY);
    expect(analysis.getState().analysis).toBeNull();
    await editor.getState().open(DEMO_ACCOUNT_ID);
    const found = codes(analysis.getState().analysis!.findings);
    expect(found).toContain(`access-bottleneck:${DEMO_KEY_PEOPLE.decisionMakers[1]}`);
    expect(found).toContain(`decision-maker-uncovered:${DEMO_KEY_PEOPLE.uncoveredDecisionMaker}`);
  });

  it('recomputes when the data changes: covering the uncovered decision maker clears that finding', async () => {
    const { editor, analysis } = await openDemo();
    const before = analysis.getState().analysis!;
    const added = addLink(editor.getState().data!, { kind: 'covers', from: DEMO_KEY_PEOPLE.mainOwner, to: DEMO_KEY_PEOPLE.uncoveredDecisionMaker, strength: 3 }, TODAY);
    if (!added.ok) throw new Error(added.problem);
    await editor.getState().apply(added.edit);
    const after = analysis.getState().analysis!;
    expect(codes(after.findings)).not.toContain(`decision-maker-uncovered:${DEMO_KEY_PEOPLE.uncoveredDecisionMaker}`);
    expect(after.weightedCoverage.score).toBeGreaterThan(before.weightedCoverage.score);
  });

  it('what-if: the coach gone makes a contact single-thread and drops coverage; leaving restores the real analysis', async () => {
    const { fake, analysis } = await openDemo();
    const real = analysis.getState().analysis!;
    analysis.getState().setWhatIf(true);
    analysis.getState().toggleGone([DEMO_KEY_PEOPLE.coach]);

    const state = analysis.getState();
    expect(state.goneIds).toEqual([DEMO_KEY_PEOPLE.coach]);
    expect(state.baseline).toEqual(real);
    expect(state.analysis!.singleThread.contact.status).toBe('single');
    expect(state.analysis!.weightedCoverage.score).toBeLessThan(real.weightedCoverage.score);
    expect(codes(state.comparison!.added)).toContain(`contact-single-thread:${DEMO_KEY_PEOPLE.decisionMakers[1]}`);
    expect(state.comparison!.metrics.map((m) => m.metric)).toContain('weightedCoverage');

    analysis.getState().setWhatIf(false);
    expect(analysis.getState()).toMatchObject({ whatIf: false, goneIds: [], baseline: null, comparison: null });
    expect(analysis.getState().analysis).toEqual(real);
    expect(fake.editCalls()).toEqual([]);
  });

  it('what-if: marking again brings back; marking outside what-if does nothing; team members can leave too', async () => {
    const { analysis } = await openDemo();
    analysis.getState().toggleGone([DEMO_KEY_PEOPLE.coach]);
    expect(analysis.getState().goneIds).toEqual([]);

    analysis.getState().setWhatIf(true);
    analysis.getState().toggleGone([DEMO_KEY_PEOPLE.coach, DEMO_KEY_PEOPLE.mainOwner]);
    expect(analysis.getState().goneIds).toEqual([DEMO_KEY_PEOPLE.coach, DEMO_KEY_PEOPLE.mainOwner]);
    expect(analysis.getState().analysis!.singleThread.owner.ownerIds).not.toContain(DEMO_KEY_PEOPLE.mainOwner);
    analysis.getState().toggleGone([DEMO_KEY_PEOPLE.coach]);
    expect(analysis.getState().goneIds).toEqual([DEMO_KEY_PEOPLE.mainOwner]);
    analysis.getState().bringBack(DEMO_KEY_PEOPLE.mainOwner);
    expect(analysis.getState().goneIds).toEqual([]);
    expect(analysis.getState().comparison).toEqual({ added: [], removed: [], changed: [], metrics: [] });
  });

  it('what-if: edits still apply, and someone deleted meanwhile is no longer counted as gone', async () => {
    const { editor, analysis, fake } = await openDemo();
    analysis.getState().setWhatIf(true);
    analysis.getState().toggleGone([DEMO_KEY_PEOPLE.coach, DEMO_KEY_PEOPLE.hiddenInfluencer]);
    await editor.getState().apply(deleteElements(editor.getState().data!, [DEMO_KEY_PEOPLE.hiddenInfluencer]));
    expect(fake.editCalls()).toHaveLength(1);
    expect(analysis.getState().goneIds).toEqual([DEMO_KEY_PEOPLE.coach]);
    expect(analysis.getState().analysis!.options.goneIds).toEqual([DEMO_KEY_PEOPLE.coach]);
  });

  it('another account leaves what-if', async () => {
    const { editor, analysis } = await openDemo();
    analysis.getState().setWhatIf(true);
    analysis.getState().toggleGone([DEMO_KEY_PEOPLE.coach]);
    await editor.getState().open('acc-2');
    expect(analysis.getState()).toMatchObject({ whatIf: false, goneIds: [], comparison: null });
    expect(analysis.getState().analysis!.findings.map((f) => f.code)).toContain('no-working-relationship');
    editor.getState().close();
    expect(analysis.getState().analysis).toBeNull();
  });

  it('follows the thresholds in settings: a lower concentration limit turns the spread contacts into a single thread', async () => {
    const { settings, analysis, fake } = await openDemo();
    expect(analysis.getState().analysis!.singleThread.contact.status).toBe('spread');
    const topShare = analysis.getState().analysis!.singleThread.contact.topShare;
    await settings.getState().setAnalysis({ concentrationThreshold: Math.floor(topShare * 100) / 100, hiddenInfluenceQuantile: 0.25 });
    expect(analysis.getState().analysis!.singleThread.contact.status).toBe('concentrated');
    expect(analysis.getState().analysis!.options.concentrationThreshold).toBeLessThan(0.6);
    expect(fake.calls.filter((c) => c.channel === 'settings.set')).toHaveLength(1);
  });

  it('a team of one holding every working relationship is an owner single-thread', async () => {
    const solo = accountData({ team: [member('li')], people: [person('a'), person('b')], links: [covers('li', 'a', 2, TODAY), covers('li', 'b', 3, TODAY)] });
    const fake = fakeClient([solo]);
    const editor = createEditorStore(fake.client, () => {});
    const analysis = createAnalysisStore(editor, createSettingsStore(fake.client, () => {}), TODAY);
    await editor.getState().open('acc');
    expect(analysis.getState().analysis!.singleThread.owner.status).toBe('single');
    analysis.getState().setWhatIf(true);
    analysis.getState().toggleGone(['li']);
    expect(analysis.getState().analysis!.singleThread.owner.status).toBe('none');
  });
});
