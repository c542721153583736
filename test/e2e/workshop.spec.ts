import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { Driver } from '../../shared/model';
import { en } from '../../renderer/src/i18n/en';
import type { AppHarness } from './harness';
import { expect, test } from './harness';
import { clickNode, nodeNamed, openDemo, painted, snapshot } from './map-driver';

/**
 * Issue 4's workshop: one key into a full-screen, high-contrast presentation of the demo account with no
 * private field anywhere on screen, in type readable from the back of a room on a 1080p projector,
 * stepping layer by layer, person by person and finding by finding, edits and what-if live, and Escape
 * back to exactly where the user was.
 */

const ARTIFACTS = 'test/artifacts';

// The workshop frames each step with a short animation, and these walks wait for it to settle: they run
// with the motion a user gets by default (the rest of the suite runs with reduce-motion, see playwright.config.ts).
test.use({ reducedMotion: 'no-preference' });
mkdirSync(ARTIFACTS, { recursive: true });

interface PrivateValues {
  /** private notes and contact details */
  texts: string[];
  /** the personal drivers the demo's people have */
  drivers: Driver[];
}

/** What must never reach a shared screen: the demo's private notes, contact details and personal drivers. */
function demoPrivateValues(app: AppHarness): PrivateValues {
  const data = app.store().openAccount(app.store().listAccounts()[0]!.id)!;
  const texts = data.people.flatMap((p) => [p.privateNotes, p.contact]).filter((text) => text.length > 0);
  expect(texts.length).toBeGreaterThan(6);
  const drivers = [...new Set(data.people.flatMap((p) => (p.driver === null ? [] : [p.driver])))];
  expect(drivers.length).toBeGreaterThan(0);
  return { texts, drivers };
}

/** Everything the page shows or holds in its DOM: its markup, its text (the map's labels too) and the values of fields. */
interface Screen {
  markup: string;
  text: string;
  fieldValues: string[];
}

async function everythingOnScreen(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    const fieldValues: string[] = [];
    document.querySelectorAll('input, textarea, select').forEach((field) => fieldValues.push((field as HTMLInputElement).value));
    // The map is a canvas: what it draws is its labels.
    const labels = window.__powerMapView?.snapshot().nodes.map((node) => node.label) ?? [];
    return { markup: document.documentElement.outerHTML, text: [document.body.innerText, ...labels].join('\n'), fieldValues };
  });
}

function leaked(screen: Screen, secrets: PrivateValues): string[] {
  const everything = [screen.markup, screen.text, ...screen.fieldValues].join('\n');
  // Long values are matched on a prefix (HTML may escape quotes further in); short ones whole.
  const texts = secrets.texts.filter((text) => everything.includes(text.slice(0, 24)));
  // A driver is one of five words: it shows as the value of the driver field, or as its name in the page's text.
  const drivers = secrets.drivers.filter(
    (driver) => screen.fieldValues.includes(driver) || new RegExp(`\\b${en.enums.driver[driver]}\\b`).test(screen.text),
  );
  return [...texts, ...drivers.map((driver) => `driver: ${driver}`)];
}

/** How tall the smallest person name is on screen, in CSS px (the map view reports each label's font size times the zoom). */
async function smallestNameOnScreen(page: Page): Promise<{ px: number; name: string }> {
  const names = (await snapshot(page)).nodes.filter((node) => node.kind === 'person').map((node) => ({ px: node.labelPx, name: node.label }));
  return names.reduce((smallest, next) => (next.px < smallest.px ? next : smallest));
}

/** The smallest text inside `root` as tall as it is on screen, in CSS px: its computed font size times any CSS zoom around it. */
async function smallestTextIn(root: Locator): Promise<{ px: number; text: string }> {
  return root.evaluate((element) => {
    const zoomAround = (from: Element): number => {
      let zoom = 1;
      for (let at: Element | null = from; at; at = at.parentElement) zoom *= Number(getComputedStyle(at).zoom) || 1;
      return zoom;
    };
    const sizes: { px: number; text: string }[] = [];
    const measure = (holder: Element, text: string) => sizes.push({ px: parseFloat(getComputedStyle(holder).fontSize) * zoomAround(holder), text });
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && node.parentElement?.checkVisibility()) measure(node.parentElement, text);
    }
    element.querySelectorAll('input, select, textarea').forEach((field) => {
      if (field.checkVisibility()) measure(field, (field as HTMLInputElement).value || field.getAttribute('placeholder') || field.tagName);
    });
    return sizes.reduce((smallest, next) => (next.px < smallest.px ? next : smallest));
  });
}

