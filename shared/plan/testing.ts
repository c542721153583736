import type { LoggedContact, PlanAction } from './types';

/** Small factories for hand-worked plan tests: a test states only the fields its rule reads. */

let counter = 0;

export function contact(date: string, teamIds: string[], personIds: string[], overrides: Partial<LoggedContact> = {}): LoggedContact {
  counter += 1;
  return { id: `c${counter}`, accountId: 'acc', date, teamIds, personIds, channel: 'visit', note: '', private: true, ...overrides };
}

export function action(id: string, due: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    accountId: 'acc',
    text: `Do ${id}`,
    ownerId: 'li',
    due,
    personIds: [],
    status: 'open',
    origin: { kind: 'typed' },
    createdOn: '2026-11-01',
    doneOn: null,
    ...overrides,
  };
}
