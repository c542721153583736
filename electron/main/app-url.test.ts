import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppEntry } from './app-url';
import type { AppEntry } from './app-url';
import { PAGE_CSP, PRODUCTION_CSP, cspHeaderFor, devCsp } from './csp';
import { isPermissionGranted } from './permissions';

const built: AppEntry = { kind: 'bundle', root: '/opt/power-map/out/renderer' };
const page = 'power-map://app/index.html';
const dev: AppEntry = { kind: 'dev', url: 'http://localhost:5173/' };

describe('resolveAppEntry', () => {
  it('uses the dev server only when not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(resolveAppEntry('/app', false, env)).toEqual({ kind: 'dev', url: 'http://localhost:5173' });
    expect(resolveAppEntry('/app', true, env)).toEqual({ kind: 'bundle', root: join('/app', 'out', 'renderer') });
    expect(resolveAppEntry('/app', false, {})).toEqual({ kind: 'bundle', root: join('/app', 'out', 'renderer') });
  });
});

describe('isAppUrl', () => {
  it('accepts the built page on the app scheme, with or without a fragment', () => {
    expect(isAppUrl(page, built)).toBe(true);
    expect(isAppUrl(`${page}#/accounts/1`, built)).toBe(true);
  });

  it('refuses other files, other sites and pseudo URLs', () => {
    expect(isAppUrl('power-map://app/other.html', built)).toBe(false);
    expect(isAppUrl('power-map://elsewhere/index.html', built)).toBe(false);
    expect(isAppUrl('file:///opt/power-map/out/renderer/index.html', built)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', built)).toBe(false);
    expect(isAppUrl('https://example.com/', built)).toBe(false);
    expect(isAppUrl('about:blank', built)).toBe(false);
    expect(isAppUrl('data:text/html,<script>1</script>', built)).toBe(false);
    expect(isAppUrl('not a url', built)).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('file:///opt/power-map/out/renderer/index.html', dev)).toBe(false);
  });
});

describe('content security policy', () => {
  it('sends the production policy with http(s) pages and none with files', () => {
    expect(cspHeaderFor('https://localhost/x', built)).toBe(PRODUCTION_CSP);
    expect(cspHeaderFor(page, built)).toBeNull(); // the app scheme's handler sends its own header
  });

  it('lets the dev server run its inline preamble and hot-reload socket, and nothing else extra', () => {
    const policy = devCsp('http://localhost:5173/');
    expect(policy).toContain("script-src 'self' 'unsafe-inline';");
    expect(policy).toContain("connect-src 'self' ws://localhost:5173;");
    expect(policy).toContain("object-src 'none'");
    expect(cspHeaderFor('http://localhost:5173/', dev)).toBe(policy);
  });

  const html = join(process.cwd(), 'renderer', 'index.html');
  it('matches the meta tag of renderer/index.html', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(readFileSync(html, 'utf8'));
    expect(meta?.[1]).toBe(PAGE_CSP);
  });
});

describe('isPermissionGranted', () => {
  it('grants clipboard writing and full screen to the app page only', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', page, built)).toBe(true);
    expect(isPermissionGranted('fullscreen', page, built)).toBe(true);
    expect(isPermissionGranted('fullscreen', 'https://example.com/', built)).toBe(false);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'display-capture',
    'midi',
    'midiSysex',
    'pointerLock',
    'keyboardLock',
    'idle-detection',
    'storage-access',
    'top-level-storage-access',
    'window-management',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'openExternal',
    'speaker-selection',
    'unknown',
  ])('refuses %s', (permission) => {
    expect(isPermissionGranted(permission, page, built)).toBe(false);
  });
});
