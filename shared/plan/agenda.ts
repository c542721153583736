import { analysisSteps } from '../analysis/analyze';
import { cadenceDays as cadenceOf, dayNumber } from '../analysis/dates';
import { riskLevel, type RiskLevel } from '../analysis/portfolio';
import type { AnalysisOptions, FadingStatus } from '../analysis/types';
import { TIERS, type AccountData, type IsoDate, type Tier } from '../model';
import { normalizeForSearch } from '../search/normalize';
import { inactivePeople } from './active';
import { addDays, dateOfDay } from './days';
import { keyPeopleDue, type KeyWhy } from './due';
import { planDigest, type PlanDigest } from './digest';
import { lastContactsOf, pairContact } from './lastContact';
import type { AccountPlan, ActionOrigin, Channel } from './types';

/**
 * The agenda across accounts (DOMAIN "Contact log and plan"): for today and the coming days, key people
 * due or overdue by their account's cadence, open actions due or overdue, relationships turning cold, and
 * the contacts planned. Every rule comes from the analysis, run on the account as the log makes it: the
 * key person and cadence definitions, the fading of covers links, the account's risk.
 *
 * Each line has `dueOn`, the last day to act: a key person's last contact plus the cadence, an action's
 * due date, the last day before a relationship turns cold (last contact + twice the cadence), a planned
 * contact's date. `daysOverdue` is today minus that day: above 0 overdue, 0 due today, below 0 coming.
 */

export interface AgendaAccount {
  data: AccountData;
  /** The account's contact log and actions; none until the file and the store carry them. */
  plan?: AccountPlan;
  /**
   * What the agenda reads of the plan for its today and days, when the store has computed it (a few
   * indexed queries over every account at once); taken instead of `plan`, with the same answers.
   */
  digest?: PlanDigest;
}

export interface AgendaOptions {
  today: IsoDate;
  /** How many days after today the agenda looks ahead (0: today only). */
  days: number;
  /** Only the lines of this member of our team (by name, in any account; case and width ignored). */
  member?: string | null;
  /** The user's analysis thresholds (settings), so the agenda ranks risk as the portfolio and the findings do. */
  thresholds?: AgendaThresholds;
}

export type AgendaThresholds = Partial<Pick<AnalysisOptions, 'concentrationThreshold' | 'hiddenInfluenceQuantile'>>;

interface LineBase {
  accountId: string;
  tier: Tier;
  risk: RiskLevel;
  /** The last day to act; null for a key person never contacted (due now). */
  dueOn: IsoDate | null;
  /** today - dueOn in days; null when never contacted. */
  daysOverdue: number | null;
  /** The customer people the line is about, so the app can open the account framed on them. */
  personIds: string[];
  /** Our team members concerned: who covers the person, the action's owner, the link's holder. */
  teamIds: string[];
}

export type AgendaLine =
  | (LineBase & { kind: 'key-person'; why: KeyWhy; lastContact: IsoDate | null; cadenceDays: number; plannedOn: IsoDate | null })
  | (LineBase & { kind: 'action'; actionId: string; text: string; ownerId: string; origin: ActionOrigin })
  | (LineBase & {
      kind: 'relationship';
      linkId: string;
      /** Rule 10's status today: stale (beyond the cadence) or cold (beyond twice the cadence). */
      status: FadingStatus;
      lastContact: IsoDate;
      cadenceDays: number;
    })
  | (LineBase & { kind: 'planned-contact'; contactId: string; date: IsoDate; channel: Channel });

export type AgendaLineKind = AgendaLine['kind'];

export interface AgendaAccountSummary {
  accountId: string;
  name: string;
  tier: Tier;
  risk: RiskLevel;
  cadenceDays: number;
}

export interface AgendaCounts {
  /** Key people due today or overdue (never contacted included). */
  keyPeopleDue: number;
  /** Open actions whose due date has passed. */
  actionsOverdue: number;
  /** Open actions due today. */
  actionsDueToday: number;
  /** Relationships cold today or turning cold within the agenda's days. */
  relationships: number;
  /** Contacts planned within the agenda's days. */
  planned: number;
  /** Lines due after today (key people and actions). */
  coming: number;
}

export interface Agenda {
  today: IsoDate;
  until: IsoDate;
  member: string | null;
  accounts: AgendaAccountSummary[];
  lines: AgendaLine[];
  counts: AgendaCounts;
}

const NO_PLAN: AccountPlan = { contacts: [], actions: [] };
const TIER_RANK = new Map<Tier, number>(TIERS.map((tier, i) => [tier, i]));
const RISK_RANK: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 };
const KIND_RANK: Record<AgendaLineKind, number> = { action: 0, 'key-person': 1, relationship: 2, 'planned-contact': 3 };

