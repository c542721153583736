import type { PortfolioRow, RiskLevel } from '../../../../shared/analysis';
import { STAGES, TIERS } from '../../../../shared/model';
import type { Tier } from '../../../../shared/model';
import { foldForMatch as fold } from '../../../../shared/search/normalize';
import { sortByName } from '../../stores/collate';

/**
 * Sorting and filtering the portfolio, as plain functions of the rows (the table only draws them).
 * "Ascending" is the natural reading of each column: names A to Z, tiers from core down, stages in
 * their order, numbers from small to large, threads from none to spread, contacts from never and oldest
 * to newest, key contacts from the least to the most overdue, risk from low to high. The first click on a
 * column shows the worst first.
 */
export const PORTFOLIO_COLUMNS = ['name', 'tier', 'stage', 'coverage', 'contact', 'owner', 'bottlenecks', 'redFlags', 'critical', 'lastContact', 'risk'] as const;
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export interface PortfolioSort {
  column: PortfolioColumn;
  direction: SortDirection;
}

/** Riskiest first, as the portfolio opens. */
export const DEFAULT_SORT: PortfolioSort = { column: 'risk', direction: 'desc' };

const FIRST_DIRECTION: Record<PortfolioColumn, SortDirection> = {
  name: 'asc',
  tier: 'asc',
  stage: 'asc',
  coverage: 'asc',
  contact: 'asc',
  owner: 'asc',
  bottlenecks: 'desc',
  redFlags: 'desc',
  critical: 'desc',
  lastContact: 'desc',
  risk: 'desc',
};

/** A click on a header: the same column flips its direction; another starts with its worst first. */
export function nextSort(current: PortfolioSort, column: PortfolioColumn): PortfolioSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: FIRST_DIRECTION[column] };
}

const THREAD_ORDER: Record<string, number> = { none: 0, single: 1, concentrated: 2, spread: 3 };
const RISK_ORDER: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };
const rank = (list: readonly string[], value: string) => list.indexOf(value);

/** How overdue the account's most overdue key person is: never contacted is the most, no key person the least. */
function overdueRank(row: PortfolioRow): number {
  if (!row.keyContact) return Number.NEGATIVE_INFINITY;
  return row.keyContact.daysOverdue ?? Number.POSITIVE_INFINITY;
}

type Compare = (a: PortfolioRow, b: PortfolioRow) => number;

const ASCENDING: Record<Exclude<PortfolioColumn, 'name'>, Compare> = {
  tier: (a, b) => rank(TIERS, a.tier) - rank(TIERS, b.tier),
  stage: (a, b) => rank(STAGES, a.stage) - rank(STAGES, b.stage),
  coverage: (a, b) => a.weightedCoverage - b.weightedCoverage,
  contact: (a, b) => (THREAD_ORDER[a.contactThread] ?? 0) - (THREAD_ORDER[b.contactThread] ?? 0),
  owner: (a, b) => (THREAD_ORDER[a.ownerThread] ?? 0) - (THREAD_ORDER[b.ownerThread] ?? 0),
  bottlenecks: (a, b) => a.bottlenecks - b.bottlenecks,
  redFlags: (a, b) => a.redFlags - b.redFlags,
  critical: (a, b) => a.critical - b.critical,
  lastContact: (a, b) => overdueRank(a) - overdueRank(b),
  // Within a level, more critical findings and then lower coverage count as riskier.
  risk: (a, b) => RISK_ORDER[a.risk] - RISK_ORDER[b.risk] || a.critical - b.critical || b.weightedCoverage - a.weightedCoverage,
};

/**
 * The rows in the chosen order. Names are compared the way a reader of `locale` expects (pinyin under
 * zh-CN); rows equal in the chosen column stay in name order whichever the direction.
 */
export function sortRows(rows: readonly PortfolioRow[], sort: PortfolioSort, locale: string): PortfolioRow[] {
  const byName = sortByName(rows, locale, (row) => row.name);
  if (sort.column === 'name') return sort.direction === 'asc' ? byName : byName.reverse();
  const compare = ASCENDING[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return byName.sort((a, b) => sign * compare(a, b));
}

export interface PortfolioFilter {
  text: string;
  tier: Tier | 'all';
  risk: RiskLevel | 'all';
}

export const NO_FILTER: PortfolioFilter = { text: '', tier: 'all', risk: 'all' };

export function isFiltering(filter: PortfolioFilter): boolean {
  return filter.text.trim() !== '' || filter.tier !== 'all' || filter.risk !== 'all';
}

/** Rows whose name or industry contains the text (case and accents aside), of the chosen tier and risk. */
export function filterRows(rows: readonly PortfolioRow[], filter: PortfolioFilter): PortfolioRow[] {
  const needle = fold(filter.text.trim());
  return rows.filter(
    (row) =>
      (filter.tier === 'all' || row.tier === filter.tier) &&
      (filter.risk === 'all' || row.risk === filter.risk) &&
      (needle === '' || fold(row.name).includes(needle) || fold(row.industry).includes(needle)),
  );
}
