import { z } from 'zod';
import type { EntityByKind, EntityKind } from './types';
import {
  accountPatchSchema,
  accountSchema,
  competitorPatchSchema,
  competitorSchema,
  linkPatchSchema,
  linkSchema,
  personPatchSchema,
  personSchema,
  teamMemberPatchSchema,
  teamMemberSchema,
} from './schemas';

/**
 * An edit is a list of operations applied in one transaction. The renderer builds each user action as
 * forward ops plus the inverse ops that undo it, so undo/redo is just "apply these ops".
 */
export type Op =
  | { [K in EntityKind]: { op: 'put'; entity: K; value: EntityByKind[K] } }[EntityKind]
  | { [K in EntityKind]: { op: 'patch'; entity: K; id: string; patch: Partial<EntityByKind[K]> } }[EntityKind]
  | { op: 'delete'; entity: Exclude<EntityKind, 'account'>; id: string };

const idSchema = z.string().min(1).max(64);

export const opSchema = z.discriminatedUnion('op', [
  z.discriminatedUnion('entity', [
    z.strictObject({ op: z.literal('put'), entity: z.literal('account'), value: accountSchema }),
    z.strictObject({ op: z.literal('put'), entity: z.literal('competitor'), value: competitorSchema }),
    z.strictObject({ op: z.literal('put'), entity: z.literal('team'), value: teamMemberSchema }),
    z.strictObject({ op: z.literal('put'), entity: z.literal('person'), value: personSchema }),
    z.strictObject({ op: z.literal('put'), entity: z.literal('link'), value: linkSchema }),
  ]),
  z.discriminatedUnion('entity', [
    z.strictObject({ op: z.literal('patch'), entity: z.literal('account'), id: idSchema, patch: accountPatchSchema }),
    z.strictObject({ op: z.literal('patch'), entity: z.literal('competitor'), id: idSchema, patch: competitorPatchSchema }),
    z.strictObject({ op: z.literal('patch'), entity: z.literal('team'), id: idSchema, patch: teamMemberPatchSchema }),
    z.strictObject({ op: z.literal('patch'), entity: z.literal('person'), id: idSchema, patch: personPatchSchema }),
    z.strictObject({ op: z.literal('patch'), entity: z.literal('link'), id: idSchema, patch: linkPatchSchema }),
  ]),
  z.strictObject({
    op: z.literal('delete'),
    entity: z.enum(['competitor', 'team', 'person', 'link']),
    id: idSchema,
  }),
]);

// A contact import of 50,000 rows is one edit (people, reports-to and covers links): its redo must fit.
export const opsSchema = z.array(opSchema).min(1).max(250_000);
