import { describe, expect, it } from 'vitest';
import { openActionsByPerson, peopleWithChangedFlags } from './flags';
import type { PlanAction } from './types';

const action = (id: string, personIds: string[], status: PlanAction['status'] = 'open'): PlanAction => ({
  id,
  accountId: 'a',
  text: id,
  ownerId: 't',
  due: '2026-11-30',
  personIds,
  status,
  origin: { kind: 'typed' },
  createdOn: '2026-11-20',
  doneOn: status === 'open' ? null : '2026-11-21',
});

describe('the open-actions flag', () => {
  it('counts the open actions that concern each person; done and dropped ones do not count', () => {
    const counts = openActionsByPerson({ actions: [action('x', ['p1', 'p2']), action('y', ['p1']), action('z', ['p2'], 'done'), action('w', ['p3'], 'dropped')] });
    expect(Object.fromEntries(counts)).toEqual({ p1: 2, p2: 1 });
  });

  it('names the people whose count changed, and only them', () => {
    const before = openActionsByPerson({ actions: [action('x', ['p1', 'p2'])] });
    const after = openActionsByPerson({ actions: [action('x', ['p1', 'p2'], 'done'), action('y', ['p3']), action('v', ['p2'])] });
    expect([...peopleWithChangedFlags(before, after)].sort()).toEqual(['p1', 'p3']);
    expect(peopleWithChangedFlags(undefined, new Map()).size).toBe(0);
  });
});
