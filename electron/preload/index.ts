import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, IPC_PREFIX, MENU_COMMANDS, MENU_EVENT } from '../../shared/ipc/channels';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { PowerMapApi } from '../../shared/ipc/contract';

/*
 * The sandboxed preload: bundled as CommonJS with nothing but the channel list. It exposes one
 * function per contract channel and the menu events; no generic send, no ipcRenderer, no Node.
 */

const call = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, args)]),
) as PowerMapApi['call'];

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

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
} satisfies PowerMapApi;

contextBridge.exposeInMainWorld('powerMap', api);
