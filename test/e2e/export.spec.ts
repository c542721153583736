import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { account, accountData, covers, member, person, reportsTo } from '../../shared/analysis/testing';
import type { AccountData } from '../../shared/model';
import { buildScene } from '../../shared/visual';
import type { AppHarness } from './harness';
import { expect, test } from './harness';
import { painted, snapshot } from './map-driver';

/**
 * Issue 4's in-app export: the Export dialog opened from the toolbar and from the portfolio, each
 * format written through the real main-process handlers and checked as a file, private fields only in
 * a deck and only when ticked, progress and Cancel for a slow export, failures shown in the dialog.
 * Screenshots of the dialog (English light, 简体中文 dark, with progress) go to the test's output folder.
 */

const TODAY = '2026-11-22';

// Each export runs the real pipeline inside the test's own process (seconds for a deck or a PNG).
test.describe.configure({ timeout: 150_000 });

async function openFirstAccount(page: Page) {
  await page.getByTestId('account-row').first().getByTestId('account-open').click();
  await expect(page.getByTestId('map-area')).toBeVisible();
  await snapshot(page);
  await painted(page);
}

async function openExportDialog(page: Page) {
  await page.getByTestId('toolbar-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
}

const dialog = (page: Page) => page.getByTestId('export-dialog');
const radio = (page: Page, testId: string, value: string) => page.getByTestId(testId).and(page.locator(`[value="${value}"]`));

/** Presses Export and waits for the dialog to close with the success toast naming the file. */
async function exportTo(app: AppHarness, fileName: string): Promise<string> {
  const path = join(app.dir, fileName);
  app.dialogs.savePath = path;
  await app.page.getByTestId('export-submit').click();
  await expect(dialog(app.page)).toHaveCount(0, { timeout: 30_000 });
  await expect(app.page.getByTestId('toast').last()).toHaveAttribute('data-tone', 'success');
  await expect(app.page.getByTestId('toast').last()).toContainText(fileName);
  expect(existsSync(path)).toBe(true);
  return path;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string) {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The alpha of a PNG's top-left pixel, decoded by the browser. */
async function cornerAlpha(page: Page, path: string): Promise<number> {
  const dataUrl = `data:image/png;base64,${readFileSync(path).toString('base64')}`;
  return page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 4;
    canvas.height = 4;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, 1, 1).data[3]!;
  }, dataUrl);
}

/** The slide parts of a .pptx (a zip), and all their XML as one string. */
function pptxSlides(path: string): { slides: string[]; xml: string } {
  const names = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).split('\n');
  const slides = names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  const xml = execFileSync('unzip', ['-p', path, 'ppt/slides/*.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { slides, xml };
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The demo's private notes and contact details (long enough to be unmistakable), as the account holds them. */
function demoSecrets(app: AppHarness): string[] {
  const data = app.store().openAccount(app.store().listAccounts()[0]!.id)!;
  const secrets = data.people.flatMap((p) => [p.privateNotes, p.contact]).filter((text) => text.length > 12);
  expect(secrets.length).toBeGreaterThan(3);
  return secrets;
}

/** Which secrets show up in a file's text, raw or XML-escaped (the first 20 characters suffice). */
function secretsIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => {
    const start = secret.slice(0, 20);
    return text.includes(start) || text.includes(xmlEscape(start)) || text.includes(xmlEscape(start).replace(/&apos;/g, '&#39;').replace(/&quot;/g, '&#34;'));
  });
}

