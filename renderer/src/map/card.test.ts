import { describe, expect, it } from 'vitest';
import { newPerson } from '../../../shared/edit/defaults';
import type { Link } from '../../../shared/model';
import { personCard } from './card';
import { mapLabels } from './labels';

const covers = (id: string, from: string, strength: number): Link => ({ id, accountId: 'a', kind: 'covers', from, to: 'p1', strength, lastContact: null });
const team = [
  { id: 't1', accountId: 'a', name: 'Li Wei', function: 'sales' as const, x: null, y: null },
  { id: 't2', accountId: 'a', name: 'Zhao Min', function: 'presales' as const, x: null, y: null },
];

describe('personCard', () => {
  const person = {
    ...newPerson('a', { name: 'Wang Jianguo', title: 'President', layer: 'image', roles: ['decisionMaker', 'purchaser'], attitude: 'skeptic', influence: 5 }, 'p1'),
    contact: 'wang@example.edu +86 138 0000 0000',
    privateNotes: 'Plays golf with the competitor',
    judgesBy: 'Budget',
  };

  it('says who the person is, how they feel, how much they weigh and our best coverage, by whom', () => {
    const card = personCard(person, { links: [covers('l1', 't1', 1), covers('l2', 't2', 2)], team, competitors: [] }, mapLabels('en'));
    expect(card).toMatchObject({ name: 'Wang Jianguo', title: 'President', roles: 'Decision maker · Purchaser', attitude: 'Skeptic', influence: 5 });
    expect(card.coverage).toBe('Working relationship · Zhao Min');
    expect(card.coverageStrength).toBe(2);
    expect(card.favours).toBeNull();
  });

  it('names the competitor the person favours', () => {
    const competitors = [{ id: 'c1', accountId: 'a', name: 'Vantor Systems' }];
    expect(personCard({ ...person, favouredCompetitorId: 'c1' }, { links: [], team, competitors }, mapLabels('en')).favours).toBe('Vantor Systems');
    expect(mapLabels('zh-CN').card.favours).toBe('倾向');
  });

  it('gives the count of open actions behind the flag (none: 0, and the card leaves the row out)', () => {
    expect(personCard(person, { links: [], team, competitors: [] }, mapLabels('en'), 3).openActions).toBe(3);
    expect(personCard(person, { links: [], team, competitors: [] }, mapLabels('en')).openActions).toBe(0);
    expect(mapLabels('zh-CN').card.openActions).toBe('未完成行动项');
  });

  it('never carries contact details or private notes (workshop rule)', () => {
    const text = JSON.stringify(personCard(person, { links: [], team, competitors: [] }, mapLabels('zh-CN')));
    expect(text).not.toContain('example.edu');
    expect(text).not.toContain('golf');
    expect(text).toContain('无');
  });
});
