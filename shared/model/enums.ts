/** Enumerations of DOMAIN.md. Order matters: it is the order the UI lists them in. */

export const LAYERS = ['image', 'decision', 'implementation', 'user'] as const;
export type Layer = (typeof LAYERS)[number];

export const ROLES = [
  'decisionMaker',
  'influencer',
  'coach',
  'user',
  'technicalGatekeeper',
  'financialGatekeeper',
  'purchaser',
  'initiator',
  'evaluator',
] as const;
export type Role = (typeof ROLES)[number];
/** The four roles the map draws as badges; the others show in the panel and tooltip. */
export const MAIN_ROLES = ['decisionMaker', 'influencer', 'coach', 'user'] as const satisfies readonly Role[];

export const ATTITUDES = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown'] as const;
export type Attitude = (typeof ATTITUDES)[number];
/** Numeric attitude; `null` for unknown so rules must decide explicitly what unknown means. */
export const ATTITUDE_SCORE: Record<Attitude, number | null> = {
  champion: 2,
  supporter: 1,
  neutral: 0,
  skeptic: -1,
  opponent: -2,
  unknown: null,
};

/** Whether a person is still at the account (DOMAIN's `status`); order is the order the panel lists them. */
export const PERSON_STATUSES = ['active', 'left', 'onLeave'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const DRIVERS = ['power', 'achievement', 'recognition', 'belonging', 'security'] as const;
export type Driver = (typeof DRIVERS)[number];

export const FITS = ['yes', 'partly', 'no', 'unknown'] as const;
export type Fit = (typeof FITS)[number];

export const TIERS = ['core', 'senior', 'mid', 'general'] as const;
export type Tier = (typeof TIERS)[number];
/** DOMAIN default visit cadence per tier, in days; an account may override it. */
export const DEFAULT_CADENCE_DAYS: Record<Tier, number> = { core: 15, senior: 15, mid: 30, general: 60 };

export const FUNNEL_CLASSES = ['A', 'B', 'C'] as const;
export type FunnelClass = (typeof FUNNEL_CLASSES)[number];

export const STAGES = ['development', 'initial', 'stable', 'strategic'] as const;
export type Stage = (typeof STAGES)[number];

export const TEAM_FUNCTIONS = ['sales', 'presales', 'service', 'executive'] as const;
export type TeamFunction = (typeof TEAM_FUNCTIONS)[number];

/**
 * Link kinds. Endpoints:
 * - reportsTo: person -> person (subordinate -> manager)
 * - influences: person -> person, strength 1-3
 * - ally, rival: person - person (undirected; stored as from/to)
 * - covers: team member -> person, strength 0-3, lastContact
 * - competitorTie: competitor -> person, strength 1-3
 */
export const LINK_KINDS = ['reportsTo', 'influences', 'ally', 'rival', 'covers', 'competitorTie'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const COVERS_STRENGTHS = [0, 1, 2, 3] as const; // none, acquaintance, working relationship, trusted
