import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { buildDemoAccount } from '../../../shared/demo';
import { planLayout } from '../../../shared/layout';
import { ATTITUDES, type AccountData, type Person } from '../../../shared/model';
import '../../../renderer/src/app/tokens.css';
import { buildElements, type MapElementDef } from '../../../renderer/src/map/elements';
import { mapLabels } from '../../../renderer/src/map/labels';
import { PowerMap } from '../../../renderer/src/map/PowerMap';
import { classesAtZoom } from '../../../renderer/src/map/lod';
import { buildStylesheet } from '../../../renderer/src/map/style';
import type { MapOverlays, OverlayClass, PowerMapHandle } from '../../../renderer/src/map/types';
import { nextPaintedFrame } from '../../../renderer/src/map/view';
import { fitAll } from '../../../renderer/src/map/viewport';
import { syntheticAccount } from '../../support/synthetic-account';

/**
 * The bench page. `window.__mapBench` draws either our PowerMap or bare Cytoscape into #stage (the
 * same elements at the same positions, with Cytoscape's default stylesheet or with ours) and times
 * each from the request to the next painted frame. For one edit, `showEditPair` puts both side by side
 * (the same account, each in half the stage) so edits to ours and to bare can alternate sample by
 * sample; each edit is split into the update (ours: the new `data` prop through React and the map's
 * store -> graph sync, all inside flushSync; bare: the cy.batch) and the paint that follows it. Also
 * used to look at the map (the demo account, either theme and language, with overlays).
 */

export interface ShowOptions {
  /** synthetic account size; ignored when `demo` is set */
  people?: number;
  demo?: 'en' | 'zh-CN';
  theme?: 'light' | 'dark';
  locale?: string;
  legend?: boolean;
  selection?: string[];
  linkMode?: boolean;
  overlays?: MapOverlays;
  /** Everyone stored where the band layout puts them (as after each was dragged once). */
  storedPositions?: boolean;
}

export interface BareOptions {
  people: number;
  /** false: Cytoscape's default stylesheet; true: the map's own stylesheet (style.ts) */
  styled: boolean;
  /** blocks appended to the styled graph's stylesheet, to try what a style property costs a first paint */
  extra?: StyleOverride[];
  /** classes added to people and to links (e.g. the level of detail's, as our map has them at fit) */
  addClasses?: { person?: string; link?: string };
  /**
   * With our stylesheet: the elements carry the level of detail's classes at the fitted zoom, as our map
   * gives them (lod.ts), and the view is the one fitted before those classes (as ours is): the same map
   * drawn without our component. Default true; false draws every person with all their details.
   */
  asAtFit?: boolean;
  /**
   * For draw-costs.ts only: Cytoscape draws each element straight into its layer instead of into a texture
   * of its own first (its element and label texture caches always miss). Never used for a reference.
   */
  directDraw?: boolean;
}

/** One edit, in ms: `update` until the graph model holds it, `paint` from then to the next painted frame. */
export interface EditTiming {
  update: number;
  paint: number;
}

/** A stylesheet block appended to the bare graph's, to try what a style property costs a repaint. */
export interface StyleOverride {
  selector: string;
  style: Record<string, string | number>;
}

export interface MapBench {
  showOurs(options: ShowOptions): Promise<number>;
  showBare(options: BareOptions): Promise<number>;
  /**
   * Ours (left half) and a bare graph (right half) of the same synthetic account, for edits. The bare
   * graph has our stylesheet unless `bareStyled` is false (what the styling costs a repaint).
   */
  showEditPair(options: { people: number; bareStyled?: boolean; bareStyleExtra?: StyleOverride[] }): Promise<void>;
  /** Changes one person's attitude through a new `data` prop. */
  editOnce(index: number): Promise<EditTiming>;
  /**
   * The bare reference for editOnce: the same person's attitude class, data and icons swapped on the
   * styled bare graph (no React, no conversion, no diff): Cytoscape's own cost of one changed node.
   */
  bareEditOnce(index: number): Promise<EditTiming>;
  /** Drags one person a little within their band (a new `data` prop with their stored position moved). */
  moveOnce(index: number): Promise<EditTiming>;
  /**
   * One zoom step (in by 1.25, or back out on odd indexes) about the centre, to the next painted frame:
   * on our map (the toolbar's zoom) or, with `bare`, on the bare graph shown by showBare.
   */
  zoomOnce(options: { index: number; bare: boolean }): Promise<number>;
  /** Applies a new `overlays` prop marking about `count` elements (a different set each time). */
  overlayOnce(index: number): Promise<number>;
  /** Sets `overlays` on the mounted map (for looking at it). */
  setOverlays(overlays: MapOverlays | undefined): Promise<void>;
  setSelection(ids: string[]): Promise<void>;
  clear(): void;
  /** gesture reports received from the map, for checks */
  events: { type: string; args: unknown[] }[];
}

