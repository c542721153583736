import type { Fit } from '../model';
import type { AccountGraph } from './graph';
import { finding } from './finding';
import type { CriteriaFit, CriteriaFitEntry, CriteriaStatus, Finding, Severity } from './types';

const meets = (fit: Fit): boolean => fit === 'yes' || fit === 'partly';

/**
 * Rule 8, criteria fit, per decision maker. "Meets" is yes or partly, for us and for the strongest
 * competitor alike.
 * - ours meets, competitor no or unknown: `criteria-safe` (info; an unknown competitor fit is kept in
 *   params so the message says we do not know it);
 * - both meet: `criteria-warning` (warning);
 * - ours no, competitor meets: `criteria-alarm` (critical);
 * - ours no, competitor no or unknown: `criteria-unmet` (warning): nobody fits yet, DOMAIN is silent,
 *   and a KAM needs to hear our offer misses what this person judges by;
 * - ours unknown: `criteria-unknown` (warning if the competitor meets, info otherwise): never guessed.
 * The account's status is the worst over its decision makers (alarm > warning > unmet > unknown > safe).
 */
export function criteriaFit(graph: AccountGraph): CriteriaFit {
  const decisionMakers: CriteriaFitEntry[] = [];
  const findings: Finding[] = [];
  for (const i of graph.decisionMakers) {
    const person = graph.people[i]!;
    const fitOurs = person.fitOurs ?? 'unknown';
    const fitCompetitor = person.fitCompetitor ?? 'unknown';
    const status = statusOf(fitOurs, fitCompetitor);
    decisionMakers.push({ personId: person.id, status, fitOurs, fitCompetitor });
    findings.push(
      finding('criteriaFit', `criteria-${status}`, severityOf(status, fitCompetitor), person.id, {
        personIds: [person.id],
        params: { fitOurs, fitCompetitor },
      }),
    );
  }
  let account: CriteriaStatus | null = null;
  for (const entry of decisionMakers) {
    if (account === null || WORST_FIRST.indexOf(entry.status) < WORST_FIRST.indexOf(account)) account = entry.status;
  }
  return { decisionMakers, account, findings };
}

const WORST_FIRST: readonly CriteriaStatus[] = ['alarm', 'warning', 'unmet', 'unknown', 'safe'];

function statusOf(ours: Fit, competitor: Fit): CriteriaStatus {
  if (ours === 'unknown') return 'unknown';
  if (meets(ours)) return meets(competitor) ? 'warning' : 'safe';
  return meets(competitor) ? 'alarm' : 'unmet';
}

function severityOf(status: CriteriaStatus, competitor: Fit): Severity {
  switch (status) {
    case 'alarm':
      return 'critical';
    case 'warning':
    case 'unmet':
      return 'warning';
    case 'unknown':
      return meets(competitor) ? 'warning' : 'info';
    case 'safe':
      return 'info';
  }
}
