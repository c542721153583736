import { analyze, compareAnalyses, type AnalysisComparison, type AnalysisOptionsInput } from '../analysis';
import type { AccountData, EntityKind, Link, Person } from '../model';
import { fieldChanges, type ChangeRecord, type Fields } from './changes';

export interface PersonRef {
  id: string;
  name: string;
}

/** What changed between two versions of one account (two files, later two dates or snapshots). */
export interface AccountDiff {
  /** People in the newer version only. */
  joined: PersonRef[];
  /** People active before who left or went on leave since; `to` names where a leaver went, if known. */
  left: (PersonRef & { status: Person['status']; since: string | null; to: string | null })[];
  /** People in the older version only (deleted, not marked as left). */
  removed: PersonRef[];
  links: { added: Link[]; removed: Link[] };
  /** Every difference as change records (the history's own form), for the same words as the History tab. */
  changes: ChangeRecord[];
  /** Both analyses compared as what-if compares them: metrics before -> after, findings new, resolved, changed. */
  findings: AnalysisComparison;
}

const LISTS: [EntityKind, 'competitors' | 'team' | 'people' | 'links'][] = [
  ['competitor', 'competitors'],
  ['team', 'team'],
  ['person', 'people'],
  ['link', 'links'],
];

/** Positions on the map and bookkeeping times are not changes a comparison reports. */
const IGNORED = new Set(['x', 'y', 'updatedAt', 'createdAt']);
const withoutIgnored = (value: object): Fields => Object.fromEntries(Object.entries(value).filter(([key]) => !IGNORED.has(key)));

/**
 * fieldChanges without the ignored fields, field by field without copying either record (a compare of
 * two 300-person versions runs it for every record): objects are compared by their JSON, as fieldChanges does.
 */
function recordChanges(was: Fields, now: Fields): { before: Fields; after: Fields } | null {
  let before: Fields | null = null;
  let after: Fields | null = null;
  for (const key in now) {
    const value = now[key];
    if (value === undefined || IGNORED.has(key)) continue;
    const old = was[key];
    if (Object.is(old, value)) continue;
    if (typeof value === 'object' && typeof old === 'object' && JSON.stringify(value) === JSON.stringify(old)) continue;
    (before ??= {})[key] = old ?? null;
    (after ??= {})[key] = value;
  }
  return after === null ? null : { before: before!, after };
}

function records(before: AccountData, after: AccountData): ChangeRecord[] {
  const out: ChangeRecord[] = [];
  const at = after.account.updatedAt;
  const push = (entity: EntityKind, entityId: string, kind: ChangeRecord['kind'], was: Fields | null, now: Fields | null) =>
    out.push({ id: `${entity}:${entityId}:${kind}`, accountId: after.account.id, hlc: '', at, actor: '', origin: 'edit', entity, entityId, kind, before: was, after: now });
  const accountChanges = fieldChanges(withoutIgnored(before.account), withoutIgnored(after.account));
  if (accountChanges) push('account', after.account.id, 'update', accountChanges.before, accountChanges.after);
  for (const [entity, list] of LISTS) {
    const old = new Map((before[list] as { id: string }[]).map((item) => [item.id, item] as const));
    const now = new Map((after[list] as { id: string }[]).map((item) => [item.id, item] as const));
    for (const [id, item] of now) {
      const was = old.get(id);
      if (was === undefined) push(entity, id, 'create', null, item as unknown as Fields);
      else {
        const changes = recordChanges(was as unknown as Fields, item as unknown as Fields);
        if (changes) push(entity, id, 'update', changes.before, changes.after);
      }
    }
    for (const [id, item] of old) if (!now.has(id)) push(entity, id, 'delete', item as unknown as Fields, null);
  }
  return out;
}

/**
 * Compares two versions of an account: who joined, left or was removed, every field and link change,
 * and the findings before -> after with what-if's comparison. Records are matched by id, so the two
 * must be versions of the same account (the caller checks the account id). Pure: `analysis` carries the
 * day both are analysed on, or the older one's when `afterAnalysis` gives the newer one's (two dates).
 */
export function compareAccounts(before: AccountData, after: AccountData, analysis: AnalysisOptionsInput, afterAnalysis: AnalysisOptionsInput = analysis): AccountDiff {
  const oldPeople = new Map(before.people.map((p) => [p.id, p] as const));
  const newIds = new Set(after.people.map((p) => p.id));
  const competitorName = new Map([...before.competitors, ...after.competitors].map((c) => [c.id, c.name] as const));
  const ref = (p: Person): PersonRef => ({ id: p.id, name: p.name });
  const linkIds = new Set(before.links.map((l) => l.id));
  const afterLinkIds = new Set(after.links.map((l) => l.id));
  return {
    joined: after.people.filter((p) => !oldPeople.has(p.id)).map(ref),
    left: after.people
      .filter((p) => p.status !== 'active' && oldPeople.get(p.id)?.status === 'active')
      .map((p) => ({
        ...ref(p),
        status: p.status,
        since: p.statusSince,
        to: p.leftToCompetitorId ? (competitorName.get(p.leftToCompetitorId) ?? null) : p.leftTo || null,
      })),
    removed: before.people.filter((p) => !newIds.has(p.id)).map(ref),
    links: { added: after.links.filter((l) => !linkIds.has(l.id)), removed: before.links.filter((l) => !afterLinkIds.has(l.id)) },
    changes: records(before, after),
    findings: compareAnalyses(analyze(before, analysis), analyze(after, afterAnalysis)),
  };
}
