import type { CompetitorKey, PersonKey, TeamKey } from './structure';

/** The words of the demo account in one language. Records keyed by the structure's keys, so a language
 *  file that forgets or invents a person does not compile. */
export interface PersonText {
  name: string;
  title: string;
  department: string;
  contact: string;
  judgesBy: string;
  nextStep: string;
  privateNotes: string;
}

export interface DemoContent {
  account: { name: string; industry: string; region: string; notes: string };
  competitors: Record<CompetitorKey, string>;
  team: Record<TeamKey, string>;
  people: Record<PersonKey, PersonText>;
}
