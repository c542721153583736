import { join } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * Where the app's page comes from: the electron-vite dev server, or the built renderer folder served
 * on the app's own scheme (see app-protocol.ts).
 */
export type AppEntry = { kind: 'dev'; url: string } | { kind: 'bundle'; root: string };

export function resolveAppEntry(appPath: string, isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): AppEntry {
  const devUrl = env.ELECTRON_RENDERER_URL;
  // A packaged app never follows the variable: it would let anyone point the window at another page.
  if (!isPackaged && devUrl) return { kind: 'dev', url: devUrl };
  return { kind: 'bundle', root: join(appPath, 'out', 'renderer') };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is the app's own page: the dev server's origin, or exactly the built index.html on
 * the app's scheme (any query or fragment). Everything else is foreign: files, other hosts, data: and about:.
 */
export function isAppUrl(url: string, entry: AppEntry): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  if (entry.kind === 'dev') {
    const dev = parse(entry.url);
    return dev !== null && (candidate.protocol === 'http:' || candidate.protocol === 'https:') && candidate.origin === dev.origin;
  }
  return candidate.protocol === `${APP_SCHEME}:` && candidate.host === APP_HOST && candidate.pathname === '/index.html';
}
