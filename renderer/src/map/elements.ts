import type { AccountData, Competitor, IsoDate, Link, Person, Role, TeamMember } from '../../../shared/model';
import { isUnverified } from '../../../shared/analysis/staleMap';
import { departmentRuns, type DepartmentRun, type LayoutPlan, type Pos } from '../../../shared/layout';
import { bandElements } from './bands';
import { BLANK_ICON, badgeIcon, chipsIcon, eyeIcon, signIcon } from './icons';
import type { MapLabels } from './labels';
import { chipsKey, coversByPerson, type PersonCovers } from '../../../shared/visual/chips';
import { BADGE_ORDER, DEPARTMENT_LABEL, PERSON_LABEL, TITLE_GAP, nameMargin, PROJECTOR_LABEL, SHAPE_PRIORITY, TEAM_LABEL, influenceSize, type MainRole, type MapTheme, type ShapeRole } from './style';
import { statusLine } from './status';
import { wrapText } from './text';
import { badgeRolesOf } from '../../../shared/visual/vocabulary';

/**
 * AccountData + the band layout -> Cytoscape element definitions. Pure: plain data fields and class
 * names only (the stylesheet maps them to looks), so the result can be diffed against the previous one
 * and applied to the graph without rebuilding it.
 */

export type NodeKind = 'person' | 'person-title' | 'team' | 'competitor' | 'band' | 'band-label' | 'ghost';
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
  /** The day rule 11 counts from (the app's one clock): people not verified within 90 days are marked. */
  today?: IsoDate;
  /** Open actions per person (shared/plan openActionsByPerson): those with any carry the flag badge. */
  openActions?: ReadonlyMap<string, number>;
}

const MAIN_ROLE_SET = new Set<Role>(BADGE_ORDER);

export function mainRolesOf(roles: readonly Role[]): MainRole[] {
  return BADGE_ORDER.filter((role) => roles.includes(role));
}

export function shapeRoleOf(roles: readonly Role[]): ShapeRole {
  return SHAPE_PRIORITY.find((role) => roles.includes(role)) ?? 'none';
}

/** Labels per person object: edits replace only the people they change, so most labels are reused. */
const labelCache = new WeakMap<Person, PersonLabels>();

interface PersonLabels {
  label: string;
  roomLabel: string;
  title: string;
  /** how many lines the name takes (the title hangs below them) */
  nameLines: number;
}

function cachedLabels(person: Person): PersonLabels {
  let labels = labelCache.get(person);
  if (labels === undefined) {
    const name = personNameLines(person);
    labels = { label: name.join('\n'), roomLabel: personRoomLabel(person), title: personTitleLabel(person), nameLines: name.length };
    labelCache.set(person, labels);
  }
  return labels;
}

/** The name alone, as the workshop's projector theme draws it: large, on at most two lines. */
export function personRoomLabel(person: Pick<Person, 'name'>): string {
  const { personFontSize, personMaxWidth, personNameLines } = PROJECTOR_LABEL;
  return wrapText(person.name, personMaxWidth, personFontSize, personNameLines).join('\n');
}

function personNameLines(person: Pick<Person, 'name'>): string[] {
  const { fontSize, maxWidth, nameLines } = PERSON_LABEL;
  return wrapText(person.name, maxWidth, fontSize, nameLines);
}

/** The name on screen: large, on at most two lines of the layout's cell. */
export function personLabel(person: Pick<Person, 'name'>): string {
  return personNameLines(person).join('\n');
}

/** The job title, drawn smaller under the name once the user zooms in (a node of its own, see titleElement). */
export function personTitleLabel(person: Pick<Person, 'title'>): string {
  const { titleFontSize, maxWidth, titleLines } = PERSON_LABEL;
  return wrapText(person.title, maxWidth, titleFontSize, titleLines).join('\n');
}

/**
 * Key people, whose names stay drawn on a large map seen whole: decision makers, coaches and people with
 * influence 4 or 5. (The selection and search hits are kept by their own classes, see style.ts.)
 */
export function isKeyPerson(person: Pick<Person, 'roles' | 'influence'>): boolean {
  return person.roles.includes('decisionMaker') || person.roles.includes('coach') || person.influence >= 4;
}


