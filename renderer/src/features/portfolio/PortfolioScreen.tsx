import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { PortfolioRow, RiskLevel } from '../../../../shared/analysis';
import { TIERS } from '../../../../shared/model';
import { setCommandHandler } from '../../app/commands';
import { dispatchCommand } from '../../app/dispatch';
import { PreferenceButtons } from '../../app/PreferenceButtons';
import { clockStore, navigationStore, reportError, useClock, useSettings } from '../../app/services';
import { portfolioSortId, TID } from '../../app/testids';
import { call } from '../../ipc/client';
import type { IconName } from '../../ui/icons';
import { Icon } from '../../ui/icons';
import { ExportDeckButton } from '../export/ExportDeckButton';
import { createPortfolioStore } from './portfolioStore';
import type { PortfolioColumn } from './portfolioTable';
import { filterRows, isFiltering, nextSort, PORTFOLIO_COLUMNS, sortRows } from './portfolioTable';
import './portfolio.css';
import { changedWithin, ChangedSinceFilter, Sparkline, usePortfolioHistory, type ChangedSince, type PortfolioHistory } from './PortfolioTrends';

const portfolioStore = createPortfolioStore({ call }, reportError);
const usePortfolio = <T,>(select: (state: ReturnType<typeof portfolioStore.getState>) => T) => useStore(portfolioStore, select);

const RISK_ICON: Record<RiskLevel, IconName> = { high: 'critical', medium: 'alert', low: 'check' };
const NUMERIC: ReadonlySet<PortfolioColumn> = new Set(['coverage', 'bottlenecks', 'redFlags', 'critical']);

function RiskBadge({ row }: { row: PortfolioRow }) {
  const { t } = useTranslation();
  const reasons = row.riskReasons.length > 0 ? row.riskReasons.map((r) => t(`portfolio.reason.${r}`)).join('\n') : t('portfolio.noReasons');
  return (
    <span className={`pf-risk pf-risk-${row.risk}`} title={reasons} data-risk={row.risk}>
      <Icon name={RISK_ICON[row.risk]} size={14} />
      <span>{t(`portfolio.risk.${row.risk}`)}</span>
      <span className="sr-only">: {reasons}</span>
    </span>
  );
}

/** The key person most overdue for a contact, named, with how long since and how far past the cadence. */
function KeyContactCell({ contact }: { contact: PortfolioRow['keyContact'] }) {
  const { t, i18n } = useTranslation();
  if (!contact) return <span className="pf-never">{t('accountTools.keyContact.none')}</span>;
  const overdue = contact.daysOverdue === null || contact.daysOverdue > 0;
  const formatted = contact.lastContact
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${contact.lastContact}T00:00:00Z`))
    : null;
  // How far past the cadence says what to do; the days since and the date are in the tooltip.
  const since = contact.daysSince === null ? null : contact.daysSince === 0 ? t('portfolio.today') : t('accountTools.keyContact.since', { count: contact.daysSince });
  const state =
    contact.daysOverdue === null
      ? t('accountTools.keyContact.never')
      : contact.daysOverdue > 0
        ? t('accountTools.keyContact.overdue', { count: contact.daysOverdue })
        : since;
  const title = [t('accountTools.keyContact.title', { name: contact.name }), since, formatted].filter(Boolean).join('\n');
  return (
    <span className={`pf-key${overdue ? ' pf-key-overdue' : ''}`} title={title} data-testid={TID.portfolioKeyContact} data-person-id={contact.personId}>
      <span className="pf-key-name">{contact.name}</span>
      <span className="pf-key-when">
        {overdue ? <Icon name="alert" size={12} /> : null}
        <span>{state}</span>
      </span>
    </span>
  );
}

function Coverage({ score }: { score: number }) {
  const rounded = Math.round(score);
  return (
    <span className="pf-coverage">
      <span className="pf-coverage-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(rounded, 2)}%` }} data-tone={rounded < 40 ? 'low' : rounded < 70 ? 'mid' : 'high'} />
      </span>
      <span className="num">{rounded}</span>
    </span>
  );
}

function Thread({ status }: { status: PortfolioRow['contactThread'] }) {
  const { t } = useTranslation();
  const thin = status !== 'spread';
  return (
    <span className={`pf-thread${thin ? ' pf-thread-thin' : ''}`}>
      {thin ? <Icon name="alert" size={13} /> : null}
      {t(`portfolio.thread.${status}`)}
    </span>
  );
}

