import { describe, expect, it } from 'vitest';
import type { AppEntry } from './app-url';
import { isNavigationAllowed, isWebviewAllowed, newWindowDecision } from './navigation';

const built: AppEntry = { kind: 'bundle', root: '/opt/power-map/out/renderer' };
const dev: AppEntry = { kind: 'dev', url: 'http://localhost:5173/' };

function recorder() {
  const lines: string[] = [];
  return { log: (line: string) => lines.push(line), lines };
}

describe('the navigation guard', () => {
  it('lets the page reload or change its own fragment, and logs nothing', () => {
    const { log, lines } = recorder();
    expect(isNavigationAllowed('power-map://app/index.html', built, log)).toBe(true);
    expect(isNavigationAllowed('power-map://app/index.html#/portfolio', built, log)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/index.html', dev, log)).toBe(true);
    expect(lines).toEqual([]);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///opt/power-map/out/renderer/index.html',
    'power-map://app/assets/index.js',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'about:blank',
    'mailto:someone@example.com',
  ])('refuses %s from the built app, and logs it', (url) => {
    const { log, lines } = recorder();
    expect(isNavigationAllowed(url, built, log)).toBe(false);
    expect(lines).toEqual([`Refused navigation to ${JSON.stringify(url)}: not the Power Map page.`]);
  });

  it('refuses other origins while developing', () => {
    const { log } = recorder();
    expect(isNavigationAllowed('http://localhost:5174/', dev, log)).toBe(false);
    expect(isNavigationAllowed('https://example.com/', dev, log)).toBe(false);
  });

  it('cuts a very long address short in the log', () => {
    const { log, lines } = recorder();
    isNavigationAllowed(`https://example.com/${'x'.repeat(5_000)}`, built, log);
    expect(lines[0]!.length).toBeLessThan(300);
  });
});

describe('new windows and webviews', () => {
  it('are always refused, and logged', () => {
    const { log, lines } = recorder();
    expect(newWindowDecision('https://example.com/', log)).toEqual({ action: 'deny' });
    expect(newWindowDecision('power-map://app/index.html', log)).toEqual({ action: 'deny' });
    expect(isWebviewAllowed(log)).toBe(false);
    expect(lines).toEqual([
      'Refused to open a new window for "https://example.com/".',
      'Refused to open a new window for "power-map://app/index.html".',
      'Refused to attach a <webview>.',
    ]);
  });
});
