import type { Core } from 'cytoscape';

/**
 * Styling an element marks what depends on its style out of date once, not once per property.
 *
 * Cytoscape (3.34) applies an element's style property by property, and after each one it marks what
 * the property may change out of date: the style caches of the element and of its links (a new
 * collection of the links made each time), and, for properties that size or order it, its bounds (a
 * `bounds` event each time), its links' bounds and the drawing order. A person seen from afar carries
 * some ten properties and a link three: a large map's first paint made some 35,000 such collections
 * and events at 2,000 people, most of its styling time (and much of its garbage).
 *
 * While Cytoscape styles elements (`apply`), the properties applied to an element are noted instead, and
 * just before its style hints are worked out (`updateStyleHints`, the step that follows) everything the
 * properties changed is marked once, by Cytoscape's own checks: its style caches, and each of the four
 * triggers (drawing order, bounds, links' bounds, parallel links' bounds) once if any property fired it.
 * What is marked is the same as before, once where it was many times; nothing reads those marks in
 * between. An element styled for the very first time (just added) marks nothing: its addition marked
 * its bounds and the drawing order, and nothing was cached from a style it never had. Outside `apply`
 * (a style bypass, an animation) Cytoscape marks as it always does.
 *
 * These are renderer internals, not Cytoscape's API: the style object's `apply`, `checkTriggers`,
 * `updateStyleHints`, `updateTransitions`, its four `check...Trigger` methods and its property table
 * (`properties[name].triggersBounds` and the like: predicates of (from, to, element)), and an element's
 * `_private.appliedInitStyle` (false until its style is first applied). Each is checked
 * before use; when one is missing or not shaped as expected (another Cytoscape version), nothing is
 * changed and Cytoscape styles as it always does. A new stylesheet (`cy.style(...)`) is a new style
 * object: call `markStyleChangesOnce` again after it.
 */

type Trigger = (from: unknown, to: unknown, ele: unknown) => boolean;
type TriggerKind = 'triggersZOrder' | 'triggersBounds' | 'triggersBoundsOfConnectedEdges' | 'triggersBoundsOfParallelEdges';
type CheckName = 'checkZOrderTrigger' | 'checkBoundsTrigger' | 'checkConnectedEdgesBoundsTrigger' | 'checkParallelEdgesBoundsTrigger';
type Check = (ele: StyledElement, name: string, from: unknown, to: unknown) => void;

interface StyledElement {
  dirtyStyleCache(): unknown;
  _private?: { appliedInitStyle?: unknown };
}

type StyleInternals = Record<CheckName | 'checkTriggers', Check> & {
  apply: (...args: unknown[]) => unknown;
  updateStyleHints: (ele: StyledElement, ...rest: unknown[]) => unknown;
  updateTransitions: (ele: StyledElement, ...rest: unknown[]) => unknown;
  properties: Record<string, Partial<Record<TriggerKind, Trigger>> | undefined>;
};

const TRIGGERS: readonly (readonly [TriggerKind, CheckName])[] = [
  ['triggersZOrder', 'checkZOrderTrigger'],
  ['triggersBounds', 'checkBoundsTrigger'],
  ['triggersBoundsOfConnectedEdges', 'checkConnectedEdgesBoundsTrigger'],
  ['triggersBoundsOfParallelEdges', 'checkParallelEdgesBoundsTrigger'],
];

/** Per graph, the elements whose style has been worked out at least once (under any of its stylesheets). */
const styledBefore = new WeakMap<Core, WeakSet<StyledElement>>();

/** A marker on a style object already set up (an own property, so a new style object has none). */
const INSTALLED = Symbol('markStyleChangesOnce');

function styleOf(cy: Core): StyleInternals | null {
  const style = (cy as unknown as { style?: () => unknown }).style?.();
  if (!style || typeof style !== 'object') return null;
  const s = style as Partial<StyleInternals>;
  const methods = ['apply', 'checkTriggers', 'updateStyleHints', 'updateTransitions', ...TRIGGERS.map(([, check]) => check)] as const;
  if (!methods.every((name) => typeof s[name] === 'function')) return null;
  // The property table as expected: a bounds property with its predicate.
  if (typeof s.properties?.['width']?.triggersBounds !== 'function') return null;
  return s as StyleInternals;
}

/**
 * From now on `cy`'s style marks each element's changes once per styling (see above). Returns whether
 * Cytoscape's internals allowed it.
 */
export function markStyleChangesOnce(cy: Core): boolean {
  const style = styleOf(cy);
  if (!style) return false;
  const marked = style as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return true;
  marked[INSTALLED] = true;

  const { apply, checkTriggers, updateStyleHints, updateTransitions } = style;
  let seen = styledBefore.get(cy);
  if (!seen) {
    seen = new WeakSet();
    styledBefore.set(cy, seen);
    for (const ele of cy.elements()) seen.add(ele as unknown as StyledElement);
  }
  const styled = seen;
  let depth = 0;
  /** per element, the properties applied to it and not yet marked: name, from, to */
  const pending = new Map<StyledElement, [string, unknown, unknown][]>();

  const markAll = (): void => {
    if (pending.size === 0) return;
    const all = [...pending];
    pending.clear();
    for (const [ele, changes] of all) mark(ele, changes);
  };
  const markOne = (ele: StyledElement): void => {
    const changes = pending.get(ele);
    if (!changes) return;
    pending.delete(ele);
    mark(ele, changes);
  };
  const mark = (ele: StyledElement, changes: [string, unknown, unknown][]): void => {
    ele.dirtyStyleCache();
    for (const [kind, check] of TRIGGERS) {
      const fired = changes.find(([name, from, to]) => style.properties[name]?.[kind]?.(from, to, ele) === true);
      if (fired) style[check](ele, ...fired);
    }
  };

  style.apply = function applyMarkingOnce(this: unknown, ...args: unknown[]) {
    depth += 1;
    try {
      return apply.apply(this, args);
    } finally {
      depth -= 1;
      markAll();
    }
  };
  style.checkTriggers = function noteTriggers(this: unknown, ele, name, from, to) {
    if (depth === 0) {
      checkTriggers.call(this, ele, name, from, to);
      return;
    }
    // An element styled for the first time (just added, never styled under any stylesheet): nothing was
    // measured or cached from a style it never had, and its addition marked its bounds and the drawing
    // order out of date. (A new stylesheet also restarts every element's style: those were styled before.)
    if (ele._private?.appliedInitStyle === false && !styled.has(ele)) return;
    let changes = pending.get(ele);
    if (!changes) pending.set(ele, (changes = []));
    changes.push([name, from, to]);
  };
  style.updateStyleHints = function markThenHint(this: unknown, ele, ...rest) {
    markOne(ele);
    styled.add(ele);
    return updateStyleHints.call(this, ele, ...rest);
  };
  style.updateTransitions = function markThenTransition(this: unknown, ele, ...rest) {
    markOne(ele);
    return updateTransitions.call(this, ele, ...rest);
  };
  return true;
}
