import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { autoMapping } from '../../shared/import/headers';
import { previewImport, previewSteps } from '../../shared/import/plan';
import { manyRowsCsv } from './testing/fixtures';
import { readTableText } from './read-source';
import { runInSlices } from './slices';

describe('planning in slices', () => {
  it('lets the event loop turn while a 10,000-row preview is planned, and plans the same preview', async () => {
    const read = await readTableText(manyRowsCsv(10_000), 'paste');
    if ('refused' in read) throw new Error(read.refused.message);
    const data = buildDemoAccount('zh-CN', '2026-11-22');
    const choices = { mapping: autoMapping(read.table.headers), onDuplicate: 'update' as const, acceptAllSuggestions: true, fallbackLayer: 'user' as const };
    const context = { today: '2026-12-06', fileName: 'contacts.csv' };
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    // A 1 ms slice: even a fast machine has to hand the loop back several times.
    const sliced = await runInSlices(previewSteps(read.table, choices, data, context), 1);
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(2);
    expect(sliced).toEqual(previewImport(read.table, choices, data, context));
    expect(sliced.counts).toMatchObject({ rows: 10_000, added: 10_000, teamAdded: 6 });
  });
});
