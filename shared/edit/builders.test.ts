import { describe, expect, it } from 'vitest';
import type { AccountData } from '../model';
import { opsSchema } from '../model';
import { addCompetitor, deleteCompetitor, renameCompetitor, updateAccount } from './account';
import { applyOps } from './applyOps';
import { newPerson, newTeamMember } from './defaults';
import { deleteElements } from './deleteElements';
import type { Edit } from './edit';
import { combineEdits, invertEdit, isEmptyEdit } from './edit';
import { addLink, updateLink } from './links';
import { addPerson, movePeople, updatePerson } from './people';
import { addTeamMember, updateTeamMember } from './team';
import { canonical, deepFreeze, sampleAccount } from './testData';

/**
 * Runs the edit forward, checks it changed something, then checks undo and redo are exact; both
 * directions must also pass the contract's op schema, since the main process checks them.
 */
function roundTrip(data: AccountData, edit: Edit): AccountData {
  expect(opsSchema.safeParse(edit.forward).error?.issues ?? []).toEqual([]);
  expect(opsSchema.safeParse(edit.inverse).error?.issues ?? []).toEqual([]);
  const after = applyOps(data, edit.forward);
  expect(canonical(after)).not.toEqual(canonical(data));
  const undone = applyOps(after, edit.inverse);
  expect(canonical(undone)).toEqual(canonical(data));
  const redone = applyOps(undone, edit.forward);
  expect(canonical(redone)).toEqual(canonical(after));
  return after;
}

describe('edit builders: forward then inverse gives back the original exactly', () => {
  const data = deepFreeze(sampleAccount());

  it('addPerson', () => {
    const after = roundTrip(data, addPerson(data, newPerson('acc-1', { name: '新人', layer: 'user' }, 'p-new')));
    expect(after.people.find((p) => p.id === 'p-new')?.layer).toBe('user');
  });

  it('updatePerson with several fields, roles included', () => {
    const edit = updatePerson(data, 'p-cai', { attitude: 'neutral', roles: ['coach'], influence: 5, lastContact: '2026-04-01' });
    const after = roundTrip(data, edit);
    expect(after.people.find((p) => p.id === 'p-cai')).toMatchObject({ attitude: 'neutral', roles: ['coach'], influence: 5 });
  });

  it('updatePerson that changes nothing is no edit', () => {
    expect(isEmptyEdit(updatePerson(data, 'p-cai', { attitude: 'champion', roles: ['coach', 'user'] }))).toBe(true);
    expect(isEmptyEdit(updatePerson(data, 'nobody', { name: 'x' }))).toBe(true);
  });

  it('movePeople moves people and team members and changes a layer in one edit', () => {
    const edit = movePeople(data, [
      { id: 'p-ann', x: 100, y: 200 },
      { id: 'p-dee', x: 5, y: 6, layer: 'implementation' },
      { id: 't-sam', x: -320, y: 80 },
      { id: 'unknown', x: 0, y: 0 },
    ]);
    expect(edit.forward).toHaveLength(3);
    const after = roundTrip(data, edit);
    expect(after.people.find((p) => p.id === 'p-dee')).toMatchObject({ x: 5, y: 6, layer: 'implementation' });
    expect(after.team.find((t) => t.id === 't-sam')).toMatchObject({ x: -320, y: 80 });
  });

  it('addTeamMember and updateTeamMember', () => {
    roundTrip(data, addTeamMember(data, newTeamMember('acc-1', { name: 'Kai', function: 'executive' }, 't-kai')));
    const after = roundTrip(data, updateTeamMember(data, 't-lin', { name: 'Lin Wei', function: 'service' }));
    expect(after.team.find((t) => t.id === 't-lin')).toMatchObject({ name: 'Lin Wei', function: 'service' });
  });

  it('addLink and updateLink', () => {
    const added = addLink(data, { kind: 'influences', from: 'p-dee', to: 'p-ann', id: 'l-new' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    roundTrip(data, added.edit);
    roundTrip(data, updateLink(data, 'l-cov1', { strength: 3, lastContact: '2026-05-05' }));
  });

  it('updateAccount, addCompetitor, renameCompetitor', () => {
    roundTrip(data, updateAccount(data, { tier: 'senior', shareOfWallet: 60, stage: 'stable', notes: 'Budget in Q3' }));
    roundTrip(data, addCompetitor(data, 'Initech', 'c-new').edit);
    roundTrip(data, renameCompetitor(data, 'c-acme', 'Acme Corp'));
  });

  it('deleteCompetitor restores its ties and the people who favoured it', () => {
    const after = roundTrip(data, deleteCompetitor(data, 'c-acme'));
    expect(after.links.some((l) => l.id === 'l-tie')).toBe(false);
    expect(after.people.find((p) => p.id === 'p-bo')?.favouredCompetitorId).toBeNull();
  });

  it('deleteElements with people, team, links and competitors mixed restores every cascade', () => {
    const edit = deleteElements(data, ['p-bo', 't-sam', 'l-ally', 'c-globex', 'unknown']);
    const after = roundTrip(data, edit);
    expect(after.people.map((p) => p.id).sort()).toEqual(['p-ann', 'p-cai', 'p-dee']);
    expect(after.team.map((t) => t.id)).toEqual(['t-lin']);
    expect(after.competitors.map((c) => c.id)).toEqual(['c-acme']);
    // every link touched Bo, Sam or was the ally link itself
    expect(after.links).toEqual([]);
    expect(after.people.find((p) => p.id === 'p-dee')?.favouredCompetitorId).toBeNull();
  });

  it('deleteElements of a person who favours a deleted competitor restores both', () => {
    roundTrip(data, deleteElements(data, ['p-dee', 'c-globex']));
  });

  it('the forward ops of a delete leave nothing for the database cascade to do', () => {
    const edit = deleteElements(data, ['p-bo']);
    const deletedLinks = edit.forward.filter((op) => op.op === 'delete' && op.entity === 'link').map((op) => (op.op === 'delete' ? op.id : ''));
    expect(deletedLinks.sort()).toEqual(['l-cov1', 'l-inf', 'l-rep', 'l-rival', 'l-tie']);
  });

  it('combineEdits undoes in reverse order', () => {
    const first = addPerson(data, newPerson('acc-1', { name: 'Eve' }, 'p-eve'));
    const afterFirst = applyOps(data, first.forward);
    const second = updatePerson(afterFirst, 'p-eve', { attitude: 'opponent' });
    roundTrip(data, combineEdits([first, second]));
    roundTrip(applyOps(data, combineEdits([first, second]).forward), invertEdit(combineEdits([first, second])));
  });
});
