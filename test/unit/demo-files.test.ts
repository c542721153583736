import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { parseAccountFile } from '../../shared/exchange';
import { DEMO_FILE_DAY, DEMO_FILES, demoFileText } from '../support/demo-files';

describe('the demo account shipped in examples/', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`${DEMO_FILES[locale]} is a valid file holding the ${locale} demo`, () => {
      const text = readFileSync(DEMO_FILES[locale], 'utf8');
      const parsed = parseAccountFile(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.value).toEqual(buildDemoAccount(locale, DEMO_FILE_DAY));
    });

    it(`${DEMO_FILES[locale]} is up to date with shared/demo (else run scripts/write-demo-files.ts)`, () => {
      expect(readFileSync(DEMO_FILES[locale], 'utf8')).toBe(demoFileText(locale));
    });
  }
});
