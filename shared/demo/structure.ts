import type { Attitude, Driver, Fit, FunnelClass, Layer, Role, Stage, TeamFunction, Tier } from '../model';

/*
 * The demo account's structure, written once for both languages: who sits where, how they feel about us,
 * who is linked to whom and how strongly. The words live in content.en.ts and content.zh-CN.ts.
 *
 * Story: we sell a smart-campus platform to Eastlake University (东湖大学). We already supply the campus-card
 * integration (share of wallet ~30 %, stage "initial"); CloudNet Education built the university's data centre
 * and pushes its own platform; Huaying Software has run the academic-affairs system since 2013.
 *
 * INTENDED FINDINGS (tier core, so the visit cadence is 15 days: stale > 15 days, cold > 30 days).
 * Ids below are the full ids (`demo-p-<key>`, `demo-t-<key>`, `demo-c-<key>`).
 *
 *  1. Layer coverage: image identified (president neutral, best covers 1; party secretary not covered),
 *     decision covered (vp-it, supporter, covers 2), implementation covered (appdev-chief, champion, covers 3),
 *     user identified (six people, best covers 1, nobody at >= 2). Account layer coverage 2/4 = 50 %.
 *  2. Role coverage: decision makers president, vp-it, it-director. Only vp-it is covered at strength >= 2;
 *     president (best 1, only demo-t-chenguodong) and it-director (best 1) are not. Coach appdev-chief is
 *     identified and covered at 3 (demo-t-liwei) and 2 (demo-t-zhaomin).
 *  3. Weighted coverage: 14 / 43 = 32.6 % (sum influence x best covers / 3 over influence 43).
 *  4. Single-thread: the strong covers (>= 2) are liwei->appdev-chief 3, liwei->vp-it 2, zhaomin->appdev-chief 2.
 *     Two people hold strong covers, neither carries >= 60 % of the weighted coverage (vp-it 3.33/14, coach 3/14):
 *     no contact single-thread yet. Li Wei holds 2 of the 3 strong covers but not all: no owner single-thread.
 *     Access bottleneck: every strong path to the president runs through vp-it (demo-p-vp-it), over
 *     reportsTo/influences/ally links (rival links do not open a path here either).
 *  5. Red flags: it-director is a decision maker who is a skeptic (blocker) and favours demo-c-cloudnet;
 *     CloudNet is closer than we are to it-director (tie 3 vs our best covers 1) and to network-chief
 *     (influence 4, tie 2 vs covers 1): two competitor-closer flags;
 *     key people not contacted within 15 days: president (41 days), vp-it (20 days), network-chief
 *     (influence 4, 26 days). No "no coach", no "coach not covered", no opponent with influence >= 4
 *     (the opponent teaching-chief has influence 3).
 *  6. Hidden influence (an influences link A -> B: A sways B, so the influence counted is A's outgoing):
 *     network-chief (implementation layer, influence 4, a quiet section chief) sways six colleagues, the IT
 *     director and the VP for IT among them (outgoing strength 3+1+2+1+1+1 = 9). Outgoing sums: network-chief 9,
 *     it-director 4, vp-it 2, finance-head 2, president 2, appdev-chief 1, project-manager 1, everyone else 0.
 *     Top quarter of 17 = 5 places, so the threshold is the 5th value, 2: network-chief, it-director, vp-it,
 *     finance-head, president. Only network-chief sits in the implementation/user layer or is rated <= 2.
 *     vp-it is swayed the most (4 links) and is rightly not flagged: being swayed is no power.
 *  7. What-if:
 *     - coach appdev-chief gone: weighted coverage drops to 11 / 40 = 27.5 %; only vp-it keeps a strong cover,
 *       so contact single-thread appears; every remaining strong cover is Li Wei's, so owner single-thread
 *       appears too; implementation layer drops to identified; it-director can now be reached only via vp-it.
 *     - team member demo-t-liwei gone: only zhaomin->appdev-chief 2 remains strong: contact and owner
 *       single-thread, decision layer drops to identified, vp-it no longer covered.
 *  8. Criteria fit: president ours yes / competitor yes (warning), vp-it yes / no (safe),
 *     it-director partly / yes (alarm: only the competitor fully meets his criteria).
 *  9. Path to power: vp-it direct (liwei, 2); president via vp-it; it-director via appdev-chief (liwei 3).
 * 10. Fading covers: fresh liwei->appdev-chief 4d, liwei->project-manager 8d, zhaomin->appdev-chief 9d,
 *     liwei->procurement-head 10d, zhaomin->it-director 12d; stale liwei->vp-it 20d, zhaomin->network-chief 26d,
 *     zhaomin->it-operator 26d; cold liwei->logistics-deputy 33d, chenguodong->president 41d,
 *     liwei->finance-head 48d, chenguodong->vp-it 64d, liwei->teacher-physics 75d (strength 0).
 * 11. Stale map: party-secretary (140 days), teacher-english (203 days) and helpdesk-operator (never) are not
 *     verified within 90 days; everyone else was (see VERIFIED_DAYS_AGO).
 * Person.lastContact is the newest covers date for that person (null when nobody covers them).
 */

