import type PptxGenJS from 'pptxgenjs';
import { describeMetricChange, findingTitle, type AnalysisLocale } from '../../shared/analysis';
import type { AccountDiff } from '../../shared/history/compare';
import { compareMap } from '../../shared/history/compareMap';
import type { AccountData, Attitude } from '../../shared/model';
import { SPACER, type ColumnBlock, type Paragraph } from './deck-column';
import { ACCENT, heading, INK, MUTED, twoColumns } from './deck-style';

/** What a deck's "What changed since <snapshot>" slide compares: the snapshot and the account now. */
export interface DeckChanges {
  /** The snapshot's name ("Q3 review") and its day. */
  since: { name: string; day: string };
  before: AccountData;
  diff: AccountDiff;
}

interface ChangeStrings {
  title: (name: string, account: string) => string;
  sub: (day: string, today: string) => string;
  people: string;
  findings: string;
  nothing: string;
  joined: (name: string) => string;
  left: (name: string, to: string | null) => string;
  onLeave: (name: string) => string;
  removed: (name: string) => string;
  moved: (up: boolean, name: string, field: 'attitude' | 'influence', before: string, after: string) => string;
  links: (added: number, removed: number) => string;
  newFindings: string;
  resolved: string;
  more: (n: number) => string;
  attitude: Record<Attitude, string>;
}

const EN: ChangeStrings = {
  title: (name, account) => `What changed since ${name} — ${account}`,
  sub: (day, today) => `${day} → ${today}`,
  people: 'People and relationships',
  findings: 'Findings',
  nothing: 'Nothing changed.',
  joined: (name) => `+ ${name} joined the map`,
  left: (name, to) => (to ? `− ${name} left, joined ${to}` : `− ${name} left`),
  onLeave: (name) => `− ${name} went on leave`,
  removed: (name) => `− ${name} removed`,
  moved: (up, name, field, before, after) => `${up ? '▲' : '▼'} ${name}: ${field} ${before} → ${after}`,
  links: (added, removed) => `Links: ${added} added, ${removed} removed`,
  newFindings: 'New',
  resolved: 'Resolved',
  more: (n) => `+${n} more`,
  attitude: { champion: 'champion', supporter: 'supporter', neutral: 'neutral', skeptic: 'skeptic', opponent: 'opponent', unknown: 'unknown' },
};

const ZH: ChangeStrings = {
  title: (name, account) => `自 ${name} 以来的变化 — ${account}`,
  sub: (day, today) => `${day} → ${today}`,
  people: '人员与关系',
  findings: '分析结果',
  nothing: '没有变化。',
  joined: (name) => `+ ${name} 新加入`,
  left: (name, to) => (to ? `− ${name} 已离职，加入 ${to}` : `− ${name} 已离职`),
  onLeave: (name) => `− ${name} 休假中`,
  removed: (name) => `− ${name} 已删除`,
  moved: (up, name, field, before, after) => `${up ? '▲' : '▼'} ${name}：${field === 'attitude' ? '态度' : '影响力'} ${before} → ${after}`,
  links: (added, removed) => `关系：新增 ${added} 条，删除 ${removed} 条`,
  newFindings: '新出现',
  resolved: '已解决',
  more: (n) => `另有 ${n} 项`,
  attitude: { champion: '拥护', supporter: '支持', neutral: '中立', skeptic: '怀疑', opponent: '反对', unknown: '未知' },
};

/**
 * The deck's optional slide: who joined, left, was removed or moved in attitude or influence since the
 * snapshot, links added and removed (left), and the findings before -> after with what appeared and was
 * resolved (right), from the same comparison as the app's Compare.
 */
export function changesSlide(pptx: PptxGenJS, now: AccountData, changes: DeckChanges, locale: AnalysisLocale, today: string) {
  const s = locale === 'zh-CN' ? ZH : EN;
  const { diff, before, since } = changes;
  const slide = pptx.addSlide();
  heading(slide, s.title(since.name, now.account.name), s.sub(since.day, today));
  const map = compareMap(before, now, diff);
  const nameOf = (id: string) => now.people.find((p) => p.id === id)?.name ?? id;
  const word = (field: 'attitude' | 'influence', value: Attitude | number) => (field === 'attitude' ? s.attitude[value as Attitude] : String(value));
  const line = (text: string, color = INK): Paragraph => ({ text, fontSize: 13, color });
  const people: Paragraph[] = [
    ...diff.joined.map((p) => line(s.joined(p.name), '1F8A4C')),
    ...diff.left.map((p) => line(p.status === 'onLeave' ? s.onLeave(p.name) : s.left(p.name, p.to), 'C23A2B')),
    ...diff.removed.map((p) => line(s.removed(p.name), MUTED)),
    ...map.moves.map((m) => line(s.moved(m.direction === 'up', nameOf(m.id), m.field, word(m.field, m.before), word(m.field, m.after)))),
  ];
  const f = diff.findings;
  const rank = { critical: 0, warning: 1, info: 2 } as const;
  const bySeverity = <T extends { severity: keyof typeof rank }>(list: readonly T[]) => [...list].sort((a, b) => rank[a.severity] - rank[b.severity]);
  // Left: the people, then the findings resolved; right: the numbers before -> after, then the new findings.
  const left: ColumnBlock[] = [
    { text: s.people, fontSize: 16, bold: true, color: ACCENT },
    people.length === 0 && diff.links.added.length === 0 && diff.links.removed.length === 0 ? { text: s.nothing, fontSize: 13 } : { list: people },
    ...(diff.links.added.length + diff.links.removed.length > 0 ? [{ text: s.links(diff.links.added.length, diff.links.removed.length), fontSize: 12, color: MUTED }] : []),
    ...(f.removed.length > 0 ? [SPACER, { text: s.resolved, fontSize: 14, bold: true, color: '1F8A4C' }, { list: bySeverity(f.removed).map((x) => line(`✓ ${findingTitle(x.code, locale)}`)) }] : []),
  ];
  const right: ColumnBlock[] = [
    { text: s.findings, fontSize: 16, bold: true, color: ACCENT },
    f.metrics.length === 0 ? { text: s.nothing, fontSize: 13 } : { list: f.metrics.map((m) => line(describeMetricChange(m, locale))) },
    ...(f.added.length > 0 ? [SPACER, { text: s.newFindings, fontSize: 14, bold: true, color: 'C23A2B' }, { list: bySeverity(f.added).map((x) => line(`■ ${findingTitle(x.code, locale)}`)) }] : []),
  ];
  twoColumns(slide, left, right, s.more);
}
