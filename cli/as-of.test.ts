import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../shared/demo';
import { updatePerson } from '../shared/edit';
import { serializeAccountFile } from '../shared/exchange';
import { createStore } from '../node/db/sqlite-store';
import { makeTempDir } from '../node/db/test-support';
import { DEMO_FILE_DAY } from '../test/support/demo-files';
import { EXIT, runCli } from './main';
import { memoryIo } from './testing/memory-io';

const BLOCKER = 'demo-p-it-director';
const temps: ReturnType<typeof makeTempDir>[] = [];
afterEach(() => {
  for (const temp of temps.splice(0)) temp.remove();
});

/** The demo imported on 1 November; on 20 November the blocker came round. Exported with its history, and without. */
function files() {
  const temp = makeTempDir();
  temps.push(temp);
  let now = new Date('2026-11-01T12:00:00.000Z');
  const store = createStore(temp.dbPath, { now: () => now, defaultActor: 'alice' });
  try {
    const { accountId } = store.importAccount(buildDemoAccount('en', DEMO_FILE_DAY));
    now = new Date('2026-11-20T12:00:00.000Z');
    store.applyOps(updatePerson(store.openAccount(accountId)!, BLOCKER, { attitude: 'supporter' }).forward);
    const data = store.openAccount(accountId)!;
    return {
      'with.powermap': serializeAccountFile(data, '2026-11-21T09:00:00.000Z', store.history(accountId)),
      'without.powermap': serializeAccountFile(data, '2026-11-21T09:00:00.000Z'),
    } as Record<string, string>;
  } finally {
    store.close();
  }
}


const blockerFinding = (json: string) => (JSON.parse(json) as { messages: { title: string }[] }).messages.some((m) => m.title === 'Blocker');

describe('power-map analyze and export --as-of', () => {
  it('analyzes the account as it stood on a past day, rebuilt from the history the file carries', async () => {
    const contents = files();
    const before = memoryIo(contents);
    expect(await runCli(['analyze', 'with.powermap', '--json', '--as-of', '2026-11-10', '--today', '2026-11-10'], before.fake)).toBe(EXIT.ok);
    const now = memoryIo(contents);
    expect(await runCli(['analyze', 'with.powermap', '--json', '--as-of', '2026-11-25', '--today', '2026-11-10'], now.fake)).toBe(EXIT.ok);
    const plain = memoryIo(contents);
    expect(await runCli(['analyze', 'with.powermap', '--json', '--today', '2026-11-10'], plain.fake)).toBe(EXIT.ok);
    expect(blockerFinding(before.out())).toBe(true);
    expect(blockerFinding(now.out())).toBe(false);
    expect(JSON.parse(now.out()).analysis).toEqual(JSON.parse(plain.out()).analysis);
  });

  it('exports the people table as of a day', async () => {
    const contents = files();
    const temp = makeTempDir();
    temps.push(temp);
    const out = `${temp.dir}/people.csv`;
    const run = memoryIo(contents);
    expect(await runCli(['export', 'with.powermap', '--format', 'csv', '--out', out, '--as-of', '2026-11-10'], run.fake)).toBe(EXIT.ok);
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(out, 'utf8');
    const row = csv.split('\n').find((line) => line.includes(BLOCKER))!;
    expect(row).toMatch(/skeptic/i);
  });

  it('refuses a day before the account, a file without history (exit 1) and a wrong date (exit 2)', async () => {
    const contents = files();
    const early = memoryIo(contents);
    expect(await runCli(['analyze', 'with.powermap', '--as-of', '2026-10-31'], early.fake)).toBe(EXIT.badFile);
    expect(early.err()).toContain('the account did not exist yet on 2026-10-31; its history begins on 2026-11-01');
    const bare = memoryIo(contents);
    expect(await runCli(['export', 'without.powermap', '--format', 'png', '--out', 'x.png', '--as-of', '2026-11-10'], bare.fake)).toBe(EXIT.badFile);
    expect(bare.err()).toContain('without.powermap carries no history, so --as-of cannot rebuild the account as of 2026-11-10');
    const wrong = memoryIo(contents);
    expect(await runCli(['analyze', 'with.powermap', '--as-of', '2026-02-30'], wrong.fake)).toBe(EXIT.usage);
    expect(wrong.err()).toContain('--as-of must be a date as YYYY-MM-DD, got "2026-02-30"');
  });
});
