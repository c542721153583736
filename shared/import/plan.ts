import { newId as randomId, newPerson, newTeamMember } from '../edit/defaults';
import type { Edit } from '../edit/edit';
import { patchEdit } from '../edit/patch';
import type { AccountData, IsoDate, Layer, Link, Op, Person, TeamMember } from '../model';
import { suggestLayer } from './layer-suggestion';
import { sourceStamp, type StampLocale } from './source-stamp';
import { findPerson, indexPeople, matchKeys, nameKey, resolveReference, type MatchedBy, type MatchKeys } from './match';
import { problemOf, readRows, type ReadRow, type RowFields } from './rows';
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

interface Entry {
  read: ReadRow;
  action: RowAction;
  match: { person: Person; by: MatchedBy } | null;
  mergedInto: number | null;
  suggested: Layer | null;
  accepted: boolean;
  layer: Layer;
  layerOrigin: PreviewRow['layerOrigin'];
  /**
   * The person as they will be after the import (new, or the match with the patch applied); a preview
   * keeps only the fields a row shows of someone new.
   */
  landed: Landed | null;
}

/** The first row seen for each e-mail, name and matched person: a later row for one of them is the same person. */
function firstRows() {
  const byEmail = new Map<string, Entry>();
  const byName = new Map<string, Entry>();
  const byPerson = new Map<Person, Entry>();
  return {
    byEmail,
    byName,
    earlier(keys: MatchKeys, person: Person | undefined): Entry | undefined {
      return (keys.email === undefined ? undefined : byEmail.get(keys.email)) ?? (keys.name === undefined ? undefined : byName.get(keys.name)) ?? (person && byPerson.get(person));
    },
    remember(keys: MatchKeys, person: Person | undefined, entry: Entry): void {
      if (keys.email !== undefined) byEmail.set(keys.email, entry);
      if (keys.name !== undefined) byName.set(keys.name, entry);
      if (person) byPerson.set(person, entry);
    },
  };
}

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
const STEP = 500;

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
  return plan(table, choices, data, context, true);
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
  return (yield* plan(table, choices, data, { ...context, newId: () => `preview-${++next}` }, false)).preview;
}

