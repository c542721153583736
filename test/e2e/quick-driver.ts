import { expect, type Locator, type Page } from '@playwright/test';
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

/**
 * Counts a user's actions while doing them, by one honest definition: a click, a key press that is a
 * command (Enter, Tab, a shortcut, a number in the link chooser), a drag, a paste, or typing one
 * field's value counts as one action. Putting the cursor in a field that does not have it is a click;
 * picking from a drop-down is two (open it, choose); copying the rows in the spreadsheet before
 * pasting them is one more. Pointing (hovering) is not an action.
 */
export class ActionCounter {
  count = 0;

  constructor(private readonly page: Page) {}

  async click(locator: Locator): Promise<void> {
    this.count += 1;
    await locator.click();
  }

  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }

  /** Types a field's value (a click first when the cursor is elsewhere), replacing what is selected in it. */
  async type(locator: Locator, value: string): Promise<void> {
    const focused = await locator.evaluate((element) => element === document.activeElement);
    if (!focused) await this.click(locator);
    this.count += 1;
    await locator.fill(value);
  }

  async select(locator: Locator, option: string | { label: string }): Promise<void> {
    this.count += 2;
    await locator.selectOption(option);
  }

  async check(locator: Locator, on = true): Promise<void> {
    this.count += 1;
    await locator.setChecked(on);
  }

  async clickNode(name: string): Promise<void> {
    this.count += 1;
    const node = await nodeNamed(this.page, name);
    await this.page.mouse.click(node.clientX, node.clientY);
  }

  async shiftDrag(from: string, to: string): Promise<void> {
    this.count += 1;
    await shiftDrag(this.page, from, to);
  }

  /** Copies rows in the spreadsheet (one action), points at the band and pastes (one more). */
  async pasteOnto(layer: Layer, rows: string): Promise<void> {
    this.count += 2;
    await copyToClipboard(this.page, rows);
    await pointAtBand(this.page, layer);
    // A text field with the cursor keeps a paste for itself: click the band first to leave it.
    const inTextField = await this.page.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type === 'text');
    });
    if (inTextField) {
      this.count += 1;
      await this.page.mouse.down();
      await this.page.mouse.up();
    }
    await this.page.keyboard.press('Control+v');
  }
}
