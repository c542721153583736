import { ok } from '../../../shared/model';
import { localToday } from '../../../shared/edit/defaults';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

export function appHandlers(store: Store, ports: DesktopPorts): SectionHandlers<'app'> {
  return {
    'app.info': async () => ok({ version: ports.appVersion, dbPath: store.path, systemLocale: ports.systemLocale }),
    'app.today': async () => ok(ports.today?.() ?? localToday()),
    'app.takeOpenedFiles': async () => ok(ports.takeOpenedFiles?.() ?? []),
  };
}
