import type { Store } from '../db/store';
import { buildDemoAccount } from '../../shared/demo';

/** Demo language for an OS locale: Chinese for any zh-* locale, English otherwise. */
export function demoLocaleFor(systemLocale: string): 'en' | 'zh-CN' {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * First start: an empty database opens on the demo account, so a new user sees every concept drawn
 * before entering their own. Kept out of index.ts so end-to-end tests run the same start-up step.
 */
export function seedDemoIfEmpty(store: Store, systemLocale: string, today: string): boolean {
  if (!store.isEmpty()) return false;
  store.importAccount(buildDemoAccount(demoLocaleFor(systemLocale), today));
  return true;
}
