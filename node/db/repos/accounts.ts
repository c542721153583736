import type { Account, AccountSummary } from '../../../shared/model';
import type { Db } from '../connection';
import { normalizeForSearch } from '../search-text';
import { createEntityRepo, type TableSpec } from './table';

export const accountsTable: TableSpec<Account> = {
  table: 'accounts',
  ownerColumn: 'id',
  immutable: ['id'],
  columns: {
    id: 'id',
    name: 'name',
    industry: 'industry',
    region: 'region',
    notes: 'notes',
    tier: 'tier',
    funnelClass: 'funnel_class',
    stage: 'stage',
    shareOfWallet: 'share_of_wallet',
    visitCadenceDays: 'visit_cadence_days',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  derived: { name: { column: 'name_search', compute: normalizeForSearch } },
};

interface SummaryRow {
  id: string;
  name: string;
  industry: string;
  tier: AccountSummary['tier'];
  stage: AccountSummary['stage'];
  people_count: number;
  updated_at: string;
}

const toSummary = (row: SummaryRow): AccountSummary => ({
  id: row.id,
  name: row.name,
  industry: row.industry,
  tier: row.tier,
  stage: row.stage,
  peopleCount: row.people_count,
  updatedAt: row.updated_at,
});

const SUMMARY_SELECT = `
  SELECT a.id, a.name, a.industry, a.tier, a.stage, a.updated_at,
         (SELECT count(*) FROM people p WHERE p.account_id = a.id) AS people_count
  FROM accounts a`;

export function createAccountsRepo(db: Db) {
  const statements = {
    touch: db.prepare<[string, string]>('UPDATE accounts SET updated_at = ? WHERE id = ?'),
    summaries: db.prepare<[], SummaryRow>(SUMMARY_SELECT),
    summary: db.prepare<[string], SummaryRow>(`${SUMMARY_SELECT} WHERE a.id = ?`),
    isEmpty: db.prepare<[], number>('SELECT NOT EXISTS (SELECT 1 FROM accounts)').pluck(),
  };
  return {
    ...createEntityRepo(db, accountsTable),
    touch: (id: string, updatedAt: string) => void statements.touch.run(updatedAt, id),
    summaries: (): AccountSummary[] => statements.summaries.all().map(toSummary),
    summary: (id: string): AccountSummary | undefined => {
      const row = statements.summary.get(id);
      return row === undefined ? undefined : toSummary(row);
    },
    isEmpty: (): boolean => statements.isEmpty.get() === 1,
  };
}

export type AccountsRepo = ReturnType<typeof createAccountsRepo>;
