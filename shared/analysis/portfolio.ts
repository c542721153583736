import type { AccountData, IsoDate, Stage, Tier } from '../model';
import { dayNumber } from './dates';
import { isKeyPerson } from './keyPerson';
import type { RuleSteps } from './analyze';
import type { Analysis, ContactThread, OwnerThread, SingleThread } from './types';

/**
 * One account's line in the portfolio: the headline of its analysis, so a KAM holding many accounts sees
 * which one is most at risk. Every value comes from the account's analysis or data; `riskReasons` says
 * why an account is rated as it is.
 */
export type RiskLevel = 'high' | 'medium' | 'low';

export type RiskReason = 'critical-findings' | 'contact-thread' | 'owner-thread' | 'warnings';

/**
 * The key person (decision maker, coach, influence 4 or more) whose contact is most overdue by the
 * account's visit cadence: never contacted first, then the longest since the last contact.
 */
export interface KeyContact {
  personId: string;
  name: string;
  /** the latest of the person's own date and their covers links' dates; null when none is recorded */
  lastContact: IsoDate | null;
  /** days from the last contact to the analysis' today; null when never contacted */
  daysSince: number | null;
  /** days beyond the visit cadence (0 or less while within it); null when never contacted */
  daysOverdue: number | null;
}

export interface PortfolioRow {
  accountId: string;
  name: string;
  industry: string;
  tier: Tier;
  stage: Stage;
  peopleCount: number;
  /** 0-100 */
  weightedCoverage: number;
  /** covered layers / 4 */
  layerCoverageRatio: number;
  contactThread: ContactThread['status'];
  ownerThread: OwnerThread['status'];
  bottlenecks: number;
  redFlags: number;
  critical: number;
  warnings: number;
  /** The key person most overdue for a contact, named; null when the account has no key person. */
  keyContact: KeyContact | null;
  /** Key people not contacted within the account's visit cadence. */
  overdueKeyPeople: number;
  risk: RiskLevel;
  riskReasons: RiskReason[];
}

const THIN: ReadonlySet<string> = new Set(['none', 'single', 'concentrated']);

/**
 * High: a critical finding, or our access hangs on one customer person or one of our team (or on
 * nobody). Medium: warnings only. Low: notes only.
 */
function rateRisk(threads: Pick<SingleThread, 'contact' | 'owner'>, critical: number, warnings: number): { risk: RiskLevel; riskReasons: RiskReason[] } {
  const reasons: RiskReason[] = [];
  if (critical > 0) reasons.push('critical-findings');
  if (THIN.has(threads.contact.status)) reasons.push('contact-thread');
  if (THIN.has(threads.owner.status)) reasons.push('owner-thread');
  if (reasons.length > 0) return { risk: 'high', riskReasons: reasons };
  if (warnings > 0) return { risk: 'medium', riskReasons: ['warnings'] };
  return { risk: 'low', riskReasons: [] };
}

/** Never contacted ranks first, then the oldest contact; equal ones by higher influence, then name. */
function moreOverdue(a: KeyContact & { influence: number }, b: KeyContact & { influence: number }): number {
  const since = (c: KeyContact) => c.daysSince ?? Number.POSITIVE_INFINITY;
  return since(b) - since(a) || b.influence - a.influence || a.name.localeCompare(b.name);
}

function mostOverdueKeyContact(data: AccountData, analysis: Analysis): KeyContact | null {
  const latest = new Map<string, IsoDate>();
  const consider = (personId: string, day: IsoDate | null) => {
    if (day === null || dayNumber(day) === null) return;
    const known = latest.get(personId);
    if (known === undefined || day > known) latest.set(personId, day);
  };
  for (const person of data.people) consider(person.id, person.lastContact);
  for (const link of data.links) if (link.kind === 'covers') consider(link.to, link.lastContact);
  const today = dayNumber(analysis.options.today);
  const gone = new Set(analysis.options.goneIds);
  const candidates = data.people
    .filter((person) => isKeyPerson(person) && !gone.has(person.id) && person.status === 'active')
    .map((person) => {
      const lastContact = latest.get(person.id) ?? null;
      const day = dayNumber(lastContact);
      const daysSince = day === null || today === null ? null : today - day;
      return {
        personId: person.id,
        name: person.name,
        influence: person.influence,
        lastContact,
        daysSince,
        daysOverdue: daysSince === null ? null : daysSince - analysis.cadenceDays,
      };
    })
    .sort(moreOverdue);
  const first = candidates[0];
  if (!first) return null;
  const { influence: _influence, ...contact } = first;
  return contact;
}

