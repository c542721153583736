import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../demo';
import { applyOps, newPerson } from '../edit';
import { canonical } from '../edit/testData';
import type { AccountData } from '../model';
import { commonBase, mergeEdit, planMerge } from './merge';
import type { ChangeRecord } from './changes';

const base = buildDemoAccount('en', '2026-11-22');
const coach = base.people.find((p) => p.roles.includes('coach'))!;
/** A person with links, so taking them away takes links too. */
const other = base.people.find((p) => p.id !== coach.id && base.links.some((l) => l.from === p.id || l.to === p.id))!;

/** Without the bookkeeping time, which a merge does not choose. */
const withoutTimes = (data: AccountData) => canonical({ ...data, account: { ...data.account, updatedAt: '' } });

/** Their copy: the coach turned opponent, a new person, and `other` gone with their links. */
function theirCopy(): AccountData {
  const joined = newPerson(base.account.id, { name: 'Zhou Min', layer: 'decision', influence: 4 }, 'p-zhou');
  return {
    ...base,
    people: [...base.people.filter((p) => p.id !== other.id).map((p) => (p.id === coach.id ? { ...p, attitude: 'opponent' as const } : p)), joined],
    links: base.links.filter((l) => l.from !== other.id && l.to !== other.id),
  };
}

describe('merging a colleague\'s copy', () => {
  it('lists each record they changed, takes theirs by default, and gives one edit whose inverse takes it back', () => {
    const theirs = theirCopy();
    const plan = planMerge(base, theirs, base);
    const byKey = new Map(plan.items.map((i) => [i.key, i] as const));
    expect(byKey.get(`person:${coach.id}`)).toMatchObject({ change: 'changed', changedBy: 'theirs', fields: ['attitude'], defaultChoice: 'theirs' });
    expect(byKey.get('person:p-zhou')).toMatchObject({ change: 'added', label: 'Zhou Min', defaultChoice: 'theirs' });
    expect(byKey.get(`person:${other.id}`)).toMatchObject({ change: 'removed', label: other.name, defaultChoice: 'theirs' });
    const merged = mergeEdit(base, plan);
    if (!merged.ok) throw new Error(merged.problems.join('; '));
    expect(withoutTimes(merged.merged)).toEqual(withoutTimes(theirs));
    const applied = applyOps(base, merged.edit.forward);
    expect(withoutTimes(applied)).toEqual(withoutTimes(theirs));
    expect(withoutTimes(applyOps(applied, merged.edit.inverse))).toEqual(withoutTimes(base));
  });

  it('keeps mine by default where I changed a record too, or when there is no common base; my choice of theirs wins', () => {
    const mine = { ...base, people: base.people.map((p) => (p.id === coach.id ? { ...p, title: 'My title' } : p)) };
    const theirs = theirCopy();
    const both = planMerge(mine, theirs, base).items.find((i) => i.id === coach.id)!;
    expect(both).toMatchObject({ changedBy: 'both', defaultChoice: 'mine', fields: expect.arrayContaining(['attitude', 'title']) });
    const blind = planMerge(mine, theirs, null);
    expect(blind.hasBase).toBe(false);
    expect(blind.items.every((i) => i.changedBy === 'unknown' && i.defaultChoice === 'mine')).toBe(true);
    const chosen = mergeEdit(mine, blind, { [`person:${coach.id}`]: 'theirs' });
    expect(chosen.ok && chosen.merged.people.find((p) => p.id === coach.id)).toMatchObject({ attitude: 'opponent', title: coach.title });
    expect(chosen.ok && chosen.merged.people.some((p) => p.id === 'p-zhou')).toBe(false);
  });

  it('refuses choices that do not fit together: a link of mine kept to a person taken away', () => {
    const theirs = theirCopy();
    const plan = planMerge(base, theirs, base);
    const link = plan.items.find((i) => i.entity === 'link' && i.change === 'removed')!;
    const refused = mergeEdit(base, plan, { [link.key]: 'mine' });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.problems.join(' ')).toContain(other.id);
  });

  it('finds the common base in the records both histories share', () => {
    const record = (id: string, after: Record<string, unknown>, kind: ChangeRecord['kind'] = 'update'): ChangeRecord => ({
      id,
      accountId: base.account.id,
      hlc: id,
      at: '2026-11-01T00:00:00.000Z',
      actor: 'a',
      origin: 'edit',
      entity: 'account',
      entityId: base.account.id,
      kind,
      before: null,
      after,
    });
    const created = record('r1', base.account as unknown as Record<string, unknown>, 'create');
    const shared = record('r2', { notes: 'shared' });
    const mine = [created, shared, record('m3', { notes: 'mine' })];
    const theirs = [created, shared, record('t3', { notes: 'theirs' })];
    expect(commonBase(mine, theirs, base.account.id)!.account.notes).toBe('shared');
    expect(commonBase(mine, [record('x', { notes: 'x' })], base.account.id)).toBeNull();
  });
});
