import { buildDemoAccount, buildDemoPlan } from '../../shared/demo';
import type { ImportOutcome } from '../../shared/ipc';
import type { Store } from '../../node/db/store';
import { demoLocaleFor } from './locale';

/**
 * On first start (an empty database) adds the demo account, in Chinese when the system locale is
 * Chinese and in English otherwise, with its contact log and actions dated back from `today` (the app's
 * one clock). Returns what was imported, or null when the database had accounts.
 */
export function seedDemoIfEmpty(store: Store, systemLocale: string, today: string): ImportOutcome | null {
  if (!store.isEmpty()) return null;
  const locale = demoLocaleFor(systemLocale);
  return store.importAccount(buildDemoAccount(locale, today), undefined, buildDemoPlan(locale, today));
}
