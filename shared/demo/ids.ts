import type { DemoLink } from './structure';

/** Readable, fixed ids: the same in both languages, so tests and help text can name people directly. */
export const DEMO_ACCOUNT_ID = 'demo-account';
export const demoPersonId = (key: string): string => `demo-p-${key}`;
export const demoTeamId = (key: string): string => `demo-t-${key}`;
export const demoCompetitorId = (key: string): string => `demo-c-${key}`;
export const demoLinkId = (link: Pick<DemoLink, 'kind' | 'from' | 'to'>): string =>
  `demo-l-${link.kind}-${link.from}-${link.to}`;

/** The people the demo's story turns on (see the findings block in structure.ts). */
export const DEMO_KEY_PEOPLE = {
  coach: 'demo-p-appdev-chief',
  decisionMakers: ['demo-p-president', 'demo-p-vp-it', 'demo-p-it-director'],
  /** Decision maker, skeptic, favours CloudNet. */
  blocker: 'demo-p-it-director',
  /** Decision maker covered only at strength 1, reachable only through the VP. */
  uncoveredDecisionMaker: 'demo-p-president',
  hiddenInfluencer: 'demo-p-network-chief',
  /** Holds most of our strong covers. */
  mainOwner: 'demo-t-liwei',
  favouredCompetitor: 'demo-c-cloudnet',
} as const;
