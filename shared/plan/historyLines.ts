import { ERASED, type ChangeRecord, type Fields } from '../history/changes';
import type { PlanLocale } from './messages';

/**
 * The history's lines for the contact log and the actions (describe.ts asks here for those records):
 * "Contact logged (visit, 2026-12-01) with Liu Yang", "Action done: Ask Liu Yang to introduce ...". The
 * note is private: the history says nothing of it.
 */
const WORDS = {
  en: {
    contact: { create: 'Contact logged', delete: 'Logged contact deleted', update: 'Logged contact changed' },
    action: { create: 'Action added', delete: 'Action deleted', update: 'Action changed' },
    status: { open: 'reopened', done: 'done', dropped: 'dropped' } as Record<string, string>,
    with: 'with',
    erased: 'a record about an erased person',
    colon: ': ',
  },
  'zh-CN': {
    contact: { create: '记录了拜访', delete: '删除了拜访记录', update: '修改了拜访记录' },
    action: { create: '新增行动项', delete: '删除了行动项', update: '修改了行动项' },
    status: { open: '重新打开', done: '已完成', dropped: '已放弃' } as Record<string, string>,
    with: '对象',
    erased: '涉及已删除人员的记录',
    colon: '：',
  },
} as const;

const fieldsOf = (value: ChangeRecord['before']): Fields | null => (value === null || value === ERASED ? null : value);

export function planHistoryLines(change: ChangeRecord, name: (id: unknown) => string, locale: PlanLocale): { text: string; personIds: string[] }[] {
  const w = WORDS[locale === 'zh-CN' ? 'zh-CN' : 'en'];
  const entity = change.entity === 'contact' ? 'contact' : 'action';
  const fields = fieldsOf(change.after) ?? fieldsOf(change.before);
  const head = w[entity][change.kind];
  if (fields === null) return [{ text: `${head}${w.colon}${w.erased}`, personIds: [] }];
  const personIds = Array.isArray(fields.personIds) ? fields.personIds.filter((id): id is string => typeof id === 'string') : [];
  const people = personIds.map(name).join(locale === 'zh-CN' ? '、' : ', ');
  if (entity === 'contact') {
    const when = typeof fields.date === 'string' ? fields.date : '';
    const channel = typeof fields.channel === 'string' ? fields.channel : '';
    return [{ text: `${head} (${[channel, when].filter(Boolean).join(', ')})${people ? ` ${w.with} ${people}` : ''}`, personIds }];
  }
  const after = fieldsOf(change.after);
  const status = change.kind === 'update' && after !== null && typeof after.status === 'string' ? w.status[after.status] : null;
  const text = typeof fields.text === 'string' ? fields.text : '';
  return [{ text: `${status ?? head}${text ? `${w.colon}${text}` : ''}`, personIds }];
}
