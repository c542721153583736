import type { AccountData, Attitude, Fit, Layer, Link } from '../model';
import type { Finding, FindingCode } from './types';
import type { MetricChange, MetricId } from './whatIf';

/**
 * Findings in words, in English and Simplified Chinese. Plain templates, no i18n library: shared/ stays
 * pure and the CLI, the app and tests read the same sentences. Names come from the account data given, so
 * a what-if finding about someone marked gone is explained with the full data and still names them.
 * Pronouns are avoided (the data has no gender): a sentence repeats the name instead.
 */

export type AnalysisLocale = 'en' | 'zh-CN';

interface Names {
  people: Map<string, string>;
  team: Map<string, string>;
  competitors: Map<string, string>;
  links: Map<string, Link>;
}

const namesCache = new WeakMap<AccountData, Names>();

function namesOf(data: AccountData): Names {
  let names = namesCache.get(data);
  if (!names) {
    names = {
      people: new Map((data.people ?? []).map((p) => [p.id, p.name] as const)),
      team: new Map((data.team ?? []).map((t) => [t.id, t.name] as const)),
      competitors: new Map((data.competitors ?? []).map((c) => [c.id, c.name] as const)),
      links: new Map((data.links ?? []).map((l) => [l.id, l] as const)),
    };
    namesCache.set(data, names);
  }
  return names;
}

/** Longest list of names spelled out before "and N others". */
const MAX_NAMES = 6;

interface Words {
  unknownName: string;
  list: (names: string[]) => string;
  layer: Record<Layer, string>;
  attitude: Record<Attitude, string>;
  fit: Record<Fit, string>;
  strength: (s: number) => string;
  keyWhy: Record<string, string>;
}

const EN_WORDS: Words = {
  unknownName: '(someone no longer on the map)',
  list(names) {
    const shown = names.length > MAX_NAMES ? names.slice(0, MAX_NAMES - 1) : names;
    const rest = names.length - shown.length;
    const items = rest > 0 ? [...shown, `${rest} others`] : shown;
    if (items.length <= 1) return items[0] ?? 'nobody';
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  },
  layer: { image: 'image layer', decision: 'decision layer', implementation: 'implementation layer', user: 'user layer' },
  attitude: {
    champion: 'a champion',
    supporter: 'supportive',
    neutral: 'neutral',
    skeptic: 'skeptical',
    opponent: 'opposed',
    unknown: 'of unknown attitude',
  },
  fit: { yes: 'meets', partly: 'partly meets', no: 'does not meet', unknown: 'unknown' },
  strength: (s) => ['no relationship', 'an acquaintance', 'a working relationship', 'trusted'][s] ?? String(s),
  keyWhy: { decisionMaker: 'decision maker', coach: 'coach', influence: 'influence 4 or more' },
};

