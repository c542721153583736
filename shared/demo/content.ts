import type { CompetitorKey, PersonKey, TeamKey } from './structure';
import type { DemoActionKey, DemoContactKey } from './planStructure';

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
  /** The contact log's notes and the actions' words (planStructure.ts). */
  plan: { notes: Record<DemoContactKey, string>; actions: Record<DemoActionKey, string> };
}
