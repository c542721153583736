import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Op } from '../../shared/model';
import { applyOps } from './apply-ops';
import { createChangeLog } from './change-log';
import { openConnection, type Db } from './connection';
import { createHistoryStore, type HistoryStore } from './history-store';
import { createRepos, type Repos } from './repos';
import type { CheckpointReply, LogCopiedReply, OpenedReply, WriterData, WriterReply, WriterRequest } from './writer';

/**
 * The writer thread (see writer.ts): receives an edit's ops in parts, then applies them all in one
 * transaction on its own connection to the database file, recording each change in the history as
 * the store's applyOps does. A refusal rolls the whole transaction back and is answered as a value.
 *
 * The connection is opened (and keyed) on the first edit and kept, with its prepared statements, until
 * the store closes (a 'close' request, answered through the shared flag, see writer.ts).
 */

/** The connection's page cache, in KiB: a 10,000-person import's pages, so none spill mid-transaction. */
const WRITER_CACHE_KIB = 64 * 1024;

const data = workerData as WriterData & { closed?: SharedArrayBuffer };
let pending: Op[] = [];

interface Connection {
  db: Db;
  repos: Repos;
  history: HistoryStore;
}

let connection: Connection | null = null;

function connect(): Connection {
  if (connection?.db.open) return connection;
  const db = openConnection(data.dbPath, data.access);
  try {
    // Room for a whole large edit's pages: with the default 2 MB, a 10,000-person import spills pages
    // mid-transaction and reads them back (decrypting each again). Given back after each edit (below).
    db.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
    // A commit here never copies the log into the database file itself (SQLite does so in the commit
    // that takes the log past 1,000 pages: a 1,000-person import's 3 MB, with its fsync, a third of
    // the transaction): copyLog does it once the answer is sent.
    db.pragma('wal_autocheckpoint = 0');
    const history = createHistoryStore(db, { readOnly: false, ...(data.checkpointEvery === undefined ? {} : { checkpointEvery: data.checkpointEvery }) });
    connection = { db, repos: createRepos(db), history };
    return connection;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The cache of an edit is of no use to the next (the app's connection writes in between): its memory goes back. */
function release(): void {
  if (connection?.db.open) connection.db.pragma('shrink_memory');
}

/** This thread's CPU time in ms where the system tells it (Linux), for the benchmarks; null elsewhere. */
function threadCpuMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

function commit(request: Extract<WriterRequest, { kind: 'commit' }>): WriterReply {
  const ops = pending;
  pending = [];
  const start = performance.now();
  const cpuStart = threadCpuMs();
  const { db, repos } = connect();
  let accountIds: string[] = [];
  try {
    // IMMEDIATE: the write lock is taken before the clock is read, so no other writer can slip in between.
    db.transaction(() => {
      // Made for each edit: it reads the history's clock and the user's name as they are now.
      const log = createChangeLog(db, request.actor);
      log.begin(request.origin, new Date(request.at));
      applyOps(repos, log, ops, request.at);
      accountIds = [...log.drainRecorded().keys()];
    }).immediate();
  } finally {
    release();
  }
  // The history checkpoints the edit made due are taken next, on this thread, once the reply is sent
  // (writer.ts asks for them): the edit is written without waiting for its replay.
  const cpuEnd = threadCpuMs();
  return { ok: true, transactionMs: performance.now() - start, transactionCpuMs: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart, accountIds };
}

/**
 * The store is closing (writer.ts sets the flag before asking the thread to close): a checkpoint or an
 * opening still queued opens no connection, which would hold the file after the store said it was free.
 */
function closing(): boolean {
  return data.closed !== undefined && Atomics.load(new Int32Array(data.closed), 1) === 1;
}

/** An edit brought these accounts to a checkpoint: replayed here, beside the app's connection (see takeCheckpointsBeside). */
function checkpoint(request: Extract<WriterRequest, { kind: 'checkpoint' }>): CheckpointReply {
  // Checkpoints only make the as-of faster: it is right without them.
  if (closing()) return { kind: 'checkpointed', kept: 0 };
  try {
    const { history } = connect();
    let kept = 0;
    for (const accountId of request.accountIds) kept += history.takeCheckpointsBeside(accountId);
    return { kind: 'checkpointed', kept };
  } catch (error) {
    return { kind: 'checkpointed', error: (error as Error).message ?? String(error) };
  } finally {
    release();
  }
}

/**
 * Copies what this thread's commits added to the write-ahead log into the database file, after their
 * answer is sent (see connect). PASSIVE: it waits for nobody, and the app's connection reads and writes
 * meanwhile. Until an edit's copy is done the app's connection copies nothing itself (writer.ts,
 * WriterHooks.logCopying), or its next commit would, on the main thread.
 */
function copyLog(): void {
  if (closing() || !connection?.db.open) return;
  try {
    connection.db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // The app's connection copies it in its next commit instead.
    console.error(`The write-ahead log was not copied into the database (the app's connection will): ${(error as Error).message}`);
  }
}

/** The store closes: the connection is closed before the store's close returns (it waits on the flag). */
function close(): void {
  try {
    if (connection?.db.open) connection.db.close();
  } finally {
    connection = null;
    if (data.closed !== undefined) {
      const flag = new Int32Array(data.closed);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    }
  }
}

parentPort?.on('message', (request: WriterRequest) => {
  if (request.kind === 'ops') {
    for (const op of request.ops) pending.push(op);
    return;
  }
  if (request.kind === 'checkpoint') {
    parentPort?.postMessage(checkpoint(request));
    copyLog();
    return;
  }
  if (request.kind === 'close') {
    close();
    return;
  }
  if (request.kind === 'open') {
    // Ahead of an edit: a failure here is left for the edit to meet and report.
    try {
      if (!closing()) connect();
    } catch {
      connection = null;
    }
    parentPort?.postMessage({ kind: 'opened' } satisfies OpenedReply);
    return;
  }
  let reply: WriterReply;
  try {
    reply = commit(request);
  } catch (error) {
    const { name, message, code } = error as { name?: string; message?: string; code?: unknown };
    reply = { ok: false, name: name ?? 'Error', message: message ?? String(error), ...(typeof code === 'string' ? { code } : {}) };
  }
  parentPort?.postMessage(reply);
  copyLog();
  parentPort?.postMessage({ kind: 'logCopied' } satisfies LogCopiedReply);
});
