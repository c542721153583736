import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/ipc';
import { useAccounts } from '../../app/services';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';

interface Props {
  text: string;
  onOpen(hit: SearchHit): void;
}

/** Accounts and people matching the search; a person hit opens their account with them selected. */
export function SearchResults({ text, onOpen }: Props) {
  const { t } = useTranslation();
  const hits = useAccounts((state) => state.hits);
  const query = useAccounts((state) => state.query);
  const current = query === text;
  const grouped = useMemo(() => hits, [hits]);

  if (current && grouped.length === 0) return <p className="muted search-empty">{t('accounts.noHits', { query: text })}</p>;
  return (
    <ul className="search-hits" aria-busy={!current}>
      {grouped.map((hit) => (
        <li key={`${hit.accountId}:${hit.personId ?? ''}`}>
          <button type="button" className="search-hit" data-testid={TID.searchHit} data-account-id={hit.accountId} data-person-id={hit.personId ?? ''} onClick={() => onOpen(hit)}>
            <Icon name={hit.personId ? 'person' : 'team'} className="search-hit-icon" />
            {hit.personId ? (
              <span className="search-hit-text">
                <span className="search-hit-title">{hit.personName}</span>
                <span className="search-hit-sub">{[hit.personTitle, hit.accountName].filter(Boolean).join(' · ')}</span>
              </span>
            ) : (
              <span className="search-hit-text">
                <span className="search-hit-title">{hit.accountName}</span>
                <span className="search-hit-sub">{t('accounts.hitAccount')}</span>
              </span>
            )}
            <Icon name="arrowRight" className="search-hit-go" />
          </button>
        </li>
      ))}
    </ul>
  );
}
