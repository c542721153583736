import type { DemoLocale } from '../../shared/demo';
import type { Locale } from '../../shared/ipc';

/** The demo account's language for an OS locale such as "zh-CN", "zh-TW" or "en-GB". */
export function demoLocaleFor(appLocale: string): DemoLocale {
  return appLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The language the app shows: the user's choice, or the OS's when they chose to follow it. */
export function appLocaleFor(chosen: Locale | null, systemLocale: string): Locale {
  return chosen ?? demoLocaleFor(systemLocale);
}
