import type { Attitude, Layer, LinkKind, TeamFunction } from '../model';

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
    border: string;
    borderNone: string;
    links: string;
    ourTeam: string;
    competitor: string;
    selected: string;
  };
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
    border: 'Our best coverage (border)',
    borderNone: 'None (dashed)',
    links: 'Links',
    ourTeam: 'Our team',
    competitor: 'Competitor',
    selected: 'Selected',
  },
  mapName: 'Power map',
  emptyHint: 'Double-click in a band to add a person',
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
    border: '我方最佳覆盖（边框）',
    borderNone: '无（虚线）',
    links: '关系',
    ourTeam: '我方团队',
    competitor: '竞争对手',
    selected: '已选中',
  },
  mapName: '权力地图',
  emptyHint: '在任一层中双击即可添加人物',
};

export function mapLabels(locale: string): MapLabels {
  return locale.toLowerCase().startsWith('zh') ? zhCN : en;
}
