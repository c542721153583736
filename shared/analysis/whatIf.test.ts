import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { explainFinding } from './messages';
import { TODAY, accountData, covers, member, person } from './testing';
import { compareAnalyses } from './whatIf';

// Chen (coach, influence 3) is held by Zhang at 3; Wang (decision maker, influence 5) by Li at 2; Zhao
// (user, influence 2) by Li at 1.
// Before: influence 10; points 3 x 3/3 + 5 x 2/3 + 2 x 1/3 = 3 + 10/3 + 2/3 = 7 -> score 70.
//   Two people at >= 2 (Chen, Wang); Wang's share (10/3)/7 = 0.48 < 0.6: spread. Owners: Li and Zhang.
// Chen gone: influence 7; points 10/3 + 2/3 = 4 -> score 400/7 = 57.1. Only Wang at >= 2: single thread;
//   only Li holds working relationships: owner single-thread; and there is no coach any more.
const data = accountData({
  team: [member('li', { name: 'Li Na' }), member('zhang', { name: 'Zhang Wei' })],
  people: [
    person('chen', { name: 'Chen Yu', layer: 'implementation', roles: ['coach'], attitude: 'supporter', lastContact: TODAY }),
    person('wang', { name: 'Wang Lei', layer: 'decision', roles: ['decisionMaker'], attitude: 'supporter', influence: 5, lastContact: TODAY }),
    person('zhao', { name: 'Zhao Min', layer: 'user', influence: 2 }),
  ],
  links: [covers('zhang', 'chen', 3, TODAY), covers('li', 'wang', 2, TODAY), covers('li', 'zhao', 1, TODAY)],
});

describe('what-if', () => {
  const before = analyze(data, { today: TODAY });

  it('recomputes without a person marked gone and lists what changed', () => {
    const after = analyze(data, { today: TODAY, goneIds: ['chen'] });
    expect(before.weightedCoverage.score).toBeCloseTo(70, 10);
    expect(after.weightedCoverage.score).toBeCloseTo(400 / 7, 10);

    const diff = compareAnalyses(before, after);
    expect(diff.added.map((f) => f.key)).toEqual(
      expect.arrayContaining(['contact-single-thread:wang', 'owner-single-thread:li', 'no-coach']),
    );
    expect(diff.metrics).toEqual(
      expect.arrayContaining([
        { metric: 'weightedCoverage', before: before.weightedCoverage.score, after: after.weightedCoverage.score },
        { metric: 'contactThread', before: 'spread', after: 'single' },
        { metric: 'ownerThread', before: 'spread', after: 'single' },
      ]),
    );
    const single = diff.added.find((f) => f.code === 'contact-single-thread')!;
    expect(explainFinding(single, data, 'en')).toContain('Only Wang Lei holds a working relationship');
    // Nothing about the gone person survives in the new analysis.
    expect(after.findings.some((f) => f.personIds.includes('chen'))).toBe(false);
    // The data itself is untouched.
    expect(data.people).toHaveLength(3);
  });

  it('removes a team member with their links', () => {
    const after = analyze(data, { today: TODAY, goneIds: ['zhang'] });
    const diff = compareAnalyses(before, after);
    expect(diff.added.map((f) => f.key)).toEqual(expect.arrayContaining(['coach-uncovered:chen', 'owner-single-thread:li']));
    expect(after.fadingLinks.map((l) => l.teamId)).not.toContain('zhang');
  });

  it('lists a finding whose people changed as changed, not as removed and added', () => {
    const after = analyze(data, { today: TODAY, goneIds: ['wang'] });
    const diff = compareAnalyses(before, after);
    // The image layer was missing before and still is; the decision layer was covered and is now missing.
    expect(diff.added.map((f) => f.key)).toContain('layer-missing:decision');
    expect(diff.removed.map((f) => f.key)).toContain('path-to-power:wang');
    expect(diff.metrics).toContainEqual({ metric: 'layer.decision', before: 'covered', after: 'missing' });
  });

  it('shows no change when nobody is gone', () => {
    expect(compareAnalyses(before, analyze(data, { today: TODAY }))).toEqual({ added: [], removed: [], changed: [], metrics: [] });
  });
});