function* plan(table: ParsedTable, choices: ImportChoices, data: AccountData, context: PlanContext, withEdit: boolean): PlanSteps<ImportPlan> {
  const newId = context.newId ?? randomId;
  const problems: ImportProblem[] = [];
  const reads: ReadRow[] = [];
  for (let from = 0; from < table.rows.length; from += STEP) {
    for (const read of readRows(table, choices.mapping, problems, from, from + STEP)) reads.push(read);
    yield;
  }
  let step = 0;
  const existing = indexPeople(data.people);
  const accepted = new Set(choices.acceptedSuggestions ?? []);
  const stamp = sourceStamp(context.fileName, context.today, context.locale);
  // Sheets repeat their titles; each is looked up once.
  const suggestions = new Map<string, Layer | null>();
  const suggestionFor = (title: string): Layer | null => {
    let layer = suggestions.get(title);
    if (layer === undefined) suggestions.set(title, (layer = suggestLayer(title)));
    return layer;
  };
  const sourceMapped = choices.mapping.includes('source');
  // Most imports choose nothing row by row; then no row needs a lookup.
  const hasAny = <T>(record: Record<string, T> | undefined) => (record && Object.keys(record).length > 0 ? record : undefined);
  const duplicateOverrides = hasAny(choices.duplicateOverrides);
  const layerOverrides = hasAny(choices.layerOverrides);
  const entries: Entry[] = [];
  const firstRowOf = firstRows();
  const idColumn = choices.mapping.indexOf('id');

  // Pass 1: which rows are one person, and whom each matches.
  for (const read of reads) {
    if (++step % STEP === 0) yield;
    const { fields, rowIndex } = read;
    const entry: Entry = { read, action: 'add', match: null, mergedInto: null, suggested: null, accepted: false, layer: choices.fallbackLayer, layerOrigin: 'fallback', landed: null };
    entries.push(entry);
    if (fields.id !== undefined && !existing.byId.has(fields.id)) {
      problems.push(problemOf('unknown-id', table, rowIndex, idColumn, fields.id, 'value-ignored'));
      delete fields.id;
    }
    if (fields.name === undefined && fields.id === undefined) {
      problems.push(problemOf('missing-name', table, rowIndex, null, '', 'row-skipped'));
      entry.action = 'skip';
      continue;
    }
    const match = matchKeys(fields);
    entry.match = findPerson(existing, fields, match);
    // Two rows for one person: the same e-mail or name in the file, or both matching one person already here.
    const earlier = firstRowOf.earlier(match, entry.match?.person);
    if (earlier) {
      mergeFields(earlier.read.fields, fields);
      entry.action = 'merged';
      entry.mergedInto = earlier.read.rowIndex;
      problems.push(problemOf('duplicate-in-file', table, rowIndex, null, fields.name ?? fields.email ?? '', 'rows-merged'));
      continue;
    }
    firstRowOf.remember(match, entry.match?.person, entry);
  }

  // Pass 2: what each first row does, on what layer.
  const forward: Op[] = [];
  const inverses: Op[][] = [];
  const add = (edit: Edit) => {
    for (const op of edit.forward) forward.push(op);
    inverses.push(edit.inverse);
  };
  const personOps: Edit[] = [];
  for (const entry of entries) {
    if (++step % STEP === 0) yield;
    const { fields, rowIndex } = entry.read;
    entry.suggested = suggestionFor(fields.title ?? '');
    if (entry.action === 'skip' || entry.action === 'merged') continue;
    const chosenAction: DuplicateAction | undefined = duplicateOverrides?.[String(rowIndex)];
    const wanted = chosenAction ?? (entry.match?.by === 'id' && choices.onDuplicate === 'update' ? 'overwrite' : choices.onDuplicate);
    const action: RowAction = entry.match ? wanted : 'add';
    entry.action = action;
    entry.accepted = entry.suggested !== null && (choices.acceptAllSuggestions || accepted.has(rowIndex));
    const chosenLayer = layerOverrides?.[String(rowIndex)];
    const matched = entry.match?.person;
    if (chosenLayer) [entry.layer, entry.layerOrigin] = [chosenLayer, 'chosen'];
    else if (action !== 'add' && matched) {
      if (action === 'overwrite' && fields.layer) [entry.layer, entry.layerOrigin] = [fields.layer, 'column'];
      else [entry.layer, entry.layerOrigin] = [matched.layer, 'existing'];
    } else if (fields.layer) [entry.layer, entry.layerOrigin] = [fields.layer, 'column'];
    else if (entry.accepted && entry.suggested) [entry.layer, entry.layerOrigin] = [entry.suggested, 'suggested'];

    if (action === 'skip') continue;
    const values: Partial<Person> = {};
    // A row holds a few of the fields; its own keys are fewer to go through than every person field.
    for (const key in fields) if (!NOT_PERSON_FIELDS.has(key)) (values as Record<string, unknown>)[key] = fields[key as PersonFieldKey];
    values.layer = entry.layer;
    // A sheet with a source column (our own export) says where each record came from; others get the stamp.
    if (!sourceMapped || (action === 'add' && values.source === undefined)) values.source = stamp;
    if (action === 'add') {
      values.name = fields.name ?? '';
      if (!withEdit) {
        entry.landed = Object.assign(values as Partial<Person> & { name: string }, { id: newId() });
        continue;
      }
      const person = newPerson(data.account.id, values as Partial<Person> & { name: string }, newId());
      entry.landed = person;
      personOps.push({ forward: [{ op: 'put', entity: 'person', value: person }], inverse: [{ op: 'delete', entity: 'person', id: person.id }] });
      continue;
    }
    const person = matched as Person;
    const patch: Partial<Person> = {};
    for (const [key, value] of Object.entries(values) as [PersonFieldKey, never][]) {
      const current = (person as unknown as Record<string, unknown>)[key];
      if (action === 'overwrite' || isEmptyValue(key, current) || (key === 'layer' && entry.layerOrigin === 'chosen')) {
        (patch as Record<string, unknown>)[key] = value;
      }
    }
    entry.landed = { ...person, ...patch };
    if (withEdit) personOps.push(patchEdit('person', person, patch));
  }

  // Our team: an owner becomes a team member (created once per name) who covers the person.
  const teamByName = new Map(data.team.map((member) => [nameKey(member.name), member]));
  const newTeam: TeamMember[] = [];
  const links: Link[] = [];
  // Each landed person is one row (two rows for one person are merged), so the import's own links
  // never repeat; only a link between records that were already here can exist already.
  const before = new Set([...data.people.map((person) => person.id), ...data.team.map((member) => member.id)]);
  const linkKeys = new Set(data.links.map((link) => `${link.kind}:${link.from}:${link.to}`));
  const addLink = (kind: Link['kind'], from: string, to: string, strength: number | null, lastContact: IsoDate | null): boolean => {
    if (before.has(from) && before.has(to) && linkKeys.has(`${kind}:${from}:${to}`)) return false;
    if (withEdit) links.push({ id: newId(), accountId: data.account.id, kind, from, to, strength, lastContact });
    return true;
  };
  let coversLinks = 0;
  for (const entry of entries) {
    if (++step % STEP === 0) yield;
    const owner = entry.read.fields.owner;
    if (!entry.landed || owner === undefined) continue;
    const ownerKey = nameKey(owner);
    let member = teamByName.get(ownerKey);
    if (!member) {
      member = newTeamMember(data.account.id, { name: owner }, newId());
      teamByName.set(ownerKey, member);
      newTeam.push(member);
    }
    if (addLink('covers', member.id, entry.landed.id, 2, entry.read.fields.lastContact ?? null)) coversLinks++;
  }

  // Reports-to, once every row is read: a name or an e-mail, among the imported people first.
  // The file's rows are already indexed by e-mail and name (pass 1); a row that lands nobody (skipped)
  // leaves the reference to the people already here.
  const landedPeople: Landed[] = [];
  for (const entry of entries) if (entry.landed) landedPeople.push(entry.landed);
  const resolveManager = (reference: string) => resolveReference(firstRowOf, reference)?.landed ?? resolveReference(existing, reference);
  const reportsColumn = choices.mapping.indexOf('reportsTo');
  let reportsToLinks = 0;
  // Many rows name the same manager; each reference is resolved once.
  const managers = new Map<string, Landed | undefined>();
  for (const entry of entries) {
    if (++step % STEP === 0) yield;
    const reference = entry.read.fields.reportsTo;
    if (!entry.landed || reference === undefined) continue;
    let manager = managers.get(reference);
    if (manager === undefined && !managers.has(reference)) managers.set(reference, (manager = resolveManager(reference)));
    const at = (code: 'reports-to-unmatched' | 'reports-to-self') =>
      problems.push(problemOf(code, table, entry.read.rowIndex, reportsColumn >= 0 ? reportsColumn : null, reference, 'link-skipped'));
    if (!manager) at('reports-to-unmatched');
    else if (manager.id === entry.landed.id) at('reports-to-self');
    else if (addLink('reportsTo', entry.landed.id, manager.id, null, null)) reportsToLinks++;
  }

  if (withEdit) {
    for (const member of newTeam) add({ forward: [{ op: 'put', entity: 'team', value: member }], inverse: [{ op: 'delete', entity: 'team', id: member.id }] });
    for (const edit of personOps) add(edit);
    // Undoing the import deletes its new people and team members, and every link touching them goes with
    // them; only links between records that were already there need their own delete. This keeps the
    // undo of a large import small.
    for (const link of links) {
      const goesWithItsEnds = !before.has(link.from) || !before.has(link.to);
      add({ forward: [{ op: 'put', entity: 'link', value: link }], inverse: goesWithItsEnds ? [] : [{ op: 'delete', entity: 'link', id: link.id }] });
    }
  }

  const actions: Record<RowAction, number> = { add: 0, update: 0, overwrite: 0, skip: 0, merged: 0 };
  for (const entry of entries) actions[entry.action]++;
  const counts: ImportCounts = {
    rows: table.rows.length,
    added: actions.add,
    updated: actions.update + actions.overwrite,
    skipped: actions.skip,
    merged: actions.merged,
    teamAdded: newTeam.length,
    reportsToLinks,
    coversLinks,
  };
  problems.sort((a, b) => a.rowIndex - b.rowIndex || (a.columnIndex ?? -1) - (b.columnIndex ?? -1));
  const rows: PreviewRow[] = [];
  for (const entry of entries) {
    if (++step % STEP === 0) yield;
    const { fields } = entry.read;
    const shown = entry.landed;
    rows.push({
      rowIndex: entry.read.rowIndex,
      row: entry.read.row,
      name: shown?.name ?? fields.name ?? '',
      title: shown?.title ?? fields.title ?? '',
      department: shown?.department ?? fields.department ?? '',
      email: shown?.email ?? fields.email ?? '',
      phone: shown?.phone ?? fields.phone ?? '',
      layer: entry.layer,
      layerOrigin: entry.layerOrigin,
      suggestedLayer: entry.suggested,
      suggestionAccepted: entry.accepted,
      action: entry.action,
      match: entry.match ? { personId: entry.match.person.id, name: entry.match.person.name, by: entry.match.by } : null,
      mergedInto: entry.mergedInto,
      ownerName: fields.owner ?? '',
      reportsTo: fields.reportsTo ?? '',
    });
  }
  const personIds = landedPeople.map((person) => person.id);
  return {
    preview: { rows, problems, counts, suggestions: entries.filter((entry) => entry.suggested !== null).length },
    // Undo takes the steps back in reverse: links first, then people, then the team members.
    edit: { forward, inverse: inverses.reverse().flat() },
    summary: { counts, problems, personIds, source: stamp },
  };
}
