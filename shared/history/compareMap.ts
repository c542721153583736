import { ATTITUDES, type AccountData, type Attitude, type Link, type Person } from '../model';
import type { MapOverlays, OverlayClass } from '../visual/overlays';
import type { AccountDiff } from './compare';

/** An attitude or influence that moved between the two versions: up is warmer or weightier. */
export interface PersonMove {
  id: string;
  field: 'attitude' | 'influence';
  before: Attitude | number;
  after: Attitude | number;
  direction: 'up' | 'down';
}

/** What a compare draws: one map (the newer version plus what went, ghosted) and the marks on it. */
export interface CompareMap {
  data: AccountData;
  overlays: MapOverlays;
  joined: string[];
  /** People who left, went on leave or were removed: drawn ghosted. */
  ghosted: string[];
  moves: PersonMove[];
  linksAdded: string[];
  linksRemoved: string[];
}

/** Champion is the warmest; unknown says nothing, so a move to or from it has no direction and is shown as "changed" up. */
const WARMTH: Record<Attitude, number> = Object.fromEntries(ATTITUDES.map((a, i) => [a, a === 'unknown' ? -1 : ATTITUDES.length - i])) as Record<Attitude, number>;

function movesOf(before: Person, after: Person): PersonMove[] {
  const out: PersonMove[] = [];
  if (before.attitude !== after.attitude) {
    out.push({ id: after.id, field: 'attitude', before: before.attitude, after: after.attitude, direction: WARMTH[after.attitude] >= WARMTH[before.attitude] ? 'up' : 'down' });
  }
  if (before.influence !== after.influence) {
    out.push({ id: after.id, field: 'influence', before: before.influence, after: after.influence, direction: after.influence > before.influence ? 'up' : 'down' });
  }
  return out;
}

/**
 * The one map a compare draws: everyone in the newer version, plus the people removed since (from the
 * older one) and the links removed since whose ends are still drawn. Joined people and added links are
 * marked new; leavers, removed people and removed links are ghosted; attitude and influence moves are
 * listed for the marker words (the caller puts them in the user's language). Pure.
 */
export function compareMap(before: AccountData, after: AccountData, diff: Pick<AccountDiff, 'joined' | 'left' | 'removed' | 'links'>): CompareMap {
  const removedIds = new Set(diff.removed.map((p) => p.id));
  const people = [...after.people, ...before.people.filter((p) => removedIds.has(p.id))];
  const drawnIds = new Set([...people.map((p) => p.id), ...after.team.map((m) => m.id), ...before.team.map((m) => m.id), ...after.competitors.map((c) => c.id), ...before.competitors.map((c) => c.id)]);
  const removedLinks = diff.links.removed.filter((l) => drawnIds.has(l.from) && drawnIds.has(l.to));
  const afterTeam = new Set(after.team.map((m) => m.id));
  const afterCompetitors = new Set(after.competitors.map((c) => c.id));
  const links: Link[] = [...after.links, ...removedLinks];
  const oldPeople = new Map(before.people.map((p) => [p.id, p] as const));
  const moves = after.people.flatMap((p) => {
    const was = oldPeople.get(p.id);
    return was ? movesOf(was, p) : [];
  });
  const joined = diff.joined.map((p) => p.id);
  const ghosted = [...diff.left.map((p) => p.id), ...diff.removed.map((p) => p.id)];
  const linksAdded = diff.links.added.map((l) => l.id);
  const linksRemoved = removedLinks.map((l) => l.id);
  const classes: Record<string, OverlayClass[]> = {};
  const mark = (id: string, c: OverlayClass) => (classes[id] ??= []).push(c);
  for (const id of joined) mark(id, 'diff-new');
  for (const id of linksAdded) mark(id, 'diff-new');
  for (const id of ghosted) mark(id, 'diff-removed');
  for (const id of linksRemoved) mark(id, 'diff-removed');
  for (const id of new Set(moves.map((m) => m.id))) mark(id, 'diff-moved');
  return {
    data: {
      ...after,
      people,
      links,
      team: [...after.team, ...before.team.filter((m) => !afterTeam.has(m.id))],
      competitors: [...after.competitors, ...before.competitors.filter((c) => !afterCompetitors.has(c.id))],
    },
    overlays: { classes, bands: {} },
    joined,
    ghosted,
    moves,
    linksAdded,
    linksRemoved,
  };
}
