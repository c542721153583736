import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from './changes';
import { describeHistory } from './describe';

let serial = 0;
const change = (at: string, parts: Partial<ChangeRecord>): ChangeRecord => ({
  id: `c${(serial += 1)}`,
  accountId: 'acc',
  hlc: String(serial).padStart(6, '0'),
  at,
  actor: 'Li Wei',
  origin: 'edit',
  entity: 'person',
  entityId: 'p-liu',
  kind: 'update',
  before: null,
  after: null,
  ...parts,
});

const records: ChangeRecord[] = [
  change('2026-11-02T08:00:00.000Z', { origin: 'import', entity: 'account', entityId: 'acc', kind: 'create', after: { id: 'acc', name: 'Eastlake' } }),
  change('2026-11-02T08:00:00.000Z', { origin: 'import', kind: 'create', after: { id: 'p-liu', name: 'Liu Yang' } }),
  change('2026-11-02T08:00:00.000Z', { origin: 'import', entity: 'person', entityId: 'p-ma', kind: 'create', after: { id: 'p-ma', name: 'Ma Zhenhua' } }),
  change('2026-11-02T08:00:00.000Z', { origin: 'import', entity: 'competitor', entityId: 'c-cloud', kind: 'create', after: { id: 'c-cloud', name: 'CloudNet' } }),
  change('2026-11-03T09:00:00.000Z', { before: { attitude: 'neutral', verifiedOn: null }, after: { attitude: 'supporter', verifiedOn: '2026-11-03' } }),
  change('2026-11-03T09:05:00.000Z', { before: { x: 1, privateNotes: 'old secret' }, after: { x: 2, privateNotes: 'new secret' } }),
  change('2026-11-04T10:00:00.000Z', {
    actor: 'Zhao Min',
    entityId: 'p-ma',
    before: { status: 'active', statusSince: null, leftToCompetitorId: null },
    after: { status: 'left', statusSince: '2026-11-04', leftToCompetitorId: 'c-cloud' },
  }),
  change('2026-11-04T11:00:00.000Z', {
    entity: 'link',
    entityId: 'l-1',
    kind: 'create',
    after: { id: 'l-1', kind: 'reportsTo', from: 'p-liu', to: 'p-ma', strength: null },
  }),
  change('2026-11-04T12:00:00.000Z', { entityId: 'p-ma', kind: 'delete', before: { id: 'p-ma', name: 'Ma Zhenhua' } }),
];

describe('the history in words', () => {
  it('lists changes by day, newest first, naming people and values in English', () => {
    const days = describeHistory(records, { locale: 'en' });
    expect(days.map((d) => d.day)).toEqual(['2026-11-04', '2026-11-03', '2026-11-02']);
    expect(days[0]!.lines.map((l) => `${l.actor}: ${l.text}`)).toEqual([
      'Li Wei: Ma Zhenhua removed',
      'Li Wei: Reports to added: Liu Yang → Ma Zhenhua',
      'Zhao Min: Ma Zhenhua left, joined CloudNet',
    ]);
    expect(days[1]!.lines.map((l) => l.text)).toEqual([
      // Private notes say that they changed, never what they say; a move on the map is not history.
      'Liu Yang: private notes changed',
      'Liu Yang: attitude Neutral -> Supporter',
      'Liu Yang: verified on none -> 2026-11-03',
    ]);
    expect(days[2]!.lines.map((l) => l.text)).toEqual(['Account imported (2 people)']);
  });

  it('speaks Simplified Chinese', () => {
    const days = describeHistory(records, { locale: 'zh-CN' });
    expect(days[0]!.lines.map((l) => l.text)).toContain('Ma Zhenhua已离职，加入了CloudNet');
    expect(days[1]!.lines.map((l) => l.text)).toContain('Liu Yang：态度 中立 → 支持');
    expect(days[2]!.lines.map((l) => l.text)).toEqual(['导入了客户（2 人）']);
  });

  it('filters by person: their own changes and the links that touch them', () => {
    const ma = describeHistory(records, { locale: 'en', personId: 'p-ma' }).flatMap((d) => d.lines.map((l) => l.text));
    expect(ma).toEqual(['Ma Zhenhua removed', 'Reports to added: Liu Yang → Ma Zhenhua', 'Ma Zhenhua left, joined CloudNet', 'Account imported (2 people)']);
  });

  it('puts a change on the day where the user is', () => {
    const late = [change('2026-11-04T23:30:00.000Z', { before: { title: 'A' }, after: { title: 'B' } })];
    const beijing = (at: string) => new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);
    expect(describeHistory(late, { locale: 'en', dayOf: beijing })[0]!.day).toBe('2026-11-05');
  });
});
