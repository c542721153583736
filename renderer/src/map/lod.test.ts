import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  BAND_NOTES_SHOWN,
  bindLevelOfDetail,
  carriedNext,
  classesAtZoom,
  CONCERN_ZOOM,
  DEPARTMENT_ZOOM,
  HYSTERESIS,
  IMAGE_ZOOM,
  IMAGES_SHOWN,
  KEY_NAME_ZOOM,
  KEY_NAMES_SHOWN,
  LINKS_NEAR,
  MIN_BAND_NOTE_PX,
  NAME_ZOOM,
  NAMES_SHOWN,
} from './lod';
import { DEPARTMENT_LABEL } from '../../../shared/visual/vocabulary';

describe('level of detail thresholds', () => {
  it('shows a detail from its zoom on and hides it again only one zoom step below it', () => {
    // Hidden at fit, a step in reaches the threshold: names appear.
    expect(carriedNext(NAME_ZOOM, true, NAME_ZOOM * 0.9)).toBe(true);
    expect(carriedNext(NAME_ZOOM, true, NAME_ZOOM)).toBe(false);
    // The step back out (one toolbar step) keeps them: nobody is restyled twice.
    expect(carriedNext(NAME_ZOOM, false, NAME_ZOOM / HYSTERESIS)).toBe(false);
    expect(carriedNext(NAME_ZOOM, false, NAME_ZOOM * 0.9)).toBe(false);
    // Further out they go.
    expect(carriedNext(NAME_ZOOM, false, (NAME_ZOOM / HYSTERESIS) * 0.99)).toBe(true);
    // Coming back in from there, they appear at the threshold again, not before.
    expect(carriedNext(NAME_ZOOM, true, NAME_ZOOM * 0.95)).toBe(true);
  });
});

describe('level of detail classes on a map just opened', () => {
  const person = 'person in-decision att-neutral';
  const keyPerson = 'person in-decision att-neutral key';

  it('seen whole from afar, people carry no detail class (a few properties to style) and key people keep their names', () => {
    const zoom = Math.max(KEY_NAME_ZOOM, Math.min(NAME_ZOOM, IMAGE_ZOOM) * 0.8);
    expect(classesAtZoom(zoom, 'person', person)).toEqual([]);
    expect(classesAtZoom(zoom, 'person', keyPerson)).toEqual([KEY_NAMES_SHOWN]);
    expect(classesAtZoom(zoom, 'link', 'link kind-reportsTo')).toEqual([]);
    // Further out still, nobody's name is drawn (the selection and search hits keep theirs, style.ts).
    expect(classesAtZoom(KEY_NAME_ZOOM * 0.9, 'person', keyPerson)).toEqual([]);
  });

  it('seen close up, everyone has their name and images, and links their arrows', () => {
    const zoom = Math.max(NAME_ZOOM, KEY_NAME_ZOOM, IMAGE_ZOOM);
    expect(classesAtZoom(zoom, 'person', person).sort()).toEqual([IMAGES_SHOWN, NAMES_SHOWN].sort());
    expect(classesAtZoom(zoom, 'person', keyPerson).sort()).toEqual([IMAGES_SHOWN, KEY_NAMES_SHOWN].sort());
    expect(classesAtZoom(zoom, 'link', 'link kind-reportsTo')).toEqual([LINKS_NEAR]);
    expect(classesAtZoom(zoom, 'band', 'band')).toEqual([]);
  });
});

describe('small print of the bands', () => {
  const department = 'band-label department-label in-user';
  const concern = 'band-label band-concern for-user';
  const title = 'band-label band-title for-user';

  it('draws department names and band concerns only from the zoom where they are legible, band titles always', () => {
    // A department name at its threshold is MIN_BAND_NOTE_PX tall on screen.
    expect(DEPARTMENT_LABEL.fontSize * DEPARTMENT_ZOOM).toBeCloseTo(MIN_BAND_NOTE_PX);
    const far = Math.min(DEPARTMENT_ZOOM, CONCERN_ZOOM) * 0.8;
    expect(classesAtZoom(far, 'band-label', department)).toEqual([]);
    expect(classesAtZoom(far, 'band-label', concern)).toEqual([]);
    const near = Math.max(DEPARTMENT_ZOOM, CONCERN_ZOOM);
    expect(classesAtZoom(near, 'band-label', department)).toEqual([BAND_NOTES_SHOWN]);
    expect(classesAtZoom(near, 'band-label', concern)).toEqual([BAND_NOTES_SHOWN]);
    expect(classesAtZoom(far, 'band-label', title)).toEqual([]);
    expect(classesAtZoom(near, 'band-label', title)).toEqual([]);
  });

  it('keeps them at the fit of a 40-person map on a laptop, where names are 11 px tall', () => {
    expect(DEPARTMENT_ZOOM).toBeLessThan(11 / 24);
    expect(CONCERN_ZOOM).toBeLessThan(11 / 24);
  });
});

describe('a map opened at the zoom its fit will give', () => {
  it('adds its people with that zoom’s classes, and the fit that follows restyles nobody', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const lod = bindLevelOfDetail(cy, { titles: () => undefined });
    const zoom = Math.max(KEY_NAME_ZOOM, Math.min(NAME_ZOOM, IMAGE_ZOOM) * 0.8);
    lod.prime(zoom);
    const people = [
      { id: 'p1', classes: 'person in-decision att-neutral key' },
      { id: 'p2', classes: 'person in-user att-neutral' },
    ];
    cy.add(people.map((p) => ({ group: 'nodes' as const, data: { id: p.id, kind: 'person' }, classes: [p.classes, ...lod.classesFor('person', p.classes)].join(' ') })));
    expect(cy.getElementById('p1').hasClass(KEY_NAMES_SHOWN)).toBe(true);
    expect(cy.getElementById('p2').classes()).not.toContain(NAMES_SHOWN);
    let restyled = 0;
    cy.on('class', () => void (restyled += 1));
    cy.zoom(zoom);
    lod.refresh();
    expect(restyled).toBe(0);
    // Priming a graph that already holds elements changes nothing: their classes stay what they are.
    lod.prime(IMAGE_ZOOM * 2);
    expect(lod.classesFor('person', 'person')).toEqual([]);
    lod.dispose();
    cy.destroy();
  });
});
