import type { Person } from '../model';
import { foldForMatch } from './normalize';
import { pinyinForms } from './pinyin';

/** The fields a person is found by, in the order a hit is explained. */
export const SEARCH_FIELDS = ['name', 'title', 'department'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One person's searchable text, folded once per change of the account rather than once per keystroke. */
export interface SearchEntry {
  id: string;
  /** folded name, title and department */
  text: Readonly<Record<SearchField, string>>;
  /** Pinyin of the name and department where they hold Chinese ("zhangsan", "zs"); empty otherwise. */
  pinyin: readonly string[];
}

export type SearchIndex = readonly SearchEntry[];

type Searchable = Pick<Person, 'id' | 'name' | 'title' | 'department'>;

function pinyinOf(...texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const forms = pinyinForms(text);
    if (forms) out.push(forms.full, forms.initials);
  }
  return out;
}

export function searchEntry(person: Searchable): SearchEntry {
  return {
    id: person.id,
    text: { name: foldForMatch(person.name), title: foldForMatch(person.title), department: foldForMatch(person.department) },
    pinyin: pinyinOf(person.name, person.department),
  };
}

/** People are replaced, never changed, by an edit: an unchanged person keeps their entry across rebuilds. */
const entries = new WeakMap<Searchable, SearchEntry>();

export function buildSearchIndex(people: readonly Searchable[]): SearchIndex {
  return people.map((person) => {
    let entry = entries.get(person);
    if (!entry) {
      entry = searchEntry(person);
      entries.set(person, entry);
    }
    return entry;
  });
}

/** What was typed, folded the way the index is; blank means no search. */
export interface SearchQuery {
  folded: string;
  /** letters and digits only, for pinyin ("zhang san" -> "zhangsan") */
  compact: string;
}

export function parseQuery(typed: string): SearchQuery | null {
  const folded = foldForMatch(typed).trim().replace(/\s+/g, ' ');
  if (folded === '') return null;
  return { folded, compact: folded.replace(/[^\p{L}\p{N}]+/gu, '') };
}

/** Where the query is found in one entry: the first field that holds it, or 'pinyin', or null. */
export function matchEntry(entry: SearchEntry, query: SearchQuery): SearchField | 'pinyin' | null {
  for (const field of SEARCH_FIELDS) if (entry.text[field].includes(query.folded)) return field;
  // Pinyin is Latin letters only: "zs" finds 张三, "zhangs" and "zhang san" too.
  if (query.compact !== '' && /^[a-z0-9]+$/.test(query.compact)) {
    for (const form of entry.pinyin) if (form.includes(query.compact)) return 'pinyin';
  }
  return null;
}

/**
 * The ids of the people the typed text finds, in the index's order: a case-, width- and accent-
 * insensitive substring of the name, title or department, or of the pinyin (full or initials) of a
 * Chinese name or department. Blank text finds nobody.
 */
export function searchPeople(index: SearchIndex, typed: string): string[] {
  const query = parseQuery(typed);
  if (!query) return [];
  const hits: string[] = [];
  for (const entry of index) if (matchEntry(entry, query) !== null) hits.push(entry.id);
  return hits;
}
