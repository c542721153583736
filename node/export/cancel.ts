import { setImmediate as nextMacrotask } from 'node:timers/promises';

/**
 * Stopping an export part way. Exports run in Electron's main process, where a Cancel arrives as an
 * IPC message: it can only be handled while the export is waiting, so the pipeline awaits between its
 * steps (`nextTurn`) and looks at the signal after each (`throwIfCancelled`).
 */

export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled.');
    this.name = 'ExportCancelled';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelled();
}

/** Lets the event loop handle what is waiting (a Cancel, a progress message), then says whether to go on. */
export async function nextTurn(signal?: AbortSignal): Promise<void> {
  await nextMacrotask();
  throwIfCancelled(signal);
}
