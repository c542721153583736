/**
 * A child process for the crash test: writes through the store (node/db) exactly as the app does, and
 * acknowledges each edit on stdout only after the store returned, i.e. after the commit. The parent
 * kills it with SIGKILL at a random moment and checks that every acknowledged edit survived.
 *
 *   node crash-writer.cjs <db> edits|import [key]   (bundled by the test; key: 64 hex, an encrypted database)
 */
import { writeSync } from 'node:fs';
import { createStore } from '../../../node/db';
import { parseDbKey } from '../../../node/db/db-key';
import type { Op } from '../../../shared/model';
import { syntheticAccount } from '../../support/synthetic-account';

const [dbPath, mode, keyText] = process.argv.slice(2) as [string, 'edits' | 'import', string | undefined];
const key = keyText === undefined ? null : parseDbKey(keyText);
const store = createStore(dbPath, key === null ? {} : { key });
const ack = (text: string) => writeSync(1, `${text}\n`);

if (mode === 'edits') {
  const accountId = 'crash-account';
  if (store.openAccount(accountId) === null) store.importAccount(syntheticAccount(20, 1, accountId));
  const people = store.openAccount(accountId)!.people.map((p) => p.id);
  const start = Number(store.openAccount(accountId)!.account.notes || 0);
  ack('ready');
  for (let i = start + 1; i <= start + 1_000; i += 1) {
    const ops: Op[] = [
      { op: 'put', entity: 'competitor', value: { id: `edit-${i}`, accountId, name: `Competitor ${i}` } },
      { op: 'patch', entity: 'person', id: people[i % people.length]!, patch: { nextStep: `step ${i}` } },
      { op: 'patch', entity: 'account', id: accountId, patch: { notes: String(i) } },
    ];
    store.applyOps(ops);
    ack(`edit-${i}`);
  }
} else {
  ack('ready');
  for (let i = 0; i < 1_000; i += 1) {
    const id = `import-${process.pid}-${i}`;
    store.importAccount(syntheticAccount(300, i, id));
    ack(id);
  }
}
store.close();
