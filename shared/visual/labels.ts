import type { Attitude, Layer, LinkKind, Role, TeamFunction } from '../model';
import type { BandOverlay, OverlayClass } from './overlays';

/**
 * The map's own words (bands, columns, legend), in DOMAIN.md's terms. The map is also drawn for exports
 * outside the app shell, so it carries its strings itself instead of depending on the shell's i18n.
 */
export interface MapLabels {
  layer: Record<Layer, string>;
  /** What each layer cares about (DOMAIN.md), shown at the right of the band. */
  layerConcern: Record<Layer, string>;
  team: string;
  competitors: string;
  teamFunction: Record<TeamFunction, string>;
  role: { decisionMaker: string; influencer: string; coach: string; user: string; other: string };
  attitude: Record<Attitude, string>;
  link: Record<LinkKind, string>;
  coversStrength: [string, string, string, string];
  legend: {
    title: string;
    show: string;
    hide: string;
    fill: string;
    shape: string;
    size: string;
    sizeLow: string;
    sizeHigh: string;
    /** what follows a label before its value: ': ' in English, a full-width colon in Chinese */
    colon: string;
    border: string;
    borderNone: string;
    /** covers chips: heading and what a chip says */
    chips: string;
    chipsHint: string;
    links: string;
    ourTeam: string;
    competitor: string;
    selected: string;
    /** heading of the overlay marks (shown only while overlays are drawn) */
    analysis: string;
    bandMissing: string;
    bandUncovered: string;
    /** the "90+" badge: not verified within 90 days (rule 11) */
    unverified: string;
    /** the flag badge: people with open actions (issue 13) */
    openActions: string;
  };
  /** Every role by name, for the hover card. */
  roleName: Record<Role, string>;
  /** What each overlay mark means (legend). */
  overlay: Record<OverlayClass, string>;
  /** The word appended to a band's title by a band overlay. */
  bandFlag: Record<Exclude<BandOverlay, 'dimmed'>, string>;
  /** The hover card of a person (never contact details or private notes). */
  card: { roles: string; attitude: string; influence: string; coverage: string; noRoles: string; favours: string; openActions: string };
  /** Accessible name of the map canvas. */
  mapName: string;
  /** Shown in an empty account. */
  emptyHint: string;
}

const en: MapLabels = {
  layer: { image: 'Image layer', decision: 'Decision layer', implementation: 'Implementation layer', user: 'User layer' },
  layerConcern: {
    image: 'Cares about strategic value and the organisation’s standing',
    decision: 'Cares about leadership approval, return and risk',
    implementation: 'Cares about getting the project done well',
    user: 'Cares about ease and convenience in daily use',
  },
  team: 'Our team',
  competitors: 'Competitors',
  teamFunction: { sales: 'Sales', presales: 'Pre-sales', service: 'Service', executive: 'Executive' },
  role: {
    decisionMaker: 'Decision maker',
    influencer: 'Influencer',
    coach: 'Coach',
    user: 'User',
    other: 'Other role',
  },
  attitude: {
    champion: 'Champion',
    supporter: 'Supporter',
    neutral: 'Neutral',
    skeptic: 'Skeptic',
    opponent: 'Opponent',
    unknown: 'Unknown',
  },
  link: {
    reportsTo: 'Reports to',
    influences: 'Influences',
    ally: 'Ally',
    rival: 'Rival',
    covers: 'Covers (our team)',
    competitorTie: 'Competitor tie',
  },
  coversStrength: ['None', 'Acquaintance', 'Working relationship', 'Trusted'],
  legend: {
    title: 'Legend',
    show: 'Show legend',
    hide: 'Hide legend',
    fill: 'Attitude toward us (fill and sign)',
    shape: 'Role (shape)',
    size: 'Influence (size)',
    sizeLow: '1 low',
    sizeHigh: '5 high',
    colon: ': ',
    border: 'Our best coverage (border)',
    borderNone: 'None (dashed)',
    chips: 'Who covers them (chips)',
    chipsHint: 'Initials of our team member and strength 0–3. Select a person, or turn on Covers lines, to see the lines',
    links: 'Links',
    ourTeam: 'Our team',
    competitor: 'Competitor',
    selected: 'Selected',
    analysis: 'Analysis',
    bandMissing: 'Layer: nobody identified',
    bandUncovered: 'Layer: not covered',
    unverified: 'Not verified in 90 days',
    openActions: 'Has open actions',
  },
  roleName: {
    decisionMaker: 'Decision maker',
    influencer: 'Influencer',
    coach: 'Coach',
    user: 'User',
    technicalGatekeeper: 'Technical gatekeeper',
    financialGatekeeper: 'Financial gatekeeper',
    purchaser: 'Purchaser',
    initiator: 'Initiator',
    evaluator: 'Evaluator',
  },
  overlay: {
    'halo-bottleneck': 'Access bottleneck',
    'halo-single-thread': 'Single-thread risk',
    'uncovered-dm': 'Decision maker not covered',
    'hidden-influencer': 'Hidden influencer',
    'link-stale': 'Contact going stale',
    'link-cold': 'Relationship gone cold',
    path: 'Path to power',
    gone: 'Gone (what-if)',
    dimmed: 'Out of focus',
    spotlight: 'In focus',
    'search-hit': 'Found by search',
    'filtered-out': 'Outside the filter',
    'diff-new': 'New since (joined or linked)',
    'diff-moved': 'Attitude or influence moved',
    'diff-removed': 'Left or removed since',
  },
  bandFlag: { missing: 'nobody identified', uncovered: 'not covered' },
  card: { roles: 'Roles', attitude: 'Attitude', influence: 'Influence', coverage: 'Our best coverage', noRoles: 'No role set', favours: 'Favours', openActions: 'Open actions' },
  mapName: 'Power map',
  emptyHint: 'Double-click in a band to add a person, or paste a list of names onto it',
};