declare global {
  interface Window {
    __mapBench?: MapBench;
  }
}

const stage = document.getElementById('stage') as HTMLElement;
let root: Root | null = null;
let bare: Core | null = null;
let harness: HarnessHandle | null = null;
let current: AccountData | null = null;
/** The account drawn by `bare`, kept in step with bareEditOnce's changes. */
let bareData: AccountData | null = null;
const events: MapBench['events'] = [];

/** Hands the map new data: (a) until the graph holds it, (b) from then to the next painted frame. */
async function timeDataChange(next: AccountData): Promise<{ update: number; paint: number }> {
  if (!harness) throw new Error('showOurs first');
  current = next;
  const view = mapView();
  const apply = harness.setData;
  const start = performance.now();
  flushSync(() => apply(next));
  const updated = performance.now();
  await view.nextFrame();
  return { update: updated - start, paint: performance.now() - updated };
}

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

interface HarnessHandle {
  zoomBy(factor: number): void;
  setData(data: AccountData): void;
  setOverlays(overlays: MapOverlays | undefined): void;
  setSelection(ids: string[]): void;
}

function Harness(props: { initial: AccountData; options: ShowOptions; handle: Ref<HarnessHandle> }) {
  const { initial, options } = props;
  const [data, setData] = useState(initial);
  const [overlays, setOverlays] = useState<MapOverlays | undefined>(options.overlays);
  const [selection, setSelection] = useState<string[]>(options.selection ?? []);
  const map = useRef<PowerMapHandle>(null);
  useImperativeHandle(props.handle, () => ({ setData, setOverlays, setSelection, zoomBy: (factor) => map.current?.zoomBy(factor) }), []);
  const record = (type: string) => (...args: unknown[]) => void events.push({ type, args });
  return (
    <PowerMap
      ref={map}
      data={data}
      selection={selection}
      theme={options.theme ?? 'light'}
      locale={options.locale ?? options.demo ?? 'en'}
      legendVisible={options.legend ?? false}
      linkMode={options.linkMode ?? false}
      overlays={overlays}
      onLinkSourceChange={record('linkSource')}
      onSelectionChange={(ids) => {
        events.push({ type: 'selection', args: [ids] });
        setSelection(ids);
      }}
      onAddPerson={record('addPerson')}
      onMoveNodes={record('moveNodes')}
      onDrawLink={record('drawLink')}
    />
  );
}

function clear(): void {
  root?.unmount();
  root = null;
  bare?.destroy();
  bare = null;
  harness = null;
  current = null;
  bareData = null;
  stage.replaceChildren();
  events.length = 0;
}

function accountFor(options: ShowOptions): AccountData {
  const data = options.demo ? buildDemoAccount(options.demo, '2026-11-22') : syntheticAccount(options.people ?? 50);
  if (!options.storedPositions) return data;
  const { positions } = planLayout(data);
  return { ...data, people: data.people.map((p) => ({ ...p, x: positions.get(p.id)?.x ?? null, y: positions.get(p.id)?.y ?? null })) };
}

function mapView() {
  const view = window.__powerMapView;
  if (!view) throw new Error('PowerMap did not publish window.__powerMapView');
  return view;
}

/** The marks an analysis might draw on a large map: halos, outlines, badges, faded links, a path. */
const OVERLAY_MIX: readonly OverlayClass[] = ['halo-bottleneck', 'uncovered-dm', 'hidden-influencer', 'halo-single-thread', 'path'];
const OVERLAY_COUNT = 20;

function overlaysFor(data: AccountData, index: number): MapOverlays {
  const classes: Record<string, OverlayClass[]> = {};
  const people = data.people;
  const links = data.links;
  for (let i = 0; i < OVERLAY_COUNT / 2; i += 1) {
    const person = people[(index * 13 + i * 29) % people.length];
    if (person) classes[person.id] = [OVERLAY_MIX[i % OVERLAY_MIX.length] as OverlayClass];
    const link = links[(index * 17 + i * 31) % links.length];
    if (link) classes[link.id] = [i % 2 === 0 ? 'link-cold' : 'link-stale'];
  }
  return { classes, bands: index % 2 === 0 ? { user: 'uncovered' } : { decision: 'missing' } };
}

const ELEMENT_OPTIONS = { labels: mapLabels('en'), theme: 'light', locale: 'en' } as const;

