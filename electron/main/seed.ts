import { buildDemoAccount } from '../../shared/demo';
import type { ImportOutcome } from '../../shared/ipc';
import type { Store } from '../../node/db/store';
import { demoLocaleFor } from './locale';

/**
 * On first start (an empty database) adds the demo account, in Chinese when the system locale is
 * Chinese and in English otherwise. Returns what was imported, or null when the database had accounts.
 */
export function seedDemoIfEmpty(store: Store, systemLocale: string, today: string): ImportOutcome | null {
  if (!store.isEmpty()) return null;
  return store.importAccount(buildDemoAccount(demoLocaleFor(systemLocale), today));
}
