import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import type { Session } from 'electron';
import { APP_SCHEME, contentTypeFor, resolveRendererFile } from './app-protocol';
import { PRODUCTION_CSP } from './csp';
import { quoteUrl, type SecurityLog } from './security-log';

/**
 * The app's scheme behaves like https for the page (a secure, standard origin, so ES modules, fetch
 * and storage work). Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves the renderer folder on the app's scheme (which files, app-protocol.ts decides), with the CSP as a header. */
export function serveRendererFolder(session: Session, root: string, log: SecurityLog): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(request.url, root);
    if (file === null) {
      log(`Refused to serve ${quoteUrl(request.url)}: outside the app's page folder.`);
      return new Response('Not found', { status: 404 });
    }
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': PRODUCTION_CSP, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