/** The account's risk as the portfolio rates it, from its analysis alone (the agenda ranks by it). */
export function accountRisk(analysis: Analysis): { critical: number; warnings: number; risk: RiskLevel; riskReasons: RiskReason[] } {
  let critical = 0;
  let warnings = 0;
  for (const f of analysis.findings) {
    if (f.severity === 'critical') critical += 1;
    else if (f.severity === 'warning') warnings += 1;
  }
  return { critical, warnings, ...rateRisk(analysis.singleThread, critical, warnings) };
}

/**
 * Each rule's place in the order riskLevel runs them: cheapest first, as timed over 200 accounts of 50
 * people once the graph is built (red flags took by far the most). Every rule is listed, or this does not
 * compile.
 */
const RULE_COST_RANK: Record<keyof RuleSteps, number> = {
  criteria: 0,
  fading: 1,
  departed: 2,
  threads: 3,
  layers: 4,
  stale: 5,
  weighted: 6,
  roles: 7,
  hidden: 8,
  bottlenecks: 9,
  paths: 10,
  flags: 11,
};
const RULES_BY_COST = (Object.keys(RULE_COST_RANK) as (keyof RuleSteps)[]).sort((a, b) => RULE_COST_RANK[a] - RULE_COST_RANK[b]);

/**
 * The account's risk level as accountRisk rates its whole analysis, from as few rules as it takes: a thin
 * thread or the first critical finding makes it high, and no other rule is run. Only an account that is not
 * high runs them all (the agenda ranks by the level alone; most accounts worth a week's plan are high).
 */
export function riskLevel(steps: RuleSteps): RiskLevel {
  const threads = steps.threads();
  if (rateRisk(threads, 0, 0).risk === 'high') return 'high';
  let warnings = 0;
  for (const rule of RULES_BY_COST) {
    for (const f of steps[rule]().findings) {
      if (f.severity === 'critical') return rateRisk(threads, 1, warnings).risk;
      if (f.severity === 'warning') warnings += 1;
    }
  }
  return rateRisk(threads, 0, warnings).risk;
}

export function portfolioRow(data: AccountData, analysis: Analysis): PortfolioRow {
  const { critical, warnings, risk, riskReasons } = accountRisk(analysis);
  return {
    accountId: data.account.id,
    name: data.account.name,
    industry: data.account.industry,
    tier: data.account.tier,
    stage: data.account.stage,
    peopleCount: data.people.length,
    weightedCoverage: analysis.weightedCoverage.score,
    layerCoverageRatio: analysis.layerCoverageRatio,
    contactThread: analysis.singleThread.contact.status,
    ownerThread: analysis.singleThread.owner.status,
    bottlenecks: analysis.singleThread.bottlenecks.length,
    redFlags: analysis.redFlags.length,
    critical,
    warnings,
    keyContact: mostOverdueKeyContact(data, analysis),
    overdueKeyPeople: analysis.findings.filter((f) => f.code === 'key-person-overdue').length,
    risk,
    riskReasons,
  };
}

const RISK_ORDER: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 };

/** Most at risk first: risk level, then more critical findings, then lower weighted coverage, then name. */
export function compareRisk(a: PortfolioRow, b: PortfolioRow): number {
  return (
    RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
    b.critical - a.critical ||
    a.weightedCoverage - b.weightedCoverage ||
    a.name.localeCompare(b.name)
  );
}
