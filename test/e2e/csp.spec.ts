import { expect, test } from './harness';
import { clickNode, openDemo, painted } from './map-driver';

/**
 * The page's Content Security Policy has no 'unsafe-inline' for styles (electron/main/csp.ts says
 * why that is possible). This walks the screens that draw, animate and open dialogs, in both themes,
 * and fails on any violation the browser reports: a refused style would otherwise pass unnoticed
 * as a slightly wrong layout.
 */
test('no screen of the app breaks the Content Security Policy', async ({ app }) => {
  test.setTimeout(180_000); // many screens, one after another
  const { page } = app;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} ${event.sample} (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})`);
    });
  });
  const violations = () => page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations);

  await app.launch();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).not.toContain('unsafe-inline');

  await openDemo(page);
  await page.getByTestId('tab-findings').click();
  await expect(page.getByTestId('findings-panel')).toBeVisible();
  await page.getByTestId('tab-details').click();
  await clickNode(page, 'Wang Jianguo');
  await expect(page.getByTestId('side-panel')).toHaveAttribute('data-kind', 'person');
  await page.getByTestId('toolbar-legend').click(); // open
  await page.getByTestId('toolbar-legend').click(); // and closed again, so it covers nothing below
  await page.getByTestId('toolbar-theme').click(); // system -> light
  await page.getByTestId('toolbar-theme').click(); // light -> dark
  await painted(page);

  await page.getByTestId('toolbar-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toBeHidden();

  await page.getByTestId('toolbar-workshop').click();
  await expect(page.getByTestId('workshop-bar')).toBeVisible();
  await page.getByTestId('workshop-exit').click();
  await expect(page.getByTestId('workshop-bar')).toBeHidden();

  await page.getByTestId('toolbar-back').click();
  await page.getByTestId('open-portfolio').click();
  await expect(page.getByTestId('portfolio-table')).toBeVisible();

  expect(await violations()).toEqual([]);
});
