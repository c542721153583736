import type { Result } from '../../../shared/model';
import type { ArgsOf, Channel, ExportProgress, MenuCommand, PowerMapApi, ResultOf } from '../../../shared/ipc';
import type { OpenedFile } from '../../../shared/ipc/import-contract';

declare global {
  interface Window {
    powerMap?: PowerMapApi;
  }
}

function api(): PowerMapApi {
  if (!window.powerMap) throw new Error('The Power Map bridge is missing: the page was not opened by the app.');
  return window.powerMap;
}

/**
 * The only code that touches window.powerMap. Every call resolves to a Result: transport failures
 * become `internal` errors instead of rejected promises, so callers handle one shape.
 */
export async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Result<ResultOf<C>>> {
  try {
    const fn = api().call[channel] as (a: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
    return await fn(args);
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.powerMap?.onMenuCommand(listener) ?? (() => {});
}

export function onExportProgress(listener: (progress: ExportProgress) => void): () => void {
  return window.powerMap?.onExportProgress(listener) ?? (() => {});
}

export function onOpenFile(listener: (file: OpenedFile) => void): () => void {
  return window.powerMap?.onOpenFile?.(listener) ?? (() => {});
}

export function onFullScreenChange(listener: (fullScreen: boolean) => void): () => void {
  return window.powerMap?.onFullScreenChange(listener) ?? (() => {});
}
