import { newPerson, newTeamMember } from '../edit/defaults';
import { idsInOrder } from './ids';
import type { Edit } from '../edit/edit';
import { patchEdit } from '../edit/patch';
import type { AccountData, IsoDate, Layer, Link, Op, Person, TeamMember } from '../model';
import { suggestLayer } from './layer-suggestion';
import { sourceStamp, type StampLocale } from './source-stamp';
import { KeyIndex } from './key-index';
import { emailKey, findPerson, indexPeople, nameKey, resolveReference, type MatchedBy, type PeopleIndex } from './match';
import { columnReaders, problemOf, readRow, type ColumnReader, type RowFields } from './rows';
import type { DuplicateAction, ImportChoices, ImportCounts, ImportPreview, ImportProblem, ImportSummary, ParsedTable, PreviewRow, RowAction } from './types';

/**
 * The whole import as one plan: what each row becomes (preview), the ops that do it and undo it (one
 * edit, one transaction, one undo step), and the summary. The preview and the commit run this same
 * function, so what the user saw is what lands.
 */

export interface PlanContext {
  /** The day the import happens (one clock, injected). */
  today: IsoDate;
  /** The file's name, or "" for pasted cells; each imported person's `source` names it. */
  fileName: string;
  /** The language the app shows: the `source` is written in it (English when not given: the command line). */
  locale?: StampLocale;
  /** The new records' ids (tests); by default UUIDs in the order they are made (ids.ts). */
  newId?: () => string;
}

export interface ImportPlan {
  preview: ImportPreview;
  edit: Edit;
  summary: ImportSummary;
}


/** Person fields a row can set (everything but the row's id, links and owner). */
type PersonFieldKey = Exclude<keyof RowFields, 'id' | 'reportsTo' | 'owner'>;
const NOT_PERSON_FIELDS: ReadonlySet<string> = new Set<keyof RowFields>(['id', 'reportsTo', 'owner']);

/** "Update empty fields" fills only these states; influence always has a value, so it is never empty. */
function isEmptyValue(key: PersonFieldKey, value: unknown): boolean {
  if (key === 'attitude') return value === 'unknown';
  if (key === 'influence' || key === 'layer') return false;
  if (Array.isArray(value)) return value.length === 0;
  return value === '' || value === null;
}

type Landed = Pick<Person, 'id' | 'name'> & Partial<Person>;
type Match = { person: Person; by: MatchedBy };

/** Folds a second row for one person into the first: the first row's values win, gaps are filled. */
function mergeFields(into: RowFields, from: RowFields): void {
  for (const [key, value] of Object.entries(from) as [keyof RowFields, never][]) {
    if ((into as Record<string, unknown>)[key] === undefined) (into as Record<string, unknown>)[key] = value;
  }
}

/**
 * Planning yields after every STEP rows of each pass, so the main process can run it in slices between
 * other work (node/import/slices.ts) and a 10,000-row import never holds it up for long.
 */
export type PlanSteps<T> = Generator<void, T, void>;
const STEP = 100;

/** Runs the steps to the end at once (the command line, tests). */
export function runSteps<T>(steps: PlanSteps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The whole plan: the preview, the edit that does it and the summary (import.commit, the command line). */
export function planImport(table: ParsedTable, choices: ImportChoices, data: AccountData, context: PlanContext): ImportPlan {
  return runSteps(planSteps(table, choices, data, context));
}

export function planSteps(table: ParsedTable, choices: ImportChoices, data: AccountData, context: PlanContext): PlanSteps<ImportPlan> {
  // Ids in the order they are made: each lands at the end of the store's indexes (see ids.ts).
  return plan(new Planner(table, choices, data, context.newId ?? idsInOrder(), context, true));
}

/**
 * The preview alone (import.preview, each time the user changes a choice): the same plan, but the ops
 * are not built and the new records get throwaway ids, as nothing of it is written.
 */
export function previewImport(table: ParsedTable, choices: ImportChoices, data: AccountData, context: PlanContext): ImportPreview {
  return runSteps(previewSteps(table, choices, data, context));
}

export function* previewSteps(table: ParsedTable, choices: ImportChoices, data: AccountData, context: PlanContext): PlanSteps<ImportPreview> {
  let next = 0;
  return (yield* plan(new Planner(table, choices, data, () => `preview-${++next}`, context, false))).preview;
}

/** Most imports choose nothing row by row; then no row needs a lookup. */
function someChosen<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  return record && Object.keys(record).length > 0 ? record : undefined;
}

