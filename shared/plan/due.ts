import { dayNumber } from '../analysis/dates';
import { isKeyPerson } from '../analysis/keyPerson';
import type { AccountData, IsoDate, Person } from '../model';
import { isActive } from './active';
import { dateOfDay } from './days';
import type { LastContacts } from './lastContact';

/** Why someone is a key person, in the analysis' words (the `why` of its key-person findings). */
export type KeyWhy = 'decisionMaker' | 'coach' | 'influence';

export interface KeyPersonDue {
  personId: string;
  why: KeyWhy;
  /** The latest contact made; null when never contacted. */
  lastContact: IsoDate | null;
  /**
   * The last day still within the cadence (last contact + cadence), the analysis' limit: one day later
   * the key person is overdue. Null when never contacted: due now.
   */
  dueOn: IsoDate | null;
  cadenceDays: number;
}

function whyKey(person: Person): KeyWhy {
  return person.roles.includes('decisionMaker') ? 'decisionMaker' : person.roles.includes('coach') ? 'coach' : 'influence';
}

/** Every active key person of the account and the day their next contact is due, by the account's cadence. */
export function keyPeopleDue(data: AccountData, last: LastContacts, cadenceDays: number): KeyPersonDue[] {
  const due: KeyPersonDue[] = [];
  for (const person of data.people) {
    if (!isActive(person) || !isKeyPerson(person)) continue;
    const lastContact = last.byPerson.get(person.id) ?? null;
    const day = dayNumber(lastContact);
    due.push({
      personId: person.id,
      why: whyKey(person),
      lastContact,
      dueOn: day === null ? null : dateOfDay(day + cadenceDays),
      cadenceDays,
    });
  }
  return due;
}
