import {
  ATTITUDES,
  LAYERS,
  type AccountData,
  type Attitude,
  type Layer,
  type Link,
  type LinkKind,
  type Person,
  type Role,
  type TeamMember,
} from '../model';
import { newPerson } from '../edit/defaults';

/**
 * Synthetic accounts for layout tests, the map sandbox and benchmarks: deterministic for a given size and
 * seed, shaped like real accounts (few people at the top, many users; departments; a reporting tree; about
 * two links per person).
 */

const ACCOUNT_ID = 'synthetic-account';

export function makePerson(id: string, layer: Layer, extra: Partial<Person> = {}): Person {
  return newPerson(ACCOUNT_ID, { name: id, layer, ...extra }, id);
}

export function makeTeamMember(id: string, extra: Partial<TeamMember> = {}): TeamMember {
  return { id, accountId: ACCOUNT_ID, name: id, function: 'sales', x: null, y: null, ...extra };
}

export function makeLink(id: string, kind: LinkKind, from: string, to: string, strength: number | null = null): Link {
  return { id, accountId: ACCOUNT_ID, kind, from, to, strength, lastContact: null };
}

export function makeAccount(parts: Partial<Omit<AccountData, 'account'>> = {}): AccountData {
  return {
    account: {
      id: ACCOUNT_ID,
      name: 'Synthetic account',
      industry: '',
      region: '',
      notes: '',
      tier: 'core',
      funnelClass: 'A',
      stage: 'initial',
      shareOfWallet: null,
      visitCadenceDays: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    competitors: [],
    team: [],
    people: [],
    links: [],
    ...parts,
  };
}

/** Park-Miller: a tiny deterministic generator, so the same size always gives the same account. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const LAYER_SHARE: Record<Layer, number> = { image: 0.05, decision: 0.15, implementation: 0.35, user: 0.45 };
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', 'Smith', 'García', 'Müller', 'Okafor'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', 'Anna', 'Ben', 'Chloé', 'Dmitri', 'Emeka', 'Fatima'];
const TITLES: Record<Layer, string[]> = {
  image: ['President', 'Party Secretary', 'Chairman'],
  decision: ['Vice President', 'Director', 'Head of Finance'],
  implementation: ['Section Chief', 'Project Manager', 'Lead Engineer'],
  user: ['Teacher', 'Operator', 'Analyst', 'Clerk'],
};

export function syntheticAccount(size: number, seed = 7): AccountData {
  const rnd = random(seed + size);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const departments = Array.from({ length: Math.max(2, Math.round(size / 12)) }, (_, i) => `Dept ${i + 1}`);
  const people: Person[] = [];
  const byLayer: Record<Layer, Person[]> = { image: [], decision: [], implementation: [], user: [] };
  let index = 0;
  for (const layer of LAYERS) {
    const count = layer === 'user' ? size - index : Math.max(1, Math.round(size * LAYER_SHARE[layer]));
    for (let i = 0; i < count && index < size; i += 1, index += 1) {
      const roles: Role[] =
        layer === 'decision' ? ['decisionMaker'] : layer === 'user' ? ['user'] : rnd() < 0.3 ? ['influencer'] : [];
      if (rnd() < 0.05) roles.push('coach');
      const person = makePerson(`p${String(index).padStart(5, '0')}`, layer, {
        name: `${pick(SURNAMES)}${pick(GIVEN)}`,
        title: pick(TITLES[layer]),
        department: layer === 'image' ? '' : pick(departments),
        roles,
        attitude: pick(ATTITUDES) as Attitude,
        influence: 1 + Math.floor(rnd() * 5),
      });
      people.push(person);
      byLayer[layer].push(person);
    }
  }

  const links: Link[] = [];
  let linkIndex = 0;
  const link = (kind: LinkKind, from: string, to: string, strength: number | null = null): void => {
    links.push(makeLink(`l${String(linkIndex++).padStart(6, '0')}`, kind, from, to, strength));
  };
  LAYERS.forEach((layer, layerIndex) => {
    if (layerIndex === 0) return;
    const above = byLayer[LAYERS[layerIndex - 1] as Layer];
    for (const person of byLayer[layer]) {
      const sameDept = above.filter((m) => m.department === person.department);
      link('reportsTo', person.id, pick(sameDept.length > 0 ? sameDept : above).id);
    }
  });
  const others = ['influences', 'influences', 'ally', 'rival'] as const;
  for (let i = 0; i < Math.round(size * 0.8); i += 1) {
    const from = pick(people);
    const to = pick(people);
    if (from.id === to.id) continue;
    const kind = pick(others);
    link(kind, from.id, to.id, kind === 'influences' ? 1 + Math.floor(rnd() * 3) : null);
  }

  const team = ['Li Wei', 'Zhao Min', 'Chen Guodong'].map((name, i) =>
    makeTeamMember(`t${i}`, { name, function: (['sales', 'presales', 'executive'] as const)[i] }),
  );
  for (let i = 0; i < Math.max(3, Math.round(size * 0.15)); i += 1) {
    link('covers', pick(team).id, pick(people).id, Math.floor(rnd() * 4));
  }
  const competitors = ['CloudNet', 'Huaying'].map((name, i) => ({ id: `c${i}`, accountId: ACCOUNT_ID, name }));
  for (let i = 0; i < Math.max(2, Math.round(size * 0.05)); i += 1) {
    link('competitorTie', pick(competitors).id, pick(people).id, 1 + Math.floor(rnd() * 3));
  }

  return makeAccount({ people, links, team, competitors });
}