const ZH_WORDS: Words = {
  unknownName: '（已不在地图上的人）',
  list(names) {
    if (names.length > MAX_NAMES) return `${names.slice(0, MAX_NAMES - 1).join('、')}等 ${names.length} 人`;
    if (names.length <= 1) return names[0] ?? '无人';
    return `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
  },
  layer: { image: '形象层', decision: '决策层', implementation: '实施层', user: '使用层' },
  attitude: { champion: '拥护', supporter: '支持', neutral: '中立', skeptic: '怀疑', opponent: '反对', unknown: '未知' },
  fit: { yes: '满足', partly: '部分满足', no: '不满足', unknown: '未知' },
  strength: (s) => ['无关系', '认识', '工作关系', '信任'][s] ?? String(s),
  keyWhy: { decisionMaker: '决策者', coach: '教练', influence: '影响力 4 及以上' },
};

/** What a template sees: the finding and name lookups already in the chosen language. */
interface Context {
  f: Finding;
  w: Words;
  /** Name of the finding's person at position i. */
  p: (i?: number) => string;
  /** Names of the finding's people from position `from`, as a list. */
  ps: (from?: number) => string;
  team: (i?: number) => string;
  competitor: (id: string | undefined) => string;
  linkPair: (id: string) => string;
  n: (key: string) => number;
  pct: (key: string) => number;
}

type Templates = Record<FindingCode, (c: Context) => string>;

const EN: Templates = {
  'empty-account': () => 'Nobody has been added to this account yet, so its coverage is 0. Start by naming the decision makers.',
  'layer-missing': (c) => `Nobody in the ${c.w.layer[c.f.params.layer as Layer]} has been identified yet.`,
  'layer-uncovered': (c) =>
    `The ${c.w.layer[c.f.params.layer as Layer]} has ${c.ps()} identified, but none of them has a working relationship with us and a neutral or better attitude.` +
    (c.n('unknownAttitude') > 0
      ? ` ${c.n('unknownAttitude')} of them ${c.n('unknownAttitude') === 1 ? 'has' : 'have'} an unknown attitude, which does not count as neutral.`
      : ''),
  'unknown-attitude': (c) =>
    `${c.ps()} ${c.f.personIds.length === 1 ? 'has' : 'have'} a working relationship with us but an unknown attitude, so ${c.f.personIds.length === 1 ? 'does' : 'do'} not count as covered until the attitude is recorded.`,
  'no-decision-maker': () => 'No decision maker has been identified: we do not know who approves the deal.',
  'decision-maker-uncovered': (c) =>
    `${c.p()} is a decision maker, but nobody on our team has a working relationship with ${c.p()} (best today: ${c.w.strength(c.n('bestStrength'))}).`,
  'no-working-relationship': () =>
    'Nobody on our team has a working relationship (strength 2 or more) with anyone at this account.',
  'contact-single-thread': (c) =>
    c.f.params.reason === 'concentrated'
      ? `${c.p()} carries ${c.pct('share')}% of our weighted coverage (the limit is ${c.pct('threshold')}%); if ${c.p()} leaves, most of our access goes too.`
      : `Only ${c.p()} holds a working relationship with us; if ${c.p()} leaves, we lose our access to the account.`,
  'owner-single-thread': (c) =>
    `Only ${c.team()} on our team holds working relationships here (with ${c.ps()}); if ${c.team()} leaves, the account goes too.`,
  'access-bottleneck': (c) =>
    `Every route from our team to ${c.ps(1)} runs through ${c.p()}; if ${c.p()} leaves, we are cut off from ${c.ps(1)}.`,
  blocker: (c) => `${c.p()} is a decision maker and ${c.w.attitude[c.f.params.attitude as Attitude]} toward us: a blocker.`,
  'decision-maker-attitude-unknown': (c) =>
    `${c.p()} is a decision maker whose attitude toward us is unknown; find out whether ${c.p()} supports or blocks us.`,
  'powerful-opponent': (c) => `${c.p()} opposes us and carries influence ${c.n('influence')} of 5.`,
  'dm-favours-competitor': (c) => `${c.p()} is a decision maker who favours ${c.competitor(c.f.params.competitorId)}.`,
  'key-person-overdue': (c) =>
    `${c.p()} (${c.w.keyWhy[c.f.params.why ?? ''] ?? ''}) was last contacted ${c.n('days')} days ago, beyond the ${c.n('cadenceDays')}-day visit cadence.`,
  'no-contact-date': (c) =>
    `${c.p()} (${c.w.keyWhy[c.f.params.why ?? ''] ?? ''}) has no recorded last contact, so we cannot tell whether the visit cadence is kept.`,
  'competitor-closer': (c) =>
    `${c.competitor(c.f.params.competitorId)} is closer to ${c.p()} (${c.w.keyWhy[c.f.params.why ?? ''] ?? ''}) than we are: their tie is ${c.n('tieStrength')} of 3, our best relationship ${c.n('bestStrength')} of 3 (${c.w.strength(c.n('bestStrength'))}).`,
  'left-to-competitor': (c) =>
    `${c.p()} left${c.f.params.since ? ` on ${c.f.params.since}` : ''} and joined ${c.competitor(c.f.params.competitorId)}: ${c.competitor(c.f.params.competitorId)} now has someone who knows this account, our offer and our plans from the inside.` +
    (c.n('close') > 0 ? ` ${c.ps(1)} ${c.n('close') === 1 ? 'was' : 'were'} close to ${c.p()} and may hear from ${c.competitor(c.f.params.competitorId)}.` : ''),
  'no-coach': () => 'No coach has been identified: nobody guides us from the inside.',
  'coach-uncovered': (c) =>
    `${c.p()} is our coach, but nobody on our team has a working relationship with ${c.p()} (best today: ${c.w.strength(c.n('bestStrength'))}).`,
  'hidden-influencer': (c) => {
    const swayed = c.n('swayed') === 1 ? '1 colleague' : `${c.n('swayed')} colleagues`;
    const where = `sits in the ${c.w.layer[c.f.params.layer as Layer]}`;
    const rated = `is rated ${c.n('influence')} of 5 for influence`;
    const yet = c.f.params.reason === 'both' ? `${where} and ${rated}` : c.f.params.reason === 'layer' ? where : rated;
    return `${c.p()} sways ${swayed} (influence strength ${c.n('outgoingInfluence')} in all, top quarter of the account), yet ${c.p()} ${yet}: more weight than the map suggests.`;
  },
  'criteria-safe': (c) =>
    `Our offer ${c.w.fit[c.f.params.fitOurs as Fit]} ${c.p()}'s criteria` +
    (c.f.params.fitCompetitor === 'unknown'
      ? `; whether the competitor's does is unknown.`
      : ` and the competitor's does not: safe.`),
  'criteria-warning': (c) =>
    `Both our offer and the competitor's meet ${c.p()}'s criteria (ours: ${c.w.fit[c.f.params.fitOurs as Fit]}, theirs: ${c.w.fit[c.f.params.fitCompetitor as Fit]}): we must stand out.`,
  'criteria-alarm': (c) =>
    `Only the competitor's offer meets ${c.p()}'s criteria (theirs: ${c.w.fit[c.f.params.fitCompetitor as Fit]}); ours does not.`,
  'criteria-unmet': (c) =>
    `Our offer does not meet ${c.p()}'s criteria; ` +
    (c.f.params.fitCompetitor === 'unknown' ? `whether the competitor's does is unknown.` : `the competitor's does not either.`),
  'criteria-unknown': (c) =>
    `We do not know whether our offer meets ${c.p()}'s criteria (the competitor's: ${c.w.fit[c.f.params.fitCompetitor as Fit]}).`,
  'path-to-power': (c) => {
    const dm = c.p(c.f.personIds.length - 1);
    if (c.n('hops') <= 1) return `${c.team()} reaches ${dm} directly (${c.w.strength(c.n('strength'))}).`;
    const chain = [c.team(), ...c.f.personIds.map((_, i) => c.p(i))].join(' → ');
    return `Strongest route to ${dm}: ${chain} (weakest link: ${c.w.strength(c.n('strength'))}, ${c.n('hops')} steps).`;
  },
  'no-path-to-power': (c) => `No chain of relationships leads from our team to ${c.p()}: someone has to introduce us.`,
  'stale-link': (c) =>
    `${c.team()}'s relationship with ${c.p()} is going stale: last contact ${c.n('days')} days ago, beyond the ${c.n('cadenceDays')}-day cadence.`,
  'cold-link': (c) =>
    `${c.team()}'s relationship with ${c.p()} has gone cold: last contact ${c.n('days')} days ago, more than twice the ${c.n('cadenceDays')}-day cadence.`,
  'undated-link': (c) =>
    `${c.n('links') === 1 ? '1 relationship has' : `${c.n('links')} relationships have`} no last-contact date, so we cannot tell whether ${c.n('links') === 1 ? 'it is' : 'they are'} fading: ${c.w.list(c.f.linkIds.map(c.linkPair))}.`,
  'unverified-people': (c) =>
    `${c.n('people') === 1 ? '1 person has' : `${c.n('people')} people have`} not been verified in the last ${c.n('withinDays')} days` +
    (c.n('never') > 0 ? ` (${c.n('never') === c.n('people') ? (c.n('people') === 1 ? 'never' : 'none of them ever') : `${c.n('never')} never`})` : '') +
    `: ${c.ps()}. Their title, layer or attitude may have changed since.`,
};

const ZH: Templates = {
  'empty-account': () => '该客户还没有录入任何人，覆盖度为 0。请先识别决策者。',
  'layer-missing': (c) => `${c.w.layer[c.f.params.layer as Layer]}还没有识别出任何人。`,
  'layer-uncovered': (c) =>
    `${c.w.layer[c.f.params.layer as Layer]}已识别${c.ps()}，但其中没有人既与我们有工作关系、又态度中立或更好。` +
    (c.n('unknownAttitude') > 0 ? `其中 ${c.n('unknownAttitude')} 人态度未知，不计为中立。` : ''),
  'unknown-attitude': (c) => `${c.ps()}与我们有工作关系，但态度未知；记录态度之前不计为已覆盖。`,
  'no-decision-maker': () => '尚未识别决策者：我们不知道由谁拍板。',
  'decision-maker-uncovered': (c) =>
    `${c.p()}是决策者，但我方没有人与${c.p()}建立工作关系（目前最好：${c.w.strength(c.n('bestStrength'))}）。`,
  'no-working-relationship': () => '我方没有任何人与该客户的任何人建立工作关系（强度 2 及以上）。',
  'contact-single-thread': (c) =>
    c.f.params.reason === 'concentrated'
      ? `${c.p()}承载了我们 ${c.pct('share')}% 的加权覆盖度（上限 ${c.pct('threshold')}%）；如果${c.p()}离开，我们的大部分接触渠道也随之消失。`
      : `只有${c.p()}与我们有工作关系；如果${c.p()}离开，我们将失去对该客户的接触渠道。`,
  'owner-single-thread': (c) =>
    `我方只有${c.team()}与该客户建立了工作关系（${c.ps()}）；如果${c.team()}离开，这个客户也会随之流失。`,
  'access-bottleneck': (c) =>
    `我方通往${c.ps(1)}的每一条路径都经过${c.p()}；如果${c.p()}离开，我们将接触不到${c.ps(1)}。`,
  blocker: (c) => `${c.p()}是决策者，对我们持${c.w.attitude[c.f.params.attitude as Attitude]}态度：这是一个阻碍者。`,
  'decision-maker-attitude-unknown': (c) => `${c.p()}是决策者，但对我们的态度未知；需要弄清${c.p()}是支持还是阻碍我们。`,
  'powerful-opponent': (c) => `${c.p()}反对我们，且影响力为 ${c.n('influence')}/5。`,
  'dm-favours-competitor': (c) => `${c.p()}是决策者，倾向于竞争对手${c.competitor(c.f.params.competitorId)}。`,
  'key-person-overdue': (c) =>
    `${c.p()}（${c.w.keyWhy[c.f.params.why ?? ''] ?? ''}）上次联系是 ${c.n('days')} 天前，超出了 ${c.n('cadenceDays')} 天的拜访周期。`,
  'no-contact-date': (c) =>
    `${c.p()}（${c.w.keyWhy[c.f.params.why ?? ''] ?? ''}）没有上次联系的记录，无法判断是否按拜访周期跟进。`,
  'competitor-closer': (c) =>
    `${c.competitor(c.f.params.competitorId)}与${c.p()}（${c.w.keyWhy[c.f.params.why ?? ''] ?? ''}）的关系比我们更近：对方关系强度 ${c.n('tieStrength')}/3，我方最好 ${c.n('bestStrength')}/3（${c.w.strength(c.n('bestStrength'))}）。`,
  'left-to-competitor': (c) =>
    `${c.p()}${c.f.params.since ? `已于 ${c.f.params.since} ` : '已'}离职，加入了${c.competitor(c.f.params.competitorId)}：${c.competitor(c.f.params.competitorId)}从此有了一个了解该客户、我方方案和计划的内部知情人。` +
    (c.n('close') > 0 ? `${c.ps(1)}与${c.p()}关系密切，可能会受到${c.competitor(c.f.params.competitorId)}的影响。` : ''),
  'no-coach': () => '尚未识别教练：客户内部没有人为我们指路。',
  'coach-uncovered': (c) =>
    `${c.p()}是我们的教练，但我方没有人与${c.p()}建立工作关系（目前最好：${c.w.strength(c.n('bestStrength'))}）。`,
  'hidden-influencer': (c) => {
    const where = `身处${c.w.layer[c.f.params.layer as Layer]}`;
    const rated = `影响力评分只有 ${c.n('influence')}/5`;
    const yet = c.f.params.reason === 'both' ? `${where}，${rated}` : c.f.params.reason === 'layer' ? where : rated;
    return `${c.p()}影响着 ${c.n('swayed')} 位同事（影响强度合计 ${c.n('outgoingInfluence')}，位列全客户前四分之一），而${c.p()}${yet}：实际分量比地图上显示的更大。`;
  },
  'criteria-safe': (c) =>
    `我们的方案${c.w.fit[c.f.params.fitOurs as Fit]}${c.p()}的评判标准` +
    (c.f.params.fitCompetitor === 'unknown' ? '；竞争对手的方案是否满足尚不清楚。' : '，竞争对手的方案不满足：安全。'),
  'criteria-warning': (c) =>
    `我们和竞争对手的方案都满足${c.p()}的评判标准（我方：${c.w.fit[c.f.params.fitOurs as Fit]}，对手：${c.w.fit[c.f.params.fitCompetitor as Fit]}）：需要做出差异化。`,
  'criteria-alarm': (c) =>
    `只有竞争对手的方案满足${c.p()}的评判标准（对手：${c.w.fit[c.f.params.fitCompetitor as Fit]}）；我们的方案不满足。`,
  'criteria-unmet': (c) =>
    `我们的方案不满足${c.p()}的评判标准；` +
    (c.f.params.fitCompetitor === 'unknown' ? '竞争对手的方案是否满足尚不清楚。' : '竞争对手的方案也不满足。'),
  'criteria-unknown': (c) =>
    `尚不清楚我们的方案是否满足${c.p()}的评判标准（竞争对手：${c.w.fit[c.f.params.fitCompetitor as Fit]}）。`,
  'path-to-power': (c) => {
    const dm = c.p(c.f.personIds.length - 1);
    if (c.n('hops') <= 1) return `${c.team()}可直接接触${dm}（${c.w.strength(c.n('strength'))}）。`;
    const chain = [c.team(), ...c.f.personIds.map((_, i) => c.p(i))].join(' → ');
    return `通往${dm}的最强路径：${chain}（最弱一环：${c.w.strength(c.n('strength'))}，共 ${c.n('hops')} 步）。`;
  },
  'no-path-to-power': (c) => `我方没有任何关系链能通往${c.p()}：需要有人引荐。`,
  'stale-link': (c) =>
    `${c.team()}与${c.p()}的关系正在变淡：上次联系在 ${c.n('days')} 天前，超出 ${c.n('cadenceDays')} 天的拜访周期。`,
  'cold-link': (c) =>
    `${c.team()}与${c.p()}的关系已经冷却：上次联系在 ${c.n('days')} 天前，超过拜访周期（${c.n('cadenceDays')} 天）的两倍。`,
  'undated-link': (c) =>
    `${c.n('links')} 条覆盖关系没有上次联系日期，无法判断是否在变淡：${c.w.list(c.f.linkIds.map(c.linkPair))}。`,
  'unverified-people': (c) =>
    `${c.n('people')} 人在最近 ${c.n('withinDays')} 天内未经核实` +
    (c.n('never') > 0 ? (c.n('never') === c.n('people') ? '（均从未核实）' : `（其中 ${c.n('never')} 人从未核实）`) : '') +
    `：${c.ps()}。其职位、层级或态度可能已经变化。`,
};

function contextFor(finding: Finding, data: AccountData, locale: AnalysisLocale): Context {
  const names = namesOf(data);
  const w = locale === 'zh-CN' ? ZH_WORDS : EN_WORDS;
  const person = (id: string | undefined) => (id !== undefined && names.people.get(id)) || w.unknownName;
  const member = (id: string | undefined) => (id !== undefined && names.team.get(id)) || w.unknownName;
  return {
    f: finding,
    w,
    p: (i = 0) => person(finding.personIds[i]),
    ps: (from = 0) => w.list(finding.personIds.slice(from).map(person)),
    team: (i = 0) => member(finding.teamIds[i]),
    competitor: (id) => (id !== undefined && names.competitors.get(id)) || w.unknownName,
    linkPair: (id) => {
      const link = names.links.get(id);
      return link ? `${member(link.from)} → ${person(link.to)}` : w.unknownName;
    },
    n: (key) => finding.numbers[key] ?? 0,
    pct: (key) => Math.round((finding.numbers[key] ?? 0) * 100),
  };
}

/** One sentence (or two) saying what the finding means, naming the people it concerns. */
export function explainFinding(finding: Finding, data: AccountData, locale: AnalysisLocale): string {
  return (locale === 'zh-CN' ? ZH : EN)[finding.code](contextFor(finding, data, locale));
}

/**
 * What a KAM can do about a finding, as one imperative line naming the people concerned ("Build a
 * working relationship with Wang Lei"). The one source of advice: the findings panel, the workshop, the
 * deck and the command line all read it. Every code has one, good news included (keep a safe fit safe,
 * use the path to power that was found).
 */
const ADVICE: Record<AnalysisLocale, Record<FindingCode, (c: Context) => string>> = {
  en: {
    'empty-account': () => 'Name the decision makers, then who influences them.',
    'layer-missing': (c) => `Identify who matters in the ${c.w.layer[c.f.params.layer as Layer]}.`,
    'layer-uncovered': (c) => `Build a working relationship with someone in the ${c.w.layer[c.f.params.layer as Layer]}.`,
    'unknown-attitude': (c) => `Find out where ${c.ps()} stand${c.f.personIds.length === 1 ? 's' : ''}.`,
    'no-decision-maker': () => 'Find out who approves the deal.',
    'decision-maker-uncovered': (c) => `Build a working relationship with ${c.p()}.`,
    'no-working-relationship': () => 'Turn an acquaintance into a working relationship.',
    'contact-single-thread': (c) => `Build working relationships beyond ${c.p()}.`,
    'owner-single-thread': (c) => `Bring a second colleague into ${c.team()}'s relationships.`,
    'access-bottleneck': (c) => `Open a second route to ${c.ps(1)} that does not run through ${c.p()}.`,
    blocker: (c) => `Learn ${c.p()}'s objections and who can sway ${c.p()}.`,
    'decision-maker-attitude-unknown': (c) => `Find out whether ${c.p()} supports or blocks us.`,
    'powerful-opponent': (c) => `Plan how to neutralise ${c.p()}'s opposition.`,
    'dm-favours-competitor': (c) => `Counter ${c.competitor(c.f.params.competitorId)} with ${c.p()}.`,
    'key-person-overdue': (c) => `Contact ${c.p()} (${c.n('days')} days since the last contact).`,
    'no-contact-date': (c) => `Record when we last spoke with ${c.p()}.`,
    'competitor-closer': (c) =>
      `Build a stronger relationship with ${c.p()} than ${c.competitor(c.f.params.competitorId)} has (ours ${c.n('bestStrength')}, theirs ${c.n('tieStrength')}).`,
    'left-to-competitor': (c) =>
      c.n('close') > 0
        ? `Assume ${c.competitor(c.f.params.competitorId)} knows what ${c.p()} knew: strengthen our relationships with ${c.ps(1)} and find out who takes over ${c.p()}'s role.`
        : `Assume ${c.competitor(c.f.params.competitorId)} knows what ${c.p()} knew: find out who takes over ${c.p()}'s role and build a relationship with them.`,
    'no-coach': () => 'Find a coach inside the account.',
    'coach-uncovered': (c) => `Strengthen our relationship with ${c.p()}, our coach.`,
    'hidden-influencer': (c) => `Engage ${c.p()}, who carries more weight than the title says.`,
    'criteria-safe': (c) => `Keep ${c.p()} sure that our offer meets the criteria.`,
    'criteria-warning': (c) => `Show ${c.p()} where our offer stands out.`,
    'criteria-alarm': (c) => `Make our offer meet ${c.p()}'s criteria.`,
    'criteria-unmet': (c) => `Make our offer meet ${c.p()}'s criteria.`,
    'criteria-unknown': (c) => `Ask ${c.p()} what the decision will be judged by.`,
    'path-to-power': (c) =>
      c.n('hops') <= 1
        ? `${c.team()}: keep the direct relationship with ${c.p(c.f.personIds.length - 1)} strong.`
        : `Ask ${c.p(0)} to introduce ${c.team()} to ${c.p(1)}${c.n('hops') > 2 ? `, on the way to ${c.p(c.f.personIds.length - 1)}` : ''}.`,
    'no-path-to-power': (c) => `Find someone who can introduce us to ${c.p()}.`,
    'stale-link': (c) => `${c.team()}: get back in touch with ${c.p()}.`,
    'cold-link': (c) => `${c.team()}: renew the relationship with ${c.p()}.`,
    'undated-link': (c) => `Record when we last spoke with ${c.ps()}.`,
    'unverified-people': (c) => `Confirm the title, layer and attitude of ${c.ps()}, then mark each one "Verified today".`,
  },
  'zh-CN': {
    'empty-account': () => '先列出决策者，再列出影响他们的人。',
    'layer-missing': (c) => `识别${c.w.layer[c.f.params.layer as Layer]}的关键人物。`,
    'layer-uncovered': (c) => `与${c.w.layer[c.f.params.layer as Layer]}的人建立工作关系。`,
    'unknown-attitude': (c) => `弄清${c.ps()}的态度。`,
    'no-decision-maker': () => '弄清由谁批准这笔交易。',
    'decision-maker-uncovered': (c) => `与${c.p()}建立工作关系。`,
    'no-working-relationship': () => '把一个"认识"发展为工作关系。',
    'contact-single-thread': (c) => `在${c.p()}之外建立更多工作关系。`,
    'owner-single-thread': (c) => `让另一位同事加入${c.team()}的客户关系。`,
    'access-bottleneck': (c) => `打通一条不经过${c.p()}、通往${c.ps(1)}的路径。`,
    blocker: (c) => `了解${c.p()}的顾虑，以及谁能影响${c.p()}。`,
    'decision-maker-attitude-unknown': (c) => `弄清${c.p()}是支持还是阻碍我们。`,
    'powerful-opponent': (c) => `制定化解${c.p()}反对的计划。`,
    'dm-favours-competitor': (c) => `在${c.p()}处应对${c.competitor(c.f.params.competitorId)}。`,
    'key-person-overdue': (c) => `联系${c.p()}（距上次联系已 ${c.n('days')} 天）。`,
    'no-contact-date': (c) => `记录与${c.p()}的最近联系日期。`,
    'competitor-closer': (c) =>
      `与${c.p()}建立比${c.competitor(c.f.params.competitorId)}更紧密的关系（我方 ${c.n('bestStrength')}，对方 ${c.n('tieStrength')}）。`,
    'left-to-competitor': (c) =>
      c.n('close') > 0
        ? `假定${c.competitor(c.f.params.competitorId)}已掌握${c.p()}所知的一切：加强与${c.ps(1)}的关系，并弄清由谁接替${c.p()}的职责。`
        : `假定${c.competitor(c.f.params.competitorId)}已掌握${c.p()}所知的一切：弄清由谁接替${c.p()}的职责，并与其建立关系。`,
    'no-coach': () => '在客户内部发展一位教练。',
    'coach-uncovered': (c) => `加强与教练${c.p()}的关系。`,
    'hidden-influencer': (c) => `重视${c.p()}：此人的实际分量高于职位。`,
    'criteria-safe': (c) => `持续向${c.p()}确认我方方案满足其评判标准。`,
    'criteria-warning': (c) => `向${c.p()}展示我方方案的差异化优势。`,
    'criteria-alarm': (c) => `让我方方案满足${c.p()}的评判标准。`,
    'criteria-unmet': (c) => `让我方方案满足${c.p()}的评判标准。`,
    'criteria-unknown': (c) => `向${c.p()}了解评判标准。`,
    'path-to-power': (c) =>
      c.n('hops') <= 1
        ? `${c.team()}：保持与${c.p(c.f.personIds.length - 1)}的直接关系。`
        : `请${c.p(0)}把${c.team()}引荐给${c.p(1)}${c.n('hops') > 2 ? `，进而接触${c.p(c.f.personIds.length - 1)}` : ''}。`,
    'no-path-to-power': (c) => `找到能引荐我们认识${c.p()}的人。`,
    'stale-link': (c) => `${c.team()}：尽快与${c.p()}重新联系。`,
    'cold-link': (c) => `${c.team()}：重建与${c.p()}的关系。`,
    'undated-link': (c) => `记录与${c.ps()}最近一次联系的日期。`,
    'unverified-people': (c) => `核实${c.ps()}的职位、层级和态度，再逐一点击"今天已核实"。`,
  },
};

export function adviseFinding(finding: Finding, data: AccountData, locale: AnalysisLocale): string {
  return ADVICE[locale][finding.code](contextFor(finding, data, locale));
}

const TITLES: Record<AnalysisLocale, Record<FindingCode, string>> = {
  en: {
    'empty-account': 'Empty account',
    'layer-missing': 'Layer missing',
    'layer-uncovered': 'Layer not covered',
    'unknown-attitude': 'Attitude unknown',
    'no-decision-maker': 'No decision maker',
    'decision-maker-uncovered': 'Decision maker not covered',
    'no-working-relationship': 'No working relationship',
    'contact-single-thread': 'Contact single-thread',
    'owner-single-thread': 'Owner single-thread',
    'access-bottleneck': 'Access bottleneck',
    blocker: 'Blocker',
    'decision-maker-attitude-unknown': 'Decision maker attitude unknown',
    'powerful-opponent': 'Powerful opponent',
    'dm-favours-competitor': 'Decision maker favours a competitor',
    'key-person-overdue': 'Key person overdue',
    'no-contact-date': 'No contact date',
    'competitor-closer': 'Competitor closer',
    'left-to-competitor': 'Left for a competitor',
    'no-coach': 'No coach',
    'coach-uncovered': 'Coach not covered',
    'hidden-influencer': 'Hidden influencer',
    'criteria-safe': 'Criteria fit: safe',
    'criteria-warning': 'Criteria fit: contested',
    'criteria-alarm': 'Criteria fit: alarm',
    'criteria-unmet': 'Criteria not met',
    'criteria-unknown': 'Criteria fit unknown',
    'path-to-power': 'Path to power',
    'no-path-to-power': 'No path to power',
    'stale-link': 'Stale relationship',
    'cold-link': 'Cold relationship',
    'undated-link': 'Undated relationships',
    'unverified-people': 'Not verified in 90 days',
  },
  'zh-CN': {
    'empty-account': '空客户',
    'layer-missing': '层级缺失',
    'layer-uncovered': '层级未覆盖',
    'unknown-attitude': '态度未知',
    'no-decision-maker': '没有决策者',
    'decision-maker-uncovered': '决策者未覆盖',
    'no-working-relationship': '没有工作关系',
    'contact-single-thread': '客户侧单线风险',
    'owner-single-thread': '我方单线风险',
    'access-bottleneck': '接触瓶颈',
    blocker: '阻碍者',
    'decision-maker-attitude-unknown': '决策者态度未知',
    'powerful-opponent': '强势反对者',
    'dm-favours-competitor': '决策者倾向竞争对手',
    'key-person-overdue': '关键人物拜访逾期',
    'no-contact-date': '没有联系日期',
    'competitor-closer': '竞争对手更近',
    'left-to-competitor': '离职加入竞争对手',
    'no-coach': '没有教练',
    'coach-uncovered': '教练未覆盖',
    'hidden-influencer': '隐形影响者',
    'criteria-safe': '标准匹配：安全',
    'criteria-warning': '标准匹配：竞争',
    'criteria-alarm': '标准匹配：警报',
    'criteria-unmet': '标准未满足',
    'criteria-unknown': '标准匹配未知',
    'path-to-power': '通往决策者的路径',
    'no-path-to-power': '没有通往决策者的路径',
    'stale-link': '关系变淡',
    'cold-link': '关系冷却',
    'undated-link': '关系缺少日期',
    'unverified-people': '90 天内未核实',
  },
};

/** A short heading for a finding's code, e.g. for the findings panel. */
export function findingTitle(code: FindingCode, locale: AnalysisLocale): string {
  return TITLES[locale][code];
}

const METRIC_LABELS: Record<AnalysisLocale, Record<MetricId, string>> = {
  en: {
    weightedCoverage: 'Weighted coverage',
    layerCoverageRatio: 'Layer coverage',
    'layer.image': 'Image layer',
    'layer.decision': 'Decision layer',
    'layer.implementation': 'Implementation layer',
    'layer.user': 'User layer',
    contactThread: 'Contact threads',
    ownerThread: 'Owner threads',
    bottlenecks: 'Access bottlenecks',
    redFlags: 'Red flags',
    hiddenInfluencers: 'Hidden influencers',
    criteriaFit: 'Criteria fit',
    unreachableDecisionMakers: 'Decision makers out of reach',
    critical: 'Critical findings',
    warning: 'Warnings',
    info: 'Notes',
  },
  'zh-CN': {
    weightedCoverage: '加权覆盖度',
    layerCoverageRatio: '层级覆盖率',
    'layer.image': '形象层',
    'layer.decision': '决策层',
    'layer.implementation': '实施层',
    'layer.user': '使用层',
    contactThread: '客户侧联系',
    ownerThread: '我方负责人',
    bottlenecks: '接触瓶颈',
    redFlags: '危险信号',
    hiddenInfluencers: '隐形影响者',
    criteriaFit: '标准匹配',
    unreachableDecisionMakers: '无法接触的决策者',
    critical: '严重问题',
    warning: '警告',
    info: '提示',
  },
};

const STATUS_WORDS: Record<AnalysisLocale, Record<string, string>> = {
  en: {
    missing: 'missing',
    identified: 'identified',
    covered: 'covered',
    none: 'none',
    single: 'single thread',
    concentrated: 'concentrated',
    spread: 'spread',
    safe: 'safe',
    warning: 'contested',
    alarm: 'alarm',
    unmet: 'not met',
    unknown: 'unknown',
  },
  'zh-CN': {
    missing: '缺失',
    identified: '已识别',
    covered: '已覆盖',
    none: '无',
    single: '单线',
    concentrated: '过度集中',
    spread: '分散',
    safe: '安全',
    warning: '竞争',
    alarm: '警报',
    unmet: '未满足',
    unknown: '未知',
  },
};

export function metricLabel(metric: MetricId, locale: AnalysisLocale): string {
  return METRIC_LABELS[locale][metric];
}

function metricValue(metric: MetricId, value: number | string, locale: AnalysisLocale): string {
  if (typeof value === 'string') return STATUS_WORDS[locale][value] ?? value;
  if (metric === 'weightedCoverage') return String(Math.round(value));
  if (metric === 'layerCoverageRatio') return `${Math.round(value * 100)}%`;
  return String(value);
}

/** "Weighted coverage: 58 → 31" / "加权覆盖度：58 → 31". */
export function describeMetricChange(change: MetricChange, locale: AnalysisLocale): string {
  const separator = locale === 'zh-CN' ? '：' : ': ';
  return `${metricLabel(change.metric, locale)}${separator}${metricValue(change.metric, change.before, locale)} → ${metricValue(change.metric, change.after, locale)}`;
}

/** "Weighted coverage: 31" / "加权覆盖度：31". */
export function describeMetric(metric: MetricId, value: number | string, locale: AnalysisLocale): string {
  const separator = locale === 'zh-CN' ? '：' : ': ';
  return `${metricLabel(metric, locale)}${separator}${metricValue(metric, value, locale)}`;
}

/** Names as a list in the language's own way: "A, B and C" / "A、B和C", long lists cut to "and N others". */
export function listNames(names: readonly string[], locale: AnalysisLocale): string {
  return (locale === 'zh-CN' ? ZH_WORDS : EN_WORDS).list([...names]);
}

/** The names of people and team members by id, for lists; an id no longer on the map reads as such. */
export function namesFor(ids: readonly string[], data: AccountData, locale: AnalysisLocale): string[] {
  const names = namesOf(data);
  const unknown = (locale === 'zh-CN' ? ZH_WORDS : EN_WORDS).unknownName;
  return ids.map((id) => names.people.get(id) ?? names.team.get(id) ?? unknown);
}

/**
 * What one finding is about, in a word or a name, for a line that lists a group of findings of one kind:
 * the layer ("user layer"), the relationship ("Li Wei → Wang Lei") or the first person concerned.
 */
export function findingSubject(finding: Finding, data: AccountData, locale: AnalysisLocale): string {
  const c = contextFor(finding, data, locale);
  if (finding.params.layer !== undefined && finding.code.startsWith('layer-')) return c.w.layer[finding.params.layer as Layer];
  if (finding.code === 'stale-link' || finding.code === 'cold-link') return c.linkPair(finding.linkIds[0] ?? '');
  return finding.personIds.length > 0 ? c.p() : c.team();
}
