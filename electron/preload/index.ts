import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EXPORT_PROGRESS_EVENT, FULL_SCREEN_EVENT, IPC_PREFIX, MENU_COMMANDS, MENU_EVENT, OPEN_FILE_EVENT } from '../../shared/ipc/channels';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { ExportProgress, PowerMapApi } from '../../shared/ipc/contract';
import type { OpenedFile } from '../../shared/ipc/import-contract';

/*
 * The sandboxed preload: bundled as CommonJS with nothing but the channel list. It exposes one
 * function per contract channel and the menu events; no generic send, no ipcRenderer, no Node.
 */

const call = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, args)]),
) as PowerMapApi['call'];

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

const isProgress = (value: unknown): value is ExportProgress => {
  const v = value as Partial<ExportProgress> | null;
  return typeof v === 'object' && v !== null && typeof v.jobId === 'string' && typeof v.done === 'number' && typeof v.total === 'number';
};

const api = {
  call: Object.freeze(call),
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const relay = (_event: Electron.IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, relay);
    };
  },
  onExportProgress(listener: (progress: ExportProgress) => void): () => void {
    const relay = (_event: Electron.IpcRendererEvent, progress: unknown): void => {
      if (isProgress(progress)) listener({ jobId: progress.jobId, done: progress.done, total: progress.total });
    };
    ipcRenderer.on(EXPORT_PROGRESS_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(EXPORT_PROGRESS_EVENT, relay);
    };
  },
  onFullScreenChange(listener: (fullScreen: boolean) => void): () => void {
    const relay = (_event: Electron.IpcRendererEvent, fullScreen: unknown): void => {
      if (typeof fullScreen === 'boolean') listener(fullScreen);
    };
    ipcRenderer.on(FULL_SCREEN_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(FULL_SCREEN_EVENT, relay);
    };
  },
  onOpenFile(listener: (file: OpenedFile) => void): () => void {
    const relay = (_event: Electron.IpcRendererEvent, file: unknown): void => {
      const f = file as Partial<OpenedFile> | null;
      if (typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.fileName === 'string' && (f.kind === 'powermap' || f.kind === 'contacts')) {
        listener({ path: f.path, fileName: f.fileName, kind: f.kind });
      }
    };
    ipcRenderer.on(OPEN_FILE_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(OPEN_FILE_EVENT, relay);
    };
  },
} satisfies PowerMapApi;

contextBridge.exposeInMainWorld('powerMap', api);
