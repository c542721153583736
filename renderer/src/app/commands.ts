import type { MenuCommand } from '../../../shared/ipc';

type Handler = (command: MenuCommand) => void;

/**
 * The one place menu items and keyboard shortcuts meet: the screen on show registers its handler, and
 * both sources call `runCommand`, so a shortcut and its menu item always do the same thing.
 */
let current: Handler | null = null;

export function setCommandHandler(handler: Handler | null): void {
  current = handler;
}

export function runCommand(command: MenuCommand): void {
  current?.(command);
}
