import type { SearchHit } from '../../../shared/ipc';
import type { Db } from '../connection';
import { containsPattern, normalizeForSearch } from '../search-text';

interface Query {
  pattern: string;
  needle: string;
  limit: number;
}

interface PersonRow {
  id: string;
  name: string;
  title: string;
  account_id: string;
  account_name: string;
}

/** Names that start with the text come before names that merely contain it. */
export function createSearchRepo(db: Db) {
  const statements = {
    accounts: db.prepare<Query, { id: string; name: string }>(`
      SELECT id, name FROM accounts
      WHERE name_search LIKE @pattern ESCAPE '\\'
      ORDER BY instr(name_search, @needle) <> 1, name_search
      LIMIT @limit`),
    people: db.prepare<Query, PersonRow>(`
      SELECT p.id, p.name, p.title, a.id AS account_id, a.name AS account_name
      FROM people p JOIN accounts a ON a.id = p.account_id
      WHERE p.name_search LIKE @pattern ESCAPE '\\'
      ORDER BY instr(p.name_search, @needle) <> 1, p.name_search, a.name_search
      LIMIT @limit`),
  };
  return {
    /** Accounts first, then people; at most `limit` hits in all. */
    search(text: string, limit: number): SearchHit[] {
      const needle = normalizeForSearch(text.trim());
      const max = Math.floor(limit);
      if (needle === '' || !(max > 0)) return [];
      const query = { pattern: containsPattern(needle), needle, limit: max };
      const accounts: SearchHit[] = statements.accounts.all(query).map((row) => ({
        accountId: row.id,
        accountName: row.name,
        personId: null,
        personName: null,
        personTitle: null,
      }));
      if (accounts.length >= max) return accounts;
      const people: SearchHit[] = statements.people.all({ ...query, limit: max - accounts.length }).map((row) => ({
        accountId: row.account_id,
        accountName: row.account_name,
        personId: row.id,
        personName: row.name,
        personTitle: row.title,
      }));
      return [...accounts, ...people];
    },
  };
}

export type SearchRepo = ReturnType<typeof createSearchRepo>;