/**
 * One slot per row, filled pass by pass. Made at its full length and holding objects from the start, so
 * the engine never has to change how the array stores its items while a pass runs.
 */
function slots<T>(count: number): T[] {
  return new Array<T>(count).fill(null as T);
}

const linkKey = (kind: Link['kind'], from: string, to: string) => `${kind}:${from}:${to}`;

/**
 * The passes over the rows, each run a slice of rows at a time by `plan`. They are plain methods rather
 * than loops inside the generator so that the engine optimises them while they run (it does not
 * optimise a generator's loops mid-call, and compiling one large generator takes long).
 *
 * A row's state is its preview row, filled in pass by pass, and its entries in a few arrays by row index:
 * no other object per row (10,000 rows are common).
 */
class Planner {
  readonly problems: ImportProblem[] = [];
  /** Each row as it will land, what the preview shows; its texts are filled in last, once rows are merged. */
  readonly rows: PreviewRow[];
  private readonly fields: RowFields[];
  /** The person already here each row matched, and how. */
  private readonly matches: (Match | null)[];
  /** The id of the person each row lands as (new or matched); null when it lands nobody (skipped, merged). */
  readonly landedIds: (string | null)[];
  /**
   * The person as they will be after the import (new, or the match with the patch applied). A preview
   * leaves it out for someone new: what a row shows of them is the row's own fields.
   */
  private readonly landed: (Landed | null)[];
  private readonly columns: ColumnReader[];
  private readonly existing: PeopleIndex;
  private readonly accepted: Set<number>;
  readonly stamp: string;
  private readonly suggestions = new Map<string, Layer | null>();
  private readonly sourceMapped: boolean;
  private readonly duplicateOverrides: Record<string, DuplicateAction> | undefined;
  private readonly layerOverrides: Record<string, Layer> | undefined;
  private readonly idColumn: number;
  private readonly reportsColumn: number;
  /** The first row (its index) seen for each e-mail, name and matched person: a later row for one of them is the same person. */
  private readonly firstRows = { byEmail: new KeyIndex<number>(), byName: new KeyIndex<number>() };
  private readonly firstByPerson = new Map<Person, number>();
  private readonly personOps: Edit[] = [];
  private readonly teamByName: Map<string, TeamMember>;
  /** Owner cells as written to their team member: many rows name the same few owners. */
  private readonly teamByOwner = new Map<string, TeamMember>();
  readonly newTeam: TeamMember[] = [];
  private readonly links: Link[] = [];
  /** Records that were here before the import; only a link between two of them can exist already. */
  private readonly before: Set<string>;
  private readonly linkKeys: Set<string>;
  /** Many rows name the same manager; each reference is resolved once (to the manager's id). */
  private readonly managers = new Map<string, string | undefined>();
  coversLinks = 0;
  reportsToLinks = 0;

  constructor(
    readonly table: ParsedTable,
    private readonly choices: ImportChoices,
    private readonly data: AccountData,
    private readonly newId: () => string,
    context: PlanContext,
    readonly withEdit: boolean,
  ) {
    const count = table.rows.length;
    this.rows = slots(count);
    this.fields = slots(count);
    this.matches = slots(count);
    this.landedIds = slots(count);
    this.landed = slots(count);
    this.columns = columnReaders(choices.mapping);
    this.existing = indexPeople(data.people);
    this.accepted = new Set(choices.acceptedSuggestions ?? []);
    this.stamp = sourceStamp(context.fileName, context.today, context.locale);
    this.sourceMapped = choices.mapping.includes('source');
    this.duplicateOverrides = someChosen(choices.duplicateOverrides);
    this.layerOverrides = someChosen(choices.layerOverrides);
    this.idColumn = choices.mapping.indexOf('id');
    this.reportsColumn = choices.mapping.indexOf('reportsTo');
    this.teamByName = new Map(data.team.map((member) => [nameKey(member.name), member]));
    this.before = new Set([...data.people.map((person) => person.id), ...data.team.map((member) => member.id)]);
    this.linkKeys = new Set(data.links.map((link) => linkKey(link.kind, link.from, link.to)));
  }

  /** Sheets repeat their titles; each is looked up once. */
  private suggestionFor(title: string): Layer | null {
    let layer = this.suggestions.get(title);
    if (layer === undefined) this.suggestions.set(title, (layer = suggestLayer(title)));
    return layer;
  }

