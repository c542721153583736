import { describe, expect, it } from 'vitest';
import { MIN_SPACING } from '../layout';
import { applyOps } from './applyOps';
import { addPeopleToLayer, coverPeople, duplicatePerson, updatePeople } from './manyPeople';
import { canonical, deepFreeze, sampleAccount } from './testData';

describe('edits of many people at once, each one undo step', () => {
  const data = deepFreeze(sampleAccount());

  it('adds pasted people to one band on free spots, and one inverse removes them all', () => {
    let n = 0;
    const { edit, people } = addPeopleToLayer(data, 'user', [{ name: 'A', title: 'Nurse' }, { name: 'B' }, { name: 'C', department: 'Ward 3' }], () => `p-new-${++n}`);
    const after = applyOps(data, edit.forward);
    const added = after.people.filter((p) => p.id.startsWith('p-new-'));
    expect(added.map((p) => [p.name, p.layer, p.title, p.department])).toEqual([
      ['A', 'user', 'Nurse', ''],
      ['B', 'user', '', ''],
      ['C', 'user', '', 'Ward 3'],
    ]);
    // Nobody lands on anybody: every pair is at least the layout's spacing apart on one axis.
    const placed = after.people.filter((p) => p.x !== null && p.y !== null);
    for (const person of people) {
      for (const other of placed.filter((p) => p.id !== person.id)) {
        expect(Math.abs(person.x! - other.x!) >= MIN_SPACING.dx - 1 || Math.abs(person.y! - other.y!) >= MIN_SPACING.dy - 1).toBe(true);
      }
    }
    expect(canonical(applyOps(after, edit.inverse))).toEqual(canonical(data));
  });

  it('duplicates a person without their links and never as verified', () => {
    const source = data.people.find((p) => p.id === 'p-cai')!;
    const copy = duplicatePerson(data, 'p-cai', 'Cai 2', 'p-copy')!;
    const after = applyOps(data, copy.edit.forward);
    const made = after.people.find((p) => p.id === 'p-copy')!;
    expect(made).toMatchObject({ name: 'Cai 2', layer: source.layer, roles: source.roles, attitude: source.attitude, influence: source.influence, verifiedOn: null });
    expect(after.links.some((l) => l.from === 'p-copy' || l.to === 'p-copy')).toBe(false);
    expect(made.x).not.toBeNull();
    expect(duplicatePerson(data, 'nobody', 'x')).toBeNull();
  });

  it('sets one field for everyone selected, skipping what is not a person and who already has it', () => {
    const edit = updatePeople(data, ['p-ann', 'p-bo', 't-lin', 'l-ally'], { attitude: 'supporter' });
    const after = applyOps(data, edit.forward);
    expect(after.people.filter((p) => ['p-ann', 'p-bo'].includes(p.id)).map((p) => p.attitude)).toEqual(['supporter', 'supporter']);
    expect(canonical(applyOps(after, edit.inverse))).toEqual(canonical(data));
    const roles = updatePeople(data, ['p-ann', 'p-dee'], (person) => ({ roles: [...new Set([...person.roles, 'coach' as const])] }));
    expect(applyOps(data, roles.forward).people.find((p) => p.id === 'p-dee')?.roles).toContain('coach');
  });

  it('covers everyone selected from one of our team at working strength, dated today, keeping existing links', () => {
    const edit = coverPeople(data, 't-lin', ['p-ann', 'p-bo', 'p-dee'], '2026-11-22');
    const after = applyOps(data, edit.forward);
    const covers = after.links.filter((l) => l.kind === 'covers' && l.from === 't-lin');
    const before = data.links.filter((l) => l.kind === 'covers' && l.from === 't-lin');
    const added = covers.filter((l) => !before.some((b) => b.id === l.id));
    expect(added.length).toBe(3 - before.filter((l) => ['p-ann', 'p-bo', 'p-dee'].includes(l.to)).length);
    for (const link of added) expect(link).toMatchObject({ strength: 2, lastContact: '2026-11-22' });
    expect(canonical(applyOps(after, edit.inverse))).toEqual(canonical(data));
  });
});
