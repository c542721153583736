import type { DemoLocale } from '../../shared/demo';

/** The demo account's language for an OS locale such as "zh-CN", "zh-TW" or "en-GB". */
export function demoLocaleFor(appLocale: string): DemoLocale {
  return appLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
