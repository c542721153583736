import { Worker } from 'node:worker_threads';
import type { ChangeOrigin } from '../../shared/history/changes';
import type { Op } from '../../shared/model';
import type { FileAccess } from './connection';
import { StoreError, type StoreErrorCode } from './store';

/**
 * Writes a large edit (a contact import of thousands of people) on a worker thread, with its own
 * connection to the same database file (WAL: the app's connection keeps reading meanwhile), so the
 * main process's event loop, and with it the window, never waits on the transaction. The edit is
 * still one transaction recorded in the history like any other (writer-worker.ts); a refusal writes
 * nothing and comes back as the StoreError the store would have thrown.
 *
 * The thread is started on first use and kept for the next large edit, and so is its connection: opened
 * and keyed once, with its statements prepared once, and closed when the store closes (before its close
 * returns, so a restore or a switch finds the file free). After a commit the thread takes the history
 * checkpoints the edit made due, as it does for the store's own edits: the edit is written (and
 * answered) without waiting for the replay.
 */

export interface WriterData {
  dbPath: string;
  access: FileAccess;
  /** Records between two history checkpoints (the store's own setting). */
  checkpointEvery?: number;
}

export type WriterRequest =
  | { kind: 'ops'; ops: readonly Op[] }
  | { kind: 'commit'; at: string; actor: string; origin: ChangeOrigin }
  | { kind: 'checkpoint'; accountIds: readonly string[] }
  | { kind: 'open' }
  | { kind: 'close' };

/**
 * A commit's answer: how long its transaction took (wall clock, and the thread's CPU time where the
 * system tells it), and the accounts it recorded changes in (their checkpoints follow).
 */
export type WriterReply =
  | { ok: true; transactionMs: number; transactionCpuMs: number | null; accountIds: readonly string[] }
  | { ok: false; name: string; message: string; code?: string };

/** How long a large edit's transaction took on the writer thread (benchmarks). */
export interface WriterTiming {
  transactionMs: number;
  transactionCpuMs: number | null;
}

/** How long closing the store waits for an idle writer thread to close its connection. */
const CLOSE_WAIT_MS = 5_000;

/** The answer to a checkpoint request: how many checkpoints were kept, or why none. */
export type CheckpointReply = { kind: 'checkpointed'; kept: number } | { kind: 'checkpointed'; error: string };

/** The thread opened its connection (asked ahead of an edit, see prepare). */
export type OpenedReply = { kind: 'opened' };

/** After an edit's answer: the thread has copied its write-ahead log into the database file (or given up). */
export type LogCopiedReply = { kind: 'logCopied' };

export interface WriterHooks {
  /**
   * True from an edit's start until the thread has copied what it wrote from the write-ahead log into
   * the database file, after its answer (writer-worker.ts, copyLog): meanwhile the app's connection
   * must not do that copy itself in its next commit (SQLite's automatic checkpoint), on the main thread.
   */
  logCopying?(copying: boolean): void;
}

/**
 * Where the writer thread's code is. The built app bundles writer-worker.ts as its own entry and
 * names the file (electron/main/index.ts); run from source (tsx, vitest) it is the .ts file beside
 * this one, loaded through tsx.
 */
export type WriterEntry = URL;

/** Ops sent to the thread per message: each structured clone stays a few milliseconds. */
const OPS_PER_MESSAGE = 1_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const STORE_CODES: ReadonlySet<string> = new Set<StoreErrorCode>(['not-found', 'conflict', 'newer-database', 'invalid-payload', 'locked', 'read-only', 'damaged', 'needs-key', 'backup-unusable']);

function errorOf(reply: Extract<WriterReply, { ok: false }>): Error {
  if (reply.name === 'StoreError' && reply.code !== undefined && STORE_CODES.has(reply.code)) return new StoreError(reply.code as StoreErrorCode, reply.message);
  // SQLite's own codes (SQLITE_BUSY, ...) are kept, so the store turns them into its codes as for any write.
  return Object.assign(new Error(reply.message), { name: reply.name }, reply.code === undefined ? {} : { code: reply.code });
}

/**
 * This module read as TypeScript (tsx, vitest, Playwright's runner). A CommonJS bundle that names no
 * entry (the command line's, a test's child process) has no import.meta.url at all, and writes inline.
 */
