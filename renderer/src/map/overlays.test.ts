import { describe, expect, it } from 'vitest';
import { diffOverlayClasses, hasOverlays, marksInUse, overlayClassMap } from './overlays';
import type { MapOverlays } from './types';

const overlays = (classes: MapOverlays['classes'], bands: MapOverlays['bands'] = {}): MapOverlays => ({ classes, bands });

describe('overlayClassMap', () => {
  it('gives each marked element its overlay classes and each marked band its band, title and concern', () => {
    const map = overlayClassMap(overlays({ p1: ['uncovered-dm', 'halo-bottleneck', 'uncovered-dm'], l1: ['link-cold'], p2: [] }, { user: 'uncovered' }));
    expect(map.get('p1')).toEqual(['halo-bottleneck', 'uncovered-dm']);
    expect(map.get('l1')).toEqual(['link-cold']);
    expect(map.has('p2')).toBe(false);
    expect(map.get('band:user')).toEqual(['band-uncovered']);
    expect(map.get('band-title:user')).toEqual(['band-uncovered']);
    expect(map.get('band:decision')).toBeUndefined();
  });

  it('is empty without overlays', () => {
    expect(overlayClassMap(undefined).size).toBe(0);
  });
});

describe('diffOverlayClasses', () => {
  it('adds, removes and swaps only what changed, leaving unchanged elements out', () => {
    const prev = overlayClassMap(overlays({ p1: ['halo-bottleneck'], p2: ['gone'], l1: ['link-stale'] }, { image: 'missing' }));
    const next = overlayClassMap(overlays({ p1: ['halo-bottleneck'], l1: ['link-cold'], p3: ['spotlight'] }, { image: 'uncovered' }));
    const changes = diffOverlayClasses(prev, next);
    const byId = new Map(changes.map((c) => [c.id, c]));
    expect(byId.has('p1')).toBe(false);
    expect(byId.get('p2')).toEqual({ id: 'p2', add: [], remove: ['gone'] });
    expect(byId.get('l1')).toEqual({ id: 'l1', add: ['link-cold'], remove: ['link-stale'] });
    expect(byId.get('p3')).toEqual({ id: 'p3', add: ['spotlight'], remove: [] });
    expect(byId.get('band:image')).toEqual({ id: 'band:image', add: ['band-uncovered'], remove: ['band-missing'] });
  });

  it('clears every mark when overlays go away, and changes nothing for equal overlays', () => {
    const marks = overlayClassMap(overlays({ p1: ['path'], l1: ['path'] }, { user: 'dimmed' }));
    expect(diffOverlayClasses(marks, overlayClassMap(overlays({ p1: ['path'], l1: ['path'] }, { user: 'dimmed' })))).toEqual([]);
    const cleared = diffOverlayClasses(marks, overlayClassMap(undefined));
    expect(cleared.every((c) => c.add.length === 0 && c.remove.length === 1)).toBe(true);
    expect(cleared.map((c) => c.id).sort()).toEqual(['band-concern:user', 'band-title:user', 'band:user', 'l1', 'p1']);
  });
});

describe('marksInUse', () => {
  it('lists the marks present, in vocabulary order, for the legend', () => {
    const used = marksInUse(overlays({ a: ['link-cold'], b: ['halo-bottleneck', 'link-cold'] }, { user: 'uncovered', image: 'missing' }));
    expect(used.classes).toEqual(['halo-bottleneck', 'link-cold']);
    expect(used.bands).toEqual(['uncovered', 'missing']);
    expect(hasOverlays(overlays({}, {}))).toBe(false);
    expect(hasOverlays(overlays({ a: [] }, { user: 'dimmed' }))).toBe(true);
  });
});
