import { parentPort, workerData } from 'node:worker_threads';
import type { Op } from '../../shared/model';
import { applyOps } from './apply-ops';
import { createChangeLog } from './change-log';
import { openConnection } from './connection';
import { createHistoryStore } from './history-store';
import { createRepos } from './repos';
import type { CheckpointReply, WriterData, WriterReply, WriterRequest } from './writer';

/**
 * The writer thread (see writer.ts): receives an edit's ops in parts, then applies them all in one
 * transaction on its own connection to the database file, recording each change in the history as
 * the store's applyOps does. A refusal rolls the whole transaction back and is answered as a value.
 */

const data = workerData as WriterData;
let pending: Op[] = [];

function commit(request: Extract<WriterRequest, { kind: 'commit' }>): WriterReply {
  const ops = pending;
  pending = [];
  const start = performance.now();
  const db = openConnection(data.dbPath, data.access);
  try {
    const repos = createRepos(db);
    // IMMEDIATE: the write lock is taken before the clock is read, so no other writer can slip in between.
    db.transaction(() => {
      const log = createChangeLog(db, request.actor);
      log.begin(request.origin, new Date(request.at));
      applyOps(repos, log, ops, request.at);
      // Checkpoints are taken here, in the same transaction, as the store takes them after its own
      // writes: a large import must not leave the map as of a later day replaying it record by record.
      const history = createHistoryStore(db, { readOnly: false, ...(data.checkpointEvery === undefined ? {} : { checkpointEvery: data.checkpointEvery }) });
      for (const accountId of log.drainRecorded().keys()) history.ensureCheckpoints(accountId);
    }).immediate();
    return { ok: true, transactionMs: performance.now() - start };
  } finally {
    db.close();
  }
}

/** An ordinary edit brought these accounts to a checkpoint: replayed here, beside the app's connection (see takeCheckpointsBeside). */
function checkpoint(request: Extract<WriterRequest, { kind: 'checkpoint' }>): CheckpointReply {
  let db: ReturnType<typeof openConnection> | null = null;
  try {
    db = openConnection(data.dbPath, data.access);
    const history = createHistoryStore(db, { readOnly: false, ...(data.checkpointEvery === undefined ? {} : { checkpointEvery: data.checkpointEvery }) });
    let kept = 0;
    for (const accountId of request.accountIds) kept += history.takeCheckpointsBeside(accountId);
    return { kind: 'checkpointed', kept };
  } catch (error) {
    return { kind: 'checkpointed', error: (error as Error).message ?? String(error) };
  } finally {
    db?.close();
  }
}

parentPort?.on('message', (request: WriterRequest) => {
  if (request.kind === 'ops') {
    for (const op of request.ops) pending.push(op);
    return;
  }
  if (request.kind === 'checkpoint') {
    parentPort?.postMessage(checkpoint(request));
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
});
