import { isAppUrl } from './app-url';
import type { AppEntry } from './app-url';

/**
 * The only web permissions granted, and only to the app's own page: writing (never reading) the
 * clipboard, for "copy map as image", and full screen, for workshop mode on a projector. Camera,
 * microphone, location, notifications, HID, serial and the rest are refused.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

export function isPermissionGranted(permission: string, requestingUrl: string, entry: AppEntry): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, entry);
}
