import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { BUSY_TIMEOUT_MS } from './connection';
import { keyPragmas, type DbKey } from './db-key';

/**
 * A copy of an encrypted database, encrypted with the same key. SQLite's online backup API refuses
 * an encrypted source ("incompatible source and target"), so the copy is `VACUUM INTO`: one
 * statement that writes a consistent snapshot, already in rollback-journal mode. It cannot be done in
 * steps, so it runs on its own connection in a worker thread and the app's thread never waits on it.
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
try {
  for (const pragma of workerData.pragmas) db.pragma(pragma);
  db.pragma('busy_timeout = ' + workerData.busyTimeout);
  db.prepare('VACUUM INTO ?').run(workerData.target);
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, message: error && error.message, code: error && error.code });
} finally {
  db.close();
}
`;

export interface EncryptedCopyOptions {
  key: DbKey;
  nativeBinding?: string | undefined;
}

/** Writes `targetPath` (which must not exist) as an encrypted snapshot of the database at `sourcePath`. */
export function copyEncrypted(sourcePath: string, targetPath: string, options: EncryptedCopyOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        packagePath: packagePath(),
        nativeBinding: options.nativeBinding,
        source: sourcePath,
        target: targetPath,
        pragmas: keyPragmas(options.key),
        busyTimeout: BUSY_TIMEOUT_MS,
      },
    });
    let settled = false;
    worker.once('message', (result: { ok: boolean; message?: string; code?: string }) => {
      settled = true;
      if (result.ok) resolve();
      else reject(Object.assign(new Error(result.message ?? 'The encrypted copy failed.'), result.code ? { code: result.code } : {}));
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
