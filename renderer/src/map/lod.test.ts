import { describe, expect, it } from 'vitest';
import { carriedNext, classesAtZoom, HYSTERESIS, IMAGE_ZOOM, IMAGES_SHOWN, KEY_NAME_ZOOM, KEY_NAMES_SHOWN, LINKS_NEAR, NAME_ZOOM, NAMES_SHOWN } from './lod';

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
