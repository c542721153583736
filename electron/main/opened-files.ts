import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { OpenedFile } from '../../shared/ipc/import-contract';

export type { OpenedFile };
export type OpenedFileKind = OpenedFile['kind'];

const CONTACT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx']);

/** The file as the page is told of it, or null when it is not one we import. */
export function openedFile(path: string): OpenedFile | null {
  const kind = importKindFor(path);
  return kind ? { path, fileName: basename(path), kind } : null;
}

/**
 * Which import a path opens, by its extension (case-insensitive): a .powermap is a whole account,
 * a table (CSV, TSV, text, Excel) is contacts for the account on screen, anything else is not ours.
 */
export function importKindFor(path: string): OpenedFileKind | null {
  const extension = extname(path).toLowerCase();
  if (extension === '.powermap') return 'powermap';
  return CONTACT_EXTENSIONS.has(extension) ? 'contacts' : null;
}

/**
 * The files on a command line (the first instance's own, or a second instance's on Windows and Linux):
 * arguments after the executable that are not switches and name a file we import, resolved against the
 * folder the command ran in. The app's own path ("." in development) and Chromium's switches drop out.
 */
export function openedFilesFromArgv(argv: readonly string[], cwd: string): OpenedFile[] {
  const files: OpenedFile[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const file = openedFile(isAbsolute(arg) ? arg : resolve(cwd, arg));
    if (file) files.push(file);
  }
  return files;
}

/**
 * Files opened before the page can take them (macOS sends open-file before the app is ready, a double
 * click starts the app with the file on its command line) wait here; the page takes them one at a time
 * once it is listening. The same path twice in a row (a double click that also started the app) opens once.
 */
export function createOpenedFileQueue() {
  let waiting: OpenedFile[] = [];
  return {
    add(files: readonly OpenedFile[]): number {
      for (const file of files) if (!waiting.some((other) => other.path === file.path)) waiting.push(file);
      return waiting.length;
    },
    take(): OpenedFile | null {
      const [first, ...rest] = waiting;
      waiting = rest;
      return first ?? null;
    },
    size: () => waiting.length,
  };
}

export type OpenedFileQueue = ReturnType<typeof createOpenedFileQueue>;

/**
 * Where OS-opened files wait for the page. A file sent before the page listens would be lost (the
 * page subscribes only once React has mounted, after the load event), so nothing is pushed until the
 * page has pulled the queue once (app.takeOpenedFiles, right after it subscribes); from then on new
 * files are pushed as they come, until the page goes away (a reload, the window closed).
 */
export function createOpenedFilesInbox(push: (file: OpenedFile) => void) {
  const queue = createOpenedFileQueue();
  let listening = false;
  const takeAll = (): OpenedFile[] => {
    const files: OpenedFile[] = [];
    for (let file = queue.take(); file; file = queue.take()) files.push(file);
    return files;
  };
  return {
    receive(files: readonly OpenedFile[]): void {
      queue.add(files);
      if (listening) for (const file of takeAll()) push(file);
    },
    /** The page's pull: every file waiting, in order, once each; later files are pushed. */
    take(): OpenedFile[] {
      listening = true;
      return takeAll();
    },
    pageGone(): void {
      listening = false;
    },
  };
}

export type OpenedFilesInbox = ReturnType<typeof createOpenedFilesInbox>;