/** Watches the page for the progress view, so a test can say it never appeared. */
async function watchForProgress(page: Page) {
  await page.evaluate(() => {
    const target = globalThis as unknown as { __progressSeen?: boolean };
    target.__progressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="export-progress"]')) target.__progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}
const progressWasSeen = (page: Page) => page.evaluate(() => (globalThis as unknown as { __progressSeen?: boolean }).__progressSeen === true);

/** A second, well-covered account, so the portfolio deck has more than one. */
function harbourLogistics(): AccountData {
  const covered = { lastContact: TODAY };
  return accountData({
    account: account({ name: 'Harbour Logistics', industry: 'Shipping', tier: 'senior', stage: 'stable' }),
    team: [member('e2e-t-ana', { name: 'Ana Ruiz' })],
    people: [
      person('e2e-p-ceo', { name: 'Grace Holm', layer: 'image', roles: ['decisionMaker'], attitude: 'supporter', influence: 5, ...covered }),
      person('e2e-p-ops', { name: 'Mia Lund', layer: 'implementation', roles: ['coach'], attitude: 'champion', ...covered }),
    ],
    links: [covers('e2e-t-ana', 'e2e-p-ceo', 3, TODAY), covers('e2e-t-ana', 'e2e-p-ops', 2, TODAY), reportsTo('e2e-p-ops', 'e2e-p-ceo')],
  });
}

test('the toolbar opens the dialog; PNG 2x is written at twice the map’s size, 1x transparent at its size', async ({ app }, testInfo) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  await openExportDialog(page);

  // Slides first, a crisp image, private fields out: the safe defaults, in the app's language.
  await expect(radio(page, 'export-format', 'pptx')).toBeChecked();
  await expect(radio(page, 'export-map-style', 'image')).toBeChecked();
  await expect(page.getByTestId('export-include-private')).not.toBeChecked();
  await expect(page.getByTestId('export-private-note')).toHaveAttribute('data-tone', 'safe');
  await expect(dialog(page)).toContainText('Eastlake University');
  await expect(dialog(page)).toContainText('In English');
  await page.screenshot({ path: testInfo.outputPath('export-dialog-en-light.png') });

  await radio(page, 'export-format', 'png').check();
  await expect(dialog(page).locator('[data-format]')).toHaveAttribute('data-format', 'png');
  // Options that mean nothing for a picture are gone; the picture never carries private fields.
  await expect(page.getByTestId('export-include-private')).toHaveCount(0);
  await expect(page.getByTestId('export-map-style')).toHaveCount(0);
  await expect(page.getByTestId('export-private-note')).toContainText('never show private notes');
  await expect(radio(page, 'export-scale', '2')).toBeChecked();
  await expect(radio(page, 'export-background', 'white')).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('export-dialog-en-light-png.png') });

  const path = await exportTo(app, 'eastlake.png');

  const data = app.store().openAccount(app.store().listAccounts()[0]!.id)!;
  const scene = buildScene(data, { theme: 'light', locale: 'en', background: 'white', legend: true, subtitle: TODAY });
  expect(pngSize(path)).toEqual({ width: Math.round(scene.width * 2), height: Math.round(scene.height * 2) });

  // The picks are remembered for the session.
  await openExportDialog(page);
  await expect(radio(page, 'export-format', 'png')).toBeChecked();
  await radio(page, 'export-scale', '1').check();
  await radio(page, 'export-background', 'transparent').check();
  const small = await exportTo(app, 'eastlake-1x.png');
  expect(pngSize(small)).toEqual({ width: Math.round(scene.width), height: Math.round(scene.height) });
  // Transparent: the corner of this image lets the page through, where the white one does not.
  expect(await cornerAlpha(page, small)).toBe(0);
  expect(await cornerAlpha(page, path)).toBe(255);
});