/**
 * Read from the back of a room on a 1080p projector: every person's name on the map at least 20 px tall,
 * the side panel's and the caption's text at least 18 px.
 */
async function expectProjectorType(page: Page, where: string) {
  const name = await smallestNameOnScreen(page);
  expect(name.px, `${where}: "${name.name}" on the map`).toBeGreaterThanOrEqual(20);
  const panel = await smallestTextIn(page.locator('.panel-slot'));
  expect(panel.px, `${where}: "${panel.text}" in the panel`).toBeGreaterThanOrEqual(18);
  const caption = page.getByTestId('workshop-caption');
  if ((await caption.count()) > 0) {
    const text = await smallestTextIn(caption);
    expect(text.px, `${where}: "${text.text}" in the caption`).toBeGreaterThanOrEqual(18);
  }
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
  // Outside the workshop the panel shows them, and the search below finds them: notes, contact, driver.
  const outside = leaked(await everythingOnScreen(page), secrets);
  expect(outside).toEqual(expect.arrayContaining([vp.privateNotes, `driver: ${vp.driver}`]));

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
  expect(leaked(await everythingOnScreen(page), secrets)).toEqual([]);
  await page.mouse.move(5, 1000);
  // The room needs the map more than the legend; leaving brings the user's legend back.
  await page.getByTestId('workshop-legend').click();
  await expect(page.getByTestId('workshop-legend')).toHaveAttribute('aria-pressed', 'false');
  await expectProjectorType(page, 'overview');
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
  await settled(page);
  await expectProjectorType(page, 'implementation layer');
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
  await settled(page);
  await expectProjectorType(page, 'first person');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-person.png` });
  // A person whose links reach across the map is framed further out than the overview: every name must hold there too.
  for (let step = 2; step <= data.people.length; step += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('workshop-step-count')).toHaveText(`${step} / ${data.people.length}`);
    await settled(page);
    const name = await smallestNameOnScreen(page);
    expect(name.px, `person ${step}: "${name.name}" on the map`).toBeGreaterThanOrEqual(20);
  }

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
  expect(leaked(await everythingOnScreen(page), secrets)).toEqual([]);
  await settled(page);
  await expectProjectorType(page, 'second finding');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-finding.png` });
  await page.screenshot({ path: testInfo.outputPath('workshop-finding.png') });

  // The room sees the panel read-only, with no delete button, until the presenter chooses Edit.
  await page.keyboard.press('1');
  await settled(page);
  await clickNode(page, vpName);
  await expect(page.getByTestId('panel-read-only')).toBeVisible();
  await expect(page.getByTestId('field-attitude')).toBeDisabled();
  await expect(page.getByTestId('panel-delete')).toHaveCount(0);
  await expect(page.getByTestId('workshop-add-person')).toHaveCount(0);
  await page.keyboard.press('Delete');
  await page.keyboard.press('n');
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  expect(app.store().openAccount(accountId)!.people.length).toBe(data.people.length);
  await page.screenshot({ path: `${ARTIFACTS}/workshop-read-only.png` });

  // Live edits, once Edit is on, are saved like any other: an attitude in the panel, a link drawn with the bar's Link, a new person from the bar.
  await page.getByTestId('workshop-edit').click();
  await expect(page.getByTestId('workshop-edit')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('panel-read-only')).toHaveCount(0);
  await expect(page.getByTestId('panel-delete')).toBeVisible();
  await page.getByTestId('field-attitude').selectOption('champion');
  await expect.poll(() => app.store().openAccount(accountId)!.people.find((p) => p.id === vp.id)!.attitude).toBe('champion');
  const unlinked = data.people.find((p) => p.id !== vp.id && !data.links.some((l) => [l.from, l.to].includes(vp.id) && [l.from, l.to].includes(p.id)))!;
  const influencesSaved = () => app.store().openAccount(accountId)!.links.some((l) => l.kind === 'influences' && l.from === vp.id && l.to === unlinked.id);
  expect(influencesSaved()).toBe(false);
  await page.getByTestId('workshop-link').click();
  await expect(page.getByTestId('workshop-link')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('link-mode-banner')).toBeVisible();
  await clickNode(page, vpName);
  await clickNode(page, unlinked.name);
  await expect(page.getByTestId('link-chooser')).toBeVisible();
  await page.getByTestId('link-kind-influences').click();
  await expect(page.getByTestId('link-chooser')).toBeHidden();
  await expect.poll(influencesSaved).toBe(true);
  await painted(page);
  expect((await snapshot(page)).edges.some((e) => e.kind === 'influences' && e.source === vp.id && e.target === unlinked.id)).toBe(true);
  await page.getByTestId('workshop-link').click();
  await expect(page.getByTestId('link-mode-banner')).toHaveCount(0);
  const peopleBefore = app.store().openAccount(accountId)!.people.length;
  await page.getByTestId('workshop-add-person').click();
  await expect.poll(() => app.store().openAccount(accountId)!.people.length).toBe(peopleBefore + 1);
  expect(leaked(await everythingOnScreen(page), secrets)).toEqual([]);

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
  // The user's legend came back when they left; the room hides it again.
  await page.getByTestId('workshop-legend').click();
  await expect(page.getByTestId('workshop-legend')).toHaveAttribute('aria-pressed', 'false');
  await settled(page);
  await expectProjectorType(page, '形象层');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-layer-zh-CN.png` });
  await page.getByTestId('workshop-exit').click();
  await page.getByTestId('toolbar-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Back exactly where the user was: the person they had selected (not the one added in the room), framing,
  // legend, tabs, what-if off, their own theme.
  await settled(page);
  const after = await userView(page);
  expect(after.selected).toEqual(['demo-p-vp-it']);
  expect(after).toEqual(before);
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

test('the workshop ends on the plan: open actions by owner and due date, marked done and added by the presenter', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.launch();
  const accountId = app.store().listAccounts()[0]!.id;
  const secrets = demoPrivateValues(app);
  // The demo's own plan, as a new user finds it on first start (shared/demo/planStructure.ts): four open
  // actions, Chen Guodong's overdue since 17 Nov (the president and the VP for IT), Li Wei's and Zhao Min's to come.
  await openDemo(page);

  await page.keyboard.press('F5');
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  // "5", the last of the walk-through: the plan, over the whole map.
  await page.keyboard.press('5');
  await expect(page.getByTestId('workshop-mode-plan')).toHaveAttribute('aria-pressed', 'true');
  const caption = page.getByTestId('workshop-caption');
  await expect(caption).toHaveAttribute('data-kind', 'plan');
  await expect(page.getByTestId('workshop-plan-summary')).toHaveText('4 open actions, 1 overdue');
  await expect(page.getByTestId('workshop-plan-owner')).toHaveText([/^Chen Guodong/, /^Li Wei/, /^Zhao Min/]);
  const lines = page.getByTestId('workshop-plan-action');
  await expect(lines.first()).toContainText('overdue 5 days (2026-11-17)');
  await expect(lines.first()).toContainText('Wang Jianguo, Sun Liqun');
  await expect(lines.nth(1)).toContainText('due 2026-12-02');
  // Read-only for the room until the presenter chooses Edit; nothing private on screen.
  await expect(page.getByTestId('workshop-plan-done')).toHaveCount(0);
  await expect(page.getByTestId('plan-add-action')).toHaveCount(0);
  expect(leaked(await everythingOnScreen(page), secrets)).toEqual([]);
  await expectProjectorType(page, 'plan');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-plan.png` });

  // Edit on (E): the presenter marks the overdue one done and adds one; both are saved.
  await page.keyboard.press('e');
  await expect(page.getByTestId('workshop-edit')).toHaveAttribute('aria-pressed', 'true');
  await lines.first().getByTestId('workshop-plan-done').click();
  await expect.poll(() => app.store().planOf(accountId).actions.find((a) => a.due === '2026-11-17')?.status).toBe('done');
  await expect(page.getByTestId('workshop-plan-summary')).toHaveText('3 open actions');
  await page.getByTestId('plan-action-text').fill('Send Ma Zhenhua the one-page brief');
  await page.getByTestId('plan-action-add').click();
  await expect.poll(() => app.store().planOf(accountId).actions.filter((a) => a.status === 'open').map((a) => a.text)).toHaveLength(4);
  expect(app.store().planOf(accountId).actions.filter((a) => a.status === 'open').map((a) => a.text)).toContain('Send Ma Zhenhua the one-page brief');
  await expect(lines).toHaveCount(4);

  // 简体中文 in the room.
  await page.keyboard.press('Escape');
  await page.getByTestId('toolbar-language').click();
  await page.keyboard.press('F5');
  await page.keyboard.press('5');
  await expect(page.getByTestId('workshop-plan-summary')).toHaveText('未完成行动项 4 项');
  await expect(caption).toContainText('行动计划：谁在何时之前做什么');
  await page.screenshot({ path: `${ARTIFACTS}/workshop-plan-zh-CN.png` });
});
