import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../../shared/ipc';
import { setCommandHandler } from '../../app/commands';
import { dispatchCommand } from '../../app/dispatch';
import { PreferenceButtons } from '../../app/PreferenceButtons';
import { accountsStore, navigationStore, useAccounts, useSettings } from '../../app/services';
import { TID } from '../../app/testids';
import { sortByName } from '../../stores/collate';
import { Icon } from '../../ui/icons';
import { AccountTable } from './AccountTable';
import { SearchResults } from './SearchResults';
import { createAccount, deleteAccount, importAccount } from './accountActions';

const SEARCH_DELAY_MS = 150;

export function AccountListScreen() {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const list = useAccounts((state) => state.list);
  const loaded = useAccounts((state) => state.loaded);
  const query = useAccounts((state) => state.query);
  const [text, setText] = useState(query);
  const searchRef = useRef<HTMLInputElement>(null);
  const sorted = useMemo(() => sortByName(list, locale, (account) => account.name), [list, locale]);

  useEffect(function loadAccounts() {
    void accountsStore.getState().load();
  }, []);

  useEffect(
    function searchAsTheUserTypes() {
      const timer = window.setTimeout(() => void accountsStore.getState().search(text), SEARCH_DELAY_MS);
      return () => window.clearTimeout(timer);
    },
    [text],
  );

  useEffect(function handleListCommands() {
    setCommandHandler((command: MenuCommand) => {
      if (command === 'newAccount') void createAccount();
      else if (command === 'importAccount') void importAccount();
    });
    return () => setCommandHandler(null);
  }, []);

  const searching = text.trim() !== '';

  return (
    <div className="screen accounts-screen">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="search-box">
          <Icon name="search" className="search-icon" />
          <input
            ref={searchRef}
            type="search"
            className="input search-input"
            data-testid={TID.accountSearch}
            placeholder={t('accounts.searchPlaceholder')}
            aria-label={t('accounts.searchLabel')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setText('');
              }
            }}
          />
        </div>
        <div className="topbar-actions">
          <button type="button" className="btn btn-ghost" data-testid="open-agenda" onClick={() => void navigationStore.getState().showAgenda()}>
            <Icon name="flag" />
            <span>{t('plan.agenda.button')}</span>
          </button>
          <button type="button" className="btn btn-ghost" data-testid={TID.openPortfolio} title={t('portfolio.openTitle')} onClick={() => dispatchCommand('showPortfolio')}>
            <Icon name="portfolio" />
            <span>{t('portfolio.open')}</span>
          </button>
          <button type="button" className="btn btn-ghost" data-testid={TID.toolbarImport} onClick={() => void importAccount()}>
            <Icon name="importFile" />
            <span>{t('accounts.import')}</span>
          </button>
          <PreferenceButtons />
          <button type="button" className="btn btn-primary" data-testid={TID.newAccount} onClick={() => void createAccount()}>
            <Icon name="plus" />
            <span>{t('accounts.new')}</span>
          </button>
        </div>
      </header>

      <main className="accounts-main">
        <div className="accounts-heading">
          <h1>{searching ? t('accounts.hitsHeading') : t('accounts.title')}</h1>
          {!searching ? <p className="muted">{t('accounts.subtitle')}</p> : null}
        </div>
        {searching ? (
          <SearchResults text={text.trim()} onOpen={(hit) => void navigationStore.getState().openAccount(hit.accountId, hit.personId ? [hit.personId] : [])} />
        ) : loaded && sorted.length === 0 ? (
          <div className="empty-state" data-testid={TID.accountsEmpty}>
            <div className="empty-illustration" aria-hidden="true">
              <span />
              <span />
              <span />
            </div>
            <h2>{t('accounts.emptyTitle')}</h2>
            <p className="muted">{t('accounts.emptyBody')}</p>
            <div className="empty-actions">
              <button type="button" className="btn btn-primary" onClick={() => void createAccount()}>
                <Icon name="plus" />
                <span>{t('accounts.new')}</span>
              </button>
              <button type="button" className="btn" onClick={() => void importAccount()}>
                <Icon name="importFile" />
                <span>{t('accounts.import')}</span>
              </button>
            </div>
          </div>
        ) : (
          <AccountTable accounts={sorted} onDelete={(account) => void deleteAccount(account)} />
        )}
      </main>
    </div>
  );
}
