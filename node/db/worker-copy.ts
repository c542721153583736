import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { BUSY_TIMEOUT_MS } from './connection';
import { keyPragmas, type DbKey } from './db-key';

/**
 * A consistent copy of a database, made on its own connection in a worker thread so the app's thread
 * never waits on it: a step of SQLite's online backup API is quick, but its last step commits and
 * syncs the whole copy at once (20-40 ms for 5 MB, more on a busy machine), and that is too long for
 * the window.
 *
 * A plain database is copied by the online backup API, all pages in one step (one read transaction,
 * so edits committed meanwhile by the app cannot make it start over). An encrypted one is copied by
 * `VACUUM INTO`, because the backup API refuses an encrypted source ("incompatible source and
 * target"): one statement that writes a consistent snapshot, encrypted with the same key.
 */

/** Where the worker loads better-sqlite3 from: the same package the app uses. */
const packagePath = () => createRequire(import.meta.url).resolve('better-sqlite3');

// Plain CommonJS evaluated by the worker: the app is bundled, so a separate worker file would need
// its own entry in every build; this text has no imports but the package and worker_threads.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.packagePath);
const options = { readonly: true, fileMustExist: true };
if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
const db = new Database(workerData.source, options);
const copy = async () => {
  for (const pragma of workerData.pragmas) db.pragma(pragma);
  db.pragma('busy_timeout = ' + workerData.busyTimeout);
  if (workerData.pragmas.length > 0) db.prepare('VACUUM INTO ?').run(workerData.target);
  else await db.backup(workerData.target, { progress: () => 0x7fffffff });
};
// The source is closed before the answer: whoever waits on it may need the file to itself next (the
// switch to encryption right after the backup at start met "database is locked").
copy().then(
  () => ({ ok: true }),
  (error) => ({ ok: false, message: error && error.message, code: error && error.code }),
).then((result) => {
  try { db.close(); } catch {}
  parentPort.postMessage(result);
});
`;

export interface WorkerCopyOptions {
  /** The key of an encrypted source: the copy is encrypted with it. Absent for a plain database. */
  key?: DbKey | undefined;
  nativeBinding?: string | undefined;
}

/** Writes `targetPath` (which must not exist) as a consistent copy of the database at `sourcePath`. */
export function copyOnWorker(sourcePath: string, targetPath: string, options: WorkerCopyOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        packagePath: packagePath(),
        nativeBinding: options.nativeBinding,
        source: sourcePath,
        target: targetPath,
        pragmas: options.key === undefined ? [] : keyPragmas(options.key),
        busyTimeout: BUSY_TIMEOUT_MS,
      },
    });
    let settled = false;
    worker.once('message', (result: { ok: boolean; message?: string; code?: string }) => {
      settled = true;
      if (result.ok) resolve();
      else reject(Object.assign(new Error(result.message ?? 'The backup copy failed.'), result.code ? { code: result.code } : {}));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The backup worker stopped (exit ${code}) before finishing.`));
    });
  });
}
