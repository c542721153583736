import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import { DEFAULT_GEOMETRY, planLayout, type BandGeometry } from '../../../shared/layout';
import { buildElements } from './elements';
import { bindGestures, type GestureController } from './gestures';
import { mapLabels } from './labels';
import { Legend } from './Legend';
import { buildStylesheet, type MapTheme } from './style';
import { applyDiff, diffElements, indexElements, type ElementIndex } from './sync';
import type { PowerMapHandle, PowerMapProps } from './types';
import { createMapView } from './view';
import { MAX_ZOOM, MIN_ZOOM, createViewportHandle, fitAll } from './viewport';
import './map.css';

/**
 * The power map: owns the one Cytoscape instance (created on mount, destroyed on unmount), draws
 * `data` with preset positions from the band layout, applies later `data` as a diff, and reports
 * gestures. See types.ts for the contract with the shell.
 */

function stylesheetFor(theme: MapTheme): StylesheetJson {
  // style.ts uses properties newer than Cytoscape's bundled typings (outline, line-outline, bounds-expansion).
  return buildStylesheet(theme) as unknown as StylesheetJson;
}

export const PowerMap = forwardRef<PowerMapHandle, PowerMapProps>(function PowerMap(props, ref) {
  const { data, selection, theme, locale, legendVisible, linkMode } = props;
  const labels = useMemo(() => mapLabels(locale), [locale]);

  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const propsRef = useRef(props);
  const drawnRef = useRef<ElementIndex>(new Map());
  const geometryRef = useRef<BandGeometry>(DEFAULT_GEOMETRY);
  const applyingRef = useRef(false);
  const gesturesRef = useRef<GestureController | null>(null);
  const styledThemeRef = useRef<MapTheme>(theme);
  const needsFitRef = useRef(true);

  useLayoutEffect(function keepLatestProps() {
    propsRef.current = props;
  });

  useEffect(function createGraph() {
    const container = containerRef.current;
    if (!container) return undefined;
    const cy = cytoscape({
      container,
      style: stylesheetFor(styledThemeRef.current),
      layout: { name: 'preset' },
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: true,
      selectionType: 'single',
    });
    cyRef.current = cy;
    gesturesRef.current = bindGestures(cy, container, {
      props: () => propsRef.current,
      geometry: () => geometryRef.current,
      isApplying: () => applyingRef.current,
    });
    const view = createMapView(cy, container, () => geometryRef.current);
    window.__powerMapView = view;

    const observer = new ResizeObserver(function followContainerSize() {
      // Resizing clears the canvases and forces a full redraw: only when the size really changed.
      if (container.clientWidth !== cy.width() || container.clientHeight !== cy.height()) cy.resize();
      if (needsFitRef.current && cy.width() > 0 && cy.height() > 0) {
        fitAll(cy);
        needsFitRef.current = false;
      }
    });
    observer.observe(container);

    return function destroyGraph() {
      observer.disconnect();
      gesturesRef.current?.dispose();
      gesturesRef.current = null;
      if (window.__powerMapView === view) delete window.__powerMapView;
      cy.destroy();
      cyRef.current = null;
      drawnRef.current = new Map();
      needsFitRef.current = true;
    };
  }, []);

  useEffect(
    function applyTheme() {
      const cy = cyRef.current;
      if (!cy || styledThemeRef.current === theme) return;
      styledThemeRef.current = theme;
      cy.style(stylesheetFor(theme));
    },
    [theme],
  );

  useEffect(
    function syncDataToGraph() {
      const cy = cyRef.current;
      if (!cy) return;
      const plan = planLayout(data);
      geometryRef.current = plan.geometry;
      const next = indexElements(buildElements(data, plan, { labels, theme, locale }));
      const diff = diffElements(drawnRef.current, next);
      applyingRef.current = true;
      try {
        applyDiff(cy, diff, next);
      } finally {
        applyingRef.current = false;
      }
      drawnRef.current = next;
    },
    [data, labels, theme, locale],
  );

  useEffect(
    function fitWhenAccountOpens() {
      needsFitRef.current = true;
      const cy = cyRef.current;
      if (cy && cy.width() > 0 && cy.height() > 0) {
        fitAll(cy);
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
    function syncLinkMode() {
      gesturesRef.current?.setLinkMode(linkMode);
    },
    [linkMode],
  );

  useImperativeHandle(ref, () => createViewportHandle(() => cyRef.current), []);

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
      {legendVisible ? <Legend labels={labels} theme={theme} locale={locale} /> : null}
    </div>
  );
});
