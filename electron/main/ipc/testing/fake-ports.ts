import type { DesktopPorts } from '../ports';

/** Desktop ports whose dialogs answer with fixed paths (null = the user cancelled) and remember what was asked. */
export interface FakePorts extends DesktopPorts {
  savePath: string | null;
  openPath: string | null;
  readonly proposedNames: string[];
}

export function createFakePorts(paths: { savePath?: string | null; openPath?: string | null } = {}): FakePorts {
  const ports: FakePorts = {
    savePath: paths.savePath ?? null,
    openPath: paths.openPath ?? null,
    proposedNames: [],
    appVersion: '0.1.0-test',
    systemLocale: 'en-US',
    async chooseSavePath(defaultFileName) {
      ports.proposedNames.push(defaultFileName);
      return ports.savePath;
    },
    async chooseOpenPath() {
      return ports.openPath;
    },
  };
  return ports;
}
