import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, ally, covers, influences, member, person, reportsTo, rival } from './testing';
import type { AccountData } from '../model';

const paths = (data: AccountData) => analyze(data, { today: TODAY }).pathsToPower;
const dm = (id: string) => person(id, { layer: 'decision', roles: ['decisionMaker'] });

describe('path to power', () => {
  it('prefers the chain with the strongest weakest link over a shorter weak one', () => {
    // zhang knows the CEO only as an acquaintance (1 link, weakest 1); li trusts a (3) and a influences
    // the CEO at 3 (2 links, weakest 3): the chain through a is stronger.
    const data = accountData({
      team: [member('zhang'), member('li')],
      people: [person('a'), dm('ceo')],
      links: [covers('zhang', 'ceo', 1), covers('li', 'a', 3), influences('a', 'ceo', 3)],
    });
    expect(paths(data)).toEqual([
      {
        decisionMakerId: 'ceo',
        nodeIds: ['li', 'a', 'ceo'],
        linkIds: ['covers:li->a', 'influences:a->ceo'],
        strength: 3,
        hops: 2,
      },
    ]);
    const f = analyze(data, { today: TODAY }).findings.find((x) => x.code === 'path-to-power')!;
    expect(f).toMatchObject({ teamIds: ['li'], personIds: ['a', 'ceo'], numbers: { strength: 3, hops: 2 } });
  });

  it('breaks a tie on the weakest link by fewer links, and walks links against their direction', () => {
    // Both chains have weakest link 2: li -> a -> ceo (covers 2, reports-to 2: 2 links) and
    // li -> b -> c -> ceo (covers 3, influence 3, ally 2: 3 links). The shorter wins.
    const data = accountData({
      team: [member('li')],
      people: [person('b'), person('c'), person('a'), dm('ceo')],
      links: [
        covers('li', 'b', 3),
        influences('b', 'c', 3),
        ally('c', 'ceo'),
        covers('li', 'a', 2),
        reportsTo('a', 'ceo'),
      ],
    });
    const [path] = paths(data);
    expect(path).toMatchObject({ nodeIds: ['li', 'a', 'ceo'], strength: 2, hops: 2 });
    // Reverse direction: the CEO influences d, and d is the only person we hold.
    const reverse = accountData({
      team: [member('li')],
      people: [person('d'), dm('ceo')],
      links: [covers('li', 'd', 2), influences('ceo', 'd', 1)],
    });
    expect(paths(reverse)[0]).toMatchObject({ nodeIds: ['li', 'd', 'ceo'], strength: 1 });
  });

  it('does not travel over rival links or strength-0 covers links, and says when no chain exists', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('a'), dm('ceo')],
      links: [covers('li', 'a', 3), rival('a', 'ceo'), covers('li', 'ceo', 0)],
    });
    const a = analyze(data, { today: TODAY });
    expect(a.pathsToPower).toEqual([]);
    expect(a.findings.find((f) => f.code === 'no-path-to-power')?.personIds).toEqual(['ceo']);
  });

  it('finds a chain through reports-to cycles without looping', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('a'), person('b'), dm('ceo')],
      links: [covers('li', 'a', 2), reportsTo('a', 'b'), reportsTo('b', 'a'), reportsTo('b', 'ceo'), reportsTo('ceo', 'b')],
    });
    expect(paths(data)[0]).toMatchObject({ nodeIds: ['li', 'a', 'b', 'ceo'], strength: 2, hops: 3 });
  });
});
