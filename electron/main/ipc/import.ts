import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Edit } from '../../../shared/edit/edit';
import { localToday } from '../../../shared/edit/defaults';
import { headerSignature } from '../../../shared/import/headers';
import { planSteps, previewSteps } from '../../../shared/import/plan';
import { MAX_IMPORT_BYTES, type ImportChoices, type ImportSource } from '../../../shared/import/types';
import { fail, ok, type Result } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import { basename as fileNameOf } from 'node:path';
import { peopleTable } from '../../../node/import/people-table';
import { refusalError, type Refused } from '../../../node/import/refusal';
import { createImportSources } from '../../../node/import/sources';
import { runInSlices } from '../../../node/import/slices';
import { writeFileAtomic } from '../../../node/files/write-file-atomic';
import { appLocaleFor } from '../locale';
import { accountNotFound } from './errors';
import { exportFileName } from './exchange';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

/**
 * Contacts in (a file, dropped bytes or pasted cells -> preview -> one transaction) and the people
 * table out. The sources stay here between the calls; the page sends only its choices.
 */

function answer(read: ImportSource | Refused): Result<ImportSource> {
  return 'refused' in read ? { ok: false, error: refusalError(read.refused) } : ok(read);
}

const gone = () => fail('not-found', 'The table is no longer open; read the file or the pasted cells again.');

async function readBytesAt(path: string): Promise<Result<Uint8Array>> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('invalid-file', `${path} is not a file.`);
    if (info.size > MAX_IMPORT_BYTES) {
      return { ok: false, error: { code: 'invalid-file', message: `${fileNameOf(path)} is over 50 MB; split it into smaller files.`, key: 'import.refused.too-large', params: { bytes: info.size } } };
    }
    return ok(new Uint8Array(await readFile(path)));
  } catch (error) {
    return fail('io', `Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Ops per part of a large commit's edit: each part's copy to the page stays a few milliseconds. An edit
 * of up to one part is answered whole.
 */
export const EDIT_PART_OPS = 2_000;

export function importHandlers(store: Store, ports: DesktopPorts): SectionHandlers<'import'> & SectionHandlers<'people'> {
  const sources = createImportSources(store);
  /** The last large commit's edit, until the page has fetched its last part. */
  let parted: { commitId: string; edit: Edit } | null = null;
  const today = () => ports.today?.() ?? localToday();

  /** What a plan starts from; planning itself runs in slices (node/import/slices.ts). */
  function planInput(sourceId: string, accountId: string, choices: ImportChoices) {
    const source = sources.get(sourceId);
    if (!source) return gone();
    const data = store.openAccount(accountId);
    if (!data) return accountNotFound(accountId);
    const { table } = source.read;
    if (choices.mapping.length !== table.headers.length) {
      return fail('invalid-payload', `The mapping has ${choices.mapping.length} columns; the table has ${table.headers.length}.`);
    }
    // Each person's source is written in the language the app shows (DOMAIN: free text the user edits).
    const locale = appLocaleFor(store.getSettings().locale, ports.systemLocale);
    return ok({ table, data, context: { today: today(), fileName: source.fileName, locale } });
  }

  return {
    'import.readFile': async ({ path }) => {
      if (path !== undefined && !ports.isOpenedPath?.(path)) {
        return fail('forbidden-sender', 'Only a file chosen in the dialog or opened from the system can be imported.');
      }
      const chosen = path ?? (await (ports.chooseContactsPath ?? ports.chooseOpenPath)());
      if (chosen === null) return fail('cancelled', 'Import cancelled.');
      const bytes = await readBytesAt(chosen);
      if (!bytes.ok) return bytes;
      return answer(await sources.readBytes(bytes.value, fileNameOf(chosen)));
    },
    // The page names a dropped file; only its last part is kept, whatever the separator.
    'import.readBytes': async ({ fileName, bytes }) => answer(await sources.readBytes(bytes, fileName.split(/[\\/]/).pop() ?? '')),
    'import.readText': async ({ text }) => answer(await sources.readText(text)),
    'import.reread': async ({ sourceId, ...change }) => {
      const read = await sources.reread(sourceId, change);
      return read === null ? gone() : answer(read);
    },
    'import.preview': async ({ sourceId, accountId, choices }) => {
      const input = planInput(sourceId, accountId, choices);
      if (!input.ok) return input;
      const { table, data, context } = input.value;
      // The commit is likely next: its writer thread starts and opens its connection while the user looks.
      void store.prepareLargeEdit();
      return ok(await runInSlices(previewSteps(table, choices, data, context)));
    },
    'import.commit': async ({ sourceId, accountId, choices }) => {
      const input = planInput(sourceId, accountId, choices);
      if (!input.ok) return input;
      const { table, data, context } = input.value;
      const result = await runInSlices(planSteps(table, choices, data, context));
      // One transaction: every person, team member and link of the import lands, or none does. Written
      // on the store's writer thread, so the window keeps answering while thousands of people land.
      const { updatedAt } = result.edit.forward.length > 0 ? await store.applyLargeEdit(result.edit.forward) : { updatedAt: new Date().toISOString() };
      store.rememberImportMapping(headerSignature(table.headers), choices.mapping);
      const { forward, inverse } = result.edit;
      if (Math.max(forward.length, inverse.length) <= EDIT_PART_OPS) return ok({ edit: result.edit, summary: result.summary, updatedAt });
      parted = { commitId: randomUUID(), edit: result.edit };
      const count = Math.ceil(Math.max(forward.length, inverse.length) / EDIT_PART_OPS);
      return ok({ edit: { forward: [], inverse: [] }, editParts: { commitId: parted.commitId, count }, summary: result.summary, updatedAt });
    },
    'import.editPart': async ({ commitId, index }) => {
      if (parted?.commitId !== commitId) return fail('not-found', 'That import\'s edit is no longer here.');
      const { forward, inverse } = parted.edit;
      const from = index * EDIT_PART_OPS;
      if (from + EDIT_PART_OPS >= Math.max(forward.length, inverse.length)) parted = null;
      return ok({ forward: forward.slice(from, from + EDIT_PART_OPS), inverse: inverse.slice(from, from + EDIT_PART_OPS) });
    },
    'people.exportTable': async ({ accountId, format, includePrivate }) => {
      const data = store.openAccount(accountId);
      if (!data) return accountNotFound(accountId);
      const name = exportFileName(`${data.account.name} people`).replace(/\.powermap$/, `.${format}`);
      const target = await (ports.chooseTableSavePath ? ports.chooseTableSavePath(name, format) : ports.chooseSavePath(name));
      if (target === null) return fail('cancelled', 'Export cancelled.');
      const written = await writeFileAtomic(target, await peopleTable(data, format, includePrivate ?? false));
      return written.ok ? ok({ path: target, rows: data.people.length }) : written;
    },
  };
}
