import type { Competitor, Person } from '../../../shared/model';
import type { Db } from '../connection';
import { createEntityRepo, type TableSpec } from './table';

export const competitorsTable: TableSpec<Competitor> = {
  table: 'competitors',
  ownerColumn: 'account_id',
  immutable: ['id', 'accountId'],
  columns: { id: 'id', accountId: 'account_id', name: 'name' },
};

export function createCompetitorsRepo(db: Db) {
  const repo = createEntityRepo(db, competitorsTable);
  const naming = db.prepare<[string, string], Pick<Person, 'id' | 'favouredCompetitorId' | 'leftToCompetitorId'>>(
    `SELECT id, favoured_competitor_id AS favouredCompetitorId, left_to_competitor_id AS leftToCompetitorId
     FROM people WHERE favoured_competitor_id = ? OR left_to_competitor_id = ?`,
  );
  return {
    ...repo,
    /** The people naming a competitor (favoured, or where they went), whom deleting it changes (ON DELETE SET NULL). */
    namedBy: (competitorId: string) => naming.all(competitorId, competitorId),
  };
}
