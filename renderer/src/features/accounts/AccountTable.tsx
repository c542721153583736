import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/model';
import { accountsStore, navigationStore, useSettings } from '../../app/services';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';

interface Props {
  accounts: AccountSummary[];
  onDelete(account: AccountSummary): void;
}

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

function RenameInput({ account, onDone }: { account: AccountSummary; onDone(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(account.name);
  let finished = false;
  function finish(save: boolean) {
    if (finished) return;
    finished = true;
    const trimmed = name.trim();
    if (save && trimmed && trimmed !== account.name) void accountsStore.getState().rename(account.id, trimmed);
    onDone();
  }
  return (
    <input
      className="input rename-input"
      data-testid={TID.accountRenameInput}
      aria-label={t('accounts.renameLabel', { name: account.name })}
      value={name}
      autoFocus
      onFocus={(event) => event.target.select()}
      onChange={(event) => setName(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(true);
        else if (event.key === 'Escape') {
          event.stopPropagation();
          finish(false);
        }
      }}
    />
  );
}

export function AccountTable({ accounts, onDelete }: Props) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const [renaming, setRenaming] = useState<string | null>(null);
  const open = (id: string) => void navigationStore.getState().openAccount(id);

  return (
    <div className="account-table" role="table" aria-label={t('accounts.title')} data-testid={TID.accountList}>
      <div className="account-row account-row-head" role="row">
        <span role="columnheader">{t('accounts.columnName')}</span>
        <span role="columnheader">{t('accounts.columnTier')}</span>
        <span role="columnheader">{t('accounts.columnStage')}</span>
        <span role="columnheader" className="num">
          {t('accounts.columnPeople')}
        </span>
        <span role="columnheader">{t('accounts.columnUpdated')}</span>
        <span role="columnheader" className="sr-only">
          {t('accounts.columnActions')}
        </span>
      </div>
      {accounts.map((account) => (
        <div key={account.id} className="account-row" role="row" data-testid={TID.accountRow} data-account-id={account.id} onDoubleClick={() => renaming !== account.id && open(account.id)}>
          <span role="cell" className="account-cell-name">
            {renaming === account.id ? (
              <RenameInput account={account} onDone={() => setRenaming(null)} />
            ) : (
              <button type="button" className="link-button account-open" data-testid={TID.accountOpen} onClick={() => open(account.id)}>
                <span className="account-title">{account.name}</span>
                {account.industry ? <span className="account-industry">{account.industry}</span> : null}
              </button>
            )}
          </span>
          <span role="cell">
            <span className={`chip chip-tier chip-tier-${account.tier}`}>{t(`enums.tier.${account.tier}`)}</span>
          </span>
          <span role="cell">
            <span className={`chip chip-stage chip-stage-${account.stage}`}>{t(`enums.stage.${account.stage}`)}</span>
          </span>
          <span role="cell" className="num">
            {t('accounts.peopleCount', { count: account.peopleCount })}
          </span>
          <span role="cell" className="muted">
            {formatDate(account.updatedAt, locale)}
          </span>
          <span role="cell" className="row-actions">
            <button type="button" className="icon-btn" data-testid={TID.accountRename} title={t('common.rename')} aria-label={`${t('common.rename')}: ${account.name}`} onClick={() => setRenaming(account.id)}>
              <Icon name="pencil" />
            </button>
            <button type="button" className="icon-btn icon-btn-danger" data-testid={TID.accountDelete} title={t('common.delete')} aria-label={`${t('common.delete')}: ${account.name}`} onClick={() => onDelete(account)}>
              <Icon name="trash" />
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
