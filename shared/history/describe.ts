import type { IsoDate } from '../model';
import { mapLabels } from '../visual/labels';
import { planHistoryLines } from '../plan/historyLines';
import { ERASED, type ChangeRecord, type Fields } from './changes';

/**
 * The history in words (issue 12): each change as a line a KAM reads ("Liu Yang: attitude Neutral ->
 * Supporter", "Ma Zhenhua left, joined CloudNet"), grouped by day, newest first, in English or Simplified
 * Chinese. Pure: names come from the records themselves (a deleted person is still named), and which day a
 * time falls on is passed in (the user's own day, not UTC's). Private fields (notes, contact details) say
 * that they changed, never their values; positions on the map are not history.
 */

export type HistoryLocale = 'en' | 'zh-CN';

export interface HistoryLine {
  /** The first record's id, stable for keys and tests. */
  id: string;
  at: string;
  actor: string;
  text: string;
  /** The people the line is about (for the filter by person). */
  personIds: string[];
}

export interface HistoryDay {
  day: IsoDate;
  lines: HistoryLine[];
}

export interface DescribeOptions {
  locale: HistoryLocale;
  /** The day an ISO time falls on where the user is; defaults to its UTC day. */
  dayOf?: (at: string) => IsoDate;
  /** Only lines about this person. */
  personId?: string | null;
  /** Names of records the given changes do not name themselves (an update that keeps the name). */
  names?: ReadonlyMap<string, string>;
  /** Links the given changes do not carry whole (an update of a link's strength names its ends and kind). */
  links?: ReadonlyMap<string, Fields>;
}

const HIDDEN_FIELDS = new Set(['x', 'y', 'updatedAt', 'createdAt', 'statusSince', 'leftTo', 'leftToCompetitorId']);
const PRIVATE_FIELDS = new Set(['privateNotes', 'contact', 'email', 'phone', 'notes']);

interface Words {
  arrow: string;
  colon: string;
  list: (items: string[]) => string;
  none: string;
  field: Record<string, string>;
  changed: (who: string, field: string) => string;
  added: (name: string) => string;
  removed: (name: string) => string;
  addedTeam: (name: string) => string;
  removedTeam: (name: string) => string;
  addedCompetitor: (name: string) => string;
  removedCompetitor: (name: string) => string;
  linkAdded: (from: string, to: string, kind: string) => string;
  linkRemoved: (from: string, to: string, kind: string) => string;
  left: (name: string, to: string | null) => string;
  onLeave: (name: string) => string;
  back: (name: string) => string;
  account: string;
  origin: {
    import: (people: number) => string;
    restore: (people: number) => string;
    'delete-account': () => string;
    baseline: (people: number) => string;
    erase: () => string;
  };
}

const EN: Words = {
  arrow: ' -> ',
  colon: ': ',
  list: (items) => items.join(', '),
  none: 'none',
  field: {
    name: 'name', title: 'title', department: 'department', layer: 'layer', roles: 'roles', attitude: 'attitude',
    influence: 'influence', favouredCompetitorId: 'favoured competitor', driver: 'personal driver', judgesBy: 'what they judge by',
    fitOurs: 'our criteria fit', fitCompetitor: "competitor's criteria fit", targetRelationship: 'target relationship',
    lastContact: 'last contact', nextStep: 'next step', verifiedOn: 'verified on', source: 'source', privateNotes: 'private notes',
    contact: 'contact details', email: 'e-mail', phone: 'phone', strength: 'strength', function: 'function', industry: 'industry',
    region: 'region', notes: 'notes', tier: 'tier', funnelClass: 'funnel class', stage: 'relationship stage',
    shareOfWallet: 'share of wallet', visitCadenceDays: 'visit cadence (days)',
  },
  changed: (who, field) => `${who}: ${field} changed`,
  added: (name) => `${name} added`,
  removed: (name) => `${name} removed`,
  addedTeam: (name) => `${name} joined our team`,
  removedTeam: (name) => `${name} removed from our team`,
  addedCompetitor: (name) => `Competitor ${name} added`,
  removedCompetitor: (name) => `Competitor ${name} removed`,
  linkAdded: (from, to, kind) => `${kind} added: ${from} → ${to}`,
  linkRemoved: (from, to, kind) => `${kind} removed: ${from} → ${to}`,
  left: (name, to) => (to ? `${name} left, joined ${to}` : `${name} left`),
  onLeave: (name) => `${name} went on leave`,
  back: (name) => `${name} is active again`,
  account: 'Account',
  origin: {
    import: (people) => `Account imported (${people} ${people === 1 ? 'person' : 'people'})`,
    restore: (people) => `Account restored (${people} ${people === 1 ? 'person' : 'people'})`,
    'delete-account': () => 'Account deleted',
    baseline: (people) => `History begins: the account as it stood (${people} ${people === 1 ? 'person' : 'people'})`,
    erase: () => 'A person was erased on request',
  },
};

