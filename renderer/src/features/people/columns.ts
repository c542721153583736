import type { AccountData, Person } from '../../../../shared/model';
import { ATTITUDES, DRIVERS, FITS, LAYERS, ROLES } from '../../../../shared/model';
import type { PersonPatch } from '../../../../shared/edit';

/**
 * The People table's columns, read from this one list: the header, the cell, the sort and the
 * in-place editor of each. A new person field (verified on, e-mail, phone, source) is one entry here.
 */

/** Who of our team covers a person and how strongly: the panel's "covers", in a cell. */
export interface Coverage {
  best: number | null;
  /** names of our team covering them, strongest first */
  names: string[];
}

export interface TableContext {
  coverage: ReadonlyMap<string, Coverage>;
  competitorNames: ReadonlyMap<string, string>;
}

export type EditorKind =
  | { kind: 'text'; field: 'name' | 'title' | 'department' | 'contact' | 'judgesBy' | 'nextStep' | 'privateNotes' }
  | { kind: 'select'; options: readonly string[]; enumGroup: string | null; nullable: boolean }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'roles' };

export interface PeopleColumn {
  id: string;
  /** message key of the header */
  label: string;
  /** kept out of a workshop (private fields) */
  private?: boolean;
  numeric?: boolean;
  /** the value sorted by; null sorts last both ways */
  sortValue(person: Person, context: TableContext): string | number | null;
  /** the editor used in place; none for values the table only shows */
  editor?: EditorKind;
  /** the raw value the editor starts from */
  raw?(person: Person): string;
  /** the patch an edited raw value makes */
  patch?(value: string): PersonPatch;
  /** CSS width in px */
  width: number;
}

const rank = (list: readonly string[], value: string | null) => (value === null ? null : list.indexOf(value));

const text = (field: Extract<EditorKind, { kind: 'text' }>['field'], label: string, width: number, isPrivate = false): PeopleColumn => ({
  id: field,
  label,
  private: isPrivate,
  width,
  sortValue: (p) => (p[field].trim() === '' ? null : p[field]),
  editor: { kind: 'text', field },
  raw: (p) => p[field],
  patch: (value) => ({ [field]: value }),
});


type EnumField = 'layer' | 'attitude' | 'fitOurs' | 'fitCompetitor';

/** A field holding one of an enumeration: sorted in the enumeration's order, edited with a list. */
const choice = (field: EnumField, options: readonly string[], enumGroup: string, width: number): PeopleColumn => ({
  id: field,
  label: `person.${field}`,
  width,
  sortValue: (p) => rank(options, p[field]),
  editor: { kind: 'select', options, enumGroup, nullable: false },
  raw: (p) => p[field],
  patch: (value) => ({ [field]: value }),
});