const runningFromSource = (): boolean => typeof import.meta.url === 'string' && import.meta.url.endsWith('.ts');

/** `closed` is the flag the thread raises once its connection is closed (see close below). */
function startWorker(data: WriterData & { closed: SharedArrayBuffer }, entry: WriterEntry | undefined): Worker | null {
  if (entry !== undefined) return new Worker(entry, { workerData: data });
  if (!runningFromSource()) return null;
  const source = new URL('./writer-worker.ts', import.meta.url);
  // From source: the worker loads tsx's loader first, then the TypeScript entry through it.
  return new Worker(new URL('./writer-worker-source.mjs', import.meta.url), { workerData: { ...data, entry: source.href } });
}

export interface OpsWriter {
  /** False when no writer thread can be started here (a bundle that names no entry): write on the caller's connection instead. */
  readonly available: boolean;
  /** Applies the ops in one transaction on the writer thread; rejects with the StoreError (or SQLite error) that refused them. */
  apply(ops: readonly Op[], commit: { at: string; actor: string; origin: ChangeOrigin }): Promise<WriterTiming>;
  /**
   * Asks the thread to take the accounts' history checkpoints (see HistoryStore.takeCheckpointsBeside),
   * sent at once, answered by nobody: a failure is logged, the as-of is right without them, only slower.
   * Call after the commit that made the records, so the thread's connection sees them.
   */
  checkpoint(accountIds: readonly string[]): void;
  /**
   * Starts the thread and has it open its connection, ahead of an edit (see Store.prepareLargeEdit).
   * Resolves once it is open, or could not be (the edit meets the failure and reports it).
   */
  prepare(): Promise<void>;
  /**
   * Resolves once every checkpoint asked for so far is kept or given up, and the log of every edit
   * answered so far is copied into the database file (tests, benchmarks, closing).
   */
  checkpointsSettled(): Promise<void>;
  close(): void;
}

