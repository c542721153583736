import type { FindingCode } from '../analysis/types';
import type { ActionStatus, Channel } from '../plan/types';
import type { PersonKey, TeamKey } from './structure';

/*
 * The demo account's contact log and actions over its last three months (issue 13), written once for both
 * languages; the notes and the actions' words live in content.en.ts and content.zh-CN.ts.
 *
 * The log agrees with the covers links' dates in structure.ts: for every covers link, its newest logged
 * contact is the link's own date (`daysAgo`), and the other contacts are older. So the last contacts the log
 * gives are the ones the demo always had, and the intended findings there hold unchanged: the president
 * (41 days) and the VP for IT (20 days) are overdue, Chen Guodong's relationships are cold, and logging a visit
 * with either clears what it should. One visit is planned (after today): shown as planned, never counted.
 *
 * The actions: four open (one overdue, two from a finding's advice), one done with the roadmap visit.
 */

export const DEMO_CONTACT_KEYS = [
  'pilot-scope',
  'pilot-rooms',
  'platform-demo',
  'procurement-lunch',
  'cio-forum',
  'roadmap',
  'network-survey',
  'dorm-readers',
  'alumni-dinner',
  'budget-cycle',
  'requirements-workshop',
  'courtesy-visit',
  'study-kickoff',
  'teaching-fair',
  'first-call',
  'roadmap-follow-up',
] as const;
export type DemoContactKey = (typeof DEMO_CONTACT_KEYS)[number];

export interface DemoContactShape {
  /** Days before today; negative: a planned visit, after today. */
  daysAgo: number;
  team: TeamKey[];
  people: PersonKey[];
  channel: Channel;
}

export const DEMO_CONTACTS: Record<DemoContactKey, DemoContactShape> = {
  'pilot-scope': { daysAgo: 4, team: ['liwei'], people: ['appdev-chief'], channel: 'visit' },
  'pilot-rooms': { daysAgo: 8, team: ['liwei'], people: ['project-manager'], channel: 'call' },
  'platform-demo': { daysAgo: 9, team: ['zhaomin'], people: ['appdev-chief'], channel: 'visit' },
  'procurement-lunch': { daysAgo: 10, team: ['liwei'], people: ['procurement-head'], channel: 'meal' },
  'cio-forum': { daysAgo: 12, team: ['zhaomin'], people: ['it-director'], channel: 'event' },
  roadmap: { daysAgo: 20, team: ['liwei'], people: ['vp-it'], channel: 'visit' },
  'network-survey': { daysAgo: 26, team: ['zhaomin'], people: ['network-chief', 'it-operator'], channel: 'visit' },
  'dorm-readers': { daysAgo: 33, team: ['liwei'], people: ['logistics-deputy'], channel: 'call' },
  'alumni-dinner': { daysAgo: 41, team: ['chenguodong'], people: ['president'], channel: 'meal' },
  'budget-cycle': { daysAgo: 48, team: ['liwei'], people: ['finance-head'], channel: 'visit' },
  'requirements-workshop': { daysAgo: 55, team: ['liwei', 'zhaomin'], people: ['appdev-chief', 'project-manager'], channel: 'event' },
  'courtesy-visit': { daysAgo: 64, team: ['chenguodong'], people: ['vp-it'], channel: 'visit' },
  'study-kickoff': { daysAgo: 70, team: ['liwei'], people: ['vp-it', 'appdev-chief'], channel: 'visit' },
  'teaching-fair': { daysAgo: 75, team: ['liwei'], people: ['teacher-physics'], channel: 'event' },
  'first-call': { daysAgo: 86, team: ['zhaomin'], people: ['appdev-chief'], channel: 'call' },
  'roadmap-follow-up': { daysAgo: -3, team: ['liwei'], people: ['vp-it'], channel: 'visit' },
};

export const DEMO_ACTION_KEYS = ['meet-president', 'reference-visit', 'architecture-paper', 'payment-terms', 'roadmap-deck'] as const;
export type DemoActionKey = (typeof DEMO_ACTION_KEYS)[number];

export interface DemoActionShape {
  owner: TeamKey;
  people: PersonKey[];
  /** Days before today it was written down, and when it is due (negative: after today). */
  createdDaysAgo: number;
  dueDaysAgo: number;
  status: ActionStatus;
  /** Closed this many days ago (done or dropped). */
  doneDaysAgo?: number;
  /** The finding whose advice it came from, and the people that finding named; typed when absent. */
  finding?: { code: FindingCode; people: PersonKey[] };
}

export const DEMO_ACTIONS: Record<DemoActionKey, DemoActionShape> = {
  // Overdue: the president has not been seen in 41 days.
  'meet-president': {
    owner: 'chenguodong', people: ['president', 'vp-it'], createdDaysAgo: 19, dueDaysAgo: 5, status: 'open',
    finding: { code: 'decision-maker-uncovered', people: ['president'] },
  },
  'reference-visit': {
    owner: 'zhaomin', people: ['it-director'], createdDaysAgo: 12, dueDaysAgo: -6, status: 'open',
    finding: { code: 'blocker', people: ['it-director'] },
  },
  'architecture-paper': { owner: 'zhaomin', people: ['network-chief'], createdDaysAgo: 8, dueDaysAgo: -3, status: 'open' },
  'payment-terms': { owner: 'liwei', people: ['finance-head'], createdDaysAgo: 48, dueDaysAgo: -10, status: 'open' },
  'roadmap-deck': { owner: 'liwei', people: ['vp-it'], createdDaysAgo: 24, dueDaysAgo: 18, status: 'done', doneDaysAgo: 20 },
};