export const PERSON_KEYS = [
  'president',
  'party-secretary',
  'vp-it',
  'it-director',
  'finance-head',
  'procurement-head',
  'appdev-chief',
  'network-chief',
  'project-manager',
  'teaching-chief',
  'logistics-deputy',
  'teacher-physics',
  'teacher-english',
  'dean-secretary',
  'student-rep',
  'it-operator',
  'helpdesk-operator',
] as const;
export type PersonKey = (typeof PERSON_KEYS)[number];

export const TEAM_KEYS = ['liwei', 'zhaomin', 'chenguodong'] as const;
export type TeamKey = (typeof TEAM_KEYS)[number];

export const COMPETITOR_KEYS = ['cloudnet', 'huaying'] as const;
export type CompetitorKey = (typeof COMPETITOR_KEYS)[number];

export const ACCOUNT_SHAPE = {
  tier: 'core' as Tier,
  funnelClass: 'A' as FunnelClass,
  stage: 'initial' as Stage,
  shareOfWallet: 30,
  /** null: the tier's default cadence (15 days for core). */
  visitCadenceDays: null,
  createdDaysAgo: 180,
};

export const TEAM_SHAPE: Record<TeamKey, { function: TeamFunction }> = {
  liwei: { function: 'sales' },
  zhaomin: { function: 'presales' },
  chenguodong: { function: 'executive' },
};

export interface PersonShape {
  layer: Layer;
  roles: Role[];
  attitude: Attitude;
  influence: number;
  favouredCompetitor: CompetitorKey | null;
  driver: Driver | null;
  fitOurs: Fit;
  fitCompetitor: Fit;
  targetRelationship: number | null;
}

