import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempStore } from '../../../node/db/test-support';
import { serializeAccountFile } from '../../../shared/exchange';
import { sampleAccount } from '../../../shared/exchange/testing/sample-account';
import { exchangeHandlers } from './exchange';
import { createFakePorts } from './testing/fake-ports';

/** 王总 in GBK, the encoding Windows in mainland China saves text in by default. */
const WANG_ZONG_GBK = Buffer.from([0xcd, 0xf5, 0xd7, 0xdc]);

describe('importing a .powermap saved as GBK', () => {
  const fixture = useTempStore();

  it('is refused as not UTF-8, and nothing is imported', async () => {
    const data = sampleAccount();
    data.account.name = 'East Steel'; // the one other Chinese text of the sample: now every other character is ASCII
    const [before, after] = serializeAccountFile(data, '2026-11-22T10:00:00.000Z').split('王总') as [string, string];
    expect([...before + after].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    const path = join(fixture.temp.dir, 'saved-in-notepad.powermap');
    await writeFile(path, Buffer.concat([Buffer.from(before, 'ascii'), WANG_ZONG_GBK, Buffer.from(after, 'ascii')]));
    const result = await exchangeHandlers(fixture.store, createFakePorts({ openPath: path }))['exchange.import']({});
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-file', message: 'The file is not UTF-8 text; Power Map files are always saved as UTF-8.' },
    });
    expect(fixture.store.listAccounts()).toEqual([]);
  });
});