function accountLines(entry: AgendaAccount, today: IsoDate, until: IsoDate, thresholds: AgendaThresholds): { summary: AgendaAccountSummary; lines: AgendaLine[] } {
  const { data } = entry;
  const digest = entry.digest ?? planDigest(data, entry.plan ?? NO_PLAN, today, until);
  if (digest.today !== today || digest.until !== until) throw new RangeError(`a plan digest for ${digest.today}..${digest.until} cannot make the agenda of ${today}..${until}`);
  const last = lastContactsOf(data, digest.logged, today);
  // The analysis reads the log's dates from `last`, as withLoggedContacts would put them on the account.
  // Of its rules, the agenda runs the fading links' and as many as the account's risk level takes.
  const { steps } = analysisSteps(data, { ...thresholds, today, goneIds: inactivePeople(data.people) }, last);
  const risk = riskLevel(steps);
  const cadenceDays = cadenceOf(data.account);
  const todayDay = dayNumber(today)!;
  const untilDay = dayNumber(until)!;
  // Each line is one object literal with its base fields first: spreading a base object into every line
  // cost more than the rest of the agenda (3,000 lines over 200 accounts).
  const { id: accountId, tier } = data.account;
  const overdue = (dueOn: IsoDate | null): number | null => (dueOn === null ? null : todayDay - dayNumber(dueOn)!);
  const lines: AgendaLine[] = [];

  // Who is concerned with a person: the team members covering them, strongest first, then anyone who met
  // them or plans to.
  const coveredBy = new Map<string, { teamId: string; strength: number }[]>();
  for (const link of data.links) {
    if (link.kind !== 'covers' || (link.strength ?? 0) < 1) continue;
    const list = coveredBy.get(link.to) ?? [];
    list.push({ teamId: link.from, strength: link.strength ?? 0 });
    coveredBy.set(link.to, list);
  }
  const plannedBy = new Map<string, Set<string>>();
  const teamFor = (personId: string): string[] => {
    const ids = (coveredBy.get(personId) ?? []).sort((a, b) => b.strength - a.strength).map((c) => c.teamId);
    for (const member of data.team) {
      const met = pairContact(last, member.id, personId) !== null || plannedBy.get(personId)?.has(member.id) === true;
      if (met && !ids.includes(member.id)) ids.push(member.id);
    }
    return ids;
  };

  // Who plans to see each person, and when next: at any day ahead, beyond the agenda's days too.
  const nextPlanned = new Map<string, IsoDate>();
  for (const [teamId, dates] of digest.plannedByPair) {
    for (const [personId, date] of dates) {
      const known = nextPlanned.get(personId);
      if (known === undefined || date < known) nextPlanned.set(personId, date);
      const planners = plannedBy.get(personId) ?? new Set<string>();
      planners.add(teamId);
      plannedBy.set(personId, planners);
    }
  }
  for (const contact of digest.planned) {
    lines.push({
      accountId, tier, risk, dueOn: contact.date, daysOverdue: overdue(contact.date), personIds: [...contact.personIds], teamIds: [...contact.teamIds],
      kind: 'planned-contact', contactId: contact.id, date: contact.date, channel: contact.channel,
    });
  }

  for (const due of keyPeopleDue(data, last, cadenceDays)) {
    if (due.dueOn !== null && due.dueOn > until) continue;
    const { personId, why, lastContact } = due;
    lines.push({
      accountId, tier, risk, dueOn: due.dueOn, daysOverdue: overdue(due.dueOn), personIds: [personId], teamIds: teamFor(personId),
      kind: 'key-person', why, lastContact, cadenceDays, plannedOn: nextPlanned.get(personId) ?? null,
    });
  }

  for (const action of digest.actions) {
    lines.push({
      accountId, tier, risk, dueOn: action.due, daysOverdue: overdue(action.due), personIds: [...action.personIds], teamIds: [action.ownerId],
      kind: 'action', actionId: action.id, text: action.text, ownerId: action.ownerId, origin: action.origin,
    });
  }

  for (const link of steps.fading().links) {
    if (link.ageDays === null) continue;
    const lastDay = todayDay - link.ageDays;
    if (lastDay + 2 * cadenceDays > untilDay) continue;
    const actBy = dateOfDay(lastDay + 2 * cadenceDays);
    lines.push({
      accountId, tier, risk, dueOn: actBy, daysOverdue: overdue(actBy), personIds: [link.personId], teamIds: [link.teamId],
      kind: 'relationship', linkId: link.linkId, status: link.status, lastContact: dateOfDay(lastDay), cadenceDays,
    });
  }

  return { summary: { accountId: data.account.id, name: data.account.name, tier: data.account.tier, risk, cadenceDays }, lines };
}

