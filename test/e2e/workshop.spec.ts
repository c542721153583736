import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AppHarness } from './harness';
import { expect, test } from './harness';
import { clickNode, nodeNamed, painted, snapshot } from './map-driver';

/**
 * Issue 4's workshop: one key into a full-screen, high-contrast presentation of the demo account with no
 * private field anywhere on screen, stepping layer by layer, person by person and finding by finding,
 * edits and what-if live, and Escape back to exactly where the user was.
 */

const ARTIFACTS = 'test/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/** What must never reach a shared screen: the demo's private notes, contact details and personal drivers. */
function demoPrivateValues(app: AppHarness) {
  const data = app.store().openAccount(app.store().listAccounts()[0]!.id)!;
  const texts = data.people.flatMap((p) => [p.privateNotes, p.contact]).filter((text) => text.length > 0);
  expect(texts.length).toBeGreaterThan(6);
  const withDriver = data.people.filter((p) => p.driver !== null);
  expect(withDriver.length).toBeGreaterThan(0);
  return { texts, withDriver };
}

/** Everything the page shows or holds in its DOM: text, attribute values and the values of fields. */
async function everythingOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.outerHTML, document.body.innerText];
    document.querySelectorAll('input, textarea, select').forEach((field) => parts.push((field as HTMLInputElement).value));
    // The map is a canvas: what it draws is its labels.
    const view = window.__powerMapView?.snapshot();
    if (view) parts.push(...view.nodes.map((node) => node.label));
    return parts.join('\n');
  });
}

function leaked(screen: string, texts: readonly string[]): string[] {
  // Long values are matched on a prefix (HTML may escape quotes further in); short ones whole.
  return texts.filter((text) => screen.includes(text.slice(0, 24)));
}

const dimmedNames = async (page: Page) =>
  (await snapshot(page)).nodes
    .filter((n) => n.classes.includes('dimmed'))
    .map((n) => n.label.split('\n')[0])
    .sort();

const litPeople = async (page: Page) =>
  (await snapshot(page)).nodes
    .filter((n) => n.kind === 'person' && !n.classes.includes('dimmed'))
    .map((n) => n.id)
    .sort();

