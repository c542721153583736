import { layoutMayChange, planAfterMoves, planLayout, type LayoutPlan, type Pos } from '../../../shared/layout';
import type { AccountData, Link, Person } from '../../../shared/model';
import { bandElements } from './bands';
import { chipsKey, coversByPerson, type PersonCovers } from '../../../shared/visual/chips';
import { peopleWithChangedFlags } from '../../../shared/plan/flags';
import {
  buildElements,
  competitorElement,
  departmentElements,
  linkElement,
  linksPerPair,
  pairKey,
  personElement,
  teamElement,
  hasChips,
  titleElement,
  titleId,
  type ElementOptions,
  type MapElementDef,
} from './elements';
import { diffElement, diffElements, indexElements, type ElementDiff, type ElementIndex } from './sync';

/**
 * What the map has drawn, kept between edits so that the next `data` costs what the edit changed, not
 * what the map holds. The edit builders replace only the objects an edit touches (the rest keep their
 * identity), so: the layout is re-planned only when the edit can move someone (shared/layout's
 * layoutMayChange) and is more than a drag within a band (planAfterMoves), and only replaced people, team members, competitors and links (plus the people
 * whose covers border changed) are converted again and compared. Lists are walked by reference, which
 * at 2,000 people is a few microseconds; nothing is converted, laid out or diffed for untouched objects.
 * A change of theme, language or the first draw build everything (buildElements + diffElements).
 */

export interface DrawnModel {
  data: AccountData;
  plan: LayoutPlan;
  options: ElementOptions;
  /** Element defs by id, as drawn. Updated in place by the next update: a model is used once. */
  index: ElementIndex;
  /** The object each person, team, competitor and link def was converted from. */
  sources: Map<string, object>;
  /** Who covers each person: their border (best strength) and chips. */
  covers: Map<string, PersonCovers>;
  /** Links per unordered pair of ends (more than one: drawn curved apart). */
  perPair: Map<string, number>;
}

export interface ModelUpdate {
  model: DrawnModel;
  /** From the graph as `prev` drew it to `model`. */
  diff: ElementDiff;
  /** Whether the layout was planned again in full (a first draw, or an edit that can move others). */
  planned: boolean;
}

type Sourced = { id: string };

const DEPARTMENT_PREFIX = 'dept:';

function fullBuild(prev: DrawnModel | null, data: AccountData, options: ElementOptions): ModelUpdate {
  const plan = planLayout(data);
  const defs = buildElements(data, plan, options);
  const index = indexElements(defs);
  const sources = new Map<string, object>();
  for (const list of [data.people, data.team, data.competitors, data.links] as readonly (readonly Sourced[])[]) {
    for (const item of list) sources.set(item.id, item);
  }
  const diff = diffElements(prev?.index ?? new Map(), index);
  const model: DrawnModel = { data, plan, options, index, sources, covers: coversByPerson(data.links, data.team), perPair: linksPerPair(data.links) };
  return { model, diff, planned: true };
}

function idsOf(...lists: readonly (readonly Sourced[])[]): Set<string> {
  const ids = new Set<string>();
  for (const list of lists) for (const item of list) ids.add(item.id);
  return ids;
}

const samePos = (a: Pos | undefined, b: Pos): boolean => a !== undefined && a.x === b.x && a.y === b.y;

/**
 * The items of `next` that are new or replaced, by reference. `aligned` says both lists hold the same
 * ids in the same order (then nothing was added or removed).
 */
function replacedItems<T extends Sourced>(prev: readonly T[], next: readonly T[]): { aligned: boolean; replaced: T[] } {
  const replaced: T[] = [];
  if (prev === next) return { aligned: true, replaced };
  let aligned = prev.length === next.length;
  for (let i = 0; i < next.length; i += 1) {
    const before = prev[i];
    const after = next[i] as T;
    if (before === after) continue;
    if (before?.id !== after.id) aligned = false;
    replaced.push(after);
  }
  return { aligned, replaced };
}

