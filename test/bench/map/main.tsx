import cytoscape, { type Core } from 'cytoscape';
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
import { syntheticAccount } from '../../support/synthetic-account';

/**
 * The bench page. `window.__mapBench` draws either our PowerMap or bare Cytoscape (default stylesheet,
 * the same elements at the same positions) into #stage, and times each from the request to the next
 * painted frame. Also used to look at the map (the demo account, either theme and language).
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
}

export interface MapBench {
  showOurs(options: ShowOptions): Promise<number>;
  showBare(people: number): Promise<number>;
  /** Changes one person's attitude through a new `data` prop; ms to the next painted frame. */
  editOnce(index: number): Promise<number>;
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
let setAccount: ((data: AccountData) => void) | null = null;
let current: AccountData | null = null;
const events: MapBench['events'] = [];

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

interface HarnessHandle {
  setData(data: AccountData): void;
}

function Harness(props: { initial: AccountData; options: ShowOptions; handle: Ref<HarnessHandle> }) {
  const { initial, options } = props;
  const [data, setData] = useState(initial);
  const [selection, setSelection] = useState<string[]>(options.selection ?? []);
  useImperativeHandle(props.handle, () => ({ setData }), []);
  const record = (type: string) => (...args: unknown[]) => void events.push({ type, args });
  return (
    <PowerMap
      data={data}
      selection={selection}
      theme={options.theme ?? 'light'}
      locale={options.locale ?? options.demo ?? 'en'}
      legendVisible={options.legend ?? false}
      linkMode={options.linkMode ?? false}
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
  setAccount = null;
  current = null;
  stage.replaceChildren();
  events.length = 0;
}

function accountFor(options: ShowOptions): AccountData {
  return options.demo ? buildDemoAccount(options.demo, '2026-11-22') : syntheticAccount(options.people ?? 50);
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
            setAccount = handle ? handle.setData : null;
          }}
        />,
      );
    });
    const view = window.__powerMapView;
    if (!view) throw new Error('PowerMap did not publish window.__powerMapView');
    await view.nextFrame();
    return performance.now() - start;
  },

  async showBare(people) {
    clear();
    document.documentElement.dataset.theme = 'light';
    const data = syntheticAccount(people);
    // The same elements and positions our map draws, converted outside the timing.
    const elements = buildElements(data, planLayout(data), { labels: mapLabels('en'), theme: 'light', locale: 'en' });
    const container = document.createElement('div');
    container.style.cssText = 'position:absolute;inset:0';
    stage.append(container);
    const start = performance.now();
    const cy = cytoscape({ container, elements: elements.map((e) => ({ ...e })), layout: { name: 'preset', fit: true, padding: 24 } });
    bare = cy;
    await new Promise<void>((resolve) => {
      cy.one('render', () => resolve());
      cy.forceRender();
    });
    await afterPaint();
    return performance.now() - start;
  },

  async editOnce(index) {
    if (!current || !setAccount) throw new Error('showOurs first');
    const people = current.people.slice();
    const at = index % people.length;
    const person = people[at];
    if (!person) throw new Error('no people');
    const attitude = ATTITUDES[(ATTITUDES.indexOf(person.attitude) + 1) % ATTITUDES.length] ?? 'neutral';
    people[at] = { ...person, attitude };
    const next = { ...current, people };
    current = next;
    const view = window.__powerMapView;
    if (!view) throw new Error('no map');
    const apply = setAccount;
    const start = performance.now();
    flushSync(() => apply(next));
    await view.nextFrame();
    return performance.now() - start;
  },

  clear,
  events,
};

window.__mapBench = bench;
