import cytoscape, { type Core, type EventObject, type NodeSingular, type StylesheetJson } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_GEOMETRY, type BandGeometry } from '../../../shared/layout';
import { personCard } from './card';
import { titleId, type MapElementDef } from './elements';
import { applyClassChanges, createFocus, type FocusController } from './focus';
import { bindGestures, type GestureController } from './gestures';
import { bindHover, type CardAnchor } from './hover';
import { drawFirstFrameDirectly, shareDecodedBlank } from './firstFrame';
import { markStyleChangesOnce } from './styleTriggers';
import { bindLevelOfDetail, type LevelOfDetail } from './lod';
import { mapLabels } from './labels';
import { Legend } from './Legend';
import { diffOverlayClasses, overlayClassMap, type OverlayClassMap } from './overlays';
import { PersonCard } from './PersonCard';
import { layerAtClient } from './pointer';
import { buildStylesheet, type MapTheme, type StyleOptions } from './style';
import { updateModel, type DrawnModel } from './model';
import { applyDiff, toDefinition } from './sync';
import type { PowerMapHandle, PowerMapProps } from './types';
import { createMapView } from './view';
import { MAX_ZOOM, MIN_ZOOM, bandsBox, createViewportHandle, expectedFitZoom, fitAll } from './viewport';
import './map.css';

/**
 * The power map: owns the one Cytoscape instance (created on mount, destroyed on unmount), draws
 * `data` with preset positions from the band layout, applies later `data` as a diff, and reports
 * gestures. See types.ts for the contract with the shell.
 */

function stylesheetFor(theme: MapTheme, options: StyleOptions): StylesheetJson {
  // style.ts uses properties newer than Cytoscape's bundled typings (outline, line-outline, bounds-expansion).
  return buildStylesheet(theme, options) as unknown as StylesheetJson;
}

const isTitle = (def: MapElementDef): boolean => def.data.kind === 'person-title';

/** A person's title node (elements.ts) moves with them, also while they are dragged. */
function bindTitlesToPeople(cy: Core): () => void {
  const follow = (evt: EventObject): void => {
    const person = evt.target as NodeSingular;
    const title = cy.getElementById(titleId(person.id()));
    if (title.nonempty()) title.position(person.position());
  };
  cy.on('position', 'node.person', follow);
  return () => void cy.removeListener('position', 'node.person', follow);
}

/** A node's centre in client coordinates, for a menu opened from the keyboard; null when it is not drawn. */
function anchorOfNode(cy: Core | null, id: string): { x: number; y: number } | null {
  const node = cy?.getElementById(id);
  if (!cy || !node || node.empty()) return null;
  const rect = cy.container()?.getBoundingClientRect();
  const at = node.renderedPosition();
  return rect ? { x: rect.left + at.x, y: rect.top + at.y } : null;
}

