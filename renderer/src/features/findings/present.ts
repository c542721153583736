import type { Finding, Severity } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import type { IconName } from '../../ui/icons';

export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** Severity is never colour alone: each has its own icon shape and its word beside it. */
export const SEVERITY_ICON: Record<Severity, IconName> = { critical: 'critical', warning: 'alert', info: 'info' };

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

/** Findings in groups, most severe first; each group keeps the analysis's order; empty groups left out. */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0);
}

/** Everything a finding concerns, for selecting and framing it on the map. */
export function findingTargets(finding: Finding): string[] {
  return [...new Set([...finding.personIds, ...finding.teamIds, ...finding.linkIds])];
}

/** The name of a person or team member (or a competitor), for lists in the panel. */
export function nameOf(data: AccountData, id: string): string {
  return data.people.find((p) => p.id === id)?.name ?? data.team.find((t) => t.id === id)?.name ?? data.competitors.find((c) => c.id === id)?.name ?? id;
}

/** The ids in a selection that can be marked gone in what-if: people and members of our team. */
export function leaverIds(data: AccountData, selection: readonly string[]): string[] {
  const leavers = new Set([...data.people.map((p) => p.id), ...data.team.map((t) => t.id)]);
  return selection.filter((id) => leavers.has(id));
}
