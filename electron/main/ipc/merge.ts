import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { readAccountFile } from '../../../shared/exchange';
import type { ChangeRecord } from '../../../shared/history/changes';
import { commonBase, mergeEdit, planMerge } from '../../../shared/history/merge';
import { fail, ok, type AccountData, type Result } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import { readTextFile } from '../../../node/files/read-text-file';
import { accountNotFound } from './errors';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';
import { createPendingFiles, type PendingFile, type PendingFiles } from './pending-files';

/** A refusal the page shows by its key, in the app's language. */
function keyed(code: 'invalid-payload' | 'conflict', key: string, message: string, details?: string[]): Result<never> {
  const failed = fail(code, message, details);
  return failed.ok ? failed : { ok: false, error: { ...failed.error, key } };
}

interface Preview {
  accountId: string;
  theirs: AccountData;
  base: AccountData | null;
}

/** Previews kept for their apply: only the latest few (a preview not applied is simply dropped). */
const KEPT_PREVIEWS = 4;

/**
 * Merging a colleague's copy of an account (issue 12, point 7): preview reads and compares, apply writes
 * the chosen differences as one edit. The plan is made again at apply time against the account as it is
 * then, so an edit made between the two is not overwritten by a stale plan.
 */
export function mergeHandlers(store: Store, ports: DesktopPorts, pending: PendingFiles = createPendingFiles()): SectionHandlers<'merge'> {
  const previews = new Map<string, Preview>();
  /** The file to merge: one exchange.import kept, a path the OS handed the app, or one chosen in the dialog. */
  async function readFile(path: string | undefined, pendingId: string | undefined): Promise<Result<PendingFile>> {
    if (pendingId !== undefined) {
      const kept = pending.get(pendingId);
      return kept === undefined ? fail('not-found', 'This file is no longer open; import it again.') : ok(kept);
    }
    if (path !== undefined && !ports.isOpenedPath?.(path)) {
      return fail('forbidden-sender', 'Only a file chosen in the dialog or opened from the system can be merged.');
    }
    const source = path ?? (await ports.chooseOpenPath());
    if (source === null) return fail('cancelled', 'Merge cancelled.');
    const text = await readTextFile(source);
    if (!text.ok) return text;
    const parsed = readAccountFile(text.value);
    return parsed.ok ? ok({ fileName: basename(source), file: parsed.value }) : parsed;
  }
  return {
    'merge.preview': async ({ accountId, path, pendingId }) => {
      const mine = store.openAccount(accountId);
      if (mine === null) return accountNotFound(accountId);
      const read = await readFile(path, pendingId);
      if (!read.ok) return read;
      const { fileName, file } = read.value;
      const theirs = file.data;
      if (theirs.account.id !== accountId) {
        return keyed('invalid-payload', 'merge.differentAccount', `${fileName} holds another account ("${theirs.account.name}"), not "${mine.account.name}": only copies of the same account can be merged. Import it instead.`);
      }
      if (pendingId !== undefined) pending.drop(pendingId);
      const history: readonly ChangeRecord[] = file.history ?? [];
      const base = commonBase(store.history(accountId), history, accountId);
      const previewId = randomUUID();
      previews.set(previewId, { accountId, theirs, base });
      while (previews.size > KEPT_PREVIEWS) previews.delete(previews.keys().next().value!);
      return ok({ previewId, fileName, plan: planMerge(mine, theirs, base) });
    },
    'merge.apply': async ({ previewId, choices }) => {
      const preview = previews.get(previewId);
      if (preview === undefined) return fail('not-found', 'This merge preview is no longer open; read the file again.');
      const mine = store.openAccount(preview.accountId);
      if (mine === null) return accountNotFound(preview.accountId);
      const merged = mergeEdit(mine, planMerge(mine, preview.theirs, preview.base), choices ?? {});
      if (!merged.ok) {
        return keyed('conflict', 'merge.choicesDoNotFit', `These choices do not fit together: ${merged.problems.slice(0, 3).join('; ')}`, merged.problems);
      }
      previews.delete(previewId);
      if (merged.edit.forward.length === 0) return ok({ edit: merged.edit, updatedAt: null });
      const { updatedAt } = store.applyOps(merged.edit.forward);
      return ok({ edit: merged.edit, updatedAt });
    },
  };
}
