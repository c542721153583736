import type { AccountData } from '../model';
import type { ChangeRecord, Fields } from './changes';
import { describeHistory, type HistoryLocale } from './describe';
import type { MergeItem, MergePlan } from './merge';

/**
 * A merge's differences in words (issue 12, point 7), as the History tab words a change: each line reads
 * from mine to theirs ("Liu Yang: attitude Neutral -> Opponent"; "Zhang Wei added" where only their copy
 * has him, "... removed" where only mine does). Pure; names come from both copies.
 */

export interface MergeWords {
  /** The names of every person, team member and competitor either copy has. */
  names: ReadonlyMap<string, string>;
  /** Every link either copy has, whole, so a change of a link's strength names its ends and kind. */
  links: ReadonlyMap<string, Fields>;
}

/** Names and links from my account and the plan (which carries theirs where they differ). */
export function mergeWords(mine: AccountData, plan: MergePlan): MergeWords {
  const names = new Map<string, string>();
  const links = new Map<string, Fields>();
  for (const item of [...mine.people, ...mine.team, ...mine.competitors]) names.set(item.id, item.name);
  for (const link of mine.links) links.set(link.id, link as unknown as Fields);
  for (const item of plan.items) {
    const value = item.theirs ?? item.mine;
    if (value === null) continue;
    if (item.entity === 'link') links.set(item.id, value);
    else if (typeof value.name === 'string' && item.entity !== 'account') names.set(item.id, value.name);
  }
  return { names, links };
}

/** Only the fields that differ, so the words name just them. */
function pick(fields: Fields, keys: readonly string[]): Fields {
  return Object.fromEntries(keys.map((key) => [key, fields[key] ?? null]));
}

/** The lines for one difference, mine -> theirs; empty when only what the history leaves unsaid differs (a position on the map). */
export function describeMergeItem(item: MergeItem, words: MergeWords, locale: HistoryLocale): string[] {
  const kind = item.change === 'added' ? 'create' : item.change === 'removed' ? 'delete' : 'update';
  const record: ChangeRecord = {
    id: item.key,
    accountId: '',
    hlc: '',
    at: '1970-01-01T00:00:00.000Z',
    actor: '',
    origin: 'edit',
    entity: item.entity,
    entityId: item.id,
    kind,
    before: kind === 'update' ? pick(item.mine!, item.fields) : item.mine,
    after: kind === 'update' ? pick(item.theirs!, item.fields) : item.theirs,
  };
  return describeHistory([record], { locale, names: words.names, links: words.links }).flatMap((day) => day.lines.map((line) => line.text));
}
