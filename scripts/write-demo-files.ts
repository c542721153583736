/**
 * Rewrites examples/*.powermap from shared/demo. Run after changing the demo's content:
 *   node --import tsx scripts/write-demo-files.ts
 * test/unit/demo-files.test.ts fails while the files and the demo disagree.
 */
import { writeFileSync } from 'node:fs';
import { DEMO_FILES, demoFileText } from '../test/support/demo-files';

for (const locale of ['en', 'zh-CN'] as const) {
  writeFileSync(DEMO_FILES[locale], demoFileText(locale), 'utf8');
  console.log(`wrote ${DEMO_FILES[locale]}`);
}