  /** Pass 0: each row's cells through the mapping. */
  read(from: number, to: number): void {
    const { table, columns, problems } = this;
    const layer = this.choices.fallbackLayer;
    for (let rowIndex = from; rowIndex < to; rowIndex++) {
      this.fields[rowIndex] = readRow(table, columns, rowIndex, problems);
      this.rows[rowIndex] = {
        rowIndex,
        row: table.rowNumbers[rowIndex] ?? rowIndex + 1,
        name: '',
        title: '',
        department: '',
        email: '',
        phone: '',
        layer,
        layerOrigin: 'fallback',
        suggestedLayer: null,
        suggestionAccepted: false,
        action: 'add',
        match: null,
        mergedInto: null,
        ownerName: '',
        reportsTo: '',
      };
    }
  }

  /** Pass 1: which rows are one person, and whom each matches. */
  match(from: number, to: number): void {
    const { table, problems, existing, firstRows, firstByPerson } = this;
    for (let rowIndex = from; rowIndex < to; rowIndex++) {
      const fields = this.fields[rowIndex] as RowFields;
      const row = this.rows[rowIndex] as PreviewRow;
      if (fields.id !== undefined && !existing.byId.has(fields.id)) {
        problems.push(problemOf('unknown-id', table, rowIndex, this.idColumn, fields.id, 'value-ignored'));
        delete fields.id;
      }
      if (fields.name === undefined && fields.id === undefined) {
        problems.push(problemOf('missing-name', table, rowIndex, null, '', 'row-skipped'));
        row.action = 'skip';
        continue;
      }
      const email = fields.email ? emailKey(fields.email) : undefined;
      const name = fields.name ? nameKey(fields.name) : undefined;
      const match = findPerson(existing, fields.id, email, name);
      this.matches[rowIndex] = match;
      // Two rows for one person: the same e-mail or name in the file, or both matching one person already here.
      const earlier =
        (email === undefined ? undefined : firstRows.byEmail.get(email)) ??
        (name === undefined ? undefined : firstRows.byName.get(name)) ??
        (match === null ? undefined : firstByPerson.get(match.person));
      if (earlier !== undefined) {
        mergeFields(this.fields[earlier] as RowFields, fields);
        row.action = 'merged';
        row.mergedInto = earlier;
        problems.push(problemOf('duplicate-in-file', table, rowIndex, null, fields.name ?? fields.email ?? '', 'rows-merged'));
        continue;
      }
      if (email !== undefined) firstRows.byEmail.set(email, rowIndex);
      if (name !== undefined) firstRows.byName.set(name, rowIndex);
      if (match !== null) firstByPerson.set(match.person, rowIndex);
    }
  }

  /** Pass 2: what each first row does, on what layer, and the person it lands as. */
  land(from: number, to: number): void {
    const { choices } = this;
    for (let rowIndex = from; rowIndex < to; rowIndex++) {
      const fields = this.fields[rowIndex] as RowFields;
      const row = this.rows[rowIndex] as PreviewRow;
      const match = this.matches[rowIndex] as Match | null;
      const suggested = this.suggestionFor(fields.title ?? '');
      row.suggestedLayer = suggested;
      if (row.action === 'skip' || row.action === 'merged') continue;
      const chosenAction: DuplicateAction | undefined = this.duplicateOverrides?.[String(rowIndex)];
      const wanted = chosenAction ?? (match?.by === 'id' && choices.onDuplicate === 'update' ? 'overwrite' : choices.onDuplicate);
      const action: RowAction = match ? wanted : 'add';
      row.action = action;
      row.suggestionAccepted = suggested !== null && (choices.acceptAllSuggestions || this.accepted.has(rowIndex));
      const chosenLayer = this.layerOverrides?.[String(rowIndex)];
      if (chosenLayer) placeOn(row, chosenLayer, 'chosen');
      else if (action !== 'add' && match) {
        if (action === 'overwrite' && fields.layer) placeOn(row, fields.layer, 'column');
        else placeOn(row, match.person.layer, 'existing');
      } else if (fields.layer) placeOn(row, fields.layer, 'column');
      else if (row.suggestionAccepted && suggested) placeOn(row, suggested, 'suggested');

      if (action === 'skip') continue;
      if (action === 'add' && !this.withEdit) {
        // What the preview shows of someone new is the row's own fields; only their id is needed.
        this.landedIds[rowIndex] = this.newId();
        continue;
      }
      const values = this.personValues(fields, row);
      if (action === 'add') {
        const person = newPerson(this.data.account.id, values as Partial<Person> & { name: string }, this.newId());
        this.landed[rowIndex] = person;
        this.landedIds[rowIndex] = person.id;
        this.personOps.push({ forward: [{ op: 'put', entity: 'person', value: person }], inverse: [{ op: 'delete', entity: 'person', id: person.id }] });
        continue;
      }
      const person = (match as Match).person;
      const patch: Partial<Person> = {};
      for (const [key, value] of Object.entries(values) as [PersonFieldKey, never][]) {
        const current = (person as unknown as Record<string, unknown>)[key];
        if (action === 'overwrite' || isEmptyValue(key, current) || (key === 'layer' && row.layerOrigin === 'chosen')) {
          (patch as Record<string, unknown>)[key] = value;
        }
      }
      this.landed[rowIndex] = { ...person, ...patch };
      this.landedIds[rowIndex] = person.id;
      if (this.withEdit) this.personOps.push(patchEdit('person', person, patch));
    }
  }

