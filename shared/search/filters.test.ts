import { describe, expect, it } from 'vitest';
import { accountData, covers, member, person } from '../analysis/testing';
import { NO_PEOPLE_FILTER, departmentsOf, peoplePassing } from './filters';
import { searchOverlays } from './overlays';

const data = accountData({
  team: [member('t1'), member('t2')],
  people: [
    person('dm', { layer: 'decision', roles: ['decisionMaker'], attitude: 'opponent', department: 'Finance' }),
    person('coach', { layer: 'implementation', roles: ['coach', 'user'], attitude: 'champion', department: 'IT' }),
    person('user', { layer: 'user', roles: ['user'], attitude: 'neutral', department: 'ｉｔ ' }),
    person('img', { layer: 'image', roles: [], attitude: 'supporter', department: '' }),
  ],
  links: [covers('t1', 'dm', 2), covers('t2', 'coach', 3), covers('t2', 'user', 0)],
});
const passing = (filter: Partial<typeof NO_PEOPLE_FILTER>) => [...peoplePassing(data, { ...NO_PEOPLE_FILTER, ...filter })].sort();

describe('people filters', () => {
  it('keeps everybody when nothing is chosen', () => {
    expect(passing({})).toEqual(['coach', 'dm', 'img', 'user']);
  });

  it('keeps people in any chosen layer, and with any chosen role', () => {
    expect(passing({ layers: ['decision', 'image'] })).toEqual(['dm', 'img']);
    expect(passing({ roles: ['user'] })).toEqual(['coach', 'user']);
  });

  it('needs every dimension that has a choice', () => {
    expect(passing({ roles: ['user'], attitudes: ['champion', 'supporter'] })).toEqual(['coach']);
    expect(passing({ layers: ['user'], attitudes: ['opponent'] })).toEqual([]);
  });

  it('reads a department alike whatever its width, case or trailing space', () => {
    expect(passing({ departments: ['IT'] })).toEqual(['coach', 'user']);
    expect(departmentsOf(data.people, (a, b) => a.localeCompare(b))).toEqual(['Finance', 'IT']);
  });

  it('keeps the people a team member covers, not a link of strength 0', () => {
    expect(passing({ teamMemberIds: ['t2'] })).toEqual(['coach']);
    expect(passing({ teamMemberIds: ['t1', 't2'] })).toEqual(['coach', 'dm']);
  });
});

describe('search and filters on the map', () => {
  it('rings the hits and fades the people left out, their links and the other team members', () => {
    const kept = peoplePassing(data, { ...NO_PEOPLE_FILTER, teamMemberIds: ['t2'] });
    const overlays = searchOverlays(data, ['coach'], kept, ['t2']);
    expect(overlays.classes['coach']).toEqual(['search-hit']);
    expect(overlays.classes['dm']).toEqual(['filtered-out']);
    expect(overlays.classes['t1']).toEqual(['filtered-out']);
    expect(overlays.classes['t2']).toBeUndefined();
    const linkToDm = data.links.find((l) => l.to === 'dm')!;
    const linkToCoach = data.links.find((l) => l.to === 'coach')!;
    expect(overlays.classes[linkToDm.id]).toEqual(['filtered-out']);
    expect(overlays.classes[linkToCoach.id]).toBeUndefined();
  });

  it('marks nothing without a search or a filter', () => {
    expect(searchOverlays(data, [], null)).toEqual({ classes: {}, bands: {} });
  });
});
