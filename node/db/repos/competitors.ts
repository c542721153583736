import type { Competitor } from '../../../shared/model';
import type { Db } from '../connection';
import { createEntityRepo, type TableSpec } from './table';

export const competitorsTable: TableSpec<Competitor> = {
  table: 'competitors',
  ownerColumn: 'account_id',
  immutable: ['id', 'accountId'],
  columns: { id: 'id', accountId: 'account_id', name: 'name' },
};

export const createCompetitorsRepo = (db: Db) => createEntityRepo(db, competitorsTable);
