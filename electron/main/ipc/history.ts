import { ok } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';

export function historyHandlers(store: Store): SectionHandlers<'history'> {
  return {
    'history.list': async ({ accountId }) => ok(store.history(accountId)),
    'history.userName': async () => ok({ name: store.userName() }),
    'history.setUserName': async ({ name }) => ok({ name: store.setUserName(name) }),
  };
}
