import { describe, expect, it } from 'vitest';
import { accountData as data, competitor, covers, member, person } from '../analysis/testing';
import { compareAccounts } from './compare';
import { compareMap } from './compareMap';

const TODAY = { today: '2026-11-22' };

describe('compareMap', () => {
  const before = data({
    competitors: [competitor('cloud')],
    team: [member('me')],
    people: [person('liu', { attitude: 'neutral', influence: 3 }), person('ma', { attitude: 'supporter' }), person('old')],
    links: [covers('me', 'ma', 3), covers('me', 'old', 2)],
  });
  const after = data({
    competitors: [competitor('cloud')],
    team: [member('me')],
    people: [
      person('liu', { attitude: 'supporter', influence: 2 }),
      person('ma', { attitude: 'supporter', status: 'left', statusSince: '2026-11-20', leftToCompetitorId: 'cloud' }),
      person('new'),
    ],
    links: [covers('me', 'ma', 3), covers('me', 'new', 2)],
  });

  it('draws the newer version with what went ghosted and what is new marked', () => {
    const diff = compareAccounts(before, after, TODAY);
    const map = compareMap(before, after, diff);
    expect(map.data.people.map((p) => p.id).sort()).toEqual(['liu', 'ma', 'new', 'old']);
    expect(map.joined).toEqual(['new']);
    expect(map.ghosted.sort()).toEqual(['ma', 'old']);
    expect(map.overlays.classes['new']).toEqual(['diff-new']);
    expect(map.overlays.classes['old']).toEqual(['diff-removed']);
    expect(map.overlays.classes['ma']).toEqual(['diff-removed']);
    // The removed person's link is drawn, ghosted; the new one marked.
    expect(map.linksRemoved).toEqual(['covers:me->old']);
    expect(map.overlays.classes['covers:me->old']).toEqual(['diff-removed']);
    expect(map.overlays.classes['covers:me->new']).toEqual(['diff-new']);
    expect(map.data.links.map((l) => l.id).sort()).toEqual(['covers:me->ma', 'covers:me->new', 'covers:me->old']);
  });

  it('gives attitude and influence moves their direction and old value', () => {
    const map = compareMap(before, after, compareAccounts(before, after, TODAY));
    expect(map.moves).toEqual([
      { id: 'liu', field: 'attitude', before: 'neutral', after: 'supporter', direction: 'up' },
      { id: 'liu', field: 'influence', before: 3, after: 2, direction: 'down' },
    ]);
    expect(map.overlays.classes['liu']).toEqual(['diff-moved']);
  });

  it('marks nothing when the two versions are the same', () => {
    const map = compareMap(before, before, compareAccounts(before, before, TODAY));
    expect(map.overlays.classes).toEqual({});
    expect(map.data.people).toHaveLength(3);
  });
});
