import { isAppUrl } from './app-url';
import type { AppEntry } from './app-url';
import { quoteUrl, type SecurityLog } from './security-log';

/**
 * What a web contents may do, decided from plain values so it is tested without Electron
 * (security.ts only connects these to Electron's events). The window shows the app's page and
 * nothing else: navigation and redirects elsewhere, new windows and <webview> are refused, and each
 * refusal is logged, since the app itself never asks for one.
 */
export function isNavigationAllowed(url: string, entry: AppEntry, log: SecurityLog): boolean {
  if (isAppUrl(url, entry)) return true;
  log(`Refused navigation to ${quoteUrl(url)}: not the Power Map page.`);
  return false;
}

export function newWindowDecision(url: string, log: SecurityLog): { action: 'deny' } {
  log(`Refused to open a new window for ${quoteUrl(url)}.`);
  return { action: 'deny' };
}

export function isWebviewAllowed(log: SecurityLog): false {
  log('Refused to attach a <webview>.');
  return false;
}
