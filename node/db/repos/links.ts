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

export function createLinksRepo(db: Db) {
  const repo = createEntityRepo(db, linksTable);
  const touching = db.prepare<[string, string], string>('SELECT id FROM links WHERE from_id = ? UNION SELECT id FROM links WHERE to_id = ?').pluck();
  return {
    ...repo,
    /** The links starting or ending at a node: what deleting it takes with it (the history records them). */
    touching: (nodeId: string): Link[] => touching.all(nodeId, nodeId).flatMap((id) => repo.get(id) ?? []),
  };
}