export const PERSON_SHAPE: Record<PersonKey, PersonShape> = {
  president: {
    layer: 'image', roles: ['decisionMaker'], attitude: 'neutral', influence: 5, favouredCompetitor: null,
    driver: 'recognition', fitOurs: 'yes', fitCompetitor: 'yes', targetRelationship: 2,
  },
  // The highest title on campus, but he leaves IT purchases to the president's office: low real weight here.
  'party-secretary': {
    layer: 'image', roles: ['influencer'], attitude: 'unknown', influence: 2, favouredCompetitor: null,
    driver: 'security', fitOurs: 'unknown', fitCompetitor: 'unknown', targetRelationship: 1,
  },
  'vp-it': {
    layer: 'decision', roles: ['decisionMaker', 'initiator'], attitude: 'supporter', influence: 5,
    favouredCompetitor: null, driver: 'achievement', fitOurs: 'yes', fitCompetitor: 'no', targetRelationship: 3,
  },
  // The blocker: a decision maker, skeptic, favouring CloudNet.
  'it-director': {
    layer: 'decision', roles: ['decisionMaker', 'technicalGatekeeper', 'evaluator'], attitude: 'skeptic',
    influence: 4, favouredCompetitor: 'cloudnet', driver: 'power', fitOurs: 'partly', fitCompetitor: 'yes',
    targetRelationship: 2,
  },
  'finance-head': {
    layer: 'decision', roles: ['financialGatekeeper', 'influencer'], attitude: 'neutral', influence: 3,
    favouredCompetitor: null, driver: 'security', fitOurs: 'partly', fitCompetitor: 'yes', targetRelationship: 2,
  },
  'procurement-head': {
    layer: 'decision', roles: ['purchaser'], attitude: 'neutral', influence: 2, favouredCompetitor: null,
    driver: 'security', fitOurs: 'yes', fitCompetitor: 'yes', targetRelationship: 1,
  },
  // The coach: an implementation-layer section chief through whom most of our strong access runs.
  'appdev-chief': {
    layer: 'implementation', roles: ['coach', 'influencer', 'evaluator'], attitude: 'champion', influence: 3,
    favouredCompetitor: null, driver: 'recognition', fitOurs: 'yes', fitCompetitor: 'no', targetRelationship: 3,
  },
  // The hidden influencer: a quiet section chief with high real weight.
  'network-chief': {
    layer: 'implementation', roles: ['influencer', 'technicalGatekeeper'], attitude: 'neutral', influence: 4,
    favouredCompetitor: null, driver: 'belonging', fitOurs: 'partly', fitCompetitor: 'yes', targetRelationship: 2,
  },
  'project-manager': {
    layer: 'implementation', roles: ['evaluator'], attitude: 'supporter', influence: 2, favouredCompetitor: null,
    driver: 'achievement', fitOurs: 'yes', fitCompetitor: 'partly', targetRelationship: 2,
  },
  'teaching-chief': {
    layer: 'implementation', roles: ['influencer', 'user'], attitude: 'opponent', influence: 3,
    favouredCompetitor: 'huaying', driver: 'security', fitOurs: 'no', fitCompetitor: 'yes', targetRelationship: 1,
  },
  'logistics-deputy': {
    layer: 'implementation', roles: ['user', 'evaluator'], attitude: 'supporter', influence: 2,
    favouredCompetitor: null, driver: 'achievement', fitOurs: 'yes', fitCompetitor: 'partly', targetRelationship: 2,
  },
  'teacher-physics': {
    layer: 'user', roles: ['user', 'influencer'], attitude: 'supporter', influence: 2, favouredCompetitor: null,
    driver: 'achievement', fitOurs: 'yes', fitCompetitor: 'partly', targetRelationship: 2,
  },
  'teacher-english': {
    layer: 'user', roles: ['user'], attitude: 'skeptic', influence: 1, favouredCompetitor: null,
    driver: 'belonging', fitOurs: 'partly', fitCompetitor: 'unknown', targetRelationship: 1,
  },
  'dean-secretary': {
    layer: 'user', roles: ['user'], attitude: 'neutral', influence: 2, favouredCompetitor: null,
    driver: 'belonging', fitOurs: 'partly', fitCompetitor: 'partly', targetRelationship: 1,
  },
  'student-rep': {
    layer: 'user', roles: ['user'], attitude: 'supporter', influence: 1, favouredCompetitor: null,
    driver: 'recognition', fitOurs: 'yes', fitCompetitor: 'unknown', targetRelationship: 1,
  },
  'it-operator': {
    layer: 'user', roles: ['user'], attitude: 'neutral', influence: 1, favouredCompetitor: null,
    driver: 'security', fitOurs: 'partly', fitCompetitor: 'yes', targetRelationship: 2,
  },
  'helpdesk-operator': {
    layer: 'user', roles: ['user'], attitude: 'unknown', influence: 1, favouredCompetitor: null,
    driver: null, fitOurs: 'unknown', fitCompetitor: 'unknown', targetRelationship: null,
  },
};

/**
 * Days before today the KAM last confirmed each person's facts (rule 11, stale map: more than 90 days, or
 * null for never, is flagged). Most were checked at the last account review or since; three were not: the
 * party secretary (last checked 140 days ago), the English teacher (203 days) and the help-desk operator
 * (never), so the demo raises one "not verified in 90 days" finding naming those three.
 */
export const VERIFIED_DAYS_AGO: Record<PersonKey, number | null> = {
  president: 41,
  'party-secretary': 140,
  'vp-it': 20,
  'it-director': 12,
  'finance-head': 48,
  'procurement-head': 10,
  'appdev-chief': 4,
  'network-chief': 26,
  'project-manager': 8,
  'teaching-chief': 61,
  'logistics-deputy': 33,
  'teacher-physics': 75,
  'teacher-english': 203,
  'dean-secretary': 61,
  'student-rep': 61,
  'it-operator': 26,
  'helpdesk-operator': null,
};

export type DemoLink =
  | { kind: 'reportsTo' | 'ally' | 'rival'; from: PersonKey; to: PersonKey }
  | { kind: 'influences'; from: PersonKey; to: PersonKey; strength: 1 | 2 | 3 }
  | { kind: 'covers'; from: TeamKey; to: PersonKey; strength: 0 | 1 | 2 | 3; daysAgo: number }
  | { kind: 'competitorTie'; from: CompetitorKey; to: PersonKey; strength: 1 | 2 | 3 };