test('a PPTX deck is a zip of slides; private fields reach it only when ticked, with a warning', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  const secrets = demoSecrets(app);

  await openExportDialog(page);
  await expect(radio(page, 'export-format', 'pptx')).toBeChecked();
  const plain = pptxSlides(await exportTo(app, 'eastlake.pptx'));
  expect(plain.slides.length).toBeGreaterThanOrEqual(4);
  expect(plain.xml).toContain('Eastlake University');
  expect(secretsIn(plain.xml, secrets)).toEqual([]);

  await openExportDialog(page);
  await page.getByTestId('export-include-private').check();
  await expect(page.getByTestId('export-private-note')).toHaveAttribute('data-tone', 'warning');
  await expect(page.getByTestId('export-private-note')).toContainText('Private notes, contact details and personal drivers will be in');
  await radio(page, 'export-map-style', 'shapes').check();
  const full = pptxSlides(await exportTo(app, 'eastlake-private.pptx'));
  expect(secretsIn(full.xml, secrets).length).toBeGreaterThan(0);
  // Editable: the people are shapes named after them, not one picture.
  const data = app.store().openAccount(app.store().listAccounts()[0]!.id)!;
  for (const someone of data.people.slice(0, 5)) expect(full.xml).toContain(`name="${xmlEscape(someone.name)}"`);

  // The other picks are remembered; private fields must be asked for again.
  await openExportDialog(page);
  await expect(radio(page, 'export-map-style', 'shapes')).toBeChecked();
  await expect(page.getByTestId('export-include-private')).not.toBeChecked();
  await page.getByTestId('export-close').click();
  await expect(dialog(page)).toHaveCount(0);
});

test('SVG keeps names as text, holds no private value and no script, and is quick enough to show no progress', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  const secrets = demoSecrets(app);

  await openExportDialog(page);
  await radio(page, 'export-format', 'svg').check();
  await expect(page.getByTestId('export-include-private')).toHaveCount(0);
  await expect(page.getByTestId('export-scale')).toHaveCount(0);
  await watchForProgress(page);
  const svg = readFileSync(await exportTo(app, 'eastlake.svg'), 'utf8');
  // Drawn in milliseconds: under a second the dialog shows nothing extra, it just closes with the toast.
  expect(await progressWasSeen(page)).toBe(false);
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
  const data = app.store().openAccount(app.store().listAccounts()[0]!.id)!;
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))));
  for (const someone of data.people) expect(texts, someone.name).toContain(someone.name);
  expect(texts).toContain('Eastlake University');
  expect(secretsIn(svg, secrets)).toEqual([]);
  expect(svg).not.toMatch(/<script|on\w+=/i);
});

test('PDF and the Power Map file come out of the same dialog', async ({ app }) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);

  await openExportDialog(page);
  await radio(page, 'export-format', 'pdf').check();
  const pdf = readFileSync(await exportTo(app, 'eastlake.pdf'));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await openExportDialog(page);
  await radio(page, 'export-format', 'powermap').check();
  await expect(page.getByTestId('export-submit')).toHaveText('Save file…');
  const file = await exportTo(app, 'eastlake.powermap');
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ account: { name: 'Eastlake University' } });
});

test('a slow export shows progress after a second; a stray click keeps it, Cancel stops it and leaves no file', async ({ app }, testInfo) => {
  const { page } = app;
  await app.launch();
  await openFirstAccount(page);
  await openExportDialog(page);

  let release = () => {};
  app.dialogs.saveHold = new Promise<void>((resolve) => (release = resolve));
  const path = join(app.dir, 'slow.pptx');
  app.dialogs.savePath = path;
  await page.getByTestId('export-submit').click();
  // Within the first second: the picks are held still, nothing else appears.
  await expect(page.getByTestId('export-submit')).toBeDisabled();
  await expect(page.getByTestId('export-progress')).toHaveCount(0);
  await expect(dialog(page).locator('[data-phase]')).toHaveAttribute('data-phase', 'running');
  // After it: the progress bar, its stage and the way out.
  await expect(page.getByTestId('export-progress')).toBeVisible({ timeout: 3000 });
  await expect(page.getByTestId('export-progress')).toContainText('Getting ready');
  await expect(page.getByTestId('export-cancel')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('export-progress-en-light.png') });

  // A click on the backdrop does not close the dialog mid-export.
  await page.mouse.click(8, 8);
  await expect(page.getByTestId('export-progress')).toBeVisible();

  await page.getByTestId('export-cancel').click();
  await expect(page.getByTestId('export-progress')).toHaveAttribute('data-stage', 'cancelling');
  release();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByTestId('toast')).toHaveCount(0);
  expect(existsSync(path)).toBe(false);
  expect(readdirSync(app.dir).filter((name) => !name.startsWith('power-map.sqlite3'))).toEqual([]);
});

