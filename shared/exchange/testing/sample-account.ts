import { newPerson } from '../../edit/defaults';
import type { AccountData, Link, Person } from '../../model';

/**
 * A small but complete account for tests: every record kind, every link kind, non-Latin text,
 * a favoured competitor and private notes. Ids are fixed so tests can name records.
 */
export function sampleAccount(): AccountData {
  const accountId = 'acc-1';
  const person = (id: string, name: string, fields: Partial<Person> = {}): Person => newPerson(accountId, { name, ...fields }, id);
  const link = (id: string, kind: Link['kind'], from: string, to: string, strength: number | null, lastContact: string | null = null): Link => ({
    id,
    accountId,
    kind,
    from,
    to,
    strength,
    lastContact,
  });
  return {
    account: {
      id: accountId,
      name: '华东钢铁集团 East Steel',
      industry: 'Steel',
      region: 'Shanghai',
      notes: 'Renewal due in Q3.',
      tier: 'core',
      funnelClass: 'A',
      stage: 'initial',
      shareOfWallet: 35,
      visitCadenceDays: null,
      createdAt: '2026-01-05T08:00:00.000Z',
      updatedAt: '2026-11-20T09:30:00.000Z',
    },
    competitors: [{ id: 'comp-1', accountId, name: 'Rival Corp' }],
    team: [
      { id: 'team-1', accountId, name: 'Alice Wong', function: 'sales', x: -300, y: 0 },
      { id: 'team-2', accountId, name: 'Bob Li', function: 'presales', x: null, y: null },
    ],
    people: [
      person('p-ceo', '王总', { title: 'CEO', layer: 'image', roles: ['decisionMaker'], attitude: 'neutral', influence: 5 }),
      person('p-cto', 'Chen Jie', {
        title: 'CTO',
        roles: ['decisionMaker', 'technicalGatekeeper'],
        attitude: 'skeptic',
        influence: 4,
        favouredCompetitorId: 'comp-1',
        driver: 'achievement',
        judgesBy: 'Uptime and integration cost',
        fitOurs: 'partly',
        fitCompetitor: 'yes',
        targetRelationship: 2,
        lastContact: '2026-10-01',
        privateNotes: 'Prefers morning meetings.',
        email: 'chen.jie@example.com',
        phone: '+86 139 0000 1234',
        verifiedOn: '2026-10-01',
        source: 'Met at the 2026 CIO forum',
        x: 120.5,
        y: 80,
      }),
      person('p-eng', 'Liu Yang', { layer: 'implementation', roles: ['coach', 'user'], attitude: 'champion', influence: 2 }),
    ],
    links: [
      link('l-1', 'reportsTo', 'p-cto', 'p-ceo', null),
      link('l-2', 'influences', 'p-eng', 'p-cto', 3),
      link('l-3', 'ally', 'p-eng', 'p-cto', null),
      link('l-4', 'rival', 'p-cto', 'p-ceo', null),
      link('l-5', 'covers', 'team-1', 'p-eng', 3, '2026-11-01'),
      link('l-6', 'covers', 'team-2', 'p-cto', 1, null),
      link('l-7', 'competitorTie', 'comp-1', 'p-cto', 2),
    ],
  };
}
