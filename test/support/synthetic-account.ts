import { newPerson } from '../../shared/edit/defaults';
import { ATTITUDES, LAYERS, type AccountData, type Link, type Person, type Role } from '../../shared/model';

/** Small seeded PRNG (mulberry32) so every run builds the same account. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic account of `people` customer people with about two links each (a reporting tree,
 * informal influence, a few ally/rival pairs, covers from a team of five), positions left to the band
 * layout. Used by benchmarks; the sizes follow issue 2 (50, 300, 2,000).
 */
export function syntheticAccount(people: number, seed = 1, id = `bench-${people}`): AccountData {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const now = '2026-11-22T00:00:00.000Z';
  const accountId = id;
  const departments = ['IT', 'Finance', 'Procurement', 'Operations', 'Research', 'Teaching', 'Facilities'];
  const persons: Person[] = [];
  for (let i = 0; i < people; i++) {
    // Roughly a pyramid: few at the top, most users.
    const layer = i < Math.max(1, people * 0.04) ? 'image' : i < people * 0.15 ? 'decision' : i < people * 0.45 ? 'implementation' : 'user';
    const roles: Role[] = layer === 'decision' && random() < 0.5 ? ['decisionMaker'] : layer === 'user' ? ['user'] : random() < 0.3 ? ['influencer'] : [];
    if (random() < 0.03) roles.push('coach');
    persons.push(
      newPerson(
        accountId,
        {
          name: `Person ${i}`,
          title: `${pick(['Head', 'Chief', 'Manager', 'Engineer', 'Teacher'])} ${i}`,
          department: pick(departments),
          layer: LAYERS.includes(layer) ? layer : 'user',
          roles,
          attitude: pick(ATTITUDES),
          influence: 1 + Math.floor(random() * 5),
        },
        `${accountId}-p${i}`,
      ),
    );
  }
  const team = Array.from({ length: 5 }, (_, i) => ({
    id: `${accountId}-t${i}`,
    accountId,
    name: `Team ${i}`,
    function: (['sales', 'presales', 'service', 'executive', 'sales'] as const)[i] ?? 'sales',
    x: null,
    y: null,
  }));
  const links: Link[] = [];
  const link = (kind: Link['kind'], from: string, to: string, strength: number | null, lastContact: string | null = null) =>
    links.push({ id: `${accountId}-l${links.length}`, accountId, kind, from, to, strength, lastContact });
  for (let i = 1; i < people; i++) {
    link('reportsTo', persons[i]!.id, persons[Math.floor(random() * i)]!.id, null);
    const r = random();
    const other = persons[Math.floor(random() * people)]!.id;
    if (other === persons[i]!.id) continue;
    if (r < 0.6) link('influences', persons[i]!.id, other, 1 + Math.floor(random() * 3));
    else if (r < 0.75) link(random() < 0.5 ? 'ally' : 'rival', persons[i]!.id, other, null);
    else link('covers', pick(team).id, persons[i]!.id, Math.floor(random() * 4), '2026-11-01');
  }
  return {
    account: {
      id: accountId,
      name: `Synthetic ${people}`,
      industry: 'Benchmark',
      region: '',
      notes: '',
      tier: 'core',
      funnelClass: 'A',
      stage: 'initial',
      shareOfWallet: null,
      visitCadenceDays: null,
      createdAt: now,
      updatedAt: now,
    },
    competitors: [],
    team,
    people: persons,
    links,
  };
}