export function personElement(person: Person, position: Pos, covers: PersonCovers | undefined, options: ElementOptions): MapElementDef {
  const roles = mainRolesOf(person.roles);
  const shape = shapeRoleOf(person.roles);
  const unverified = options.today !== undefined && isUnverified(person, options.today);
  const openActions = options.openActions?.get(person.id) ?? 0;
  const badge = badgeIcon(badgeRolesOf(person.roles), options.locale, options.theme, unverified, openActions > 0);
  const sign = signIcon(person.attitude, options.theme);
  const best = covers?.best ?? 0;
  const classes = ['person', `in-${person.layer}`, `att-${person.attitude}`, `shape-${shape}`, `cov-${best}`, ...roles.map((r) => `role-${r}`)];
  if (person.roles.some((role) => !MAIN_ROLE_SET.has(role))) classes.push('role-other');
  if (isKeyPerson(person)) classes.push('key');
  if (unverified) classes.push('unverified');
  if (openActions > 0) classes.push('open-actions');
  const chips = hasChips(covers) ? chipsIcon(covers as PersonCovers, options.theme) : null;
  if (chips !== null) classes.push('has-chips');
  const { nameLines, ...labels } = cachedLabels(person);
  const status = statusLine(person, options.locale);
  if (status !== null) classes.push(`status-${person.status}`);
  const icons = badge === null ? sign : `${sign} ${badge}`;
  const flagged = `${sign} ${badge ?? BLANK_ICON} ${eyeIcon(options.theme)}`;
  return {
    group: 'nodes',
    data: {
      id: person.id,
      kind: 'person',
      name: person.name,
      ...labels,
      ...(status === null ? {} : { label: `${labels.label}\n${status}`, roomLabel: `${labels.roomLabel}\n${status}` }),
      layer: person.layer,
      attitude: person.attitude,
      influence: person.influence,
      size: influenceSize(person.influence),
      covers: best,
      openActions,
      chips: chipsKey(covers),
      // With chips, a third image (and the eye a fourth): the badge slot is kept by a blank image.
      icons: chips === null ? icons : `${sign} ${badge ?? BLANK_ICON} ${chips}`,
      // The hidden-influencer overlay swaps to this list (a class change): the same plus the eye badge.
      iconsFlagged: chips === null ? flagged : `${flagged} ${chips}`,
      // Seen from afar (lod.ts): the hidden-influencer overlay's eye alone (others draw the nodes' blank, style.ts).
      iconsFarFlagged: `${BLANK_ICON} ${eyeIcon(options.theme)}`,
      nameLines: status === null ? nameLines : nameLines + 1,
    },
    classes: classes.join(' '),
    position,
  };
}

export const hasChips = (covers: PersonCovers | undefined): boolean => covers !== undefined && covers.chips.length > 0;

export const titleId = (personId: string): string => `title:${personId}`;

/**
 * A person's job title, as a node of its own that follows the person (a Cytoscape node has one label,
 * and the title is smaller than the name). It is drawn only from the zoom where it can be read
 * (min-zoomed-font-size), takes no events, and exists only for people with a title.
 */
export function titleElement(person: Person, position: Pos, hasChips: boolean): MapElementDef | null {
  const { title, nameLines: ownLines } = cachedLabels(person);
  const nameLines = person.status === 'active' || person.status === undefined ? ownLines : ownLines + 1;
  if (title === '') return null;
  const { fontSize, lineHeight } = PERSON_LABEL;
  const offset = influenceSize(person.influence) / 2 + nameMargin(hasChips) + nameLines * fontSize * lineHeight + TITLE_GAP;
  return {
    group: 'nodes',
    data: { id: titleId(person.id), kind: 'person-title', owner: person.id, label: title, offset },
    classes: `person-title in-${person.layer}${nameLines === ownLines ? '' : ` status-${person.status}`}`,
    position,
    selectable: false,
    grabbable: false,
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

export function departmentElement(run: DepartmentRun): MapElementDef {
  const { fontSize, inset, top } = DEPARTMENT_LABEL;
  const width = run.right - run.left - 2 * inset;
  return {
    group: 'nodes',
    data: { id: run.id, kind: 'band-label', label: wrapText(run.department, width, fontSize, 1).join('') },
    classes: `band-label department-label in-${run.layer}`,
    position: { x: (run.left + run.right) / 2, y: run.top + top },
    selectable: false,
    grabbable: false,
  };
}

export function departmentElements(people: readonly Person[], plan: LayoutPlan): MapElementDef[] {
  return departmentRuns(people, plan.positions, plan.geometry).map(departmentElement);
}

export function buildElements(data: AccountData, plan: LayoutPlan, options: ElementOptions): MapElementDef[] {
  const { labels } = options;
  const elements: MapElementDef[] = bandElements(plan.geometry, labels);
  const nodeIds = new Set<string>();
  const covers = coversByPerson(data.links, data.team);
  const at = (id: string): Pos => plan.positions.get(id) ?? { x: 0, y: 0 };

  for (const person of data.people) {
    const position = at(person.id);
    elements.push(personElement(person, position, covers.get(person.id), options));
    const title = titleElement(person, position, hasChips(covers.get(person.id)));
    if (title) elements.push(title);
    nodeIds.add(person.id);
  }
  elements.push(...departmentElements(data.people, plan));
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
