import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../../../../shared/analysis';
import { DEFAULT_SORT, filterRows, nextSort, NO_FILTER, sortRows } from './portfolioTable';

/** A key contact `days` since, against a 30-day cadence; null days: never contacted. */
function key(name: string, days: number | null): PortfolioRow['keyContact'] {
  return { personId: name, name, lastContact: days === null ? null : '2026-10-01', daysSince: days, daysOverdue: days === null ? null : days - 30 };
}

function row(name: string, overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  return {
    accountId: name,
    name,
    industry: '',
    tier: 'mid',
    stage: 'initial',
    peopleCount: 5,
    weightedCoverage: 50,
    layerCoverageRatio: 0.5,
    contactThread: 'spread',
    ownerThread: 'spread',
    bottlenecks: 0,
    redFlags: 0,
    critical: 0,
    warnings: 0,
    keyContact: key('Someone', 21),
    overdueKeyPeople: 0,
    risk: 'low',
    riskReasons: [],
    ...overrides,
  };
}

const names = (rows: PortfolioRow[]) => rows.map((r) => r.name);

const rows = [
  row('Beta Bank', { tier: 'core', risk: 'medium', weightedCoverage: 40, redFlags: 2, keyContact: key('Li Wei', 52), industry: 'Finance' }),
  row('Alpha Labs', { tier: 'general', risk: 'high', critical: 1, weightedCoverage: 70, contactThread: 'single', keyContact: key('Wang Fang', null), industry: 'Biotech' }),
  row('Gamma Grid', { tier: 'senior', risk: 'high', critical: 3, weightedCoverage: 20, ownerThread: 'none', redFlags: 5, industry: 'Énergie' }),
  row('Delta Air', { tier: 'core', risk: 'low', weightedCoverage: 90, stage: 'strategic', keyContact: null }),
];

describe('portfolio sorting', () => {
  it('opens riskiest first: high before medium before low, more critical findings first within a level', () => {
    expect(names(sortRows(rows, DEFAULT_SORT, 'en'))).toEqual(['Gamma Grid', 'Alpha Labs', 'Beta Bank', 'Delta Air']);
  });

  it('a first click shows the worst first, a second click reverses', () => {
    let sort = nextSort(DEFAULT_SORT, 'coverage');
    expect(sort).toEqual({ column: 'coverage', direction: 'asc' });
    expect(names(sortRows(rows, sort, 'en'))).toEqual(['Gamma Grid', 'Beta Bank', 'Alpha Labs', 'Delta Air']);
    sort = nextSort(sort, 'coverage');
    expect(names(sortRows(rows, sort, 'en'))).toEqual(['Delta Air', 'Alpha Labs', 'Beta Bank', 'Gamma Grid']);
    expect(names(sortRows(rows, nextSort(DEFAULT_SORT, 'redFlags'), 'en'))).toEqual(['Gamma Grid', 'Beta Bank', 'Alpha Labs', 'Delta Air']);
    expect(nextSort(nextSort(DEFAULT_SORT, 'risk'), 'risk')).toEqual(DEFAULT_SORT);
  });

  it('sorts tiers from core down and keeps equal rows in name order both ways', () => {
    const up = sortRows(rows, { column: 'tier', direction: 'asc' }, 'en');
    expect(names(up)).toEqual(['Beta Bank', 'Delta Air', 'Gamma Grid', 'Alpha Labs']);
    const down = sortRows(rows, { column: 'tier', direction: 'desc' }, 'en');
    expect(names(down)).toEqual(['Alpha Labs', 'Gamma Grid', 'Beta Bank', 'Delta Air']);
  });

  it('puts a key person never contacted first, then the most overdue, and accounts without key people last', () => {
    const sort = nextSort(DEFAULT_SORT, 'lastContact');
    expect(names(sortRows(rows, sort, 'en'))).toEqual(['Alpha Labs', 'Beta Bank', 'Gamma Grid', 'Delta Air']);
    expect(names(sortRows(rows, nextSort(sort, 'lastContact'), 'en'))).toEqual(['Delta Air', 'Gamma Grid', 'Beta Bank', 'Alpha Labs']);
  });

  it('sorts single-threaded contacts before spread ones', () => {
    expect(names(sortRows(rows, nextSort(DEFAULT_SORT, 'contact'), 'en'))[0]).toBe('Alpha Labs');
    expect(names(sortRows(rows, nextSort(DEFAULT_SORT, 'owner'), 'en'))[0]).toBe('Gamma Grid');
  });

  it('sorts Chinese names by pinyin under zh-CN', () => {
    const chinese = [row('张江医院'), row('安徽电力'), row('北京大学')];
    expect(names(sortRows(chinese, { column: 'name', direction: 'asc' }, 'zh-CN'))).toEqual(['安徽电力', '北京大学', '张江医院']);
    expect(names(sortRows(chinese, { column: 'name', direction: 'desc' }, 'zh-CN'))).toEqual(['张江医院', '北京大学', '安徽电力']);
  });
});

describe('portfolio filtering', () => {
  it('matches the text in the name or the industry, ignoring case and accents', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, text: 'bank' }))).toEqual(['Beta Bank']);
    expect(names(filterRows(rows, { ...NO_FILTER, text: 'energie' }))).toEqual(['Gamma Grid']);
    expect(names(filterRows(rows, { ...NO_FILTER, text: '  ' }))).toHaveLength(4);
  });

  it('narrows by tier and by risk, together with the text', () => {
    expect(names(filterRows(rows, { ...NO_FILTER, tier: 'core' }))).toEqual(['Beta Bank', 'Delta Air']);
    expect(names(filterRows(rows, { ...NO_FILTER, risk: 'high' }))).toEqual(['Alpha Labs', 'Gamma Grid']);
    expect(names(filterRows(rows, { text: 'a', tier: 'core', risk: 'low' }))).toEqual(['Delta Air']);
  });
});
