import { ok } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

export function editHandlers(store: Store, _ports: DesktopPorts): SectionHandlers<'edit'> {
  return {
    'edit.apply': async ({ ops }) => ok(store.applyOps(ops)),
  };
}