const zhCN: MapLabels = {
  layer: { image: '形象层', decision: '决策层', implementation: '实施层', user: '使用层' },
  layerConcern: {
    image: '关注战略价值与机构声誉',
    decision: '关注领导认可、投资回报与风险',
    implementation: '关注把项目做成、做好',
    user: '关注日常使用是否方便好用',
  },
  team: '我方团队',
  competitors: '竞争对手',
  teamFunction: { sales: '销售', presales: '售前', service: '服务', executive: '高管' },
  role: { decisionMaker: '决策者', influencer: '影响者', coach: '教练', user: '使用者', other: '其他角色' },
  attitude: {
    champion: '坚定支持',
    supporter: '支持',
    neutral: '中立',
    skeptic: '怀疑',
    opponent: '反对',
    unknown: '未知',
  },
  link: {
    reportsTo: '汇报',
    influences: '影响',
    ally: '盟友',
    rival: '对立',
    covers: '覆盖（我方）',
    competitorTie: '竞争对手关系',
  },
  coversStrength: ['无', '认识', '工作关系', '信任'],
  legend: {
    title: '图例',
    show: '显示图例',
    hide: '隐藏图例',
    fill: '对我方态度（填充色与符号）',
    shape: '角色（形状）',
    size: '影响力（大小）',
    sizeLow: '1 低',
    sizeHigh: '5 高',
    colon: '：',
    border: '我方最佳覆盖（边框）',
    borderNone: '无（虚线）',
    chips: '谁在覆盖（小标签）',
    chipsHint: '我方成员姓名缩写与覆盖强度 0–3。选中某人或打开“覆盖连线”即可看到连线',
    links: '关系',
    ourTeam: '我方团队',
    competitor: '竞争对手',
    selected: '已选中',
    analysis: '分析',
    bandMissing: '该层无人识别',
    bandUncovered: '该层未覆盖',
    unverified: '90 天内未核实',
    openActions: '有未完成的行动项',
  },
  roleName: {
    decisionMaker: '决策者',
    influencer: '影响者',
    coach: '教练',
    user: '使用者',
    technicalGatekeeper: '技术把关者',
    financialGatekeeper: '财务把关者',
    purchaser: '采购',
    initiator: '发起者',
    evaluator: '评估者',
  },
  overlay: {
    'halo-bottleneck': '接触瓶颈',
    'halo-single-thread': '单线风险',
    'uncovered-dm': '未覆盖的决策者',
    'hidden-influencer': '隐性影响者',
    'link-stale': '联系渐少',
    'link-cold': '关系已冷',
    path: '权力路径',
    gone: '已离开（假设）',
    dimmed: '非焦点',
    spotlight: '焦点',
    'search-hit': '搜索结果',
    'filtered-out': '不在筛选范围内',
    'diff-new': '此后新增（加入或新关系）',
    'diff-moved': '态度或影响力有变化',
    'diff-removed': '此后离开或删除',
  },
  bandFlag: { missing: '无人识别', uncovered: '未覆盖' },
  card: { roles: '角色', attitude: '态度', influence: '影响力', coverage: '我方最佳覆盖', noRoles: '未设角色', favours: '倾向', openActions: '未完成行动项' },
  mapName: '权力地图',
  emptyHint: '在任一层中双击即可添加人物，或把一列姓名粘贴到该层',
};

export function mapLabels(locale: string): MapLabels {
  return locale.toLowerCase().startsWith('zh') ? zhCN : en;
}
