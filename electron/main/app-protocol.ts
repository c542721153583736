import { extname, isAbsolute, join, relative } from 'node:path';

/**
 * The built app is served from its own scheme, `power-map://app/`, not from file://. A file:// page
 * has the whole disk as its origin (any file it names, it may load); a page on its own privileged
 * scheme sees only what the handler below serves: the files of the renderer folder, nothing else.
 * The handler can also send the CSP as a header, where frame-ancestors works.
 */
export const APP_SCHEME = 'power-map';
export const APP_HOST = 'app';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The file inside `rendererRoot` that `requestUrl` names, or null when it names anything else: another
 * scheme or host, a `..` segment (written out or percent-encoded), a backslash, a drive letter or a
 * NUL. The raw text is examined rather than a parsed URL, because a URL parser quietly resolves `..`
 * and a refusal should not depend on which parser ran first.
 */
export function resolveRendererFile(requestUrl: string, rendererRoot: string): string | null {
  if (!requestUrl.toLowerCase().startsWith(APP_ORIGIN)) return null;
  const rest = requestUrl.slice(APP_ORIGIN.length);
  if (rest !== '' && !/^[/?#]/.test(rest)) return null; // another host that starts with ours: power-map://apple/
  const rawPath = rest.split(/[?#]/, 1)[0] || '/';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.includes(':') || path.startsWith('//')) return null;
  const segments = path.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const named = segments.filter((segment) => segment !== '');
  const file = join(rendererRoot, ...(named.length === 0 ? ['index.html'] : named));
  const inside = relative(rendererRoot, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Module scripts are refused without a JavaScript type, so every file the build emits has one. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