export function createOpsWriter(data: WriterData, entry: WriterEntry | undefined, hooks: WriterHooks = {}): OpsWriter {
  /** Edits whose log the thread has not copied yet (see WriterHooks.logCopying). */
  let logsToCopy = 0;
  /** Who waits for the thread to be done after its edits: checkpoints taken, logs copied (checkpointsSettled). */
  let waitingForSettled: (() => void)[] = [];
  let checkpointsInFlight = 0;
  const settledNow = () => {
    if (checkpointsInFlight > 0 || logsToCopy > 0) return;
    const waiting = waitingForSettled;
    waitingForSettled = [];
    for (const done of waiting) done();
  };
  const logCopied = (all = false) => {
    if (logsToCopy === 0) return;
    logsToCopy = all ? 0 : logsToCopy - 1;
    if (logsToCopy > 0) return;
    hooks.logCopying?.(false);
    settledNow();
  };
  let worker: Worker | null = null;
  /** The running thread's closed flag. */
  let closedFlag: Int32Array | null = null;
  /** Who waits for the thread to open its connection (prepare). */
  let waitingForOpen: (() => void)[] = [];
  const openSettled = () => {
    const waiting = waitingForOpen;
    waitingForOpen = [];
    for (const done of waiting) done();
  };
  let failed: ((error: Error) => void) | null = null;
  const available = entry !== undefined || runningFromSource();
  /** One edit at a time: a second waits for the first, as SQLite's single writer would. */
  let queue: Promise<unknown> = Promise.resolve();
  /** The edit waiting for its reply. */
  let answered: ((reply: WriterReply) => void) | null = null;
  /** Checkpoint requests not answered yet (checkpointsInFlight, above). */
  const checkpointAnswered = (all = false) => {
    checkpointsInFlight = all ? 0 : Math.max(0, checkpointsInFlight - 1);
    settledNow();
  };

  const thread = (): Worker => {
    if (worker) return worker;
    // [0]: the thread has closed its connection; [1]: the store is closing (writer-worker.ts).
    const closed = new SharedArrayBuffer(8);
    const started = startWorker({ ...data, closed }, entry);
    if (!started) throw new Error('No writer thread entry in this build.');
    closedFlag = new Int32Array(closed);
    started.unref();
    started.on('message', (reply: WriterReply | CheckpointReply | OpenedReply | LogCopiedReply) => {
      if ('kind' in reply && reply.kind === 'opened') return openSettled();
      if ('kind' in reply && reply.kind === 'logCopied') return logCopied();
      if ('kind' in reply) {
        if ('error' in reply) console.error(`History checkpoints not taken (the map as of a day stays right, only slower): ${reply.error}`);
        checkpointAnswered();
        return;
      }
      answered?.(reply);
    });
    started.on('error', (error) => {
      if (worker === started) worker = null;
      if (checkpointsInFlight > 0) console.error(`History checkpoints not taken: ${error.message}`);
      checkpointAnswered(true);
      openSettled();
      logCopied(true);
      failed?.(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      checkpointAnswered(true);
      openSettled();
      logCopied(true);
      failed?.(new Error(`The writer thread stopped (exit ${code}) before the edit was written.`));
    });
    worker = started;
    return started;
  };

  async function run(ops: readonly Op[], commit: { at: string; actor: string; origin: ChangeOrigin }): Promise<WriterTiming> {
    const target = thread();
    const reply = new Promise<WriterReply>((resolve, reject) => {
      failed = reject;
      answered = resolve;
    });
    try {
      for (let index = 0; index < ops.length; index += OPS_PER_MESSAGE) {
        // A turn first: the caller's last piece of work (an import's last planning slice) and this copy
        // are not one stretch of the event loop.
        await nextTurn();
        target.postMessage({ kind: 'ops', ops: ops.slice(index, index + OPS_PER_MESSAGE) } satisfies WriterRequest);
      }
      // The thread answers every commit it receives, then copies its log and says so (logCopied).
      if (logsToCopy++ === 0) hooks.logCopying?.(true);
      try {
        target.postMessage({ kind: 'commit', ...commit } satisfies WriterRequest);
      } catch (error) {
        logCopied();
        throw error;
      }
      const answer = await reply;
      if (!answer.ok) throw errorOf(answer);
      checkpoint(answer.accountIds);
      return { transactionMs: answer.transactionMs, transactionCpuMs: answer.transactionCpuMs };
    } finally {
      failed = null;
      answered = null;
    }
  }

  function checkpoint(accountIds: readonly string[]): void {
    if (!available || accountIds.length === 0) return;
    try {
      thread().postMessage({ kind: 'checkpoint', accountIds } satisfies WriterRequest);
      checkpointsInFlight += 1;
    } catch (error) {
      console.error(`History checkpoints not taken: ${(error as Error).message}`);
    }
  }

  return {
    available,
    apply(ops, commit) {
      const result = queue.then(() => run(ops, commit));
      queue = result.catch(() => undefined);
      return result;
    },
    checkpoint,
    prepare() {
      if (!available) return Promise.resolve();
      try {
        const opened = new Promise<void>((resolve) => waitingForOpen.push(resolve));
        thread().postMessage({ kind: 'open' } satisfies WriterRequest);
        return opened;
      } catch {
        // The edit itself starts the thread again, and says what fails.
        openSettled();
        return Promise.resolve();
      }
    },
    checkpointsSettled() {
      if (checkpointsInFlight === 0 && logsToCopy === 0) return Promise.resolve();
      return new Promise<void>((resolve) => waitingForSettled.push(resolve));
    },
    close() {
      const current = worker;
      const flag = closedFlag;
      worker = null;
      closedFlag = null;
      if (current) {
        // The thread closes its connection before this returns (the file is free for a restore, a
        // salvage's rename, another database), after the checkpoints asked for. That holds also for a
        // thread that has not answered yet: a checkpoint handed over just before the close may have
        // opened its connection already, and a terminate alone frees the file only later (a store opened
        // next on the file met "database is locked"). One with an edit midway is stopped, as before: its
        // connection goes with the thread, the unfinished transaction rolled back.
        if (answered === null && flag !== null) {
          // Said first, so that a checkpoint still queued behind a thread slow to start opens nothing.
          Atomics.store(flag, 1, 1);
          current.postMessage({ kind: 'close' } satisfies WriterRequest);
          Atomics.wait(flag, 0, 0, CLOSE_WAIT_MS);
        }
        void current.terminate();
      }
      checkpointAnswered(true);
      openSettled();
      logCopied(true);
    },
  };
}