function Count({ value, tone }: { value: number; tone: 'critical' | 'warning' | 'plain' }) {
  return <span className={`num pf-count${value > 0 ? ` pf-count-${tone}` : ' pf-count-zero'}`}>{value}</span>;
}

function SortHeader({ column }: { column: PortfolioColumn }) {
  const { t } = useTranslation();
  const sort = usePortfolio((state) => state.sort);
  const active = sort.column === column;
  const label = t(`portfolio.column.${column}`);
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={`pf-th pf-col-${column}${NUMERIC.has(column) ? ' pf-num' : ''}`}>
      <button
        type="button"
        className={`pf-sort${active ? ' pf-sort-active' : ''}`}
        data-testid={portfolioSortId(column)}
        title={t('portfolio.sortBy', { column: label })}
        onClick={() => portfolioStore.getState().setSort(nextSort(sort, column))}
      >
        <span>{label}</span>
        <Icon name={active ? (sort.direction === 'asc' ? 'sortAsc' : 'sortDesc') : 'sortNone'} size={12} />
      </button>
    </th>
  );
}

function open(accountId: string) {
  void navigationStore.getState().openAccount(accountId);
}

function Row({ row, history }: { row: PortfolioRow; history: PortfolioHistory }) {
  const points = history.trends.get(row.accountId);
  const { t } = useTranslation();
  return (
    <tr className="pf-row" data-testid={TID.portfolioRow} data-account-id={row.accountId} data-risk={row.risk} onClick={() => open(row.accountId)}>
      <td className="pf-col-name">
        <button
          type="button"
          className="pf-open"
          data-testid={TID.portfolioOpen}
          aria-label={t('portfolio.openAccount', { name: row.name })}
          onClick={(event) => {
            event.stopPropagation();
            open(row.accountId);
          }}
        >
          <span className="pf-name">{row.name}</span>
          {row.industry ? <span className="pf-industry">{row.industry}</span> : null}
        </button>
      </td>
      <td>
        <span className={`chip chip-tier-${row.tier}`}>{t(`enums.tier.${row.tier}`)}</span>
      </td>
      <td>
        <span className={`chip chip-stage-${row.stage}`}>{t(`enums.stage.${row.stage}`)}</span>
      </td>
      <td className="pf-num">
        <span className="pf-trend-cell">
          <Sparkline points={points} metric="weightedCoverage" max={100} />
          <Coverage score={row.weightedCoverage} />
        </span>
      </td>
      <td>
        <Thread status={row.contactThread} />
      </td>
      <td>
        <Thread status={row.ownerThread} />
      </td>
      <td className="pf-num">
        <Count value={row.bottlenecks} tone="critical" />
      </td>
      <td className="pf-num">
        <span className="pf-trend-cell">
          <Sparkline points={points} metric="redFlags" />
          <Count value={row.redFlags} tone="warning" />
        </span>
      </td>
      <td className="pf-num">
        <Count value={row.critical} tone="critical" />
      </td>
      <td className="pf-col-lastContact">
        <KeyContactCell contact={row.keyContact} />
      </td>
      <td>
        <RiskBadge row={row} />
      </td>
    </tr>
  );
}

function Filters({ shown, total, shownIds, changedSince, onChangedSince }: { shown: number; total: number; shownIds: readonly string[]; changedSince: ChangedSince; onChangedSince(next: ChangedSince): void }) {
  const { t } = useTranslation();
  const filter = usePortfolio((state) => state.filter);
  const set = portfolioStore.getState().setFilter;
  return (
    <div className="pf-filters">
      <div className="search-box pf-search">
        <Icon name="search" className="search-icon" />
        <input
          type="search"
          className="input search-input"
          data-testid={TID.portfolioFilter}
          placeholder={t('portfolio.filterPlaceholder')}
          aria-label={t('portfolio.filterLabel')}
          value={filter.text}
          onChange={(event) => set({ text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter.text) {
              event.stopPropagation();
              set({ text: '' });
            }
          }}
        />
      </div>
      <select className="input select pf-select" data-testid={TID.portfolioFilterTier} aria-label={t('portfolio.tierFilter')} value={filter.tier} onChange={(event) => set({ tier: event.target.value as typeof filter.tier })}>
        <option value="all">{t('portfolio.allTiers')}</option>
        {TIERS.map((tier) => (
          <option key={tier} value={tier}>
            {t(`enums.tier.${tier}`)}
          </option>
        ))}
      </select>
      <select className="input select pf-select" data-testid={TID.portfolioFilterRisk} aria-label={t('portfolio.riskFilter')} value={filter.risk} onChange={(event) => set({ risk: event.target.value as typeof filter.risk })}>
        <option value="all">{t('portfolio.allRisks')}</option>
        {(['high', 'medium', 'low'] as const).map((risk) => (
          <option key={risk} value={risk}>
            {t(`portfolio.risk.${risk}`)}
          </option>
        ))}
      </select>
      <ChangedSinceFilter value={changedSince} onChange={onChangedSince} />
      <span className="pf-shown muted">{t('portfolio.shown', { shown, total })}</span>
      <ExportDeckButton accountIds={shownIds} />
    </div>
  );
}

