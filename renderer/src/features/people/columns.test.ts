import { describe, expect, it } from 'vitest';
import { accountData, competitor, covers, member, person } from '../../../../shared/analysis/testing';
import { DEFAULT_PEOPLE_SORT, nextPeopleSort, PEOPLE_COLUMNS, sortPeople, tableContext } from './columns';

const data = accountData({
  team: [member('t1', { name: 'Ann' }), member('t2', { name: 'Bo' })],
  competitors: [competitor('c1', 'Rival Co')],
  people: [
    person('Zhou', { layer: 'user', attitude: 'opponent', influence: 2, department: 'IT', lastContact: '2026-10-01' }),
    person('Adams', { layer: 'decision', attitude: 'champion', influence: 5, department: '', roles: ['decisionMaker'] }),
    person('Lee 10', { layer: 'image', attitude: 'unknown', influence: 3, department: 'Finance', lastContact: '2026-11-01', favouredCompetitorId: 'c1' }),
    person('Lee 9', { layer: 'decision', attitude: 'neutral', influence: 3, department: 'Finance', roles: ['coach'] }),
  ],
  links: [covers('t1', 'Zhou', 1), covers('t2', 'Zhou', 3), covers('t1', 'Lee 9', 2)],
});
const context = tableContext(data);
const names = (column: string, direction: 'asc' | 'desc' = 'asc', locale = 'en') =>
  sortPeople(data.people, { column, direction }, context, locale).map((p) => p.name);

describe('People table sorting', () => {
  it('opens by name, numbers in names read as numbers', () => {
    expect(names(DEFAULT_PEOPLE_SORT.column)).toEqual(['Adams', 'Lee 9', 'Lee 10', 'Zhou']);
    expect(names('name', 'desc')).toEqual(['Zhou', 'Lee 10', 'Lee 9', 'Adams']);
  });

  it('sorts layers top band first and attitudes from champion to opponent, unknown last', () => {
    expect(names('layer')).toEqual(['Lee 10', 'Adams', 'Lee 9', 'Zhou']);
    expect(names('attitude')).toEqual(['Adams', 'Lee 9', 'Zhou', 'Lee 10']);
  });

  it('puts the weightiest and the best covered first, nobody covering last either way', () => {
    expect(names('influence')).toEqual(['Adams', 'Lee 9', 'Lee 10', 'Zhou']);
    expect(names('covers')).toEqual(['Zhou', 'Lee 9', 'Adams', 'Lee 10']);
    expect(names('covers', 'desc')).toEqual(['Lee 9', 'Zhou', 'Adams', 'Lee 10']);
  });

  it('leaves empty values last in both directions, equal ones in name order', () => {
    expect(names('department')).toEqual(['Lee 9', 'Lee 10', 'Zhou', 'Adams']);
    expect(names('department', 'desc')).toEqual(['Zhou', 'Lee 9', 'Lee 10', 'Adams']);
    expect(names('lastContact')).toEqual(['Zhou', 'Lee 10', 'Adams', 'Lee 9']);
    expect(names('favouredCompetitorId')).toEqual(['Lee 10', 'Adams', 'Lee 9', 'Zhou']);
  });

  it('sorts Chinese names by pinyin under zh-CN', () => {
    const chinese = [person('张伟'), person('安娜'), person('李明')];
    expect(sortPeople(chinese, DEFAULT_PEOPLE_SORT, context, 'zh-CN').map((p) => p.name)).toEqual(['安娜', '李明', '张伟']);
  });

  it('flips on a second click and starts a new column ascending', () => {
    expect(nextPeopleSort(DEFAULT_PEOPLE_SORT, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextPeopleSort(DEFAULT_PEOPLE_SORT, 'attitude')).toEqual({ column: 'attitude', direction: 'asc' });
  });

  it('names who covers a person, strongest first', () => {
    expect(context.coverage.get('Zhou')).toEqual({ best: 3, names: ['Bo', 'Ann'] });
    expect(context.coverage.get('Adams')).toBeUndefined();
  });

  it('offers a column for every field the panel edits', () => {
    const ids = PEOPLE_COLUMNS.map((c) => c.id);
    for (const field of ['name', 'title', 'department', 'contact', 'layer', 'roles', 'attitude', 'influence', 'favouredCompetitorId', 'driver', 'judgesBy', 'fitOurs', 'fitCompetitor', 'targetRelationship', 'lastContact', 'nextStep', 'privateNotes']) {
      expect(ids, field).toContain(field);
    }
  });
});
