import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { accountData, covers, influences, member, person, reportsTo, TODAY } from '../../../../shared/analysis/testing';
import { buildDemoAccount, DEMO_KEY_PEOPLE } from '../../../../shared/demo';
import type { OverlayClass } from '../../map/types';
import { overlaysFor } from './overlays';

const run = (data: ReturnType<typeof accountData>, goneIds: string[] = []) => analyze(data, { today: TODAY, goneIds });

/** Every id carrying the overlay, sorted, so a test states the whole set. */
function idsWith(overlays: ReturnType<typeof overlaysFor>, overlay: OverlayClass): string[] {
  return Object.entries(overlays.classes)
    .filter(([, list]) => list.includes(overlay))
    .map(([id]) => id)
    .sort();
}

describe('overlaysFor', () => {
  it('draws nothing without an analysis', () => {
    expect(overlaysFor(null)).toEqual({ classes: {}, bands: {} });
  });

  it('tints missing and uncovered bands and leaves covered ones alone', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('boss', { layer: 'decision' }), person('worker', { layer: 'user' })],
      links: [covers('li', 'boss', 2, TODAY), covers('li', 'worker', 1, TODAY)],
    });
    expect(overlaysFor(run(data)).bands).toEqual({ image: 'missing', implementation: 'missing', user: 'uncovered' });
  });

  it('haloes the one contact and the one team member our access hangs on, and outlines uncovered decision makers', () => {
    const data = accountData({
      team: [member('li'), member('he')],
      people: [person('coach', { roles: ['coach'] }), person('dm', { layer: 'decision', roles: ['decisionMaker'] }), person('dm2', { layer: 'decision', roles: ['decisionMaker'] })],
      links: [covers('li', 'coach', 3, TODAY), covers('he', 'dm2', 1, TODAY), reportsTo('coach', 'dm')],
    });
    const overlays = overlaysFor(run(data));
    expect(idsWith(overlays, 'halo-single-thread')).toEqual(['coach', 'li']);
    expect(idsWith(overlays, 'halo-bottleneck')).toEqual(['coach']);
    expect(idsWith(overlays, 'uncovered-dm')).toEqual(['dm', 'dm2']);
  });

  it('marks hidden influencers and fades stale and cold covers links by their id', () => {
    const data = accountData({
      account: { ...accountData().account, tier: 'core' },
      team: [member('li')],
      people: [person('quiet', { layer: 'implementation', influence: 2 }), person('a'), person('b'), person('c'), person('d')],
      links: [
        // quiet sways a and b (A -> B: A sways B), so the informal influence is quiet's.
        influences('quiet', 'a', 3),
        influences('quiet', 'b', 3),
        covers('li', 'a', 2, TODAY),
        covers('li', 'b', 2, '2026-11-01'),
        covers('li', 'c', 2, '2026-10-01'),
      ],
    });
    const overlays = overlaysFor(run(data));
    expect(idsWith(overlays, 'hidden-influencer')).toEqual(['quiet']);
    expect(idsWith(overlays, 'link-stale')).toEqual(['covers:li->b']);
    expect(idsWith(overlays, 'link-cold')).toEqual(['covers:li->c']);
  });

  it('traces only the chosen path to power, nodes and links, and greys out who is gone', () => {
    const data = buildDemoAccount('en', TODAY);
    const analysis = analyze(data, { today: TODAY });
    const path = analysis.pathsToPower.find((p) => p.decisionMakerId === DEMO_KEY_PEOPLE.uncoveredDecisionMaker)!;
    expect(idsWith(overlaysFor(analysis), 'path')).toEqual([]);
    const traced = overlaysFor(analysis, { tracedPathTo: DEMO_KEY_PEOPLE.uncoveredDecisionMaker });
    expect(idsWith(traced, 'path')).toEqual([...path.nodeIds, ...path.linkIds].sort());
    expect(path.nodeIds[0]).toBe(DEMO_KEY_PEOPLE.mainOwner);

    const whatIf = overlaysFor(analyze(data, { today: TODAY, goneIds: [DEMO_KEY_PEOPLE.coach] }), { goneIds: [DEMO_KEY_PEOPLE.coach] });
    expect(idsWith(whatIf, 'gone')).toEqual([DEMO_KEY_PEOPLE.coach]);
  });

  it('on the demo: the bottleneck is haloed, the uncovered decision makers outlined, the user and image bands tinted', () => {
    const data = buildDemoAccount('en', TODAY);
    const overlays = overlaysFor(analyze(data, { today: TODAY }));
    expect(idsWith(overlays, 'halo-bottleneck')).toEqual([DEMO_KEY_PEOPLE.decisionMakers[1]]);
    expect(idsWith(overlays, 'uncovered-dm')).toEqual([DEMO_KEY_PEOPLE.blocker, DEMO_KEY_PEOPLE.uncoveredDecisionMaker].sort());
    expect(idsWith(overlays, 'hidden-influencer')).toEqual([DEMO_KEY_PEOPLE.hiddenInfluencer]);
    expect(overlays.bands).toEqual({ image: 'uncovered', user: 'uncovered' });
    // The coach gone: our access hangs on one person and one of our team.
    const gone = overlaysFor(analyze(data, { today: TODAY, goneIds: [DEMO_KEY_PEOPLE.coach] }), { goneIds: [DEMO_KEY_PEOPLE.coach] });
    expect(idsWith(gone, 'halo-single-thread')).toEqual([DEMO_KEY_PEOPLE.decisionMakers[1], DEMO_KEY_PEOPLE.mainOwner].sort());
    expect(gone.bands).toEqual({ image: 'uncovered', implementation: 'uncovered', user: 'uncovered' });
  });
});

describe('overlaysFor with the findings switched off', () => {
  it('still greys out who is gone in what-if, and draws nothing else', () => {
    const data = buildDemoAccount('en', TODAY);
    const analysis = analyze(data, { today: TODAY, goneIds: [DEMO_KEY_PEOPLE.coach] });
    expect(overlaysFor(analysis, { goneIds: [DEMO_KEY_PEOPLE.coach], findings: false })).toEqual({ classes: { [DEMO_KEY_PEOPLE.coach]: ['gone'] }, bands: {} });
    expect(overlaysFor(analysis, { findings: false })).toEqual({ classes: {}, bands: {} });
  });
});
