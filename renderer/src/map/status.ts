import type { Person } from '../../../shared/model';

/**
 * The sign a person who left or is on leave carries on the map besides being faded (never colour or
 * opacity alone): a line under the name saying so, in the map's language.
 */
const WORDS: Record<'en' | 'zh-CN', Record<Exclude<Person['status'], 'active'>, string>> = {
  en: { left: '(left)', onLeave: '(on leave)' },
  'zh-CN': { left: '（已离职）', onLeave: '（休假中）' },
};

export function statusLine(person: Pick<Person, 'status'>, locale: string): string | null {
  if (person.status === 'active' || person.status === undefined) return null;
  return WORDS[locale === 'zh-CN' ? 'zh-CN' : 'en'][person.status];
}
