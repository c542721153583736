import type { AccountData, Competitor, Link, Person, Role, TeamMember } from '../../../shared/model';
import type { LayoutPlan, Pos } from '../../../shared/layout';
import { bandElements } from './bands';
import { BLANK_ICON, badgeIcon, eyeIcon, signIcon } from './icons';
import type { MapLabels } from './labels';
import { BADGE_ORDER, PERSON_LABEL, PROJECTOR_LABEL, SHAPE_PRIORITY, TEAM_LABEL, influenceSize, type MainRole, type MapTheme, type ShapeRole } from './style';
import { wrapText } from './text';
import { badgeRolesOf } from '../../../shared/visual/vocabulary';

/**
 * AccountData + the band layout -> Cytoscape element definitions. Pure: plain data fields and class
 * names only (the stylesheet maps them to looks), so the result can be diffed against the previous one
 * and applied to the graph without rebuilding it.
 */

export type NodeKind = 'person' | 'team' | 'competitor' | 'band' | 'band-label' | 'ghost';
export type ElementData = Record<string, string | number>;

export interface MapElementDef {
  group: 'nodes' | 'edges';
  data: ElementData & { id: string };
  classes: string;
  position?: Pos;
  selectable?: boolean;
  grabbable?: boolean;
  locked?: boolean;
}

export interface ElementOptions {
  labels: MapLabels;
  theme: MapTheme;
  locale: string;
}

const MAIN_ROLE_SET = new Set<Role>(BADGE_ORDER);

export function mainRolesOf(roles: readonly Role[]): MainRole[] {
  return BADGE_ORDER.filter((role) => roles.includes(role));
}

export function shapeRoleOf(roles: readonly Role[]): ShapeRole {
  return SHAPE_PRIORITY.find((role) => roles.includes(role)) ?? 'none';
}

/** Best covers strength per person id: what the border shows (absent = 0, none). */
export function bestCovers(links: readonly Link[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const link of links) {
    if (link.kind !== 'covers') continue;
    const strength = link.strength ?? 0;
    if (strength > (best.get(link.to) ?? 0)) best.set(link.to, strength);
  }
  return best;
}

/** Labels per person object: edits replace only the people they change, so most labels are reused. */
const labelCache = new WeakMap<Person, { label: string; roomLabel: string }>();

function cachedLabels(person: Person): { label: string; roomLabel: string } {
  let labels = labelCache.get(person);
  if (labels === undefined) {
    labels = { label: personLabel(person), roomLabel: personRoomLabel(person) };
    labelCache.set(person, labels);
  }
  return labels;
}

/** The name alone, as the workshop's projector theme draws it: large, on at most two lines. */
export function personRoomLabel(person: Pick<Person, 'name'>): string {
  const { personFontSize, personMaxWidth, personNameLines } = PROJECTOR_LABEL;
  return wrapText(person.name, personMaxWidth, personFontSize, personNameLines).join('\n');
}

export function personLabel(person: Pick<Person, 'name' | 'title'>): string {
  const { fontSize, maxWidth, nameLines, titleLines } = PERSON_LABEL;
  const name = wrapText(person.name, maxWidth, fontSize, nameLines);
  const title = wrapText(person.title, maxWidth, fontSize * 0.96, titleLines);
  return [...name, ...title].join('\n');
}

export function personElement(person: Person, position: Pos, covers: number, options: ElementOptions): MapElementDef {
  const roles = mainRolesOf(person.roles);
  const shape = shapeRoleOf(person.roles);
  const badge = badgeIcon(badgeRolesOf(person.roles), options.locale, options.theme);
  const sign = signIcon(person.attitude, options.theme);
  const classes = ['person', `in-${person.layer}`, `att-${person.attitude}`, `shape-${shape}`, `cov-${covers}`, ...roles.map((r) => `role-${r}`)];
  if (person.roles.some((role) => !MAIN_ROLE_SET.has(role))) classes.push('role-other');
  return {
    group: 'nodes',
    data: {
      id: person.id,
      kind: 'person',
      name: person.name,
      ...cachedLabels(person),
      layer: person.layer,
      attitude: person.attitude,
      influence: person.influence,
      size: influenceSize(person.influence),
      covers,
      icons: badge === null ? sign : `${sign} ${badge}`,
      // The hidden-influencer overlay swaps to this list (a class change): the same two plus the eye badge.
      iconsFlagged: `${sign} ${badge ?? BLANK_ICON} ${eyeIcon(options.theme)}`,
    },
    classes: classes.join(' '),
    position,
  };
}

export function linkElement(link: Link, parallel: boolean): MapElementDef {
  const strength = link.strength ?? 0;
  return {
    group: 'edges',
    data: { id: link.id, kind: link.kind, source: link.from, target: link.to, strength },
    classes: `link kind-${link.kind} str-${strength}${parallel ? ' parallel' : ''}`,
  };
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** How many links join each unordered pair: pairs with more than one are drawn curved apart. */
export function linksPerPair(links: readonly Link[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of links) {
    const key = pairKey(link.from, link.to);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function teamElement(member: TeamMember, position: Pos, labels: MapLabels): MapElementDef {
  const name = wrapText(member.name, TEAM_LABEL.maxWidth, TEAM_LABEL.fontSize, 1);
  return {
    group: 'nodes',
    data: {
      id: member.id,
      kind: 'team',
      name: member.name,
      label: [...name, labels.teamFunction[member.function]].join('\n'),
    },
    classes: `team fn-${member.function}`,
    position,
  };
}

export function competitorElement(competitor: Competitor, position: Pos): MapElementDef {
  return {
    group: 'nodes',
    data: {
      id: competitor.id,
      kind: 'competitor',
      name: competitor.name,
      label: wrapText(competitor.name, TEAM_LABEL.maxWidth, TEAM_LABEL.fontSize, 2).join('\n'),
    },
    classes: 'competitor',
    position,
    // Competitors have no stored position: their column orders them.
    grabbable: false,
  };
}

export function buildElements(data: AccountData, plan: LayoutPlan, options: ElementOptions): MapElementDef[] {
  const { labels } = options;
  const elements: MapElementDef[] = bandElements(plan.geometry, labels);
  const nodeIds = new Set<string>();
  const covers = bestCovers(data.links);
  const at = (id: string): Pos => plan.positions.get(id) ?? { x: 0, y: 0 };

  for (const person of data.people) {
    elements.push(personElement(person, at(person.id), covers.get(person.id) ?? 0, options));
    nodeIds.add(person.id);
  }
  for (const member of data.team) {
    elements.push(teamElement(member, at(member.id), labels));
    nodeIds.add(member.id);
  }
  for (const competitor of data.competitors) {
    elements.push(competitorElement(competitor, at(competitor.id)));
    nodeIds.add(competitor.id);
  }
  const perPair = linksPerPair(data.links);
  for (const link of data.links) {
    // A link whose end is not (yet) on the map would make Cytoscape throw; the data layer keeps them consistent.
    if (!nodeIds.has(link.from) || !nodeIds.has(link.to)) continue;
    elements.push(linkElement(link, (perPair.get(pairKey(link.from, link.to)) ?? 0) > 1));
  }
  return elements;
}
