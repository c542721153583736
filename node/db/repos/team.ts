import type { TeamMember } from '../../../shared/model';
import type { Db } from '../connection';
import { createEntityRepo, type TableSpec } from './table';

export const teamTable: TableSpec<TeamMember> = {
  table: 'team_members',
  ownerColumn: 'account_id',
  immutable: ['id', 'accountId'],
  columns: { id: 'id', accountId: 'account_id', name: 'name', function: 'function', x: 'x', y: 'y' },
};

export const createTeamRepo = (db: Db) => createEntityRepo(db, teamTable);
