import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, ally, covers, influences, link, member, person, reportsTo, rival } from './testing';
import type { AccountData, Link, Person, TeamMember } from '../model';

const bottlenecksOf = (data: AccountData) => analyze(data, { today: TODAY }).singleThread.bottlenecks;

const dm = (id: string) => person(id, { layer: 'decision', roles: ['decisionMaker'] });

describe('access bottleneck', () => {
  // li covers a (3); a reports to b; b influences the CEO. Every route to the CEO goes
  // li -> a -> b -> ceo, so both a and b cut us off.
  const chain = (extra: Link[] = []) =>
    accountData({
      team: [member('li')],
      people: [person('a'), person('b'), dm('ceo')],
      links: [covers('li', 'a', 3), reportsTo('a', 'b'), influences('b', 'ceo', 1), ...extra],
    });

  it('finds every person on the only route to a decision maker', () => {
    expect(bottlenecksOf(chain())).toEqual([
      { personId: 'a', decisionMakerIds: ['ceo'] },
      { personId: 'b', decisionMakerIds: ['ceo'] },
    ]);
    const findings = analyze(chain(), { today: TODAY }).findings.filter((f) => f.code === 'access-bottleneck');
    expect(findings.map((f) => f.personIds)).toEqual([
      ['a', 'ceo'],
      ['b', 'ceo'],
    ]);
  });

  it('lets a second route (an ally link) remove a bottleneck, but not a rival link', () => {
    expect(bottlenecksOf(chain([rival('a', 'ceo')])).map((b) => b.personId)).toEqual(['a', 'b']);
    // With a -- ceo as allies, b is no longer needed; a still is (the only person we hold).
    expect(bottlenecksOf(chain([ally('a', 'ceo')])).map((b) => b.personId)).toEqual(['a']);
  });

  it('needs a working relationship (2) for a covers link to be a way in', () => {
    expect(bottlenecksOf(chain([covers('li', 'ceo', 1)])).map((b) => b.personId)).toEqual(['a', 'b']);
    expect(bottlenecksOf(chain([covers('li', 'ceo', 2)]))).toEqual([]);
    expect(bottlenecksOf(chain([covers('li', 'b', 2)])).map((b) => b.personId)).toEqual(['b']);
  });

  it('takes links undirected, terminates on cycles and ignores links to missing people', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('a'), person('b'), person('c'), dm('ceo')],
      links: [
        covers('li', 'a', 2),
        reportsTo('a', 'b'),
        reportsTo('b', 'c'),
        reportsTo('c', 'a'),
        reportsTo('ceo', 'c'),
        reportsTo('ghost', 'ceo'),
        influences('ceo', 'ghost', 3),
      ],
    });
    // a-b-c is a cycle: a is still the only way in, and c the only way to the CEO; b is bypassed via a-c.
    expect(bottlenecksOf(data)).toEqual([
      { personId: 'a', decisionMakerIds: ['ceo'] },
      { personId: 'c', decisionMakerIds: ['ceo'] },
    ]);
  });

  it('reports no bottleneck for a decision maker we cannot reach at all', () => {
    const data = accountData({ team: [member('li')], people: [person('a'), dm('ceo')], links: [covers('li', 'a', 3)] });
    expect(bottlenecksOf(data)).toEqual([]);
  });

  it('agrees with removing each person in turn on 300 random accounts', () => {
    const random = mulberry32(20261122);
    let pairs = 0;
    for (let round = 0; round < 300; round += 1) {
      const data = randomAccount(random);
      const expected = bruteForce(data);
      const actual = bottlenecksOf(data)
        .flatMap((b) => b.decisionMakerIds.map((d) => `${b.personId}>${d}`))
        .sort();
      expect(actual, `round ${round}`).toEqual(expected);
      pairs += expected.length;
    }
    // The random accounts must actually exercise the rule, not only agree on "none".
    expect(pairs).toBeGreaterThan(100);
  });
});

/** Seeded PRNG, so a failure reproduces. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAccount(random: () => number): AccountData {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const n = 2 + Math.floor(random() * 13);
  const people: Person[] = Array.from({ length: n }, (_, i) =>
    person(`p${i}`, { roles: random() < 0.3 ? ['decisionMaker'] : [], layer: pick(['image', 'decision', 'implementation', 'user'] as const) }),
  );
  const team: TeamMember[] = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => member(`t${i}`));
  const links: Link[] = [];
  const linkCount = Math.floor(random() * n * 1.6);
  for (let k = 0; k < linkCount; k += 1) {
    const from = pick(people).id;
    const to = random() < 0.05 ? 'missing' : pick(people).id;
    if (from === to) continue;
    const kind = pick(['reportsTo', 'influences', 'ally', 'rival'] as const);
    links.push(link(kind, from, to, { id: `l${k}`, strength: kind === 'influences' ? 1 + Math.floor(random() * 3) : null }));
  }
  const coverCount = 1 + Math.floor(random() * 3);
  for (let k = 0; k < coverCount; k += 1) {
    links.push(covers(pick(team).id, pick(people).id, Math.floor(random() * 4)));
  }
  return accountData({ team, people, links });
}

/**
 * Independent of the engine: build the access graph straight from the links, then for each decision
 * maker and each other person, delete the person and search from our team again.
 */
function bruteForce(data: AccountData): string[] {
  const ids = new Set(data.people.map((p) => p.id));
  const teamIds = new Set(data.team.map((t) => t.id));
  const adjacency = new Map<string, string[]>();
  const join = (a: string, b: string) => {
    adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), a]);
  };
  for (const l of data.links) {
    if (!ids.has(l.to)) continue;
    if (l.kind === 'covers' && teamIds.has(l.from) && (l.strength ?? 0) >= 2) join('TEAM', l.to);
    if ((l.kind === 'reportsTo' || l.kind === 'influences' || l.kind === 'ally') && ids.has(l.from)) join(l.from, l.to);
  }
  const reaches = (target: string, without: string | null): boolean => {
    const seen = new Set(['TEAM']);
    const queue = ['TEAM'];
    while (queue.length > 0) {
      const u = queue.shift()!;
      if (u === target) return true;
      for (const w of adjacency.get(u) ?? []) {
        if (w === without || seen.has(w)) continue;
        seen.add(w);
        queue.push(w);
      }
    }
    return false;
  };
  const pairs: string[] = [];
  for (const d of data.people.filter((p) => p.roles.includes('decisionMaker'))) {
    if (!reaches(d.id, null)) continue;
    for (const v of data.people) {
      if (v.id !== d.id && !reaches(d.id, v.id)) pairs.push(`${v.id}>${d.id}`);
    }
  }
  return pairs.sort();
}
