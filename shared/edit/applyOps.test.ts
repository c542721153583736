import { describe, expect, it } from 'vitest';
import { applyOps } from './applyOps';
import { newPerson } from './defaults';
import { canonical, deepFreeze, sampleAccount } from './testData';

describe('applyOps', () => {
  const data = deepFreeze(sampleAccount());

  it('puts a new person and replaces an existing one without touching the input', () => {
    const eve = newPerson('acc-1', { name: 'Eve', layer: 'user' }, 'p-eve');
    const added = applyOps(data, [{ op: 'put', entity: 'person', value: eve }]);
    expect(added.people.map((p) => p.id)).toEqual(['p-ann', 'p-bo', 'p-cai', 'p-dee', 'p-eve']);
    const replaced = applyOps(added, [{ op: 'put', entity: 'person', value: { ...eve, name: 'Eve Li' } }]);
    expect(replaced.people.find((p) => p.id === 'p-eve')?.name).toBe('Eve Li');
    expect(replaced.people).toHaveLength(5);
    expect(data.people).toHaveLength(4);
  });

  it('patches only the named fields and ignores an unknown id', () => {
    const next = applyOps(data, [
      { op: 'patch', entity: 'person', id: 'p-dee', patch: { attitude: 'supporter', roles: ['user', 'coach'] } },
      { op: 'patch', entity: 'person', id: 'nobody', patch: { name: 'Ghost' } },
      { op: 'patch', entity: 'account', id: 'acc-1', patch: { tier: 'senior' } },
    ]);
    const dee = next.people.find((p) => p.id === 'p-dee');
    expect(dee?.attitude).toBe('supporter');
    expect(dee?.roles).toEqual(['user', 'coach']);
    expect(dee?.name).toBe('Dee');
    expect(next.account.tier).toBe('senior');
    expect(next.people.map((p) => p.name)).not.toContain('Ghost');
  });

  it('deleting a person removes every link touching it', () => {
    const next = applyOps(data, [{ op: 'delete', entity: 'person', id: 'p-bo' }]);
    expect(next.people.map((p) => p.id)).not.toContain('p-bo');
    expect(next.links.map((l) => l.id).sort()).toEqual(['l-ally', 'l-cov2']);
  });

  it('deleting a team member removes its covers links', () => {
    const next = applyOps(data, [{ op: 'delete', entity: 'team', id: 't-lin' }]);
    expect(next.team.map((t) => t.id)).toEqual(['t-sam']);
    expect(next.links.some((l) => l.id === 'l-cov1')).toBe(false);
    expect(next.links).toHaveLength(6);
  });

  it('deleting a competitor removes its ties and clears it as favoured competitor', () => {
    const next = applyOps(data, [{ op: 'delete', entity: 'competitor', id: 'c-acme' }]);
    expect(next.competitors.map((c) => c.id)).toEqual(['c-globex']);
    expect(next.links.some((l) => l.kind === 'competitorTie')).toBe(false);
    expect(next.people.find((p) => p.id === 'p-bo')?.favouredCompetitorId).toBeNull();
    expect(next.people.find((p) => p.id === 'p-dee')?.favouredCompetitorId).toBe('c-globex');
  });

  it('ignores records of another account', () => {
    const stranger = newPerson('acc-2', { name: 'Stranger' }, 'p-x');
    const next = applyOps(data, [{ op: 'put', entity: 'person', value: stranger }]);
    expect(canonical(next)).toEqual(canonical(data));
  });

  it('does not share a put value with the caller', () => {
    const eve = newPerson('acc-1', { name: 'Eve', roles: ['user'] }, 'p-eve');
    const next = applyOps(data, [{ op: 'put', entity: 'person', value: eve }]);
    eve.roles.push('coach');
    expect(next.people.find((p) => p.id === 'p-eve')?.roles).toEqual(['user']);
  });
});
