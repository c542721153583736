import type { FindingCode } from '../analysis/types';
import type { IsoDate } from '../model';

/** DOMAIN "Contact log and plan": the channels a contact goes through, in the order the UI lists them. */
export const CHANNELS = ['visit', 'call', 'message', 'meal', 'event', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * One logged contact (拜访记录): who of our team met which customer people, on which day, how. A date after
 * today is a planned contact: shown as planned, never counted as made. The note is private by default.
 */
export interface LoggedContact {
  id: string;
  accountId: string;
  date: IsoDate;
  /** One or more of our team (team member ids). */
  teamIds: string[];
  /** One or more customer people (person ids); a meeting names several. */
  personIds: string[];
  channel: Channel;
  note: string;
  /** The note stays out of workshop mode and exports unless asked for. */
  private: boolean;
}

/** Where an action came from: a finding's advice (its code and the people it named) or typed by hand. */
export type ActionOrigin = { kind: 'finding'; code: FindingCode; personIds: string[] } | { kind: 'typed' };

/** One action (行动项): what to do, who does it, by when, about whom. */
export interface PlanAction {
  id: string;
  accountId: string;
  text: string;
  /** The team member who does it. */
  ownerId: string;
  due: IsoDate;
  personIds: string[];
  status: ActionStatus;
  origin: ActionOrigin;
  createdOn: IsoDate;
  /** The day it was closed (done or dropped); null while open. */
  doneOn: IsoDate | null;
}

/** An account's contact log and actions, as the agenda and the calendar export read them. */
export interface AccountPlan {
  contacts: readonly LoggedContact[];
  actions: readonly PlanAction[];
}
