import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { clickNode, drawing, nodeNamed, openDemo, painted, snapshot } from './map-driver';

/** Mouse gestures on the map canvas: drag to place, drag across bands to change layer, Shift+drag to link. */

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, shift = false) {
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  if (shift) await page.keyboard.up('Shift');
}

const personIn = (app: { store(): { openAccount(id: string): { people: { name: string; layer: string; x: number | null; y: number | null }[] } | null } }, name: string) =>
  app.store().openAccount('demo-account')?.people.find((p) => p.name === name);

test('drag a person within a band to place them, across bands to change their layer; both persist', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);

  // Within the decision band: a short move to the right.
  const heJun = await nodeNamed(page, 'He Jun');
  await drag(page, { x: heJun.clientX, y: heJun.clientY }, { x: heJun.clientX + 40, y: heJun.clientY + 10 });
  await expect.poll(() => personIn(app, 'He Jun')?.x).toBeGreaterThan(heJun.x + 10);
  expect(personIn(app, 'He Jun')?.layer).toBe('decision');

  // Across bands: Huang Li from the decision band down into the implementation band.
  const huang = await nodeNamed(page, 'Huang Li');
  const band = (await snapshot(page)).bands.implementation;
  await drag(page, { x: huang.clientX, y: huang.clientY }, { x: band.left + band.width * 0.93, y: band.top + band.height * 0.55 });
  await expect.poll(() => personIn(app, 'Huang Li')?.layer).toBe('implementation');
  await painted(page);
  await clickNode(page, 'Huang Li');
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  await expect(page.getByTestId('field-layer')).toHaveValue('implementation');

  // Undo puts Huang Li back in the decision band.
  await page.keyboard.press('Control+z');
  await expect.poll(() => personIn(app, 'Huang Li')?.layer).toBe('decision');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => personIn(app, 'Huang Li')?.layer).toBe('implementation');

  await painted(page);
  const before = drawing(await snapshot(page));
  await app.restart();
  await openDemo(page);
  expect(drawing(await snapshot(page))).toEqual(before);
});

test('Shift+drag from a member of our team to a person draws a covers link at once: working relationship, dated today', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);
  const links = () => app.store().openAccount('demo-account')?.links.length ?? 0;
  const count = links();
  const from = await nodeNamed(page, 'Zhao Min');
  const to = await nodeNamed(page, 'Gao Ya');
  await drag(page, { x: from.clientX, y: from.clientY }, { x: to.clientX, y: to.clientY }, true);
  await expect.poll(links).toBe(count + 1);
  await expect(page.getByTestId('link-chooser')).toHaveCount(0);
  const added = app.store().openAccount('demo-account')?.links.find((l) => l.from === from.id && l.to === to.id);
  expect(added).toMatchObject({ kind: 'covers', strength: 2, lastContact: '2026-11-22' });
  await painted(page);
  expect(drawing(await snapshot(page)).edges).toContain('Zhao Min -covers-> Gao Ya');
});