  /** The person fields a landing row writes. */
  private personValues(fields: RowFields, row: PreviewRow): Partial<Person> {
    const values: Partial<Person> = {};
    // A row holds a few of the fields; its own keys are fewer to go through than every person field.
    for (const key in fields) if (!NOT_PERSON_FIELDS.has(key)) (values as Record<string, unknown>)[key] = fields[key as PersonFieldKey];
    values.layer = row.layer;
    // A sheet with a source column (our own export) says where each record came from; others get the stamp.
    if (!this.sourceMapped || (row.action === 'add' && values.source === undefined)) values.source = this.stamp;
    if (row.action === 'add') values.name = fields.name ?? '';
    return values;
  }

  /** A link to add, unless it is there already (only possible between records that were already here). */
  private addLink(kind: Link['kind'], from: string, to: string, strength: number | null, lastContact: IsoDate | null): boolean {
    if (this.before.has(from) && this.before.has(to) && this.linkKeys.has(linkKey(kind, from, to))) return false;
    if (this.withEdit) this.links.push({ id: this.newId(), accountId: this.data.account.id, kind, from, to, strength, lastContact });
    return true;
  }

  /** Our team: an owner becomes a team member (created once per name) who covers the person. */
  cover(from: number, to: number): void {
    for (let rowIndex = from; rowIndex < to; rowIndex++) {
      const landedId = this.landedIds[rowIndex];
      const fields = this.fields[rowIndex] as RowFields;
      const owner = fields.owner;
      if (landedId === null || landedId === undefined || owner === undefined) continue;
      let member = this.teamByOwner.get(owner);
      if (!member) {
        const ownerKey = nameKey(owner);
        member = this.teamByName.get(ownerKey);
        if (!member) {
          member = newTeamMember(this.data.account.id, { name: owner }, this.newId());
          this.teamByName.set(ownerKey, member);
          this.newTeam.push(member);
        }
        this.teamByOwner.set(owner, member);
      }
      if (this.addLink('covers', member.id, landedId, 2, fields.lastContact ?? null)) this.coversLinks++;
    }
  }

  /**
   * Reports-to, once every row is read: a name or an e-mail, among the imported people first. The
   * file's rows are already indexed by e-mail and name (pass 1); a row that lands nobody (skipped)
   * leaves the reference to the people already here.
   */
  private managerOf(reference: string): string | undefined {
    let manager = this.managers.get(reference);
    if (manager === undefined && !this.managers.has(reference)) {
      const inFile = resolveReference(this.firstRows, reference);
      manager = (inFile === undefined ? null : this.landedIds[inFile]) ?? resolveReference(this.existing, reference)?.id;
      this.managers.set(reference, manager);
    }
    return manager;
  }

  reportTo(from: number, to: number): void {
    for (let rowIndex = from; rowIndex < to; rowIndex++) {
      const landedId = this.landedIds[rowIndex];
      const reference = (this.fields[rowIndex] as RowFields).reportsTo;
      if (landedId === null || landedId === undefined || reference === undefined) continue;
      const manager = this.managerOf(reference);
      if (manager === undefined) this.linkProblem('reports-to-unmatched', rowIndex, reference);
      else if (manager === landedId) this.linkProblem('reports-to-self', rowIndex, reference);
      else if (this.addLink('reportsTo', landedId, manager, null, null)) this.reportsToLinks++;
    }
  }