export const PowerMap = forwardRef<PowerMapHandle, PowerMapProps>(function PowerMap(props, ref) {
  const { data, selection, theme, locale, legendVisible, linkMode, overlays, today, openActions } = props;
  const coversLines = props.coversLines === true;
  const labels = useMemo(() => mapLabels(locale), [locale]);

  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const propsRef = useRef(props);
  const drawnRef = useRef<DrawnModel | null>(null);
  /** Nodes the user dropped since the last sync: their drawn position is checked against the data. */
  const droppedRef = useRef(new Set<string>());
  const geometryRef = useRef<BandGeometry>(DEFAULT_GEOMETRY);
  const applyingRef = useRef(false);
  const gesturesRef = useRef<GestureController | null>(null);
  const styledRef = useRef<{ theme: MapTheme; coversLines: boolean }>({ theme, coversLines });
  const needsFitRef = useRef(true);
  const overlayClassesRef = useRef<OverlayClassMap>(new Map());
  const focusRef = useRef<FocusController | null>(null);
  const lodRef = useRef<LevelOfDetail | null>(null);
  const hoveredRef = useRef<string | null>(null);
  /** The classes the last data sync gave added elements (overlays, focus, level of detail). */
  const extraClassesRef = useRef<(def: MapElementDef) => string[]>(() => []);
  const [card, setCard] = useState<{ anchor: CardAnchor; area: { width: number; height: number } } | null>(null);

  useLayoutEffect(function keepLatestProps() {
    propsRef.current = props;
  });

  useEffect(function createGraph() {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = cytoscape({
      container,
      style: stylesheetFor(styledRef.current.theme, { coversLines: styledRef.current.coversLines }),
      layout: { name: 'preset' },
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: true,
      selectionType: 'single',
    });
    cyRef.current = cy;
    // The first frame drawn once: the blank image every node carries is already decoded (firstFrame.ts).
    shareDecodedBlank(cy);
    // Each element's style changes marked once per styling, not once per property (styleTriggers.ts).
    markStyleChangesOnce(cy);
    gesturesRef.current = bindGestures(cy, container, {
      props: () => propsRef.current,
      geometry: () => geometryRef.current,
      isApplying: () => applyingRef.current,
    });
    const unbindTitles = bindTitlesToPeople(cy);
    const lod = bindLevelOfDetail(cy, {
      titles(shown) {
        if (!shown) {
          cy.remove(cy.nodes('.person-title'));
          return;
        }
        // Every title as the model holds it now, under its person wherever they are drawn.
        const defs = [...(drawnRef.current?.index.values() ?? [])].filter(isTitle);
        cy.add(
          defs.map((def) => {
            const owner = cy.getElementById(String(def.data.owner));
            const position = owner.nonempty() ? owner.position() : def.position;
            return { ...toDefinition(def, extraClassesRef.current(def)), ...(position ? { position: { ...position } } : {}) };
          }),
        );
      },
    });
    lodRef.current = lod;
    const focus = createFocus(cy);
    focusRef.current = focus;
    const hover = bindHover(cy, {
      onHoverFocus(id) {
        hoveredRef.current = id;
        focus.set(id ? [id] : propsRef.current.selection);
      },
      onCard(anchor) {
        setCard(anchor ? { anchor, area: { width: container.clientWidth, height: container.clientHeight } } : null);
      },
    });
    const dropped = droppedRef.current;
    cy.on('dragfree', 'node', function rememberDropped(evt) {
      dropped.add((evt.target as NodeSingular).id());
    });
    const view = createMapView(cy, container, () => geometryRef.current);
    window.__powerMapView = view;

    const observer = new ResizeObserver(function followContainerSize() {
      // Resizing clears the canvases and forces a full redraw: only when the size really changed.
      if (container.clientWidth !== cy.width() || container.clientHeight !== cy.height()) cy.resize();
      if (needsFitRef.current && cy.width() > 0 && cy.height() > 0) {
        fitAll(cy);
        lod.refresh();
        needsFitRef.current = false;
      }
    });
    observer.observe(container);

    return function destroyGraph() {
      observer.disconnect();
      unbindTitles();
      lod.dispose();
      lodRef.current = null;
      hover.dispose();
      focusRef.current = null;
      overlayClassesRef.current = new Map();
      gesturesRef.current?.dispose();
      gesturesRef.current = null;
      if (window.__powerMapView === view) delete window.__powerMapView;
      cy.destroy();
      cyRef.current = null;
      drawnRef.current = null;
      dropped.clear();
      needsFitRef.current = true;
    };
  }, []);

  useEffect(
    function applyStyleOptions() {
      const cy = cyRef.current;
      const styled = styledRef.current;
      if (!cy || (styled.theme === theme && styled.coversLines === coversLines)) return;
      styledRef.current = { theme, coversLines };
      cy.style(stylesheetFor(theme, { coversLines }));
      markStyleChangesOnce(cy);
    },
    [theme, coversLines],
  );

  useEffect(
    function syncDataToGraph() {
      const cy = cyRef.current;
      if (!cy) return;
      // The graph's first frame: each element drawn once, straight into its layer (firstFrame.ts).
      if (drawnRef.current === null) drawFirstFrameDirectly(cy);
      // Only what the edit changed is converted and compared (model.ts); the layout is planned again only
      // when the edit can move more than the people dragged.
      const { model, diff } = updateModel(drawnRef.current, data, { labels, theme, locale, ...(today ? { today } : {}), ...(openActions ? { openActions } : {}) });
      // A map about to be fitted gets the level of detail of the zoom the fit will give before its elements
      // are added, so the fit restyles nobody (lod.ts).
      if (drawnRef.current === null && needsFitRef.current) {
        lodRef.current?.prime(expectedFitZoom(bandsBox(model.index.values()), cy.width(), cy.height()) ?? 0);
      }
      drawnRef.current = model;
      geometryRef.current = model.plan.geometry;
      const next = model.index;
      if (diff.place && droppedRef.current.size > 0) diff.place.push(...droppedRef.current);
      droppedRef.current.clear();
      const focus = focusRef.current;
      // Elements added or restyled keep the marks the map draws on top of the data (overlays, focus).
      const extraClasses = (def: MapElementDef): string[] => {
        const id = def.data.id;
        const isLink = def.group === 'edges' && def.data.kind !== 'ghost';
        return [
          ...(overlayClassesRef.current.get(id) ?? []),
          ...(focus?.classesFor(id, isLink) ?? []),
          ...(lodRef.current?.classesFor(isLink ? 'link' : String(def.data.kind), def.classes) ?? []),
        ];
      };
      extraClassesRef.current = extraClasses;
      const lod = lodRef.current;
      applyingRef.current = true;
      try {
        applyDiff(cy, diff, next, extraClasses, (def) => isTitle(def) && lod !== null && !lod.titlesShown());
        if (diff.add.length > 0 || diff.remove.length > 0) focus?.refresh();
      } finally {
        applyingRef.current = false;
      }
    },
    [data, labels, theme, locale, today, openActions],
  );

  useEffect(
    function fitWhenAccountOpens() {
      needsFitRef.current = true;
      const cy = cyRef.current;
      if (cy && cy.width() > 0 && cy.height() > 0) {
        fitAll(cy);
        lodRef.current?.refresh();
        needsFitRef.current = false;
      }
    },
    [data.account.id],
  );

  useEffect(
    function syncSelectionToGraph() {
      const cy = cyRef.current;
      if (!cy) return;
      const wanted = new Set(selection);
      applyingRef.current = true;
      try {
        cy.batch(() => {
          cy.$(':selected').forEach((ele) => {
            if (!wanted.has(ele.id())) ele.unselect();
          });
          for (const id of selection) {
            const ele = cy.getElementById(id);
            if (ele.nonempty() && !ele.selected()) ele.select();
          }
        });
      } finally {
        applyingRef.current = false;
      }
    },
    [selection, data],
  );

  useEffect(
    function syncOverlaysToGraph() {
      const cy = cyRef.current;
      if (!cy) return;
      const next = overlayClassMap(overlays);
      applyClassChanges(cy, diffOverlayClasses(overlayClassesRef.current, next));
      overlayClassesRef.current = next;
    },
    [overlays],
  );

  useEffect(
    function focusOnSelection() {
      // A hovered node takes the focus while the pointer rests on it; the selection has it otherwise.
      if (hoveredRef.current === null) focusRef.current?.set(selection);
    },
    [selection],
  );

  useEffect(
    function syncLinkMode() {
      gesturesRef.current?.setLinkMode(linkMode);
    },
    [linkMode],
  );

  useImperativeHandle(
    ref,
    () => ({
      ...createViewportHandle(() => cyRef.current),
      layerAt: (x: number, y: number) => layerAtClient(cyRef.current, geometryRef.current, x, y),
      anchorOf: (id: string) => anchorOfNode(cyRef.current, id),
    }),
    [],
  );

  // The same element while its inputs hold, so an edit re-renders the map without redrawing the legend.
  const legend = useMemo(
    () => (legendVisible ? <Legend labels={labels} theme={theme} locale={locale} overlays={overlays} /> : null),
    [legendVisible, labels, theme, locale, overlays],
  );
  const hoveredPerson = card ? data.people.find((person) => person.id === card.anchor.id) : undefined;

  return (
    <div className="pm-root">
      <div
        ref={containerRef}
        className="pm-canvas"
        role="application"
        aria-label={labels.mapName}
        tabIndex={0}
      />
      {data.people.length === 0 ? (
        <div className="pm-empty-hint" data-testid="map-empty-hint">
          {labels.emptyHint}
        </div>
      ) : null}
      {hoveredPerson && card ? (
        <PersonCard card={personCard(hoveredPerson, data, labels, openActions?.get(hoveredPerson.id) ?? 0)} anchor={card.anchor} area={card.area} labels={labels} theme={theme} />
      ) : null}
      {legend}
    </div>
  );
});