export const PEOPLE_COLUMNS: readonly PeopleColumn[] = [
  text('name', 'person.name', 170),
  text('title', 'person.title', 160),
  text('department', 'person.department', 130),
  choice('layer', LAYERS, 'layer', 120),
  {
    id: 'roles',
    label: 'person.roles',
    width: 170,
    // People with a role before those without; then by their first role in DOMAIN's order.
    sortValue: (p) => (p.roles.length === 0 ? null : Math.min(...p.roles.map((r) => ROLES.indexOf(r)))),
    editor: { kind: 'roles' },
  },
  // Champion first, the order a KAM reads attitudes in; unknown after opponent.
  choice('attitude', ATTITUDES, 'attitude', 130),
  {
    id: 'influence',
    label: 'person.influence',
    width: 90,
    numeric: true,
    // Weightiest first reads best, so "ascending" runs 5 to 1 like the other rankings here.
    sortValue: (p) => -p.influence,
    editor: { kind: 'number', min: 1, max: 5 },
    raw: (p) => String(p.influence),
    patch: (value) => ({ influence: Number(value) }),
  },
  {
    id: 'covers',
    label: 'accountTools.table.covers',
    width: 170,
    sortValue: (p, c) => {
      const best = c.coverage.get(p.id)?.best;
      return best === null || best === undefined ? null : -best;
    },
  },
  {
    id: 'targetRelationship',
    label: 'person.targetRelationship',
    width: 130,
    sortValue: (p) => (p.targetRelationship === null ? null : -p.targetRelationship),
    editor: { kind: 'select', options: ['0', '1', '2', '3'], enumGroup: 'coversStrength', nullable: true },
    raw: (p) => (p.targetRelationship === null ? '' : String(p.targetRelationship)),
    patch: (value) => ({ targetRelationship: value === '' ? null : Number(value) }),
  },
  {
    id: 'lastContact',
    label: 'person.lastContact',
    width: 130,
    sortValue: (p) => p.lastContact,
    editor: { kind: 'date' },
    raw: (p) => p.lastContact ?? '',
    patch: (value) => ({ lastContact: value === '' ? null : value }),
  },
  text('nextStep', 'person.nextStep', 200),
  {
    id: 'favouredCompetitorId',
    label: 'person.favouredCompetitorId',
    width: 140,
    sortValue: (p, c) => (p.favouredCompetitorId === null ? null : (c.competitorNames.get(p.favouredCompetitorId) ?? null)),
    // Options are the account's competitors; the table fills them in.
    editor: { kind: 'select', options: [], enumGroup: null, nullable: true },
    raw: (p) => p.favouredCompetitorId ?? '',
    patch: (value) => ({ favouredCompetitorId: value === '' ? null : value }),
  },
  choice('fitOurs', FITS, 'fit', 120),
  choice('fitCompetitor', FITS, 'fit', 120),
  text('judgesBy', 'person.judgesBy', 200),
  {
    id: 'driver',
    label: 'person.driver',
    private: true,
    width: 120,
    sortValue: (p) => rank(DRIVERS, p.driver),
    editor: { kind: 'select', options: DRIVERS, enumGroup: 'driver', nullable: true },
    raw: (p) => p.driver ?? '',
    patch: (value) => ({ driver: value === '' ? null : (value as Person['driver']) }),
  },
  text('contact', 'person.contact', 180, true),
  text('privateNotes', 'person.privateNotes', 220, true),
];

export function tableContext(data: AccountData): TableContext {
  const teamNames = new Map(data.team.map((m) => [m.id, m.name]));
  const byPerson = new Map<string, { strength: number; name: string }[]>();
  for (const link of data.links) {
    if (link.kind !== 'covers') continue;
    const list = byPerson.get(link.to) ?? [];
    list.push({ strength: link.strength ?? 0, name: teamNames.get(link.from) ?? '' });
    byPerson.set(link.to, list);
  }
  const coverage = new Map<string, Coverage>();
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => b.strength - a.strength);
    coverage.set(personId, { best: list[0]?.strength ?? null, names: list.map((c) => c.name).filter(Boolean) });
  }
  return { coverage, competitorNames: new Map(data.competitors.map((c) => [c.id, c.name])) };
}

export type SortDirection = 'asc' | 'desc';
export interface PeopleSort {
  column: string;
  direction: SortDirection;
}

export const DEFAULT_PEOPLE_SORT: PeopleSort = { column: 'name', direction: 'asc' };

/** A click on a header: the same column flips, another starts ascending. */
export function nextPeopleSort(current: PeopleSort, column: string): PeopleSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: 'asc' };
}

/**
 * The people in the chosen order. Text compares as a reader of `locale` expects (pinyin under zh-CN,
 * numbers as numbers); empty values go last whichever the direction; equal rows keep name order.
 */
export function sortPeople(people: readonly Person[], sort: PeopleSort, context: TableContext, locale: string): Person[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const column = PEOPLE_COLUMNS.find((c) => c.id === sort.column) ?? PEOPLE_COLUMNS[0]!;
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = people.map((person) => ({ person, key: column.sortValue(person, context) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else {
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.person.name, b.person.name);
  });
  return keyed.map((k) => k.person);
}
