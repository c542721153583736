import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../demo';
import { addPerson, applyOps, newPerson, updatePerson } from '../edit';
import { mapLabels } from '../visual/labels';
import { mergeWords, describeMergeItem } from './describeMerge';
import { planMerge } from './merge';

const mine = buildDemoAccount('en', '2026-11-22');
const coach = mine.people.find((p) => p.roles.includes('coach'))!;

describe('a merge in words', () => {
  it('reads each difference from mine to theirs, as the History tab words a change, in English and 简体中文', () => {
    let theirs = applyOps(mine, updatePerson(mine, coach.id, { attitude: 'opponent', x: 5 }).forward);
    const added = addPerson(theirs, newPerson(mine.account.id, { name: 'Zhou Min', layer: 'user' }));
    theirs = applyOps(theirs, added.forward);
    const link = mine.links.find((l) => l.kind === 'covers')!;
    theirs = { ...theirs, links: theirs.links.map((l) => (l.id === link.id ? { ...l, strength: l.strength === 3 ? 1 : 3 } : l)) };
    const plan = planMerge(mine, theirs, null);
    const words = mergeWords(mine, plan);
    const lines = (id: string, locale: 'en' | 'zh-CN' = 'en') => describeMergeItem(plan.items.find((i) => i.id === id)!, words, locale);
    // The position moved too: the map's layout is not a difference told in words.
    expect(lines(coach.id)).toEqual([`${coach.name}: attitude ${mapLabels('en').attitude[coach.attitude]} -> Opponent`]);
    expect(lines(coach.id, 'zh-CN')).toEqual([`${coach.name}：态度 ${mapLabels('zh-CN').attitude[coach.attitude]} → 反对`]);
    const person = plan.items.find((i) => i.change === 'added')!;
    expect(lines(person.id)).toEqual(['Zhou Min added']);
    const from = mine.people.find((p) => p.id === link.from) ?? mine.team.find((m) => m.id === link.from)!;
    expect(lines(link.id)[0]).toContain(from.name);
    expect(lines(link.id)[0]).toMatch(/strength \d -> \d/);
  });
});
