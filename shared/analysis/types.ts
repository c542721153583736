import type { Fit, Layer } from '../model';

/**
 * Values the analysis engine returns. Everything here is plain data (no classes, no Maps), so an
 * `Analysis` can cross IPC, be printed as JSON by the CLI and be compared by the what-if view.
 */

export type Severity = 'info' | 'warning' | 'critical';

/** Which of DOMAIN's rules produced a finding, so the UI can say where a number comes from. */
export type RuleId =
  | 'layerCoverage'
  | 'roleCoverage'
  | 'weightedCoverage'
  | 'singleThread'
  | 'bottleneck'
  | 'redFlags'
  | 'hiddenInfluence'
  | 'criteriaFit'
  | 'pathToPower'
  | 'fading'
  | 'staleMap';

/**
 * Stable finding codes. Where a finding names several people, `personIds` has a fixed order, given here:
 * - layer-uncovered: the people identified in that layer
 * - unknown-attitude: people with a working relationship whose attitude is unknown
 * - contact-single-thread: [the one person carrying our access]
 * - owner-single-thread: teamIds [the one team member]; personIds: the people they hold
 * - access-bottleneck: [bottleneck person, ...decision makers cut off without them]
 * - path-to-power: [...people along the chain, decision maker last]; teamIds [the team member who starts it]
 * - stale-link / cold-link: [person]; teamIds [team member]; linkIds [covers link]
 * - competitor-closer: [person]; linkIds [the competitor tie]
 * - unverified-people: the people not verified within 90 days, in the account's order
 * - left-to-competitor: [the person who left, ...people still here they swayed, were allied with or managed]
 * - undated-link: linkIds the covers links without a date; personIds/teamIds their ends
 * - everything else about one person: [that person]
 */
export const FINDING_CODES = [
  'empty-account',
  'layer-missing',
  'layer-uncovered',
  'unknown-attitude',
  'no-decision-maker',
  'decision-maker-uncovered',
  'no-working-relationship',
  'contact-single-thread',
  'owner-single-thread',
  'access-bottleneck',
  'blocker',
  'decision-maker-attitude-unknown',
  'powerful-opponent',
  'dm-favours-competitor',
  'left-to-competitor',
  'key-person-overdue',
  'no-contact-date',
  'competitor-closer',
  'no-coach',
  'coach-uncovered',
  'hidden-influencer',
  'criteria-safe',
  'criteria-warning',
  'criteria-alarm',
  'criteria-unmet',
  'criteria-unknown',
  'path-to-power',
  'no-path-to-power',
  'stale-link',
  'cold-link',
  'undated-link',
  'unverified-people',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  /** Identity across recomputations (code plus subject, e.g. `blocker:<personId>`); what-if compares by it. */
  key: string;
  code: FindingCode;
  severity: Severity;
  rule: RuleId;
  personIds: readonly string[];
  teamIds: readonly string[];
  linkIds: readonly string[];
  /** The values behind the finding (shares, counts, days...), raw and unrounded. */
  numbers: Readonly<Record<string, number>>;
  /** Enum-like values the message needs (layer, attitude, fit, competitor id...). */
  params: Readonly<Record<string, string>>;
}

export interface AnalysisOptions {
  /** The day the analysis is about, `YYYY-MM-DD`; ages of contacts are counted to it. */
  today: string;
  /** Share of weighted coverage (0-1) one person may carry before it counts as a single thread. */
  concentrationThreshold: number;
  /** Fraction of the account (0-1) whose outgoing influence (the people they sway) ranks as "top" for hidden influence. */
  hiddenInfluenceQuantile: number;
  /** What-if: people or team members treated as gone, with their links. */
  goneIds?: readonly string[];
}

export type LayerStatus = 'missing' | 'identified' | 'covered';

export interface LayerCoverageEntry {
  layer: Layer;
  status: LayerStatus;
  /** Everyone identified in the layer. */
  personIds: string[];
  /** Those with a covers link >= 2 and attitude >= neutral. */
  coveredIds: string[];
}

export interface LayerCoverage {
  layers: LayerCoverageEntry[];
  /** covered layers / 4 */
  ratio: number;
  findings: Finding[];
}

export interface RoleCoverageEntry {
  personId: string;
  /** Best covers strength we hold with this person (0 when none). */
  bestStrength: number;
  covered: boolean;
}

export interface RoleCoverage {
  decisionMakers: RoleCoverageEntry[];
  coaches: RoleCoverageEntry[];
  hasDecisionMaker: boolean;
  allDecisionMakersCovered: boolean;
  hasCoach: boolean;
  /** At least one coach is covered. */
  coachCovered: boolean;
  findings: Finding[];
}