/** The next model for `data`, and the diff that takes the graph there. `prev` is consumed. */
export function updateModel(prev: DrawnModel | null, data: AccountData, options: ElementOptions): ModelUpdate {
  if (
    prev === null ||
    prev.options.labels !== options.labels ||
    prev.options.theme !== options.theme ||
    prev.options.locale !== options.locale ||
    prev.options.today !== options.today
  ) {
    return fullBuild(prev, data, options);
  }
  const before = prev.data;
  const layoutChanged = layoutMayChange(before, data, prev.plan);
  // A drag within a band usually only moves the dragged: then only their positions change.
  const moved = layoutChanged ? planAfterMoves(before, data, prev.plan) : null;
  const planned = layoutChanged && moved === null;
  const plan = planned ? planLayout(data) : (moved ?? prev.plan);
  const { index, sources } = prev;
  // People whose count of open actions changed carry a flag more or less: they are converted again.
  const flagTargets = prev.options.openActions === options.openActions ? new Set<string>() : peopleWithChangedFlags(prev.options.openActions, options.openActions);
  const diff: ElementDiff = { add: [], remove: [], update: [], place: [] };
  const place = diff.place as string[];

  const put = (def: MapElementDef): void => {
    const id = def.data.id;
    const drawn = index.get(id);
    diffElement(drawn, def, diff);
    if (def.position && !samePos(drawn?.position, def.position)) place.push(id);
    index.set(id, def);
  };
  const at = (id: string): Pos => plan.positions.get(id) ?? { x: 0, y: 0 };
  /** A person's title node follows their def: added, changed or removed with it. */
  const putTitle = (person: Person, position: Pos): void => {
    const title = titleElement(person, position, hasChips(covers.get(person.id)));
    if (title) put(title);
    else dropTitle(person.id);
  };
  const dropTitle = (personId: string): void => {
    const id = titleId(personId);
    if (!index.has(id)) return;
    diff.remove.push(id);
    index.delete(id);
  };

  // Links first, as data: the covers borders and curved pairs the nodes and links below depend on.
  const links = replacedItems(before.links, data.links);
  let { covers, perPair } = prev;
  let linksMoved = !links.aligned;
  const coversTargets = new Set<string>();
  if (links.replaced.length > 0) {
    for (const link of links.replaced) {
      const old = sources.get(link.id) as Link | undefined;
      if (old && pairKey(old.from, old.to) !== pairKey(link.from, link.to)) linksMoved = true;
      if (link.kind === 'covers' || old?.kind === 'covers') {
        coversTargets.add(link.to);
        if (old) coversTargets.add(old.to);
      }
    }
  }
  if (linksMoved) perPair = linksPerPair(data.links);

  // Nodes. Everyone when the layout was planned again or someone came or went; else only the replaced.
  const people = replacedItems(before.people, data.people);
  const team = replacedItems(before.team, data.team);
  if (team.replaced.length > 0) {
    // A renamed team member changes the initials on the chips of everyone they cover.
    const renamed = new Set(team.replaced.map((member) => member.id));
    for (const link of data.links) if (link.kind === 'covers' && renamed.has(link.from)) coversTargets.add(link.to);
  }
  if (linksMoved || coversTargets.size > 0) covers = coversByPerson(data.links, data.team);
  const competitors = replacedItems(before.competitors, data.competitors);
  const nodesMoved = !people.aligned || !team.aligned || !competitors.aligned;
  const everyone = planned || nodesMoved;

  const checkPeople = everyone || linksMoved ? data.people : [...people.replaced];
  if (!everyone && !linksMoved) {
    // People whose best covers strength may have changed though their own object did not (the lists
    // are aligned here, so an unreplaced person is the object drawn last time).
    const replaced = new Set(people.replaced.map((p) => p.id));
    for (const id of new Set([...coversTargets, ...flagTargets])) {
      if (replaced.has(id) || index.get(id)?.data.kind !== 'person') continue;
      const person = sources.get(id) as Person | undefined;
      if (person) checkPeople.push(person);
    }
  }
  for (const person of checkPeople) {
    const cover = covers.get(person.id);
    const drawn = index.get(person.id);
    const position = at(person.id);
    const sameFlag = drawn?.data.openActions === (options.openActions?.get(person.id) ?? 0);
    if (drawn && sources.get(person.id) === person && drawn.data.covers === (cover?.best ?? 0) && drawn.data.chips === chipsKey(cover) && sameFlag) {
      if (!samePos(drawn.position, position)) {
        put({ ...drawn, position });
        const title = index.get(titleId(person.id));
        if (title) put({ ...title, position });
      }
      continue;
    }
    sources.set(person.id, person);
    put(personElement(person, position, cover, options));
    putTitle(person, position);
  }
  for (const member of everyone ? data.team : team.replaced) {
    const drawn = index.get(member.id);
    const position = at(member.id);
    if (drawn && sources.get(member.id) === member) {
      if (!samePos(drawn.position, position)) put({ ...drawn, position });
      continue;
    }
    sources.set(member.id, member);
    put(teamElement(member, position, options.labels));
  }
  for (const competitor of everyone ? data.competitors : competitors.replaced) {
    const drawn = index.get(competitor.id);
    const position = at(competitor.id);
    if (drawn && sources.get(competitor.id) === competitor) {
      if (!samePos(drawn.position, position)) put({ ...drawn, position });
      continue;
    }
    sources.set(competitor.id, competitor);
    put(competitorElement(competitor, position));
  }
  if (planned) for (const band of bandElements(plan.geometry, options.labels)) put(band);
  // Department names follow where people sit and which department they are in.
  const seatsChanged =
    planned ||
    nodesMoved ||
    moved !== null ||
    people.replaced.some((person) => {
      const old = before.people.find((p) => p.id === person.id);
      return !old || old.department !== person.department || old.layer !== person.layer || old.x !== person.x || old.y !== person.y;
    });
  if (seatsChanged) {
    const kept = new Set<string>();
    for (const def of departmentElements(data.people, plan)) {
      kept.add(def.data.id);
      put(def);
    }
    for (const id of index.keys()) {
      if (id.startsWith(DEPARTMENT_PREFIX) && !kept.has(id)) {
        diff.remove.push(id);
        index.delete(id);
      }
    }
  }

  const nodeIds = nodesMoved ? idsOf(data.people, data.team, data.competitors) : null;
  if (nodeIds) forget(idsOf(before.people, before.team, before.competitors), nodeIds);

  // Links: every one when nodes or link ends came or went (which are drawable, which are curved).
  const drawable = (link: Link): boolean => index.get(link.from)?.group === 'nodes' && index.get(link.to)?.group === 'nodes';
  const isParallel = (link: Link): boolean => (perPair.get(pairKey(link.from, link.to)) ?? 0) > 1;
  const everyLink = linksMoved || nodesMoved;
  const drawnLinks = new Set<string>();
  for (const link of everyLink ? data.links : links.replaced) {
    if (!drawable(link)) continue;
    drawnLinks.add(link.id);
    const drawn = index.get(link.id);
    const parallel = isParallel(link);
    if (drawn && sources.get(link.id) === link && drawn.classes.endsWith(' parallel') === parallel) continue;
    sources.set(link.id, link);
    put(linkElement(link, parallel));
  }
  if (everyLink) forget(idsOf(before.links), drawnLinks);

  /** Removes what was drawn from `was` and is not in `kept` (gone from the data, or no longer drawable). */
  function forget(was: Iterable<string>, kept: ReadonlySet<string>): void {
    for (const id of was) {
      if (kept.has(id) || !index.has(id)) continue;
      diff.remove.push(id);
      index.delete(id);
      sources.delete(id);
      dropTitle(id);
    }
  }

  return { model: { data, plan, options, index, sources, covers, perPair }, diff, planned };
}
