import { z } from 'zod';
import {
  ATTITUDES,
  DRIVERS,
  FITS,
  FUNNEL_CLASSES,
  LAYERS,
  LINK_KINDS,
  PERSON_STATUSES,
  ROLES,
  STAGES,
  TEAM_FUNCTIONS,
  TIERS,
} from './enums';
import type { Account, Competitor, Link, Person, TeamMember } from './types';

/**
 * Runtime schemas for every record. Objects are strict: an unknown key is an error, which keeps
 * `__proto__` and other surprises out of the database and the renderer.
 */

const id = z.string().min(1).max(64);
const shortText = z.string().max(200);
const longText = z.string().max(20_000);
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` (YYYY-MM-DD) names a day that exists: not 2026-13-45, not 2026-02-30. */
export function isCalendarDate(text: string): boolean {
  if (!DATE_SHAPE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
const isoDate = z
  .string()
  .regex(DATE_SHAPE, 'expected a date as YYYY-MM-DD')
  // A malformed date has its message already; only a well-formed one is checked against the calendar.
  .refine((text) => !DATE_SHAPE.test(text) || isCalendarDate(text), 'expected a date that exists in the calendar');
const coord = z.number().finite().nullable();

export const accountSchema = z.strictObject({
  id,
  name: z.string().trim().min(1, 'a name is required').max(200),
  industry: shortText,
  region: shortText,
  notes: longText,
  tier: z.enum(TIERS),
  funnelClass: z.enum(FUNNEL_CLASSES),
  stage: z.enum(STAGES),
  shareOfWallet: z.number().min(0).max(100).nullable(),
  visitCadenceDays: z.number().int().min(1).max(365).nullable(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
}) satisfies z.ZodType<Account>;

export const competitorSchema = z.strictObject({
  id,
  accountId: id,
  name: z.string().trim().min(1, 'a name is required').max(200),
}) satisfies z.ZodType<Competitor>;

export const teamMemberSchema = z.strictObject({
  id,
  accountId: id,
  name: z.string().trim().min(1, 'a name is required').max(200),
  function: z.enum(TEAM_FUNCTIONS),
  x: coord,
  y: coord,
}) satisfies z.ZodType<TeamMember>;

export const personSchema = z.strictObject({
  id,
  accountId: id,
  name: z.string().trim().min(1, 'a name is required').max(200),
  title: shortText,
  department: shortText,
  contact: z.string().max(2_000),
  email: z.string().trim().max(320),
  phone: z.string().max(100),
  layer: z.enum(LAYERS),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).refine((r) => new Set(r).size === r.length, 'roles repeat'),
  attitude: z.enum(ATTITUDES),
  influence: z.number().int().min(1).max(5),
  favouredCompetitorId: id.nullable(),
  driver: z.enum(DRIVERS).nullable(),
  judgesBy: longText,
  fitOurs: z.enum(FITS),
  fitCompetitor: z.enum(FITS),
  targetRelationship: z.number().int().min(0).max(3).nullable(),
  lastContact: isoDate.nullable(),
  nextStep: longText,
  privateNotes: longText,
  verifiedOn: isoDate.nullable(),
  source: z.string().max(500),
  status: z.enum(PERSON_STATUSES),
  statusSince: isoDate.nullable(),
  leftTo: shortText,
  leftToCompetitorId: id.nullable(),
  x: coord,
  y: coord,
}) satisfies z.ZodType<Person>;

const linkBase = z.strictObject({
  id,
  accountId: id,
  kind: z.enum(LINK_KINDS),
  from: id,
  to: id,
  strength: z.number().int().min(0).max(3).nullable(),
  lastContact: isoDate.nullable(),
});

/** Strength ranges per kind, as DOMAIN.md sets them. */
export const STRENGTH_RANGE: Record<Link['kind'], readonly [number, number] | null> = {
  reportsTo: null,
  influences: [1, 3],
  ally: null,
  rival: null,
  covers: [0, 3],
  competitorTie: [1, 3],
};

export const linkSchema = linkBase.superRefine((link, ctx) => {
  const range = STRENGTH_RANGE[link.kind];
  if (range === null && link.strength !== null) {
    ctx.addIssue({ code: 'custom', path: ['strength'], message: `a ${link.kind} link has no strength` });
  }
  if (range !== null && (link.strength === null || link.strength < range[0] || link.strength > range[1])) {
    ctx.addIssue({
      code: 'custom',
      path: ['strength'],
      message: `a ${link.kind} link needs a strength from ${range[0]} to ${range[1]}`,
    });
  }
  if (link.kind !== 'covers' && link.lastContact !== null) {
    ctx.addIssue({ code: 'custom', path: ['lastContact'], message: 'only covers links carry a last contact date' });
  }
  if (link.from === link.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'a link needs two different ends' });
  }
}) satisfies z.ZodType<Link>;

export const accountPatchSchema = accountSchema.omit({ id: true, createdAt: true }).partial();
export const competitorPatchSchema = competitorSchema.omit({ id: true, accountId: true }).partial();
export const teamMemberPatchSchema = teamMemberSchema.omit({ id: true, accountId: true }).partial();
export const personPatchSchema = personSchema.omit({ id: true, accountId: true }).partial();
export const linkPatchSchema = linkBase.pick({ strength: true, lastContact: true }).partial();

export const accountDataSchema = z.strictObject({
  account: accountSchema,
  competitors: z.array(competitorSchema).max(1_000),
  team: z.array(teamMemberSchema).max(1_000),
  people: z.array(personSchema).max(20_000),
  links: z.array(linkSchema).max(200_000),
});

/** Turns zod issues into one readable line per problem, naming the field: `people.3.influence: ...`. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
