import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { TID } from '../../app/testids';
import { shortcutLabel } from '../../app/keyboard';
import { editorStore } from '../../app/services';
import { Icon } from '../../ui/icons';
import { FilterPanel } from './FilterPanel';
import { findStore, useFind } from './findStore';
import type { FindResults } from './useFindResults';
import { isFilterActive } from '../../../../shared/search';
import './find.css';

function filterCount(filter: ReturnType<typeof findStore.getState>['filter']): number {
  return filter.layers.length + filter.roles.length + filter.attitudes.length + filter.departments.length + filter.teamMemberIds.length;
}

/** Map | People: the same account drawn as a map or listed as a table. */
function ViewSwitch() {
  const { t } = useTranslation();
  const view = useFind((state) => state.view);
  const set = findStore.getState().setView;
  return (
    <div className="find-view-switch" role="group" aria-label={t('accountTools.view.label')}>
      <button type="button" className="find-view-btn" aria-pressed={view === 'map'} data-testid={TID.viewMap} title={t('accountTools.view.mapTitle')} onClick={() => set('map')}>
        <Icon name="layers" size={14} />
        <span>{t('accountTools.view.map')}</span>
      </button>
      <button type="button" className="find-view-btn" aria-pressed={view === 'people'} data-testid={TID.viewPeople} title={t('accountTools.view.peopleTitle')} onClick={() => set('people')}>
        <Icon name="legend" size={14} />
        <span>{t('accountTools.view.people')}</span>
      </button>
    </div>
  );
}

function FindBox({ results, onSelectHits }: { results: FindResults; onSelectHits(ids: string[]): void }) {
  const { t } = useTranslation();
  const query = useFind((state) => state.query);
  const focusRequest = useFind((state) => state.focusRequest);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(
    function focusOnRequest() {
      if (focusRequest === 0) return;
      inputRef.current?.focus();
      inputRef.current?.select();
    },
    [focusRequest],
  );

  return (
    <div className="search-box find-box">
      <Icon name="search" className="search-icon" />
      <input
        ref={inputRef}
        type="text"
        className="input search-input find-input"
        data-testid={TID.findInput}
        placeholder={t('accountTools.find.placeholder')}
        aria-label={t('accountTools.find.label')}
        title={t('accountTools.find.title').replace('Ctrl+F', shortcutLabel('Ctrl+F'))}
        aria-keyshortcuts="Control+F Meta+F"
        value={query}
        spellCheck={false}
        onChange={(event) => findStore.getState().setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            if (query !== '') findStore.getState().setQuery('');
            else event.currentTarget.blur();
          } else if (event.key === 'Enter' && results.hits.length > 0) {
            event.preventDefault();
            onSelectHits(results.hits);
          }
        }}
      />
      {results.searching ? (
        <span className={`find-count${results.hits.length === 0 ? ' find-count-none' : ''}`} data-testid={TID.findCount} data-hits={results.hits.length} aria-live="polite">
          {results.hits.length === 0 ? t('accountTools.find.none') : t('accountTools.find.hits', { count: results.hits.length })}
        </span>
      ) : null}
      {query !== '' ? (
        <button type="button" className="icon-btn find-clear" data-testid={TID.findClear} aria-label={t('accountTools.find.clear')} title={t('accountTools.find.clear')} onClick={() => findStore.getState().setQuery('')}>
          <Icon name="close" size={14} />
        </button>
      ) : null}
    </div>
  );
}

/**
 * Beside the account name: the view switch, the find box (Ctrl/Cmd+F) and the people filters. A
 * search rings the people found on the map and frames them; Enter selects them.
 */
export function FindBar({ data, results }: { data: AccountData; results: FindResults }) {
  const { t } = useTranslation();
  const filter = useFind((state) => state.filter);
  const filterOpen = useFind((state) => state.filterOpen);
  const count = filterCount(filter);
  const selectHits = (ids: string[]) => editorStore.getState().select(ids);
  return (
    <div className="find-bar" data-testid="find-bar">
      <ViewSwitch />
      <FindBox results={results} onSelectHits={selectHits} />
      <div className="find-filter">
        <button
          type="button"
          className={`btn btn-ghost btn-small find-filter-btn${count > 0 ? ' find-filter-on' : ''}`}
          data-testid={TID.filterToggle}
          aria-expanded={filterOpen}
          title={t('accountTools.filter.buttonTitle')}
          onClick={() => findStore.getState().setFilterOpen(!filterOpen)}
        >
          <Icon name="flag" size={14} />
          <span>{count > 0 ? t('accountTools.filter.active', { count }) : t('accountTools.filter.button')}</span>
          <Icon name="chevronDown" size={12} />
        </button>
        {filterOpen ? <FilterPanel data={data} /> : null}
      </div>
      {isFilterActive(filter) && results.passing ? (
        <span className="find-shown muted">{t('accountTools.filter.shown', { shown: results.passing.size, total: data.people.length })}</span>
      ) : null}
      {count > 0 ? (
        <button type="button" className="btn btn-ghost btn-small" data-testid={TID.filterClear} onClick={() => findStore.getState().clearFilter()}>
          <Icon name="close" size={12} />
          <span>{t('accountTools.filter.clear')}</span>
        </button>
      ) : null}
    </div>
  );
}
