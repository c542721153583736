import { createStore } from 'zustand/vanilla';
import type { AccountData, AccountSummary, AppError } from '../../../shared/model';
import type { ImportOutcome, SearchHit } from '../../../shared/ipc';
import { newAccount } from '../../../shared/edit';
import type { IpcClient } from './client';

export interface AccountsState {
  list: AccountSummary[];
  loaded: boolean;
  /** the text searched for; empty means no search */
  query: string;
  hits: SearchHit[];
  load(): Promise<void>;
  /** Searches accounts and people across all accounts; an empty text clears the search. */
  search(text: string): Promise<void>;
  /** Creates an account with DOMAIN's defaults; resolves to its id, or null on failure. */
  create(name: string): Promise<string | null>;
  rename(accountId: string, name: string): Promise<boolean>;
  /** Deletes the account; resolves to what was deleted (to undo with `restore`), or null. */
  remove(accountId: string): Promise<AccountData | null>;
  restore(snapshot: AccountData): Promise<boolean>;
  /** Asks for a .powermap file and imports it; null when cancelled or refused. */
  importFile(): Promise<ImportOutcome | null>;
}

export function createAccountsStore(client: IpcClient, onError: (error: AppError) => void) {
  return createStore<AccountsState>()((set, get) => {
    /** Later answers win: a slow search for "ab" must not overwrite the one for "abc". */
    let searchToken = 0;

    function failed(error: AppError): null {
      if (error.code !== 'cancelled') onError(error);
      return null;
    }

    async function refreshAfterChange() {
      await get().load();
      if (get().query) await get().search(get().query);
    }

    return {
      list: [],
      loaded: false,
      query: '',
      hits: [],
      async load() {
        const result = await client.call('accounts.list', {});
        if (result.ok) set({ list: result.value, loaded: true });
        else {
          set({ loaded: true });
          onError(result.error);
        }
      },
      async search(text) {
        const token = ++searchToken;
        const query = text.trim();
        if (!query) {
          set({ query: '', hits: [] });
          return;
        }
        set({ query });
        const result = await client.call('search.query', { text: query, limit: 50 });
        if (token !== searchToken) return;
        if (result.ok) set({ hits: result.value });
        else onError(result.error);
      },
      async create(name) {
        const account = newAccount({ name });
        const result = await client.call('edit.apply', { ops: [{ op: 'put', entity: 'account', value: account }] });
        if (!result.ok) return failed(result.error);
        await get().load();
        return account.id;
      },
      async rename(accountId, name) {
        const result = await client.call('edit.apply', { ops: [{ op: 'patch', entity: 'account', id: accountId, patch: { name } }] });
        if (!result.ok) return failed(result.error) ?? false;
        await refreshAfterChange();
        return true;
      },
      async remove(accountId) {
        const result = await client.call('accounts.delete', { accountId });
        if (!result.ok) return failed(result.error);
        set((state) => ({ list: state.list.filter((account) => account.id !== accountId) }));
        await refreshAfterChange();
        return result.value;
      },
      async restore(snapshot) {
        const result = await client.call('accounts.restore', { data: snapshot });
        if (!result.ok) return failed(result.error) ?? false;
        await refreshAfterChange();
        return true;
      },
      async importFile() {
        const result = await client.call('exchange.import', {});
        if (!result.ok) return failed(result.error);
        await refreshAfterChange();
        return result.value;
      },
    };
  });
}

export type AccountsStore = ReturnType<typeof createAccountsStore>;