export interface CoverageContribution {
  personId: string;
  influence: number;
  bestStrength: number;
  /** Points of the 0-100 score this person brings. */
  points: number;
  /** points / score: this person's part of our weighted coverage (0 when the score is 0). */
  share: number;
}

export interface WeightedCoverage {
  /** 0-100 */
  score: number;
  totalInfluence: number;
  contributions: CoverageContribution[];
  findings: Finding[];
}

export interface ContactThread {
  /** none: no working relationship at all; single: one person; concentrated: one person carries >= threshold */
  status: 'none' | 'single' | 'concentrated' | 'spread';
  /** The person carrying our access when single or concentrated. */
  personId: string | null;
  /** People with a covers link >= 2. */
  strongCount: number;
  /** Largest share of weighted coverage one person carries (0-1). */
  topShare: number;
}

export interface OwnerThread {
  status: 'none' | 'single' | 'spread';
  /** Team members holding at least one covers link >= 2. */
  ownerIds: string[];
}

export interface SingleThread {
  contact: ContactThread;
  owner: OwnerThread;
  findings: Finding[];
}

export interface Bottleneck {
  personId: string;
  /** Decision makers we would be cut off from without this person. */
  decisionMakerIds: string[];
}

export interface Bottlenecks {
  bottlenecks: Bottleneck[];
  findings: Finding[];
}

export interface RedFlags {
  findings: Finding[];
}

export interface HiddenInfluencer {
  personId: string;
  /** Sum of the strengths of the influence links going out of this person (the people they sway). */
  outgoingInfluence: number;
  /** 1-based rank by outgoing influence (ties share a rank). */
  rank: number;
  reason: 'layer' | 'rating' | 'both';
}

export interface HiddenInfluence {
  hiddenInfluencers: HiddenInfluencer[];
  /** Lowest outgoing influence that still ranks in the top quantile (0 when nobody has any). */
  threshold: number;
  findings: Finding[];
}

export type CriteriaStatus = 'safe' | 'warning' | 'alarm' | 'unmet' | 'unknown';

export interface CriteriaFitEntry {
  personId: string;
  status: CriteriaStatus;
  fitOurs: Fit;
  fitCompetitor: Fit;
}

export interface CriteriaFit {
  decisionMakers: CriteriaFitEntry[];
  /** The worst status over the decision makers; null when there is none. */
  account: CriteriaStatus | null;
  findings: Finding[];
}

export interface PathToPower {
  decisionMakerId: string;
  /** [team member id, ...person ids, decision maker id] */
  nodeIds: string[];
  linkIds: string[];
  /** Weakest link on the chain (1-3). */
  strength: number;
  /** Number of links. */
  hops: number;
}

export interface PathsToPower {
  paths: PathToPower[];
  /** Decision makers no chain reaches. */
  unreachableIds: string[];
  findings: Finding[];
}

export type FadingStatus = 'fresh' | 'stale' | 'cold' | 'unknown';

export interface FadingLink {
  linkId: string;
  teamId: string;
  personId: string;
  status: FadingStatus;
  /** Days since the last contact; null when the link has no date. */
  ageDays: number | null;
}

export interface Fading {
  links: FadingLink[];
  cadenceDays: number;
  findings: Finding[];
}

export interface UnverifiedPerson {
  personId: string;
  /** Days since the facts were last verified; null when never (or not a real date). */
  days: number | null;
}

export interface StaleMap {
  unverified: UnverifiedPerson[];
  findings: Finding[];
}

export interface Analysis {
  options: Required<AnalysisOptions>;
  cadenceDays: number;
  layerCoverage: LayerCoverageEntry[];
  layerCoverageRatio: number;
  roleCoverage: Omit<RoleCoverage, 'findings'>;
  weightedCoverage: Omit<WeightedCoverage, 'findings'>;
  singleThread: { contact: ContactThread; owner: OwnerThread; bottlenecks: Bottleneck[] };
  redFlags: Finding[];
  hiddenInfluencers: HiddenInfluencer[];
  criteriaFit: Omit<CriteriaFit, 'findings'>;
  pathsToPower: PathToPower[];
  fadingLinks: FadingLink[];
  /** Rule 11: people not verified within 90 days, or never. */
  unverifiedPeople: UnverifiedPerson[];
  /** Every finding of every rule, most severe first. */
  findings: Finding[];
}
