import type { AnalysisLocale, Severity } from '../../shared/analysis';
import type { Driver, Stage, Tier } from '../../shared/model';

/** The words on the slides; roles, layers and attitudes come from the map's own labels (shared/visual). */
export interface DeckStrings {
  powerMap: string;
  portfolio: string;
  accountsCount: (n: number) => string;
  preparedOn: (day: string) => string;
  tier: string;
  stage: string;
  shareOfWallet: string;
  findings: string;
  coverage: string;
  weightedCoverage: string;
  layerCoverage: string;
  singleThread: string;
  contact: string;
  owner: string;
  bottlenecks: string;
  redFlags: string;
  noRedFlags: string;
  whatToDo: string;
  nothingToDo: string;
  /** Under the week's top moves on the findings slide: where the whole list is. */
  allActionsFollow: (n: number) => string;
  /** The action list's columns: number, what to do, the finding it answers, its severity. */
  actions: { number: string; action: string; why: string; priority: string };
  severityName: Record<Severity, string>;
  peopleByLayer: string;
  /** The heading of a slide that continues the one before. */
  continued: (title: string) => string;
  /** "Label: value", with the colon the language writes ("：" in Chinese). */
  labelled: (label: string, value: string) => string;
  /** The last line of a list cut short. */
  more: (n: number) => string;
  /** The name of a link drawn on the editable map, e.g. "Reports to: Sun Liqun → Wang Jianguo". */
  linkName: (kind: string, from: string, to: string, mutual: boolean) => string;
  /** The names of the parts of a person drawn on the editable map (PowerPoint's Selection pane). */
  nameLabel: (name: string) => string;
  /** between the items of a list in a cell (a person's roles) */
  listSeparator: string;
  badgeName: (name: string, badge: string) => string;
  columns: {
    layer: string;
    name: string;
    title: string;
    roles: string;
    attitude: string;
    influence: string;
    coverage: string;
    driver: string;
    contact: string;
    privateNotes: string;
  };
  driverName: Record<Driver, string>;
  overview: { account: string; tier: string; stage: string; coverage: string; risk: string; redFlags: string };
  risk: Record<'high' | 'medium' | 'low', string>;
  nobody: string;
  tierName: Record<Tier, string>;
  stageName: Record<Stage, string>;
}

const en: DeckStrings = {
  powerMap: 'Power map',
  portfolio: 'Account portfolio',
  accountsCount: (n) => `${n} account${n === 1 ? '' : 's'}`,
  preparedOn: (day) => `Prepared ${day}`,
  tier: 'Tier',
  stage: 'Stage',
  shareOfWallet: 'Share of wallet',
  findings: 'Findings',
  coverage: 'Coverage',
  weightedCoverage: 'Weighted coverage',
  layerCoverage: 'Layers covered',
  singleThread: 'Single-thread risk',
  contact: 'Customer contacts',
  owner: 'Our owners',
  bottlenecks: 'Access bottlenecks',
  redFlags: 'Red flags',
  noRedFlags: 'No red flags.',
  whatToDo: 'What to do',
  nothingToDo: 'Keep the relationships warm.',
  allActionsFollow: (n) => `All ${n} action${n === 1 ? '' : 's'}: on the next slide${n > 12 ? 's' : ''}.`,
  actions: { number: '#', action: 'What to do', why: 'Because', priority: 'Priority' },
  severityName: { critical: 'Critical', warning: 'Warning', info: 'Note' },
  peopleByLayer: 'People by layer',
  continued: (title) => `${title} (continued)`,
  labelled: (label, value) => `${label}: ${value}`,
  more: (n) => `+${n} more`,
  linkName: (kind, from, to, mutual) => `${kind}: ${from} ${mutual ? '↔' : '→'} ${to}`,
  nameLabel: (name) => `${name} (name)`,
  listSeparator: ', ',
  badgeName: (name, badge) => `${name} (${badge})`,
  columns: {
    layer: 'Layer',
    name: 'Name',
    title: 'Title',
    roles: 'Roles',
    attitude: 'Attitude',
    influence: 'Influence',
    coverage: 'Our coverage',
    driver: 'Personal driver',
    contact: 'Contact',
    privateNotes: 'Private notes',
  },
  driverName: { power: 'Power', achievement: 'Achievement', recognition: 'Recognition', belonging: 'Belonging', security: 'Security' },
  overview: { account: 'Account', tier: 'Tier', stage: 'Stage', coverage: 'Coverage', risk: 'Risk', redFlags: 'Red flags' },
  risk: { high: 'High', medium: 'Medium', low: 'Low' },
  nobody: 'Nobody identified yet.',
  tierName: { core: 'Core', senior: 'Senior', mid: 'Mid', general: 'General' },
  stageName: { development: 'Development', initial: 'Initial cooperation', stable: 'Stable cooperation', strategic: 'Strategic partnership' },
};

const zhCN: DeckStrings = {
  powerMap: '权力地图',
  portfolio: '客户组合',
  accountsCount: (n) => `${n} 个客户`,
  preparedOn: (day) => `制作日期：${day}`,
  tier: '客户级别',
  stage: '合作阶段',
  shareOfWallet: '份额',
  findings: '分析发现',
  coverage: '覆盖度',
  weightedCoverage: '加权覆盖度',
  layerCoverage: '已覆盖层级',
  singleThread: '单线风险',
  contact: '客户侧联系',
  owner: '我方负责人',
  bottlenecks: '接触瓶颈',
  redFlags: '危险信号',
  noRedFlags: '没有危险信号。',
  whatToDo: '行动建议',
  nothingToDo: '保持现有关系的热度。',
  allActionsFollow: (n) => `全部 ${n} 项行动见后页。`,
  actions: { number: '序号', action: '行动建议', why: '原因', priority: '优先级' },
  severityName: { critical: '严重', warning: '警告', info: '提示' },
  peopleByLayer: '各层级人物',
  continued: (title) => `${title}（续）`,
  labelled: (label, value) => `${label}：${value}`,
  more: (n) => `另有 ${n} 项`,
  linkName: (kind, from, to, mutual) => `${kind}：${from} ${mutual ? '↔' : '→'} ${to}`,
  nameLabel: (name) => `${name}（姓名）`,
  listSeparator: '、',
  badgeName: (name, badge) => `${name}（${badge}）`,
  columns: {
    layer: '层级',
    name: '姓名',
    title: '职务',
    roles: '角色',
    attitude: '态度',
    influence: '影响力',
    coverage: '我方覆盖',
    driver: '个人需求',
    contact: '联系方式',
    privateNotes: '私密备注',
  },
  driverName: { power: '权力', achievement: '成就', recognition: '赏识', belonging: '接纳', security: '安全' },
  overview: { account: '客户', tier: '级别', stage: '阶段', coverage: '覆盖度', risk: '风险', redFlags: '危险信号' },
  risk: { high: '高', medium: '中', low: '低' },
  nobody: '尚未识别任何人。',
  tierName: { core: '核心', senior: '高级', mid: '中级', general: '一般' },
  stageName: { development: '客户开发', initial: '初期合作', stable: '稳定合作', strategic: '战略合作' },
};

export function deckStrings(locale: AnalysisLocale): DeckStrings {
  return locale === 'zh-CN' ? zhCN : en;
}
