import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { accountData, competitor, covers, link, member, person, reportsTo, TODAY } from '../../../../shared/analysis/testing';
import { findingsInOrder, mergeOverlays, peopleInReadingOrder, stepCount, workshopStep } from './steps';

const data = accountData({
  team: [member('kam')],
  competitors: [competitor('rival-co')],
  people: [
    person('president', { layer: 'image', influence: 5 }),
    person('dean', { layer: 'decision', influence: 4, roles: ['decisionMaker'] }),
    person('cio', { layer: 'decision', influence: 4 }),
    person('teacher', { layer: 'user' }),
  ],
  links: [reportsTo('dean', 'president'), covers('kam', 'dean', 2), link('competitorTie', 'rival-co', 'cio', { strength: 2 }), reportsTo('teacher', 'cio')],
});
const analysis = analyze(data, { today: TODAY, concentrationThreshold: 0.6, hiddenInfluenceQuantile: 0.2 });

describe('stepping through a workshop', () => {
  it('has one step per layer, per person and per finding', () => {
    expect(stepCount(data, analysis, 'overview')).toBe(1);
    expect(stepCount(data, analysis, 'layers')).toBe(4);
    expect(stepCount(data, analysis, 'people')).toBe(4);
    expect(stepCount(data, analysis, 'findings')).toBe(analysis.findings.length);
    expect(analysis.findings.length).toBeGreaterThan(0);
  });

  it('the overview dims nothing and frames the whole map', () => {
    const step = workshopStep(data, analysis, 'overview', 0);
    expect(step.frameIds).toEqual([]);
    expect(step.overlays.classes).toEqual({});
  });

  it('a layer step lights its people and those who reach them, dims the rest and the other bands', () => {
    const step = workshopStep(data, analysis, 'layers', 1);
    expect(step.subject).toEqual({ kind: 'layer', layer: 'decision', peopleIds: ['dean', 'cio'] });
    expect(step.frameIds).toEqual(['band:decision']);
    const { classes, bands } = step.overlays;
    expect(classes.dean).toBeUndefined();
    expect(classes.cio).toBeUndefined();
    expect(classes.kam).toBeUndefined();
    expect(classes['rival-co']).toBeUndefined();
    expect(classes.president).toEqual(['dimmed']);
    expect(classes.teacher).toEqual(['dimmed']);
    expect(classes['covers:kam->dean']).toBeUndefined();
    expect(classes['reportsTo:dean->president']).toEqual(['dimmed']);
    expect(bands).toEqual({ image: 'dimmed', implementation: 'dimmed', user: 'dimmed' });
  });

  it('a person step spotlights the person and their links, keeps their neighbours lit and frames them', () => {
    const index = peopleInReadingOrder(data).indexOf('dean');
    const step = workshopStep(data, analysis, 'people', index);
    expect(step.subject).toEqual({ kind: 'person', personId: 'dean' });
    expect(new Set(step.frameIds)).toEqual(new Set(['dean', 'president', 'kam']));
    const { classes } = step.overlays;
    expect(classes.dean).toEqual(['spotlight']);
    expect(classes['covers:kam->dean']).toEqual(['spotlight']);
    expect(classes['reportsTo:dean->president']).toEqual(['spotlight']);
    expect(classes.president).toBeUndefined();
    expect(classes.cio).toEqual(['dimmed']);
    expect(classes['reportsTo:teacher->cio']).toEqual(['dimmed']);
  });

  it('reads people top layer first, then left to right', () => {
    const order = peopleInReadingOrder(data);
    expect(order[0]).toBe('president');
    expect(order[order.length - 1]).toBe('teacher');
  });

  it('a finding step spotlights whom it concerns, most severe finding first', () => {
    const findings = findingsInOrder(analysis);
    expect(findings[0]?.severity).toBe('critical');
    findings.forEach((finding, index) => {
      const step = workshopStep(data, analysis, 'findings', index);
      expect(step.subject).toEqual({ kind: 'finding', finding });
      for (const id of finding.personIds) expect(step.overlays.classes[id]).toEqual(['spotlight']);
    });
  });

  it('a finding about an empty layer frames that band', () => {
    const findings = findingsInOrder(analysis);
    const index = findings.findIndex((f) => f.params.layer === 'implementation' && f.personIds.length === 0);
    expect(index).toBeGreaterThanOrEqual(0);
    const step = workshopStep(data, analysis, 'findings', index);
    expect(step.frameIds).toEqual(['band:implementation']);
    expect(step.overlays.bands.implementation).toBeUndefined();
    expect(step.overlays.bands.image).toBe('dimmed');
  });

  it('clamps the index and falls back to the overview when a mode has no steps', () => {
    expect(workshopStep(data, analysis, 'layers', 99).subject).toMatchObject({ layer: 'user' });
    const empty = accountData();
    expect(workshopStep(empty, null, 'people', 0).subject).toEqual({ kind: 'overview' });
  });

  it('keeps the analysis marks under the step marks', () => {
    const merged = mergeOverlays({ classes: { dean: ['uncovered-dm'] }, bands: { image: 'missing' } }, { classes: { dean: ['spotlight'], cio: ['dimmed'] }, bands: { image: 'dimmed' } });
    expect(merged.classes.dean).toEqual(['uncovered-dm', 'spotlight']);
    expect(merged.classes.cio).toEqual(['dimmed']);
    expect(merged.bands.image).toBe('dimmed');
  });
});
