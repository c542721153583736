import type { Finding, FindingCode, RuleId, Severity } from './types';

interface FindingParts {
  personIds?: readonly string[];
  teamIds?: readonly string[];
  linkIds?: readonly string[];
  numbers?: Record<string, number>;
  params?: Record<string, string>;
}

/**
 * Builds a finding whose key is `code` plus `subject` (the person, layer or link it is about), so the
 * same finding keeps its identity when the what-if view recomputes the account.
 */
export function finding(
  rule: RuleId,
  code: FindingCode,
  severity: Severity,
  subject: string,
  parts: FindingParts = {},
): Finding {
  return {
    key: subject ? `${code}:${subject}` : code,
    code,
    severity,
    rule,
    personIds: parts.personIds ?? [],
    teamIds: parts.teamIds ?? [],
    linkIds: parts.linkIds ?? [],
    numbers: parts.numbers ?? {},
    params: parts.params ?? {},
  };
}
