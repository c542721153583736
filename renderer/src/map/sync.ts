import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { ElementData, MapElementDef } from './elements';

/**
 * Store -> graph: the difference between the elements drawn last time and the elements `data` asks for
 * now, applied in one cy.batch. One edit touches a few elements; the graph is never rebuilt.
 */

export type ElementIndex = Map<string, MapElementDef>;

export interface ElementUpdate {
  id: string;
  /** only the fields whose value changed (removed fields are not expected: every kind has fixed fields) */
  data?: ElementData;
  classes?: string;
}

export interface ElementDiff {
  add: MapElementDef[];
  remove: string[];
  update: ElementUpdate[];
  /**
   * Nodes whose drawn position may differ from their def's (only these are compared with the graph);
   * absent: every node on the graph.
   */
  place?: string[];
}

export function indexElements(defs: readonly MapElementDef[]): ElementIndex {
  const index: ElementIndex = new Map();
  for (const def of defs) index.set(def.data.id, def);
  return index;
}

function changedData(before: ElementData, after: ElementData): ElementData | undefined {
  let changed: ElementData | undefined;
  for (const key in after) {
    const value = after[key] as string | number;
    if (before[key] !== value) (changed ??= {})[key] = value;
  }
  return changed;
}

/** Cytoscape cannot re-attach an edge through data(): a changed end means remove and add again. */
function endsMoved(before: MapElementDef, after: MapElementDef): boolean {
  return before.group !== after.group || before.data.source !== after.data.source || before.data.target !== after.data.target;
}

export function diffElements(prev: ElementIndex, next: ElementIndex): ElementDiff {
  const diff: ElementDiff = { add: [], remove: [], update: [] };
  for (const id of prev.keys()) if (!next.has(id)) diff.remove.push(id);
  for (const [id, after] of next) diffElement(prev.get(id), after, diff);
  return diff;
}

/** Adds to `diff` what it takes to go from `before` (undefined: not drawn) to `after`. */
export function diffElement(before: MapElementDef | undefined, after: MapElementDef, diff: ElementDiff): void {
  if (before === undefined) {
    diff.add.push(after);
    return;
  }
  if (before === after) return;
  const id = after.data.id;
  if (endsMoved(before, after)) {
    diff.remove.push(id);
    diff.add.push(after);
    return;
  }
  const data = changedData(before.data, after.data);
  const classes = before.classes === after.classes ? undefined : after.classes;
  if (data || classes !== undefined) diff.update.push({ id, ...(data ? { data } : {}), ...(classes !== undefined ? { classes } : {}) });
}

export function toDefinition(def: MapElementDef, extra: readonly string[]): ElementDefinition {
  return { ...def, classes: withExtra(def.classes, extra), data: { ...def.data } } as ElementDefinition;
}

/**
 * Elements the map keeps off the graph for now (job titles while they are too small to draw, lod.ts): an
 * added one is not put on the graph, and changes to it have nothing to change; the index keeps its def.
 */
export type KeptOff = (def: MapElementDef) => boolean;

/** Classes the map adds on top of the data's (overlays, focus), which a data update must keep. */
export type ExtraClasses = (def: MapElementDef) => readonly string[];

const withExtra = (classes: string, extra: readonly string[]): string => (extra.length === 0 ? classes : `${classes} ${extra.join(' ')}`);

/**
 * Applies `diff` and moves every node of `diff.place` (every node when absent) whose drawn position
 * differs from `next` (positions are compared with the graph, not with the previous data, so a drag
 * the shell did not accept snaps back). Nodes being dragged right now are left alone. Added and
 * restyled elements get `extra` classes too; those `kept` off the graph are not added.
 */
export function applyDiff(cy: Core, diff: ElementDiff, next: ElementIndex, extra: ExtraClasses = () => [], kept: KeptOff = () => false): void {
  cy.batch(function applyElementDiff() {
    if (diff.remove.length > 0) {
      const gone = cy.collection();
      for (const id of diff.remove) gone.merge(cy.getElementById(id));
      cy.remove(gone);
    }
    const added = diff.add.filter((def) => !kept(def));
    if (added.length > 0) cy.add(added.map((def) => toDefinition(def, extra(def))));
    for (const change of diff.update) {
      const ele = cy.getElementById(change.id);
      if (ele.empty()) continue;
      if (change.data) ele.data(change.data);
      const def = next.get(change.id);
      if (change.classes !== undefined && def) ele.classes(withExtra(change.classes, extra(def)));
    }
    if (diff.place) {
      for (const id of diff.place) {
        const node = cy.getElementById(id);
        if (node.nonempty() && node.isNode()) placeNode(node, next.get(id));
      }
    } else {
      cy.nodes().forEach((node) => placeNode(node, next.get(node.id())));
    }
  });
}

function placeNode(node: NodeSingular, def: MapElementDef | undefined): void {
  if (!def?.position || node.grabbed()) return;
  const drawn = node.position();
  if (drawn.x === def.position.x && drawn.y === def.position.y) return;
  if (node.locked()) {
    node.unlock().position(def.position).lock();
  } else {
    node.position(def.position);
  }
}
