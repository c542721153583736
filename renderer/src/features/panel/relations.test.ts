import { describe, expect, it } from 'vitest';
import type { AccountData } from '../../../../shared/model';
import { sampleAccount } from '../../../../shared/edit/testData';
import { bestCoversStrength, competitorContacts, coveredBy, linksOf, nameOf } from './relations';

function withLinks(data: AccountData, links: AccountData['links']): AccountData {
  return { ...data, links: [...data.links, ...links] };
}

describe('bestCoversStrength', () => {
  it('is the strongest covers link to the person', () => {
    const data = withLinks(sampleAccount(), [
      { id: 'l-cov3', accountId: 'acc-1', kind: 'covers', from: 't-sam', to: 'p-bo', strength: 3, lastContact: null },
    ]);
    expect(bestCoversStrength(data, 'p-bo')).toBe(3);
  });

  it('is null when nobody covers the person, and 0 for a covers link of strength 0', () => {
    const data = sampleAccount();
    expect(bestCoversStrength(data, 'p-ann')).toBeNull();
    const cold = withLinks(data, [{ id: 'l-c0', accountId: 'acc-1', kind: 'covers', from: 't-lin', to: 'p-ann', strength: 0, lastContact: null }]);
    expect(bestCoversStrength(cold, 'p-ann')).toBe(0);
  });

  it('ignores other kinds of links with a strength', () => {
    // Cai influences Bo at 3 and Acme is tied to Bo at 2: neither is our coverage.
    expect(bestCoversStrength(sampleAccount(), 'p-bo')).toBe(2);
  });
});

describe('linksOf', () => {
  it('lists every link touching a person with the other end named and the direction seen from here', () => {
    const rows = linksOf(sampleAccount(), 'p-bo');
    expect(rows.map((row) => [row.link.id, row.direction, row.otherName])).toEqual([
      ['l-cov1', 'incoming', 'Lin'],
      ['l-tie', 'incoming', 'Acme'],
      ['l-rep', 'outgoing', '王校长'],
      ['l-inf', 'incoming', '蔡老师'],
      ['l-rival', 'mutual', 'Dee'],
    ]);
  });

  it('shows ally and rival as mutual from either end', () => {
    const fromDee = linksOf(sampleAccount(), 'p-dee');
    expect(fromDee.find((row) => row.link.id === 'l-ally')).toMatchObject({ direction: 'mutual', otherName: '蔡老师' });
  });

  it('is empty for a node without links', () => {
    expect(linksOf(sampleAccount(), 'c-globex')).toEqual([]);
  });
});

describe('nameOf', () => {
  it('finds people, team members and competitors, and gives an empty name for unknown ids', () => {
    const data = sampleAccount();
    expect([nameOf(data, 'p-cai'), nameOf(data, 't-sam'), nameOf(data, 'c-acme'), nameOf(data, 'nope')]).toEqual(['蔡老师', 'Sam', 'Acme', '']);
  });
});

describe('coveredBy', () => {
  it('lists the people a team member covers, strongest first, with strength and last contact', () => {
    const data = withLinks(sampleAccount(), [
      { id: 'l-cov4', accountId: 'acc-1', kind: 'covers', from: 't-lin', to: 'p-dee', strength: 3, lastContact: '2026-04-01' },
    ]);
    expect(coveredBy(data, 't-lin')).toEqual([
      { linkId: 'l-cov4', personId: 'p-dee', name: 'Dee', strength: 3, lastContact: '2026-04-01' },
      { linkId: 'l-cov1', personId: 'p-bo', name: 'Bo Chen', strength: 2, lastContact: '2026-03-01' },
    ]);
  });
});

describe('competitorContacts', () => {
  it('joins ties and favourites into one row per person', () => {
    expect(competitorContacts(sampleAccount(), 'c-acme')).toEqual([
      { personId: 'p-bo', name: 'Bo Chen', tie: { linkId: 'l-tie', strength: 2 }, favours: true },
    ]);
    expect(competitorContacts(sampleAccount(), 'c-globex')).toEqual([{ personId: 'p-dee', name: 'Dee', tie: null, favours: true }]);
  });
});
