import type { Link } from '../../../shared/model';
import type { Db } from '../connection';
import { createEntityRepo, type TableSpec } from './table';

export const linksTable: TableSpec<Link> = {
  table: 'links',
  ownerColumn: 'account_id',
  immutable: ['id', 'accountId', 'kind', 'from', 'to'],
  columns: {
    id: 'id',
    accountId: 'account_id',
    kind: 'kind',
    from: 'from_id',
    to: 'to_id',
    strength: 'strength',
    lastContact: 'last_contact',
  },
};

export const createLinksRepo = (db: Db) => createEntityRepo(db, linksTable);
