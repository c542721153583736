import { app } from 'electron';
import type { Session } from 'electron';
import type { AppEntry } from './app-url';
import { cspHeaderFor } from './csp';
import { isNavigationAllowed, isWebviewAllowed, newWindowDecision } from './navigation';
import { isPermissionGranted } from './permissions';
import { quoteUrl, type SecurityLog } from './security-log';

/**
 * Every web contents may show only the app's page (the rules are in navigation.ts). Call before the
 * first window is created.
 */
export function guardWebContents(entry: AppEntry, log: SecurityLog): void {
  app.on('web-contents-created', (_event, contents) => {
    const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
      if (!isNavigationAllowed(url, entry, log)) event.preventDefault();
    };
    contents.on('will-navigate', refuseForeign);
    contents.on('will-redirect', refuseForeign);
    contents.on('will-attach-webview', (event) => {
      if (!isWebviewAllowed(log)) event.preventDefault();
    });
    contents.setWindowOpenHandler((details) => newWindowDecision(details.url, log));
  });
}

/** Permissions (see permissions.ts) and, for pages served over http(s), the CSP header. */
export function guardSession(session: Session, entry: AppEntry, log: SecurityLog): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details.requestingUrl || contents.getURL();
    const granted = isPermissionGranted(permission, url, entry);
    if (!granted) log(`Refused the ${permission} permission to ${quoteUrl(url)}.`);
    callback(granted);
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
