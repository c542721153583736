import { expect, type Page } from '@playwright/test';
import type { Layer } from '../../shared/model';
import { nodeNamed, snapshot } from './map-driver';

/** Puts text on the system clipboard, as copying it in a spreadsheet or an editor does. */
export async function copyToClipboard(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
}

/** Points at an empty spot of a band (hovering, no click), so a paste lands there. */
export async function pointAtBand(page: Page, layer: Layer): Promise<void> {
  const band = (await snapshot(page)).bands[layer];
  await page.mouse.move(band.left + band.width * 0.97, band.top + band.height * 0.85);
}

/** Shift+drag from one node to another: the map's one-gesture way to draw a link. */
export async function shiftDrag(page: Page, from: string, to: string): Promise<void> {
  const a = await nodeNamed(page, from);
  const b = await nodeNamed(page, to);
  await page.keyboard.down('Shift');
  await page.mouse.move(a.clientX, a.clientY);
  await page.mouse.down();
  await page.mouse.move(a.clientX + (b.clientX - a.clientX) / 3, a.clientY + (b.clientY - a.clientY) / 3, { steps: 4 });
  await page.mouse.move(b.clientX, b.clientY, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
}

/** Waits until every edit the renderer sent has been saved. */
export async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', /saved|idle/);
}