/** Team member ids, in every account, whose name is the one asked for (case, width and spaces ignored). */
function memberIds(accounts: readonly AgendaAccount[], name: string): Set<string> {
  const wanted = normalizeForSearch(name).replace(/\s+/g, ' ').trim();
  const ids = new Set<string>();
  for (const { data } of accounts) {
    for (const member of data.team) if (normalizeForSearch(member.name).replace(/\s+/g, ' ').trim() === wanted) ids.add(member.id);
  }
  return ids;
}

/**
 * What is due by today in an agenda of any days ahead: the counts the agenda of today alone has. Its
 * lines are those due by today of any longer agenda (planned contacts are after today, and every other
 * line is kept up to the agenda's last day), so the reminder counts them from the week the screen reads.
 */
export function countsDueToday(agenda: Pick<Agenda, 'lines' | 'today'>): AgendaCounts {
  return countLines(agenda.lines.filter((line) => line.dueOn === null || line.dueOn <= agenda.today), agenda.today);
}

function countLines(lines: readonly AgendaLine[], today: IsoDate): AgendaCounts {
  const counts: AgendaCounts = { keyPeopleDue: 0, actionsOverdue: 0, actionsDueToday: 0, relationships: 0, planned: 0, coming: 0 };
  for (const line of lines) {
    const now = line.dueOn === null || line.dueOn <= today;
    if (line.kind === 'key-person') counts[now ? 'keyPeopleDue' : 'coming'] += 1;
    else if (line.kind === 'action') counts[!now ? 'coming' : line.dueOn === today ? 'actionsDueToday' : 'actionsOverdue'] += 1;
    else if (line.kind === 'relationship') counts.relationships += 1;
    else counts.planned += 1;
  }
  return counts;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Due now first (overdue or today, never-contacted key people included), then day by day; within a day
 * by account tier (core first), the account's risk (high first), the account by name, then actions before
 * people before relationships before planned contacts, the most overdue first. `names` gives each account's
 * name; accounts are ranked by name once, so sorting thousands of lines compares numbers, not locales.
 */
export function compareLines(today: IsoDate, names: ReadonlyMap<string, string>) {
  const accountRank = new Map(
    [...names]
      .sort(([idA, a], [idB, b]) => a.localeCompare(b) || byText(idA, idB))
      .map(([id], rank) => [id, rank] as const),
  );
  const bucket = (line: AgendaLine) => (line.dueOn === null || line.dueOn <= today ? '' : line.dueOn);
  return (a: AgendaLine, b: AgendaLine): number =>
    byText(bucket(a), bucket(b)) ||
    TIER_RANK.get(a.tier)! - TIER_RANK.get(b.tier)! ||
    RISK_RANK[a.risk] - RISK_RANK[b.risk] ||
    (accountRank.get(a.accountId) ?? -1) - (accountRank.get(b.accountId) ?? -1) ||
    byText(a.accountId, b.accountId) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (b.daysOverdue ?? Number.POSITIVE_INFINITY) - (a.daysOverdue ?? Number.POSITIVE_INFINITY) ||
    byText(a.personIds[0] ?? '', b.personIds[0] ?? '');
}

export function buildAgenda(accounts: readonly AgendaAccount[], options: AgendaOptions): Agenda {
  if (dayNumber(options.today) === null) throw new RangeError(`the agenda needs today as YYYY-MM-DD, got "${options.today}"`);
  if (!Number.isInteger(options.days) || options.days < 0) throw new RangeError(`the agenda looks 0 or more whole days ahead, got ${options.days}`);
  const { today } = options;
  const until = addDays(today, options.days);
  const summaries: AgendaAccountSummary[] = [];
  let lines: AgendaLine[] = [];
  for (const entry of accounts) {
    const one = accountLines(entry, today, until, options.thresholds ?? {});
    summaries.push(one.summary);
    lines.push(...one.lines);
  }
  const member = options.member?.trim() ? options.member.trim() : null;
  if (member !== null) {
    const ids = memberIds(accounts, member);
    lines = lines.filter((line) => line.teamIds.some((id) => ids.has(id)));
  }
  const names = new Map(summaries.map((s) => [s.accountId, s.name] as const));
  lines.sort(compareLines(today, names));
  return { today, until, member, accounts: summaries, lines, counts: countLines(lines, today) };
}
