import type { Finding, FindingCode } from './types';

/**
 * Which findings to act on first, and which read as one. Pure: the findings panel, the deck and tests
 * read the same choice.
 */

/** Good news: advice to keep things as they are, never one of the week's most important moves. */
const KEEP_AS_IS: ReadonlySet<FindingCode> = new Set(['criteria-safe', 'path-to-power']);

/**
 * The `count` most important things to do this week: the analysis's order (most severe first, then by
 * rule), good news left out, and at most one per person, so three moves are three different people or
 * problems rather than three angles on one blocker.
 */
export function topFindings(findings: readonly Finding[], count = 3): Finding[] {
  const chosen: Finding[] = [];
  const people = new Set<string>();
  for (const f of findings) {
    if (chosen.length >= count) break;
    if (KEEP_AS_IS.has(f.code)) continue;
    const subject = f.personIds[0];
    if (subject !== undefined && people.has(subject)) continue;
    if (subject !== undefined) people.add(subject);
    chosen.push(f);
  }
  return chosen;
}

export interface FindingGroup {
  /** Stable identity for the UI: the code (a group holds one code). */
  key: string;
  code: FindingCode;
  findings: Finding[];
}

/**
 * Near-identical findings as one group: findings with the same code (five "no contact date" warnings are
 * one line naming five people). The groups keep the order of their first finding; a group of one is just
 * that finding.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<FindingCode, FindingGroup>();
  for (const f of findings) {
    const group = groups.get(f.code);
    if (group) group.findings.push(f);
    else groups.set(f.code, { key: f.code, code: f.code, findings: [f] });
  }
  return [...groups.values()];
}

/**
 * The people a group concerns, in order, each once, when each of its findings is about one person (its
 * key names them: `blocker:<personId>`); null for groups about layers, links or the account.
 */
export function groupPeople(group: FindingGroup): string[] | null {
  const people = group.findings.map((f) => (f.personIds[0] !== undefined && f.key === `${f.code}:${f.personIds[0]}` ? f.personIds[0] : null));
  return people.every((id): id is string => id !== null) ? [...new Set(people)] : null;
}