const ZH: Words = {
  arrow: ' → ',
  colon: '：',
  list: (items) => items.join('、'),
  none: '无',
  field: {
    name: '姓名', title: '职位', department: '部门', layer: '层级', roles: '角色', attitude: '态度', influence: '影响力',
    favouredCompetitorId: '倾向的竞争对手', driver: '个人需求', judgesBy: '评判标准', fitOurs: '我方标准匹配', fitCompetitor: '竞争对手标准匹配',
    targetRelationship: '目标关系', lastContact: '最近联系', nextStep: '下一步', verifiedOn: '核实于', source: '来源', privateNotes: '私密备注',
    contact: '联系方式', email: '邮箱', phone: '电话', strength: '强度', function: '职能', industry: '行业', region: '地区', notes: '备注',
    tier: '客户级别', funnelClass: '漏斗分类', stage: '合作阶段', shareOfWallet: '份额', visitCadenceDays: '拜访周期（天）',
  },
  changed: (who, field) => `${who}：${field}已修改`,
  added: (name) => `新增${name}`,
  removed: (name) => `删除了${name}`,
  addedTeam: (name) => `${name}加入我方团队`,
  removedTeam: (name) => `${name}已从我方团队移除`,
  addedCompetitor: (name) => `新增竞争对手${name}`,
  removedCompetitor: (name) => `删除了竞争对手${name}`,
  linkAdded: (from, to, kind) => `新增${kind}：${from} → ${to}`,
  linkRemoved: (from, to, kind) => `删除了${kind}：${from} → ${to}`,
  left: (name, to) => (to ? `${name}已离职，加入了${to}` : `${name}已离职`),
  onLeave: (name) => `${name}开始休假`,
  back: (name) => `${name}已恢复在职`,
  account: '客户',
  origin: {
    import: (people) => `导入了客户（${people} 人）`,
    restore: (people) => `恢复了客户（${people} 人）`,
    'delete-account': () => '删除了客户',
    baseline: (people) => `历史开始：客户当时的状态（${people} 人）`,
    erase: () => '应要求删除了一个人的全部信息',
  },
};

const fieldsOf = (value: ChangeRecord['before']): Fields => (value === null || value === ERASED ? {} : value);

/** Names by id, from every record that carries one (the latest wins), so the deleted stay named. */
function namesFrom(records: readonly ChangeRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const change of records) {
    const name = fieldsOf(change.after).name ?? fieldsOf(change.before).name;
    if (typeof name === 'string') names.set(change.entityId, name);
  }
  return names;
}

