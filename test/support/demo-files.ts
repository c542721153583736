import { join } from 'node:path';
import { buildDemoAccount, type DemoLocale } from '../../shared/demo';
import { serializeAccountFile } from '../../shared/exchange';

/**
 * The demo account as shipped in examples/: one file per language, dated on a fixed day so the files
 * never change by themselves (the app seeds the same account dated on the day it first starts).
 */
export const DEMO_FILE_DAY = '2026-11-22';

export const DEMO_FILES: Record<DemoLocale, string> = {
  en: join('examples', 'eastlake-university.powermap'),
  'zh-CN': join('examples', 'eastlake-university.zh-CN.powermap'),
};

export function demoFileText(locale: DemoLocale): string {
  return serializeAccountFile(buildDemoAccount(locale, DEMO_FILE_DAY), `${DEMO_FILE_DAY}T09:00:00.000Z`);
}
