import type { AccountData, IsoDate, Stage, Tier } from '../model';
import { KEY_INFLUENCE } from './redFlags';
import type { Analysis, ContactThread, OwnerThread } from './types';

/**
 * One account's line in the portfolio: the headline of its analysis, so a KAM holding many accounts sees
 * which one is most at risk. Every value comes from the account's analysis or data; `riskReasons` says
 * why an account is rated as it is.
 */
export type RiskLevel = 'high' | 'medium' | 'low';

export type RiskReason = 'critical-findings' | 'contact-thread' | 'owner-thread' | 'warnings';

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
  /** The newest contact with any key person (decision maker, coach, influence 4 or more); null when none is recorded. */
  lastKeyContact: IsoDate | null;
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
function rateRisk(analysis: Analysis, critical: number, warnings: number): { risk: RiskLevel; riskReasons: RiskReason[] } {
  const reasons: RiskReason[] = [];
  if (critical > 0) reasons.push('critical-findings');
  if (THIN.has(analysis.singleThread.contact.status)) reasons.push('contact-thread');
  if (THIN.has(analysis.singleThread.owner.status)) reasons.push('owner-thread');
  if (reasons.length > 0) return { risk: 'high', riskReasons: reasons };
  if (warnings > 0) return { risk: 'medium', riskReasons: ['warnings'] };
  return { risk: 'low', riskReasons: [] };
}

function lastKeyContact(data: AccountData): IsoDate | null {
  const key = new Set(
    data.people
      .filter((p) => p.roles.includes('decisionMaker') || p.roles.includes('coach') || p.influence >= KEY_INFLUENCE)
      .map((p) => p.id),
  );
  let latest: IsoDate | null = null;
  const consider = (day: IsoDate | null) => {
    if (day !== null && (latest === null || day > latest)) latest = day;
  };
  for (const person of data.people) if (key.has(person.id)) consider(person.lastContact);
  for (const link of data.links) if (link.kind === 'covers' && key.has(link.to)) consider(link.lastContact);
  return latest;
}

export function portfolioRow(data: AccountData, analysis: Analysis): PortfolioRow {
  const critical = analysis.findings.filter((f) => f.severity === 'critical').length;
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').length;
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
    lastKeyContact: lastKeyContact(data),
    overdueKeyPeople: analysis.findings.filter((f) => f.code === 'key-person-overdue').length,
    ...rateRisk(analysis, critical, warnings),
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