export function describeHistory(records: readonly ChangeRecord[], options: DescribeOptions): HistoryDay[] {
  const w = options.locale === 'zh-CN' ? ZH : EN;
  const labels = mapLabels(options.locale);
  const dayOf = options.dayOf ?? ((at: string) => at.slice(0, 10));
  const names = new Map([...(options.names ?? []), ...namesFrom(records)]);
  const links = new Map<string, Fields>(options.links ?? []);
  for (const change of records) if (change.entity === 'link' && change.kind !== 'update') links.set(change.entityId, fieldsOf(change.after ?? change.before));
  const name = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? '?') : '?');

  const value = (field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return w.none;
    if (field === 'attitude') return labels.attitude[raw as keyof typeof labels.attitude] ?? String(raw);
    if (field === 'layer') return labels.layer[raw as keyof typeof labels.layer] ?? String(raw);
    if (field === 'roles') return Array.isArray(raw) && raw.length > 0 ? w.list(raw.map((r) => labels.roleName[r as keyof typeof labels.roleName] ?? String(r))) : w.none;
    if (field === 'favouredCompetitorId') return name(raw);
    if (field === 'function') return labels.teamFunction[raw as keyof typeof labels.teamFunction] ?? String(raw);
    return String(raw);
  };

  const fieldLines = (who: string, before: Fields, after: Fields): string[] => {
    const lines: string[] = [];
    for (const field of Object.keys(after)) {
      if (HIDDEN_FIELDS.has(field) || field === 'status') continue;
      const label = w.field[field] ?? field;
      if (PRIVATE_FIELDS.has(field)) lines.push(w.changed(who, label));
      else lines.push(`${who}${w.colon}${label} ${value(field, before[field])}${w.arrow}${value(field, after[field])}`);
    }
    return lines;
  };

  const linesOf = (change: ChangeRecord): { text: string; personIds: string[] }[] => {
    const before = fieldsOf(change.before);
    const after = fieldsOf(change.after);
    const who = name(change.entityId);
    switch (change.entity) {
      case 'person': {
        const about = [change.entityId];
        if (change.kind === 'create') return [{ text: w.added(who), personIds: about }];
        if (change.kind === 'delete') return [{ text: w.removed(who), personIds: about }];
        const texts: string[] = [];
        if ('status' in after) {
          const to = after.leftToCompetitorId ? name(after.leftToCompetitorId) : typeof after.leftTo === 'string' && after.leftTo ? after.leftTo : null;
          texts.push(after.status === 'left' ? w.left(who, to) : after.status === 'onLeave' ? w.onLeave(who) : w.back(who));
        } else if (after.leftToCompetitorId || after.leftTo) {
          texts.push(w.left(who, after.leftToCompetitorId ? name(after.leftToCompetitorId) : String(after.leftTo)));
        }
        texts.push(...fieldLines(who, before, after));
        return texts.map((text) => ({ text, personIds: about }));
      }
      case 'link': {
        const link = change.kind === 'update' ? (links.get(change.entityId) ?? {}) : change.kind === 'create' ? after : before;
        const kind = labels.link[link.kind as keyof typeof labels.link] ?? String(link.kind);
        const ends = [link.from, link.to].filter((id): id is string => typeof id === 'string');
        const pair = `${name(link.from)} → ${name(link.to)}`;
        if (change.kind === 'create') return [{ text: w.linkAdded(name(link.from), name(link.to), kind), personIds: ends }];
        if (change.kind === 'delete') return [{ text: w.linkRemoved(name(link.from), name(link.to), kind), personIds: ends }];
        return fieldLines(`${kind} ${pair}`, before, after).map((text) => ({ text, personIds: ends }));
      }
      case 'team':
        if (change.kind === 'create') return [{ text: w.addedTeam(who), personIds: [] }];
        if (change.kind === 'delete') return [{ text: w.removedTeam(who), personIds: [] }];
        return fieldLines(who, before, after).map((text) => ({ text, personIds: [] }));
      case 'competitor':
        if (change.kind === 'create') return [{ text: w.addedCompetitor(who), personIds: [] }];
        if (change.kind === 'delete') return [{ text: w.removedCompetitor(who), personIds: [] }];
        return fieldLines(who, before, after).map((text) => ({ text, personIds: [] }));
      case 'account':
        return fieldLines(w.account, before, after).map((text) => ({ text, personIds: [] }));
      case 'contact':
      case 'action':
        return planHistoryLines(change, name, options.locale);
    }
  };

  // One group per record (or per account-level action), so newest first keeps a record's own lines in order.
  const groups: HistoryLine[][] = [];
  for (let i = 0; i < records.length; i += 1) {
    const change = records[i]!;
    if (change.origin !== 'edit') {
      // An account-level action is one line: its records run together with the same origin and time.
      let end = i;
      while (end + 1 < records.length && records[end + 1]!.origin === change.origin && records[end + 1]!.at === change.at) end += 1;
      const group = records.slice(i, end + 1);
      const people = group.filter((c) => c.entity === 'person');
      const count = people.length;
      const text = change.origin === 'erase' ? w.origin.erase() : change.origin === 'delete-account' ? w.origin['delete-account']() : w.origin[change.origin](count);
      groups.push([{ id: change.id, at: change.at, actor: change.actor, text, personIds: people.map((c) => c.entityId) }]);
      i = end;
      continue;
    }
    groups.push(linesOf(change).map((line) => ({ id: change.id, at: change.at, actor: change.actor, ...line })));
  }

  const lines = groups.reverse().flat();
  const wanted = options.personId ? lines.filter((line) => line.personIds.includes(options.personId!)) : lines;
  const days = new Map<IsoDate, HistoryLine[]>();
  for (const line of wanted) {
    const day = dayOf(line.at);
    const list = days.get(day) ?? [];
    list.push(line);
    days.set(day, list);
  }
  return [...days.entries()].map(([day, dayLines]) => ({ day, lines: dayLines }));
}
