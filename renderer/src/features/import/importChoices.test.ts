import { describe, expect, it } from 'vitest';
import { initialPicks, mapsAName, remapColumn, sampleValues, toChoices } from './importChoices';

describe('remapColumn', () => {
  it('moves a one-column field: the column that held it before is ignored', () => {
    expect(remapColumn(['name', 'title', 'ignore'], 2, 'name')).toEqual(['ignore', 'title', 'name']);
  });

  it('lets several columns feed notes or contact details', () => {
    expect(remapColumn(['name', 'notes', 'ignore'], 2, 'notes')).toEqual(['name', 'notes', 'notes']);
  });
});

describe('mapsAName', () => {
  it('needs a name, or a first or last name', () => {
    expect(mapsAName(['title', 'email'])).toBe(false);
    expect(mapsAName(['lastName', 'firstName'])).toBe(true);
    expect(mapsAName(['ignore', 'name'])).toBe(true);
  });
});

describe('toChoices', () => {
  it('sends only the overrides the user made, with updating empty fields as the default for matches', () => {
    expect(toChoices(initialPicks(['name']))).toEqual({ mapping: ['name'], onDuplicate: 'update', acceptAllSuggestions: false, fallbackLayer: 'implementation' });
    const picks = { ...initialPicks(['name']), duplicateOverrides: { 3: 'skip' as const }, acceptedSuggestions: [1], layerOverrides: { 2: 'image' as const } };
    expect(toChoices(picks)).toMatchObject({ duplicateOverrides: { 3: 'skip' }, acceptedSuggestions: [1], layerOverrides: { 2: 'image' } });
  });
});

describe('sampleValues', () => {
  it('shows the first non-empty cells of a column', () => {
    expect(sampleValues([['a', ''], ['b', ' x '], ['c', ''], ['d', 'y']], 1)).toEqual(['x', 'y']);
  });
});
