import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { useImperativeHandle, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { buildDemoAccount } from '../../../shared/demo';
import { planLayout } from '../../../shared/layout';
import { ATTITUDES, type AccountData } from '../../../shared/model';
import '../../../renderer/src/app/tokens.css';
import { buildElements } from '../../../renderer/src/map/elements';
import { mapLabels } from '../../../renderer/src/map/labels';
import { PowerMap } from '../../../renderer/src/map/PowerMap';
import { buildStylesheet } from '../../../renderer/src/map/style';
import type { MapOverlays, OverlayClass } from '../../../renderer/src/map/types';
import { nextPaintedFrame } from '../../../renderer/src/map/view';
import { syntheticAccount } from '../../support/synthetic-account';

/**
 * The bench page. `window.__mapBench` draws either our PowerMap or bare Cytoscape into #stage (the
 * same elements at the same positions, with Cytoscape's default stylesheet or with ours) and times
 * each from the request to the next painted frame. Also used to look at the map (the demo account,
 * either theme and language, with overlays).
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
}

export interface BareOptions {
  people: number;
  /** false: Cytoscape's default stylesheet; true: the map's own stylesheet (style.ts) */
  styled: boolean;
}

export interface MapBench {
  showOurs(options: ShowOptions): Promise<number>;
  showBare(options: BareOptions): Promise<number>;
  /** Changes one person's attitude through a new `data` prop; ms to the next painted frame. */
  editOnce(index: number): Promise<number>;
  /** The bare reference for editOnce: one node's attitude class swapped on a styled bare graph. */
  bareEditOnce(index: number): Promise<number>;
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
const events: MapBench['events'] = [];

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

interface HarnessHandle {
  setData(data: AccountData): void;
  setOverlays(overlays: MapOverlays | undefined): void;
  setSelection(ids: string[]): void;
}

function Harness(props: { initial: AccountData; options: ShowOptions; handle: Ref<HarnessHandle> }) {
  const { initial, options } = props;
  const [data, setData] = useState(initial);
  const [overlays, setOverlays] = useState<MapOverlays | undefined>(options.overlays);
  const [selection, setSelection] = useState<string[]>(options.selection ?? []);
  useImperativeHandle(props.handle, () => ({ setData, setOverlays, setSelection }), []);
  const record = (type: string) => (...args: unknown[]) => void events.push({ type, args });
  return (
    <PowerMap
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
  stage.replaceChildren();
  events.length = 0;
}

function accountFor(options: ShowOptions): AccountData {
  return options.demo ? buildDemoAccount(options.demo, '2026-11-22') : syntheticAccount(options.people ?? 50);
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
    root = createRoot(mount);
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
    await mapView().nextFrame();
    return performance.now() - start;
  },

  async showBare({ people, styled }) {
    clear();
    document.documentElement.dataset.theme = 'light';
    const data = syntheticAccount(people);
    // The same elements and positions our map draws, converted outside the timing.
    const elements = buildElements(data, planLayout(data), { labels: mapLabels('en'), theme: 'light', locale: 'en' });
    const style = styled ? (buildStylesheet('light') as unknown as StylesheetJson) : undefined;
    const container = document.createElement('div');
    container.style.cssText = 'position:absolute;inset:0';
    stage.append(container);
    const start = performance.now();
    const cy = cytoscape({
      container,
      elements: elements.map((e) => ({ ...e })),
      layout: { name: 'preset', fit: true, padding: 24 },
      ...(style ? { style } : {}),
    });
    bare = cy;
    await new Promise<void>((resolve) => {
      cy.one('render', () => resolve());
      cy.forceRender();
    });
    await afterPaint();
    return performance.now() - start;
  },

  async editOnce(index) {
    if (!current || !harness) throw new Error('showOurs first');
    const people = current.people.slice();
    const at = index % people.length;
    const person = people[at];
    if (!person) throw new Error('no people');
    const attitude = ATTITUDES[(ATTITUDES.indexOf(person.attitude) + 1) % ATTITUDES.length] ?? 'neutral';
    people[at] = { ...person, attitude };
    const next = { ...current, people };
    current = next;
    const view = mapView();
    const apply = harness.setData;
    const start = performance.now();
    flushSync(() => apply(next));
    await view.nextFrame();
    return performance.now() - start;
  },

  async bareEditOnce(index) {
    if (!bare) throw new Error('showBare first');
    const people = bare.nodes('.person');
    const node = people[index % people.length];
    if (!node) throw new Error('no people');
    const attitude = String(node.data('attitude'));
    const nextAttitude = ATTITUDES[(ATTITUDES.indexOf(attitude as (typeof ATTITUDES)[number]) + 1) % ATTITUDES.length] ?? 'neutral';
    const cy = bare;
    const start = performance.now();
    cy.batch(() => {
      node.data('attitude', nextAttitude);
      node.removeClass(`att-${attitude}`).addClass(`att-${nextAttitude}`);
    });
    await nextPaintedFrame(cy);
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