test('简体中文, dark: the dialog in Chinese, Escape cancels a running export, a failure is shown in the dialog', async ({ app }, testInfo) => {
  const { page } = app;
  await app.launch({ locale: 'zh-CN' });
  await page.getByTestId('toolbar-theme').click();
  await page.getByTestId('toolbar-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openFirstAccount(page);
  await openExportDialog(page);
  await expect(dialog(page)).toContainText('PowerPoint 幻灯片');
  await expect(dialog(page)).toContainText('简体中文');
  await page.getByTestId('export-include-private').check();
  await expect(page.getByTestId('export-private-note')).toContainText('私密备注、联系方式和个人需求');
  await page.screenshot({ path: testInfo.outputPath('export-dialog-zh-dark.png') });
  await page.getByTestId('export-include-private').uncheck();

  let release = () => {};
  app.dialogs.saveHold = new Promise<void>((resolve) => (release = resolve));
  app.dialogs.savePath = join(app.dir, 'slow.pptx');
  await page.getByTestId('export-submit').click();
  await expect(page.getByTestId('export-progress')).toBeVisible({ timeout: 3000 });
  await expect(page.getByTestId('export-progress')).toContainText('准备中');
  await page.screenshot({ path: testInfo.outputPath('export-progress-zh-dark.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-cancel')).toHaveText('正在取消…');
  release();
  await expect(dialog(page)).toHaveCount(0);
  expect(existsSync(join(app.dir, 'slow.pptx'))).toBe(false);
  app.dialogs.saveHold = null;

  // A folder that does not exist: the export fails, says why in the dialog, and writes nothing.
  await openExportDialog(page);
  app.dialogs.savePath = join(app.dir, 'no-such-folder', 'map.pptx');
  await page.getByTestId('export-submit').click();
  await expect(page.getByTestId('export-error')).toBeVisible();
  await expect(page.getByTestId('export-error')).toContainText('no-such-folder');
  await expect(page.getByTestId('export-error')).toContainText('导出未完成');
  await expect(page.getByTestId('export-submit')).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('export-failed-zh-dark.png') });
  // Escape with no job running closes the dialog as any other.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
});

test('the portfolio’s Export deck builds one PPTX for the accounts shown', async ({ app }, testInfo) => {
  const { page } = app;
  await app.launch();
  app.store().importAccount(harbourLogistics());
  await page.reload();
  await page.getByTestId('open-portfolio').click();
  await expect(page.getByTestId('portfolio-row')).toHaveCount(2);

  await page.getByTestId('portfolio-export').click();
  await expect(dialog(page)).toContainText('One deck for 2 accounts');
  // Only a deck can hold several accounts: the picture formats are there but cannot be picked.
  await expect(radio(page, 'export-format', 'pptx')).toBeChecked();
  for (const format of ['png', 'svg', 'pdf']) await expect(radio(page, 'export-format', format)).toBeDisabled();
  await expect(page.getByTestId('export-format').and(page.locator('[value="powermap"]'))).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('export-portfolio-en-light.png') });
  const both = pptxSlides(await exportTo(app, 'portfolio.pptx'));
  expect(both.xml).toContain('Eastlake University');
  expect(both.xml).toContain('Harbour Logistics');
  expect(both.slides.length).toBeGreaterThanOrEqual(1 + 2 * 4);

  // Filtered to one account: the deck holds only what the portfolio shows.
  await page.getByTestId('portfolio-filter').fill('Harbour');
  await expect(page.getByTestId('portfolio-row')).toHaveCount(1);
  await page.getByTestId('portfolio-export').click();
  await expect(dialog(page)).toContainText('One deck for 1 account');
  const one = pptxSlides(await exportTo(app, 'harbour.pptx'));
  expect(one.xml).toContain('Harbour Logistics');
  expect(one.xml).not.toContain('Eastlake University');

  // Nothing shown, nothing to export.
  await page.getByTestId('portfolio-filter').fill('no account is called this');
  await expect(page.getByTestId('portfolio-export')).toBeDisabled();
});