/** Waits until the view stops moving (a step frames its subject with a short animation). */
async function settled(page: Page) {
  let last = '';
  await expect
    .poll(async () => {
      await painted(page);
      const view = await snapshot(page);
      const now = `${view.zoom}:${view.nodes[0]?.clientX}:${view.nodes[0]?.clientY}`;
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}

async function openDemo(page: Page) {
  await page.getByTestId('account-row').first().getByTestId('account-open').click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await snapshot(page);
  await painted(page);
}

/** The view a user would notice changing: who is selected, how the map is framed, which panels are open. */
async function userView(page: Page) {
  const view = await snapshot(page);
  const anchor = view.nodes.find((n) => n.kind === 'person')!;
  return {
    selected: view.nodes.filter((n) => n.selected).map((n) => n.id),
    zoom: Number(view.zoom.toFixed(4)),
    anchor: { x: Math.round(anchor.clientX), y: Math.round(anchor.clientY) },
    legend: await page.getByTestId('toolbar-legend').getAttribute('aria-pressed'),
    tab: await page.getByTestId('tab-findings').getAttribute('aria-selected'),
    whatIf: await page.getByTestId('toolbar-what-if').getAttribute('aria-pressed'),
    theme: await page.locator('html').getAttribute('data-theme'),
  };
}

test('workshop mode: no private field on screen, stepping, live edits and what-if, and back to where the user was', async ({ app }, testInfo) => {
  // One long walk through every part of the workshop.
  test.setTimeout(150_000);
  const { page } = app;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.launch();
  await openDemo(page);
  const accountId = app.store().listAccounts()[0]!.id;
  const secrets = demoPrivateValues(app);
  const data = app.store().openAccount(accountId)!;
  const vp = data.people.find((p) => p.id === 'demo-p-vp-it')!;
  const vpName = vp.name;

  // Where the user is before the workshop: a person selected (their private notes in the panel), zoomed in, legend on.
  await clickNode(page, vpName);
  await expect(page.getByTestId('field-privateNotes')).toHaveValue(vp.privateNotes);
  await page.getByTestId('toolbar-zoom-in').click();
  await page.getByTestId('toolbar-legend').click();
  await settled(page);
  const before = await userView(page);
  expect(before.selected).toEqual(['demo-p-vp-it']);
  expect(leaked(await everythingOnScreen(page), secrets.texts).length).toBeGreaterThan(0);

  // One key in.
  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  await expect(page.getByTestId('toolbar-undo')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(page.getByTestId('workshop-private-hidden')).toBeVisible();
  await expect(page.getByTestId('workshop-private-hidden')).toContainText('Private fields hidden');

  // The room starts from the whole map, nobody selected; picking a person shows their panel without private fields.
  await settled(page);
  expect((await snapshot(page)).nodes.filter((n) => n.selected)).toEqual([]);
  await clickNode(page, vpName);
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  await expect(page.getByTestId('panel-private-hidden')).toBeVisible();
  for (const field of ['field-privateNotes', 'field-contact', 'field-driver']) await expect(page.getByTestId(field), field).toHaveCount(0);
  // Hovering a person shows their card: no private field there either.
  const president = await nodeNamed(page, data.people.find((p) => p.id === 'demo-p-president')!.name);
  await page.mouse.move(president.clientX, president.clientY);
  await expect(page.getByTestId('map-person-card')).toBeVisible();
  expect(leaked(await everythingOnScreen(page), secrets.texts)).toEqual([]);
  await page.mouse.move(5, 1000);
  // The room needs the map more than the legend; leaving brings the user's legend back.
  await page.getByTestId('workshop-legend').click();
  await expect(page.getByTestId('workshop-legend')).toHaveAttribute('aria-pressed', 'false');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-overview.png` });
  await page.screenshot({ path: testInfo.outputPath('workshop-overview.png') });

  // Layer by layer: "2" chooses layers; each step lights one band's people and dims the rest.
  await page.keyboard.press('2');
  await expect(page.getByTestId('workshop-mode-layers')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('workshop-step-count')).toHaveText('1 / 4');
  await expect(page.getByTestId('workshop-caption')).toHaveAttribute('data-kind', 'layer');
  await expect(page.getByTestId('workshop-caption')).toContainText('Image layer');
  await painted(page);
  const imageIds = data.people.filter((p) => p.layer === 'image').map((p) => p.id).sort();
  expect(await litPeople(page)).toEqual(imageIds);
  for (const [index, layer] of (['decision', 'implementation', 'user'] as const).entries()) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('workshop-step-count')).toHaveText(`${index + 2} / 4`);
    await painted(page);
    expect(await litPeople(page), layer).toEqual(data.people.filter((p) => p.layer === layer).map((p) => p.id).sort());
  }
  await expect(page.getByTestId('workshop-next')).toBeDisabled();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('workshop-caption')).toContainText('Implementation layer');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-layer.png` });

  // Person by person: the spotlight on one, their links and neighbours lit, the rest dimmed.
  await page.getByTestId('workshop-mode-people').click();
  await expect(page.getByTestId('workshop-step-count')).toHaveText(`1 / ${data.people.length}`);
  await expect(page.getByTestId('workshop-caption')).toHaveAttribute('data-kind', 'person');
  await painted(page);
  const spotlit = (await snapshot(page)).nodes.filter((n) => n.classes.includes('spotlight'));
  expect(spotlit).toHaveLength(1);
  expect((await dimmedNames(page)).length).toBeGreaterThan(3);
  // The person in the spotlight is in the panel, so the room can correct them on the spot: still nothing private.
  expect(spotlit[0]!.selected).toBe(true);
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  await expect(page.getByTestId('panel-private-hidden')).toBeVisible();
  await expect(page.getByTestId('field-privateNotes')).toHaveCount(0);

  // Finding by finding, most severe first, each framing the people it concerns.
  await page.keyboard.press('4');
  await expect(page.getByTestId('workshop-caption')).toHaveAttribute('data-kind', 'finding');
  await expect(page.getByTestId('workshop-caption')).toContainText('Critical');
  await expect(page.getByTestId('workshop-caption')).toContainText('What to do');
  const firstFinding = await page.getByTestId('workshop-caption').innerText();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('workshop-caption')).not.toHaveText(firstFinding);
  await painted(page);
  expect((await snapshot(page)).nodes.some((n) => n.classes.includes('spotlight'))).toBe(true);
  expect(leaked(await everythingOnScreen(page), secrets.texts)).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}/workshop-finding.png` });
  await page.screenshot({ path: testInfo.outputPath('workshop-finding.png') });

  // Live edits are saved like any other: an attitude in the panel, a new person from the bar.
  await page.keyboard.press('1');
  await settled(page);
  await clickNode(page, vpName);
  await page.getByTestId('field-attitude').selectOption('champion');
  await expect.poll(() => app.store().openAccount(accountId)!.people.find((p) => p.id === vp.id)!.attitude).toBe('champion');
  const peopleBefore = app.store().openAccount(accountId)!.people.length;
  await page.getByTestId('workshop-add-person').click();
  await expect.poll(() => app.store().openAccount(accountId)!.people.length).toBe(peopleBefore + 1);
  expect(leaked(await everythingOnScreen(page), secrets.texts)).toEqual([]);

  // What-if works in the room too.
  await page.getByTestId('workshop-what-if').click();
  await expect(page.getByTestId('workshop-what-if')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('what-if-banner')).toBeVisible();

  // 简体中文 in the room.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('workshop-bar')).toHaveCount(0);
  await page.getByTestId('toolbar-language').click();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-private-hidden')).toContainText('私密字段已隐藏');
  await page.keyboard.press('2');
  await expect(page.getByTestId('workshop-caption')).toContainText('形象层');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-layer-zh-CN.png` });
  await page.getByTestId('workshop-exit').click();
  await page.getByTestId('toolbar-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Back exactly where the user was: selection, framing, legend, tabs, what-if off, their own theme.
  await settled(page);
  const after = await userView(page);
  // The person added in the workshop is selected then; the rest of the view must be the same.
  expect({ ...after, selected: before.selected }).toEqual(before);
});

test('leaving the workshop restores the selection, the framing and what-if exactly', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openDemo(page);
  const data = app.store().openAccount(app.store().listAccounts()[0]!.id)!;
  const someone = data.people[2]!;
  await clickNode(page, someone.name);
  await page.getByTestId('toolbar-what-if').click();
  await page.getByTestId('toolbar-zoom-out').click();
  await settled(page);
  const before = await userView(page);

  await page.getByTestId('toolbar-workshop').click();
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  // The presenter moves around and changes what is on show.
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('workshop-what-if').click();
  await expect(page.getByTestId('workshop-what-if')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('workshop-legend').click();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-bar')).toHaveCount(0);

  await settled(page);
  expect(await userView(page)).toEqual(before);
  await expect(page.getByTestId('what-if-banner')).toBeVisible();
});