export const DEMO_LINKS: readonly DemoLink[] = [
  // Formal hierarchy, subordinate -> manager.
  { kind: 'reportsTo', from: 'vp-it', to: 'president' },
  { kind: 'reportsTo', from: 'finance-head', to: 'president' },
  { kind: 'reportsTo', from: 'it-director', to: 'vp-it' },
  { kind: 'reportsTo', from: 'procurement-head', to: 'vp-it' },
  { kind: 'reportsTo', from: 'logistics-deputy', to: 'vp-it' },
  { kind: 'reportsTo', from: 'appdev-chief', to: 'it-director' },
  { kind: 'reportsTo', from: 'network-chief', to: 'it-director' },
  { kind: 'reportsTo', from: 'project-manager', to: 'it-director' },
  { kind: 'reportsTo', from: 'it-operator', to: 'network-chief' },
  { kind: 'reportsTo', from: 'helpdesk-operator', to: 'network-chief' },

  // Informal influence, "A sways B" (A holds the influence). The network chief sways six colleagues, the
  // IT director and the VP for IT among them; the president sways the party secretary on IT matters.
  { kind: 'influences', from: 'network-chief', to: 'it-director', strength: 3 },
  { kind: 'influences', from: 'network-chief', to: 'vp-it', strength: 1 },
  { kind: 'influences', from: 'it-director', to: 'network-chief', strength: 2 },
  { kind: 'influences', from: 'network-chief', to: 'it-operator', strength: 2 },
  { kind: 'influences', from: 'network-chief', to: 'helpdesk-operator', strength: 1 },
  { kind: 'influences', from: 'network-chief', to: 'teaching-chief', strength: 1 },
  { kind: 'influences', from: 'network-chief', to: 'logistics-deputy', strength: 1 },
  { kind: 'influences', from: 'appdev-chief', to: 'vp-it', strength: 1 },
  { kind: 'influences', from: 'it-director', to: 'vp-it', strength: 2 },
  { kind: 'influences', from: 'finance-head', to: 'vp-it', strength: 1 },
  { kind: 'influences', from: 'vp-it', to: 'president', strength: 2 },
  { kind: 'influences', from: 'finance-head', to: 'president', strength: 1 },
  { kind: 'influences', from: 'president', to: 'party-secretary', strength: 2 },
  { kind: 'influences', from: 'project-manager', to: 'it-director', strength: 1 },

  { kind: 'ally', from: 'it-director', to: 'network-chief' },
  { kind: 'ally', from: 'finance-head', to: 'procurement-head' },
  { kind: 'ally', from: 'teaching-chief', to: 'dean-secretary' },
  { kind: 'rival', from: 'appdev-chief', to: 'network-chief' },
  { kind: 'rival', from: 'teaching-chief', to: 'appdev-chief' },

  // Our team. Li Wei holds most strong covers; Zhao Min's only strong one is the coach; Chen Guodong's are cold.
  { kind: 'covers', from: 'liwei', to: 'appdev-chief', strength: 3, daysAgo: 4 },
  { kind: 'covers', from: 'liwei', to: 'vp-it', strength: 2, daysAgo: 20 },
  { kind: 'covers', from: 'liwei', to: 'project-manager', strength: 1, daysAgo: 8 },
  { kind: 'covers', from: 'liwei', to: 'procurement-head', strength: 1, daysAgo: 10 },
  { kind: 'covers', from: 'liwei', to: 'logistics-deputy', strength: 1, daysAgo: 33 },
  { kind: 'covers', from: 'liwei', to: 'finance-head', strength: 1, daysAgo: 48 },
  { kind: 'covers', from: 'liwei', to: 'teacher-physics', strength: 0, daysAgo: 75 },
  { kind: 'covers', from: 'zhaomin', to: 'appdev-chief', strength: 2, daysAgo: 9 },
  { kind: 'covers', from: 'zhaomin', to: 'it-director', strength: 1, daysAgo: 12 },
  { kind: 'covers', from: 'zhaomin', to: 'network-chief', strength: 1, daysAgo: 26 },
  { kind: 'covers', from: 'zhaomin', to: 'it-operator', strength: 1, daysAgo: 26 },
  { kind: 'covers', from: 'chenguodong', to: 'president', strength: 1, daysAgo: 41 },
  { kind: 'covers', from: 'chenguodong', to: 'vp-it', strength: 1, daysAgo: 64 },

  { kind: 'competitorTie', from: 'cloudnet', to: 'it-director', strength: 3 },
  { kind: 'competitorTie', from: 'cloudnet', to: 'network-chief', strength: 2 },
  { kind: 'competitorTie', from: 'cloudnet', to: 'finance-head', strength: 1 },
  { kind: 'competitorTie', from: 'huaying', to: 'teaching-chief', strength: 3 },
  { kind: 'competitorTie', from: 'huaying', to: 'dean-secretary', strength: 1 },
];
