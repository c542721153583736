import type { IsoDate, Person } from '../model';
import type { AccountGraph } from './graph';
import { dayNumber } from './dates';
import { finding } from './finding';
import type { Finding, StaleMap, UnverifiedPerson } from './types';

/** Days after which a person's facts count as no longer verified (DOMAIN rule 11). */
export const VERIFY_WITHIN_DAYS = 90;

/** Days from a person's `verified on` date to `today` (a day number); null when never or not a real date. */
function daysSinceVerified(verifiedOn: string | null | undefined, today: number): number | null {
  const day = dayNumber(verifiedOn);
  return day === null ? null : today - day;
}

/**
 * Whether rule 11 counts this person as not verified on `today` (an ISO date): the map marks them. People
 * who left or are on leave take no part in the rule, as in the analysis.
 */
export function isUnverified(person: Pick<Person, 'verifiedOn' | 'status'>, today: IsoDate): boolean {
  if (person.status !== undefined && person.status !== 'active') return false;
  const days = daysSinceVerified(person.verifiedOn, dayNumber(today) ?? 0);
  return days === null || days > VERIFY_WITHIN_DAYS;
}

/**
 * Rule 11, stale map: people whose facts (title, layer, attitude) nobody has confirmed within 90 days, or
 * ever. Verified exactly 90 days ago is still within; a date after today counts as fresh; a date that is
 * not a real date counts as never. All of them are named in one `unverified-people` finding (info): a
 * map of 17 unconfirmed people is one thing to do, not 17.
 */
export function staleMap(graph: AccountGraph): StaleMap {
  const people: UnverifiedPerson[] = [];
  for (const person of graph.people) {
    const days = daysSinceVerified(person.verifiedOn, graph.today);
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
