import { ok } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import { accountNotFound } from './errors';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

export function accountHandlers(store: Store, _ports: DesktopPorts): SectionHandlers<'accounts'> {
  return {
    'accounts.list': async () => ok(store.listAccounts()),
    'accounts.open': async ({ accountId }) => {
      const data = store.openAccount(accountId);
      return data ? ok(data) : accountNotFound(accountId);
    },
    'accounts.delete': async ({ accountId }) => {
      const deleted = store.deleteAccount(accountId);
      return deleted ? ok(deleted) : accountNotFound(accountId);
    },
    'accounts.restore': async ({ data }) => ok(store.restoreAccount(data)),
  };
}
