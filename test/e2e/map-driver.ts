import { expect, type Page } from '@playwright/test';
import type { Layer } from '../../shared/model';
import type { MapViewSnapshot } from '../../renderer/src/map/types';

/**
 * Drives the map the way a user does (mouse on the canvas), finding where to point through the map's
 * read-only view (window.__powerMapView), which reports what is drawn and where on the page.
 */

export async function snapshot(page: Page): Promise<MapViewSnapshot> {
  await page.waitForFunction(() => window.__powerMapView !== undefined);
  return page.evaluate(() => window.__powerMapView!.snapshot());
}

/** Waits until the map has painted what the store holds. */
export async function painted(page: Page): Promise<void> {
  await page.evaluate(() => window.__powerMapView!.nextFrame());
}

/** Opens the first account of the list (the demo, on a fresh database) and waits until its map is painted. */
export async function openDemo(page: Page): Promise<void> {
  await page.getByTestId('account-row').first().getByTestId('account-open').click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await snapshot(page);
  await painted(page);
}

export async function nodeNamed(page: Page, name: string) {
  const node = (await snapshot(page)).nodes.find((n) => n.label === name);
  if (!node) throw new Error(`No node labelled "${name}" on the map`);
  return node;
}

/** Double-clicks an empty spot of a band: `slot` picks one of several spots along the band's lower half. */
export async function doubleClickBand(page: Page, layer: Layer, slot: number): Promise<void> {
  const band = (await snapshot(page)).bands[layer];
  const x = band.left + band.width * (0.12 + 0.14 * slot);
  const y = band.top + band.height * 0.6;
  await page.mouse.dblclick(x, y);
}

export async function clickNode(page: Page, name: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
  const node = await nodeNamed(page, name);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(node.clientX, node.clientY);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** Kinds that are the only one their ends allow, so the app draws them without asking. */
const ONLY_KIND = new Set(['covers', 'competitorTie']);

/**
 * Link mode from the toolbar (it stays on after a link, for drawing several in a row): click the two
 * ends, then choose the kind in the chooser (covers and competitor ties need no choosing). Waits until
 * the new link is selected.
 */
export async function drawLink(page: Page, from: string, to: string, kind: string): Promise<void> {
  const toggle = page.getByTestId('toolbar-link-mode');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(page.getByTestId('link-mode-banner')).toBeVisible();
  await clickNode(page, from);
  await clickNode(page, to);
  if (!ONLY_KIND.has(kind)) {
    await expect(page.getByTestId('link-chooser')).toBeVisible();
    await page.getByTestId(`link-kind-${kind}`).click();
    await expect(page.getByTestId('link-chooser')).toBeHidden();
  }
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'link');
}

/** Classes that follow the pointer and the selection (emphasis of the selected person's links), not the data. */
const TRANSIENT = new Set(['selected', 'focus-link', 'focus-fade', 'hovered', 'link-source']);

/** The drawing as a user would compare it: who is where, looking how, linked to whom (not pixels). */
export function drawing(view: MapViewSnapshot) {
  return {
    nodes: view.nodes
      .map((n) => ({ label: n.label, kind: n.kind, x: Math.round(n.x), y: Math.round(n.y), classes: [...n.classes].filter((c) => !TRANSIENT.has(c)).sort() }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    edges: view.edges
      .map((e) => {
        const name = (id: string) => view.nodes.find((n) => n.id === id)?.label ?? id;
        return `${name(e.source)} -${e.kind}-> ${name(e.target)}`;
      })
      .sort(),
  };
}
