import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, contentTypeFor, resolveRendererFile } from './app-protocol';

const root = join('/opt', 'power-map', 'out', 'renderer');

describe('resolveRendererFile serves the renderer folder and nothing else', () => {
  it('maps the page and its assets to files inside the folder', () => {
    expect(resolveRendererFile(APP_PAGE_URL, root)).toBe(join(root, 'index.html'));
    expect(resolveRendererFile('power-map://app/', root)).toBe(join(root, 'index.html'));
    expect(resolveRendererFile('power-map://app', root)).toBe(join(root, 'index.html'));
    expect(resolveRendererFile('power-map://app/index.html#/accounts/1', root)).toBe(join(root, 'index.html'));
    expect(resolveRendererFile('power-map://app/assets/index-Bx1.js?v=2', root)).toBe(join(root, 'assets', 'index-Bx1.js'));
    expect(resolveRendererFile('power-map://app/assets/%E5%9B%BE.png', root)).toBe(join(root, 'assets', '图.png'));
  });

  it.each([
    ['a parent segment', 'power-map://app/../../etc/passwd'],
    ['a parent segment in the middle', 'power-map://app/assets/../../secret'],
    ['a percent-encoded parent segment', 'power-map://app/%2e%2e/%2E%2E/etc/passwd'],
    ['an encoded slash with parents', 'power-map://app/..%2f..%2fetc%2fpasswd'],
    ['a backslash', 'power-map://app/..\\..\\Windows\\win.ini'],
    ['an encoded backslash', 'power-map://app/%5c..%5cwin.ini'],
    ['an absolute path after the host', 'power-map://app//etc/passwd'],
    ['an encoded absolute path', 'power-map://app/%2fetc%2fpasswd'],
    ['a drive letter', 'power-map://app/C:/Windows/win.ini'],
    ['an encoded drive letter', 'power-map://app/C%3A%5CWindows'],
    ['a NUL byte', 'power-map://app/index.html%00.png'],
    ['broken percent-encoding', 'power-map://app/%E5%9B'],
    ['a single-dot segment', 'power-map://app/./index.html'],
    ['another host', 'power-map://other/index.html'],
    ['a host that starts like ours', 'power-map://apple/index.html'],
    ['another scheme', 'file:///opt/power-map/out/renderer/index.html'],
    ['a web address', 'https://app/index.html'],
  ])('refuses %s', (_what, url) => {
    expect(resolveRendererFile(url, root)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('gives scripts a JavaScript type, so the page loads its modules', () => {
    expect(contentTypeFor('/x/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
