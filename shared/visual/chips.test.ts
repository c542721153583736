import { describe, expect, it } from 'vitest';
import type { Link, TeamMember } from '../model';
import { MAX_CHIPS, chipsKey, coversByPerson, initialsOf } from './chips';

const member = (id: string, name: string): TeamMember => ({ id, accountId: 'a', name, function: 'sales', x: null, y: null });
const covers = (id: string, from: string, to: string, strength: number): Link => ({ id, accountId: 'a', kind: 'covers', from, to, strength, lastContact: null });

describe('covers chips', () => {
  const team = [member('t1', 'Li Wei'), member('t2', 'Zhao Min'), member('t3', '陈国栋'), member('t4', 'Sam'), member('t5', 'Ann Lee')];

  it("names who covers a person by initials, strongest first, with each strength as a number", () => {
    const byPerson = coversByPerson([covers('l1', 't1', 'p1', 1), covers('l2', 't3', 'p1', 3), covers('l3', 't2', 'p1', 1), covers('l4', 't2', 'p2', 0)], team);
    expect(byPerson.get('p1')).toEqual({
      best: 3,
      chips: [
        { memberId: 't3', initials: '陈', strength: 3 },
        { memberId: 't1', initials: 'LW', strength: 1 },
        { memberId: 't2', initials: 'ZM', strength: 1 },
      ],
      more: 0,
    });
    // A covers link of strength 0 (none yet) is still a chip: someone is assigned, with no relationship.
    expect(chipsKey(byPerson.get('p2'))).toBe('ZM:0');
    expect(byPerson.has('p3')).toBe(false);
    expect(chipsKey(undefined)).toBe('');
  });

  it(`shows at most ${MAX_CHIPS} chips and counts the rest`, () => {
    const links = team.map((t, i) => covers(`l${i}`, t.id, 'p1', 2));
    const person = coversByPerson(links, team).get('p1')!;
    expect(person.chips).toHaveLength(MAX_CHIPS);
    expect(person.more).toBe(team.length - MAX_CHIPS);
    expect(chipsKey(person)).toBe('LW:2|ZM:2|陈:2|+2');
  });

  it('takes initials of Latin names and the first character of others', () => {
    expect(initialsOf('li wei')).toBe('LW');
    expect(initialsOf('Sam')).toBe('S');
    expect(initialsOf('王校长')).toBe('王');
    expect(initialsOf('  ')).toBe('?');
  });
});