  private linkProblem(code: 'reports-to-unmatched' | 'reports-to-self', rowIndex: number, reference: string): void {
    this.problems.push(problemOf(code, this.table, rowIndex, this.reportsColumn >= 0 ? this.reportsColumn : null, reference, 'link-skipped'));
  }

  /**
   * The ops, in the order they are applied: team members, people, then links. Built STEP edits at a
   * time, yielding between them: 10,000 people and their links are tens of thousands of ops.
   */
  *edit(): PlanSteps<Edit> {
    const forward: Op[] = [];
    const inverses: Op[][] = [];
    let sinceYield = 0;
    const add = (edit: Edit) => {
      for (const op of edit.forward) forward.push(op);
      inverses.push(edit.inverse);
      sinceYield++;
    };
    for (const member of this.newTeam) add({ forward: [{ op: 'put', entity: 'team', value: member }], inverse: [{ op: 'delete', entity: 'team', id: member.id }] });
    for (const edit of this.personOps) {
      add(edit);
      if (sinceYield >= STEP) {
        sinceYield = 0;
        yield;
      }
    }
    // Undoing the import deletes its new people and team members, and every link touching them goes with
    // them; only links between records that were already there need their own delete. This keeps the
    // undo of a large import small.
    for (const link of this.links) {
      const goesWithItsEnds = !this.before.has(link.from) || !this.before.has(link.to);
      add({ forward: [{ op: 'put', entity: 'link', value: link }], inverse: goesWithItsEnds ? [] : [{ op: 'delete', entity: 'link', id: link.id }] });
      if (sinceYield >= STEP) {
        sinceYield = 0;
        yield;
      }
    }
    // Undo takes the steps back in reverse: links first, then people, then the team members.
    const inverse: Op[] = [];
    for (let index = inverses.length - 1; index >= 0; index--) {
      for (const op of inverses[index] as Op[]) inverse.push(op);
      if (index % (STEP * 4) === 0) yield;
    }
    return { forward, inverse };
  }

  /** Last: what each row shows, from the person it lands as, or its own (merged) fields. */
  show(from: number, to: number): void {
    for (let rowIndex = from; rowIndex < to; rowIndex++) {
      const fields = this.fields[rowIndex] as RowFields;
      const row = this.rows[rowIndex] as PreviewRow;
      const shown = this.landed[rowIndex];
      const match = this.matches[rowIndex];
      row.name = shown?.name ?? fields.name ?? '';
      row.title = shown?.title ?? fields.title ?? '';
      row.department = shown?.department ?? fields.department ?? '';
      row.email = shown?.email ?? fields.email ?? '';
      row.phone = shown?.phone ?? fields.phone ?? '';
      if (match) row.match = { personId: match.person.id, name: match.person.name, by: match.by };
      row.ownerName = fields.owner ?? '';
      row.reportsTo = fields.reportsTo ?? '';
    }
  }
}

function placeOn(row: PreviewRow, layer: Layer, origin: PreviewRow['layerOrigin']): void {
  row.layer = layer;
  row.layerOrigin = origin;
}

function* plan(planner: Planner): PlanSteps<ImportPlan> {
  const count = planner.table.rows.length;
  for (const pass of [planner.read, planner.match, planner.land, planner.cover, planner.reportTo, planner.show]) {
    for (let from = 0; from < count; from += STEP) {
      pass.call(planner, from, Math.min(from + STEP, count));
      yield;
    }
  }
  const { rows, problems, newTeam } = planner;
  const actions: Record<RowAction, number> = { add: 0, update: 0, overwrite: 0, skip: 0, merged: 0 };
  let suggestions = 0;
  for (const row of rows) {
    actions[row.action]++;
    if (row.suggestedLayer !== null) suggestions++;
  }
  const counts: ImportCounts = {
    rows: count,
    added: actions.add,
    updated: actions.update + actions.overwrite,
    skipped: actions.skip,
    merged: actions.merged,
    teamAdded: newTeam.length,
    reportsToLinks: planner.reportsToLinks,
    coversLinks: planner.coversLinks,
  };
  problems.sort((a, b) => a.rowIndex - b.rowIndex || (a.columnIndex ?? -1) - (b.columnIndex ?? -1));
  yield;
  const edit = planner.withEdit ? yield* planner.edit() : { forward: [], inverse: [] };
  const personIds: string[] = [];
  for (const id of planner.landedIds) if (id !== null) personIds.push(id);
  return {
    preview: { rows, problems, counts, suggestions },
    edit,
    summary: { counts, problems, personIds, source: planner.stamp },
  };
}
