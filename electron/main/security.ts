import { app } from 'electron';
import type { Session } from 'electron';
import { isAppUrl } from './app-url';
import type { AppEntry } from './app-url';
import { cspHeaderFor } from './csp';
import { isPermissionGranted } from './permissions';

/**
 * Every web contents may show only the app's page: navigation elsewhere, redirects, new windows and
 * <webview> are refused. Call before the first window is created.
 */
export function guardWebContents(entry: AppEntry): void {
  app.on('web-contents-created', (_event, contents) => {
    const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
      if (!isAppUrl(url, entry)) event.preventDefault();
    };
    contents.on('will-navigate', refuseForeign);
    contents.on('will-redirect', refuseForeign);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Permissions (see permissions.ts) and, for pages served over http(s), the CSP header. */
export function guardSession(session: Session, entry: AppEntry): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl || contents.getURL(), entry));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    return isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin, entry);
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    const csp = cspHeaderFor(details.url, entry);
    if (csp === null) return callback({});
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}
