import { basename } from 'node:path';
import { FILE_EXTENSION, readAccountFile, serializeAccountFile } from '../../../shared/exchange';
import { fail, ok } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import { accountNotFound } from './errors';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';
import { createPendingFiles, type PendingFiles } from './pending-files';
import { readTextFile } from '../../../node/files/read-text-file';
import { writeFileAtomic } from '../../../node/files/write-file-atomic';

/** Characters no file system on Windows, macOS or Linux accepts in a name, plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** The file name the save dialog proposes: the account's name, made safe for every file system. */
export function exportFileName(accountName: string): string {
  const base = accountName.replace(UNSAFE_IN_FILE_NAME, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 120).trim();
  return `${base || 'account'}.${FILE_EXTENSION}`;
}

export function exchangeHandlers(
  store: Store,
  ports: DesktopPorts,
  now: () => string = () => new Date().toISOString(),
  pending: PendingFiles = createPendingFiles(),
): SectionHandlers<'exchange'> {
  return {
    'exchange.export': async ({ accountId }) => {
      const data = store.openAccount(accountId);
      if (!data) return accountNotFound(accountId);
      const target = await ports.chooseSavePath(exportFileName(data.account.name));
      if (target === null) return fail('cancelled', 'Export cancelled.');
      const written = await writeFileAtomic(target, serializeAccountFile(data, now(), store.history(accountId), store.planOf(accountId)));
      return written.ok ? ok({ path: target }) : written;
    },

    'exchange.import': async ({ path, ifExists, pendingId }) => {
      if (pendingId !== undefined) {
        // The file kept when the account was found here: the user chose to import it as a copy.
        const kept = pending.get(pendingId);
        if (kept === undefined) return fail('not-found', 'This file is no longer open; import it again.');
        pending.drop(pendingId);
        return ok(store.importAccount(kept.file.data, kept.file.history ?? undefined, kept.file.plan));
      }
      if (path !== undefined && !ports.isOpenedPath?.(path)) {
        return fail('forbidden-sender', 'Only a file chosen in the dialog or opened from the system can be imported.');
      }
      const source = path ?? (await ports.chooseOpenPath());
      if (source === null) return fail('cancelled', 'Import cancelled.');
      const text = await readTextFile(source);
      if (!text.ok) return text;
      // Nothing reaches the store until the whole file has passed every check.
      const parsed = readAccountFile(text.value);
      if (!parsed.ok) return parsed;
      const mine = ifExists === 'ask' ? store.openAccount(parsed.value.data.account.id) : null;
      if (mine !== null) {
        // The account is here (a colleague's copy of it): nothing is written until the user chooses.
        const fileName = basename(source);
        const kept = pending.keep({ fileName, file: parsed.value });
        return ok({ accountId: mine.account.id, accountName: parsed.value.data.account.name, copied: false, existing: { pendingId: kept, fileName, mineName: mine.account.name } });
      }
      return ok(store.importAccount(parsed.value.data, parsed.value.history ?? undefined, parsed.value.plan));
    },
  };
}