function halfStage(side: 'left' | 'right'): HTMLElement {
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;top:0;bottom:0;width:50%;${side}:0`;
  stage.append(box);
  return box;
}

interface FittedView {
  zoom: number;
  pan: { x: number; y: number };
}
/** Fitted views by account size and stage size: found once (a bench's warm-up), so the CPU time timed around a draw leaves them out. */
const fittedViews = new Map<string, FittedView>();

/** The zoom and pan of a graph of `defs` fitted as our map fits (viewport.ts), on a graph made and destroyed. */
function fittedView(people: number, container: HTMLElement, defs: readonly MapElementDef[], style: StylesheetJson | undefined): FittedView {
  const key = `${people} ${container.clientWidth}x${container.clientHeight}`;
  const known = fittedViews.get(key);
  if (known) return known;
  const probe = cytoscape({ container, elements: defs.map((e) => ({ ...e })), layout: { name: 'preset' }, ...(style ? { style } : {}) });
  fitAll(probe);
  const view = { zoom: probe.zoom(), pan: { ...probe.pan() } };
  fittedViews.set(key, view);
  probe.destroy();
  container.replaceChildren();
  return view;
}

/** A def with the level of detail's classes our map gives it at `zoom` (lod.ts). */
function withLodClasses(def: MapElementDef, zoom: number): MapElementDef {
  const isLink = def.group === 'edges';
  const lod = classesAtZoom(zoom, isLink ? 'link' : String(def.data.kind), def.classes);
  return lod.length === 0 ? def : { ...def, classes: `${def.classes} ${lod.join(' ')}` };
}

function mountOurs(data: AccountData, options: ShowOptions, container: HTMLElement): void {
  root = createRoot(container);
  flushSync(() => {
    root?.render(
      <Harness
        initial={data}
        options={options}
        handle={(handle) => {
          harness = handle;
        }}
      />,
    );
  });
}

function mountBare(data: AccountData, styled: boolean, container: HTMLElement, extra: readonly StyleOverride[] = []): Core {
  // The same elements and positions our map draws, converted outside any timing.
  const elements = buildElements(data, planLayout(data), ELEMENT_OPTIONS);
  const style = styled ? ([...buildStylesheet('light'), ...extra] as unknown as StylesheetJson) : undefined;
  const cy = cytoscape({
    container,
    elements: elements.map((e) => ({ ...e })),
    layout: { name: 'preset', fit: true, padding: 24 },
    ...(style ? { style } : {}),
  });
  bare = cy;
  bareData = data;
  return cy;
}

/** The same account with person `index % n` at the next attitude (other objects kept, as the editor store does). */
function withNextAttitude(data: AccountData, index: number): { data: AccountData; person: Person } {
  const people = data.people.slice();
  const at = index % people.length;
  const person = people[at];
  if (!person) throw new Error('no people');
  const attitude = ATTITUDES[(ATTITUDES.indexOf(person.attitude) + 1) % ATTITUDES.length] ?? 'neutral';
  const changed = { ...person, attitude };
  people[at] = changed;
  return { data: { ...data, people }, person: changed };
}

/** What our conversion gives one person (icons and classes), computed outside the timing. */
function personDef(data: AccountData, person: Person): MapElementDef {
  const alone = { ...data, people: [person], team: [], competitors: [], links: [] };
  const def = buildElements(alone, planLayout(alone), ELEMENT_OPTIONS).find((d) => d.data.id === person.id);
  if (!def) throw new Error('no element for the person');
  return def;
}

/**
 * Makes Cytoscape's element and label texture caches (renderer internals, 3.34) always miss: each element is
 * then drawn straight into the layer, Cytoscape's own fallback for elements too large to cache.
 */
function missTextureCaches(cy: Core): void {
  const data = (cy as unknown as { renderer(): { data: Record<string, { getElement(): unknown } | undefined> } }).renderer().data;
  for (const name of ['eleTxrCache', 'lblTxrCache']) {
    const cache = data[name];
    if (cache) cache.getElement = () => null;
  }
}

const bench: MapBench = {
  async showOurs(options) {
    clear();
    const data = accountFor(options);
    document.documentElement.dataset.theme = options.theme ?? 'light';
    current = data;
    const mount = document.createElement('div');
    mount.style.cssText = 'position:absolute;inset:0';
    stage.append(mount);
    const start = performance.now();
    mountOurs(data, options, mount);
    await mapView().nextFrame();
    return performance.now() - start;
  },

  async showBare({ people, styled, extra = [], addClasses = {}, asAtFit = true, directDraw = false }) {
    clear();
    document.documentElement.dataset.theme = 'light';
    const data = syntheticAccount(people);
    // Job titles are nodes of their own, put on the graph only once the user zooms in far enough to read
    // them (lod.ts): both references leave them out, as our map does at fit (with the default style they
    // would be drawn as dots).
    const added = (e: MapElementDef): string | undefined => (e.group === 'edges' ? addClasses.link : e.data.kind === 'person' ? addClasses.person : undefined);
    const defs = buildElements(data, planLayout(data), ELEMENT_OPTIONS)
      .filter((e) => e.data.kind !== 'person-title')
      .map((e) => (added(e) ? { ...e, classes: `${e.classes} ${added(e)}` } : e));
    const style = styled ? ([...buildStylesheet('light'), ...extra] as unknown as StylesheetJson) : undefined;
    const container = document.createElement('div');
    container.style.cssText = 'position:absolute;inset:0';
    stage.append(container);
    // Our map as fitted: the view and the level of detail's classes found on an untimed graph first.
    const fitted = styled && asAtFit ? fittedView(people, container, defs, style) : null;
    const elements = fitted ? defs.map((e) => withLodClasses(e, fitted.zoom)) : defs;
    const start = performance.now();
    const cy = cytoscape({
      container,
      elements: elements.map((e) => ({ ...e })),
      layout: { name: 'preset', fit: fitted === null, padding: 24 },
      ...(fitted ? { zoom: fitted.zoom, pan: fitted.pan } : {}),
      ...(style ? { style } : {}),
    });
    bare = cy;
    if (directDraw) missTextureCaches(cy);
    await new Promise<void>((resolve) => {
      cy.one('render', () => resolve());
      cy.forceRender();
    });
    await afterPaint();
    return performance.now() - start;
  },

  async showEditPair({ people, bareStyled = true, bareStyleExtra = [] }) {
    clear();
    document.documentElement.dataset.theme = 'light';
    const data = syntheticAccount(people);
    current = data;
    mountOurs(data, {}, halfStage('left'));
    const cy = mountBare(data, bareStyled, halfStage('right'), bareStyleExtra);
    await mapView().nextFrame();
    await nextPaintedFrame(cy);
  },

  async editOnce(index) {
    if (!current || !harness) throw new Error('showOurs first');
    return timeDataChange(withNextAttitude(current, index).data);
  },

  async bareEditOnce(index) {
    if (!bare || !bareData) throw new Error('showEditPair first');
    const { data, person } = withNextAttitude(bareData, index);
    bareData = data;
    const def = personDef(data, person);
    const node = bare.getElementById(person.id);
    const before = node.classes().find((c) => c.startsWith('att-')) ?? '';
    const after = def.classes.split(' ').find((c) => c.startsWith('att-')) ?? '';
    const { attitude, icons, iconsFlagged } = def.data;
    const cy = bare;
    const start = performance.now();
    cy.batch(() => {
      node.data({ attitude, icons, iconsFlagged });
      node.removeClass(before).addClass(after);
    });
    const updated = performance.now();
    await nextPaintedFrame(cy);
    return { update: updated - start, paint: performance.now() - updated };
  },

  async moveOnce(index) {
    if (!current || !harness) throw new Error('showOurs first');
    const people = current.people.slice();
    const at = (index * 7) % people.length;
    const person = people[at];
    if (!person || person.x === null) throw new Error('showOurs with storedPositions first');
    people[at] = { ...person, x: person.x + (index % 2 === 0 ? 12 : -12) };
    return timeDataChange({ ...current, people });
  },

  async zoomOnce({ index, bare: onBare }) {
    const factor = index % 2 === 0 ? 1.25 : 0.8;
    if (onBare) {
      const cy = bare;
      if (!cy) throw new Error('showBare first');
      const start = performance.now();
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      await nextPaintedFrame(cy);
      return performance.now() - start;
    }
    if (!harness) throw new Error('showOurs first');
    const view = mapView();
    const start = performance.now();
    harness.zoomBy(factor);
    await view.nextFrame();
    return performance.now() - start;
  },

  async overlayOnce(index) {
    if (!current || !harness) throw new Error('showOurs first');
    const overlays = overlaysFor(current, index);
    const view = mapView();
    const apply = harness.setOverlays;
    const start = performance.now();
    flushSync(() => apply(overlays));
    await view.nextFrame();
    return performance.now() - start;
  },

  async setOverlays(overlays) {
    const apply = harness?.setOverlays;
    if (!apply) throw new Error('showOurs first');
    flushSync(() => apply(overlays));
    await mapView().nextFrame();
  },

  async setSelection(ids) {
    const apply = harness?.setSelection;
    if (!apply) throw new Error('showOurs first');
    flushSync(() => apply(ids));
    await mapView().nextFrame();
  },

  clear,
  events,
};

window.__mapBench = bench;
