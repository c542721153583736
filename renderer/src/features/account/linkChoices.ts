import type { LinkEnds } from '../../../../shared/edit';
import { endKindOf, findLink } from '../../../../shared/edit';
import type { AccountData, LinkKind } from '../../../../shared/model';

export interface LinkChoice {
  kind: LinkKind;
  /** a link of this kind already joins these ends, so it cannot be added again */
  exists: boolean;
}

/** The kinds the chooser offers for two ends, in the order DOMAIN.md lists them, marking those already there. */
export function linkChoices(data: AccountData, ends: LinkEnds): LinkChoice[] {
  return ends.kinds.map((kind) => ({ kind, exists: findLink(data, kind, ends.from, ends.to) !== undefined }));
}

/** Only links between two customer people have a direction the user may turn around. */
export function canReverse(data: AccountData, ends: Pick<LinkEnds, 'from' | 'to'>): boolean {
  return endKindOf(data, ends.from) === 'person' && endKindOf(data, ends.to) === 'person';
}

/** The name drawn on the map for any end: a person, one of our team, or a competitor. */
export function endName(data: AccountData, id: string): string {
  const item = data.people.find((p) => p.id === id) ?? data.team.find((m) => m.id === id) ?? data.competitors.find((c) => c.id === id);
  return item?.name ?? '';
}
