import type { AnalysisLocale } from '../analysis/messages';
import type { RiskLevel } from '../analysis/portfolio';
import type { AccountData, Tier } from '../model';
import type { AgendaCounts, AgendaLine } from './agenda';
import type { PlanIssue, PlanIssueCode } from './check';
import type { KeyWhy } from './due';
import type { ActionStatus, Channel } from './types';

/**
 * The plan feature's words, in English and Simplified Chinese: plain templates like the analysis'
 * messages, so the command line, the app and the calendar export read the same sentences. Names come
 * from the account data given; an id no longer in it reads as "someone no longer on the map".
 */

export type PlanLocale = AnalysisLocale;

interface Words {
  unknownName: string;
  list: (names: string[]) => string;
  channel: Record<Channel, string>;
  status: Record<ActionStatus, string>;
  why: Record<KeyWhy, string>;
  tier: Record<Tier, string>;
  risk: Record<RiskLevel, string>;
  weekday: readonly string[];
  when: (daysOverdue: number, dueOn: string) => string;
  keyPerson: (c: { person: string; why: string; when: string; last: string | null; cadence: number; planned: string | null }) => string;
  action: (c: { owner: string; text: string; when: string; people: string }) => string;
  relationship: (c: { member: string; person: string; cold: boolean; last: string; days: number; cadence: number; actBy: string }) => string;
  planned: (c: { channel: string; people: string; team: string; date: string }) => string;
  agenda: { title: (today: string, until: string) => string; member: (name: string) => string; now: string; accounts: (n: number) => string };
  /** The day's sum-up, naming only what there is. */
  summary: (counts: AgendaCounts) => string;
  accountHeading: (name: string, tier: string, risk: string) => string;
  ics: {
    empty: string;
    action: (text: string) => string;
    planned: (channel: string, people: string) => string;
    account: string;
    owner: string;
    people: string;
    team: string;
    note: string;
    from: string;
    /** Between a label and its value: ": " in English, a full-width colon in Chinese. */
    colon: string;
  };
  issue: Record<PlanIssueCode, (record: string, value: string) => string>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: Words = {
  unknownName: '(someone no longer on the map)',
  list: (names) => (names.length <= 1 ? (names[0] ?? 'nobody') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`),
  channel: { visit: 'visit', call: 'call', message: 'message', meal: 'meal', event: 'event', other: 'contact' },
  status: { open: 'open', done: 'done', dropped: 'dropped' },
  why: { decisionMaker: 'decision maker', coach: 'coach', influence: 'influence 4 or more' },
  tier: { core: 'core', senior: 'senior', mid: 'mid', general: 'general' },
  risk: { high: 'high risk', medium: 'medium risk', low: 'low risk' },
  weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  when: (days, dueOn) => (days > 0 ? `${plural(days, 'day', 'days')} overdue` : days === 0 ? 'due today' : `due ${dueOn}`),
  keyPerson: (c) =>
    `Contact ${c.person} (${c.why}): ${c.last === null ? 'never contacted' : `${c.when}, last contact ${c.last}, every ${c.cadence} days`}` +
    (c.planned ? `; planned on ${c.planned}` : ''),
  action: (c) => `Action for ${c.owner}: ${c.text} (${c.when}${c.people ? `; about ${c.people}` : ''})`,
  relationship: (c) =>
    c.cold
      ? `${c.member}'s relationship with ${c.person} has gone cold: last contact ${c.last}, ${c.days} days ago (cadence ${c.cadence} days)`
      : `${c.member}'s relationship with ${c.person} is turning cold: last contact ${c.last}, cold after ${c.actBy}`,
  planned: (c) => `Planned ${c.channel} with ${c.people} (${c.team}) on ${c.date}`,
  agenda: {
    title: (today, until) => (today === until ? `Agenda for ${today}` : `Agenda from ${today} to ${until}`),
    member: (name) => `for ${name}`,
    now: 'Due now',
    accounts: (n) => plural(n, 'account', 'accounts'),
  },
  summary: (c) =>
    [
      c.keyPeopleDue && plural(c.keyPeopleDue, 'key person due', 'key people due'),
      c.actionsOverdue && plural(c.actionsOverdue, 'action overdue', 'actions overdue'),
      c.actionsDueToday && plural(c.actionsDueToday, 'action due today', 'actions due today'),
      c.relationships && plural(c.relationships, 'relationship turning cold', 'relationships turning cold'),
      c.planned && plural(c.planned, 'contact planned', 'contacts planned'),
      c.coming && `${c.coming} more due in the coming days`,
    ]
      .filter(Boolean)
      .join(', ') || 'Nothing due.',
  accountHeading: (name, tier, risk) => `${name} (${tier} · ${risk})`,
  ics: {
    empty: 'There is nothing to put in a calendar: no open action and no planned contact.',
    action: (text) => text,
    planned: (channel, people) => `${channel[0]!.toUpperCase()}${channel.slice(1)}: ${people}`,
    account: 'Account',
    owner: 'Owner',
    people: 'People',
    team: 'Our team',
    note: 'Note',
    from: 'From the finding',
    colon: ': ',
  },
  issue: {
    'invalid-record': (record) => `${record} is not valid`,
    'duplicate-id': (record) => `${record} repeats an id used before`,
    'other-account': (record, value) => `${record} belongs to another account (${value})`,
    'unknown-person': (record, value) => `${record} names a person who is not in the file (${value})`,
    'unknown-team-member': (record, value) => `${record} names a member of our team who is not in the file (${value})`,
    'unknown-owner': (record, value) => `${record} has no owner from our team (${value || 'none'})`,
    'due-before-account': (record, value) => `${record} is due on ${value}, before the account existed`,
  },
};

const ZH: Words = {
  unknownName: '（已不在地图上的人）',
  list: (names) => (names.length <= 1 ? (names[0] ?? '无人') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`),
  channel: { visit: '拜访', call: '电话', message: '消息', meal: '宴请', event: '活动', other: '联系' },
  status: { open: '进行中', done: '已完成', dropped: '已放弃' },
  why: { decisionMaker: '决策者', coach: '教练', influence: '影响力 4 及以上' },
  tier: { core: '核心', senior: '高级', mid: '中级', general: '一般' },
  risk: { high: '高风险', medium: '中风险', low: '低风险' },
  weekday: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  when: (days, dueOn) => (days > 0 ? `已逾期 ${days} 天` : days === 0 ? '今天到期' : `${dueOn} 到期`),
  keyPerson: (c) =>
    `联系${c.person}（${c.why}）：${c.last === null ? '从未联系' : `${c.when}，上次联系 ${c.last}，拜访周期 ${c.cadence} 天`}` +
    (c.planned ? `；已计划于 ${c.planned}` : ''),
  action: (c) => `${c.owner}的行动项：${c.text}（${c.when}${c.people ? `；涉及${c.people}` : ''}）`,
  relationship: (c) =>
    c.cold
      ? `${c.member}与${c.person}的关系已经冷却：上次联系 ${c.last}，${c.days} 天前（拜访周期 ${c.cadence} 天）`
      : `${c.member}与${c.person}的关系正在变冷：上次联系 ${c.last}，${c.actBy} 之后将冷却`,
  planned: (c) => `已计划 ${c.date} ${c.channel}${c.people}（${c.team}）`,
  agenda: {
    title: (today, until) => (today === until ? `${today} 待办日程` : `${today} 至 ${until} 待办日程`),
    member: (name) => `（${name}）`,
    now: '现在到期',
    accounts: (n) => `${n} 个客户`,
  },
  summary: (c) =>
    [
      c.keyPeopleDue && `${c.keyPeopleDue} 位关键人物到期`,
      c.actionsOverdue && `${c.actionsOverdue} 个行动项逾期`,
      c.actionsDueToday && `${c.actionsDueToday} 个行动项今天到期`,
      c.relationships && `${c.relationships} 段关系正在变冷`,
      c.planned && `${c.planned} 次计划联系`,
      c.coming && `未来几天另有 ${c.coming} 项到期`,
    ]
      .filter(Boolean)
      .join('，') || '没有到期事项。',
  accountHeading: (name, tier, risk) => `${name}（${tier} · ${risk}）`,
  ics: {
    empty: '没有可放入日历的内容：没有进行中的行动项，也没有计划中的联系。',
    action: (text) => text,
    planned: (channel, people) => `${channel}：${people}`,
    account: '客户',
    owner: '负责人',
    people: '相关人物',
    team: '我方人员',
    note: '备注',
    from: '来自发现',
    colon: '：',
  },
  issue: {
    'invalid-record': (record) => `${record}无效`,
    'duplicate-id': (record) => `${record}的编号与前面的记录重复`,
    'other-account': (record, value) => `${record}属于另一个客户（${value}）`,
    'unknown-person': (record, value) => `${record}提到的人物不在文件中（${value}）`,
    'unknown-team-member': (record, value) => `${record}提到的我方人员不在文件中（${value}）`,
    'unknown-owner': (record, value) => `${record}没有我方负责人（${value || '无'}）`,
    'due-before-account': (record, value) => `${record}的截止日期 ${value} 早于客户创建日期`,
  },
};

export function planWords(locale: PlanLocale): Words {
  return locale === 'zh-CN' ? ZH : EN;
}

interface Names {
  people: Map<string, string>;
  team: Map<string, string>;
}
const namesCache = new WeakMap<AccountData, Names>();
function namesOf(data: AccountData): Names {
  let names = namesCache.get(data);
  if (!names) {
    names = { people: new Map(data.people.map((p) => [p.id, p.name] as const)), team: new Map(data.team.map((t) => [t.id, t.name] as const)) };
    namesCache.set(data, names);
  }
  return names;
}

/** Names of people (or team members with `team`), as one list in the language's way. */
export function namesList(ids: readonly string[], data: AccountData, locale: PlanLocale, team = false): string {
  const w = planWords(locale);
  const map = team ? namesOf(data).team : namesOf(data).people;
  return w.list(ids.map((id) => map.get(id) ?? w.unknownName));
}

/** One agenda line in words, naming the people concerned; `data` is the line's account. */
export function agendaLineText(line: AgendaLine, data: AccountData, locale: PlanLocale): string {
  const w = planWords(locale);
  const people = namesList(line.personIds, data, locale);
  const when = line.dueOn === null || line.daysOverdue === null ? '' : w.when(line.daysOverdue, line.dueOn);
  switch (line.kind) {
    case 'key-person':
      return w.keyPerson({ person: people, why: w.why[line.why], when, last: line.lastContact, cadence: line.cadenceDays, planned: line.plannedOn });
    case 'action':
      return w.action({ owner: namesList([line.ownerId], data, locale, true), text: line.text, when, people: line.personIds.length > 0 ? people : '' });
    case 'relationship':
      return w.relationship({
        member: namesList(line.teamIds, data, locale, true),
        person: people,
        cold: line.status === 'cold',
        last: line.lastContact,
        days: (line.daysOverdue ?? 0) + 2 * line.cadenceDays,
        cadence: line.cadenceDays,
        actBy: line.dueOn ?? '',
      });
    case 'planned-contact':
      return w.planned({ channel: w.channel[line.channel], people, team: namesList(line.teamIds, data, locale, true), date: line.date });
  }
}

/** The day's sum-up, as the reminder says it: "3 key people due, 2 actions overdue, ...". */
export function agendaSummary(counts: AgendaCounts, locale: PlanLocale): string {
  return planWords(locale).summary(counts);
}

/** One problem of a contact log or action list, naming the record ("contact c-12 names a person ..."). */
export function planIssueText(issue: PlanIssue, locale: PlanLocale): string {
  const record = locale === 'zh-CN' ? `${issue.record === 'contact' ? '拜访记录' : '行动项'} ${issue.recordId}` : `${issue.record} ${issue.recordId}`;
  const text = planWords(locale).issue[issue.code](record, issue.value ?? '');
  return issue.details && issue.details.length > 0 ? `${text}: ${issue.details.join('; ')}` : text;
}