/** Every account with its headline analysis, sortable and filterable; one click opens an account. */
export function PortfolioScreen() {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const thresholds = useSettings((state) => state.analysis);
  const rows = usePortfolio((state) => state.rows);
  const loaded = usePortfolio((state) => state.loaded);
  const error = usePortfolio((state) => state.error);
  const sort = usePortfolio((state) => state.sort);
  const filter = usePortfolio((state) => state.filter);
  const history = usePortfolioHistory(rows);
  const today = useClock((state) => state.today);
  const [changedSince, setChangedSince] = useState<ChangedSince>(0);
  const visible = useMemo(
    () => sortRows(filterRows(rows, filter), sort, locale).filter((row) => !today || changedWithin(history.changedAt.get(row.accountId), changedSince, today)),
    [rows, filter, sort, locale, history, changedSince, today],
  );

  useEffect(
    function loadPortfolio() {
      void clockStore.getState().refresh();
      void portfolioStore.getState().load();
    },
    [thresholds],
  );

  useEffect(function noScreenCommands() {
    // New account and import belong to the account list; the portfolio has no commands of its own.
    setCommandHandler(null);
  }, []);

  return (
    <div className="screen portfolio-screen">
      <header className="topbar">
        <button type="button" className="btn btn-ghost back-btn" data-testid={TID.portfolioBack} title={t('portfolio.backTitle')} onClick={() => dispatchCommand('showAccounts')}>
          <Icon name="back" />
          <span className="tool-label">{t('portfolio.back')}</span>
        </button>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <div className="topbar-actions">
          <PreferenceButtons />
        </div>
      </header>
      <main className="accounts-main pf-main">
        <div className="accounts-heading">
          <h1>{t('portfolio.title')}</h1>
          <p className="muted">{t('portfolio.subtitle')}</p>
        </div>
        {!loaded ? (
          <div className="pf-loading" aria-busy="true">
            <span className="spinner" aria-hidden="true" />
            <span>{t('portfolio.loading')}</span>
          </div>
        ) : error && rows.length === 0 ? (
          <div className="empty-state">
            <h2>{t('portfolio.failed')}</h2>
            <button type="button" className="btn" onClick={() => void portfolioStore.getState().load()}>
              {t('portfolio.retry')}
            </button>
          </div>
        ) : rows.length === 0 ? (
          <div className="empty-state" data-testid={TID.portfolioEmpty}>
            <div className="empty-illustration" aria-hidden="true">
              <span />
              <span />
              <span />
            </div>
            <h2>{t('portfolio.emptyTitle')}</h2>
            <p className="muted">{t('portfolio.emptyBody')}</p>
          </div>
        ) : (
          <>
            <Filters shown={visible.length} total={rows.length} shownIds={visible.map((row) => row.accountId)} changedSince={changedSince} onChangedSince={setChangedSince} />
            <div className="pf-table-wrap">
              <table className="pf-table" data-testid={TID.portfolioTable} aria-label={t('portfolio.title')}>
                <thead>
                  <tr>
                    {PORTFOLIO_COLUMNS.map((column) => (
                      <SortHeader key={column} column={column} />
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {visible.map((row) => (
                    <Row key={row.accountId} row={row} history={history} />
                  ))}
                </tbody>
              </table>
              {visible.length === 0 && (isFiltering(filter) || changedSince !== 0) ? (
                <div className="pf-no-match" data-testid={TID.portfolioNoMatch}>
                  <span className="muted">{t('portfolio.noMatch')}</span>
                  <button type="button" className="btn btn-small" onClick={() => {
                      portfolioStore.getState().clearFilter();
                      setChangedSince(0);
                    }}
                  >
                    {t('portfolio.clearFilter')}
                  </button>
                </div>
              ) : null}
            </div>
          </>
        )}
      </main>
    </div>
  );
}
