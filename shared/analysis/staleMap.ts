import type { AccountGraph } from './graph';
import { dayNumber } from './dates';
import { finding } from './finding';
import type { Finding, StaleMap, UnverifiedPerson } from './types';

/** Days after which a person's facts count as no longer verified (DOMAIN rule 11). */
export const VERIFY_WITHIN_DAYS = 90;

/**
 * Rule 11, stale map: people whose facts (title, layer, attitude) nobody has confirmed within 90 days, or
 * ever. Verified exactly 90 days ago is still within; a date after today counts as fresh; a date that is
 * not a real date counts as never. All of them are named in one `unverified-people` finding (info): a
 * map of 17 unconfirmed people is one thing to do, not 17.
 */
export function staleMap(graph: AccountGraph): StaleMap {
  const people: UnverifiedPerson[] = [];
  for (const person of graph.people) {
    const day = dayNumber(person.verifiedOn);
    const days = day === null ? null : graph.today - day;
    if (days !== null && days <= VERIFY_WITHIN_DAYS) continue;
    people.push({ personId: person.id, days });
  }
  const findings: Finding[] = [];
  if (people.length > 0) {
    findings.push(
      finding('staleMap', 'unverified-people', 'info', '', {
        personIds: people.map((p) => p.personId),
        numbers: {
          people: people.length,
          never: people.filter((p) => p.days === null).length,
          withinDays: VERIFY_WITHIN_DAYS,
        },
      }),
    );
  }
  return { unverified: people, findings };
}
