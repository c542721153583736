import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, account, accountData, competitor, competitorTie, covers, member, person } from './testing';
import type { AccountData } from '../model';
import type { Finding } from './types';

const flags = (data: AccountData) => analyze(data, { today: TODAY }).redFlags;
const codesFor = (found: readonly Finding[], id: string) => found.filter((f) => f.personIds[0] === id).map((f) => f.code);
// A coach we hold at 3, contacted today, so that "no coach" and dates do not clutter the other tests.
const coach = person('coach', { roles: ['coach'], lastContact: TODAY });
const base = (parts: Partial<AccountData>) =>
  accountData({
    ...parts,
    team: [member('li')],
    people: [coach, ...(parts.people ?? [])],
    links: [covers('li', 'coach', 3), ...(parts.links ?? [])],
  });

describe('red flags', () => {
  it('calls a skeptic or opponent decision maker a blocker, and an unknown one unknown', () => {
    const found = flags(
      base({
        people: [
          person('sk', { roles: ['decisionMaker'], attitude: 'skeptic', lastContact: TODAY }),
          person('op', { roles: ['decisionMaker'], attitude: 'opponent', influence: 5, lastContact: TODAY }),
          person('un', { roles: ['decisionMaker'], attitude: 'unknown', lastContact: TODAY }),
          person('ok', { roles: ['decisionMaker'], attitude: 'neutral', lastContact: TODAY }),
        ],
      }),
    );
    expect(codesFor(found, 'sk')).toEqual(['blocker']);
    // An opponent decision maker with influence 5 raises both flags: a blocker and a powerful opponent.
    expect(codesFor(found, 'op')).toEqual(['blocker', 'powerful-opponent']);
    expect(found.find((f) => f.code === 'blocker' && f.personIds[0] === 'op')?.params.attitude).toBe('opponent');
    expect(found.find((f) => f.code === 'powerful-opponent' && f.personIds[0] === 'op')?.numbers.influence).toBe(5);
    expect(codesFor(found, 'un')).toEqual(['decision-maker-attitude-unknown']);
    expect(codesFor(found, 'ok')).toEqual([]);
  });

  it('flags an opponent with influence 4 or more who is not a decision maker', () => {
    const found = flags(
      base({
        people: [
          person('strong', { attitude: 'opponent', influence: 4, lastContact: TODAY }),
          person('weak', { attitude: 'opponent', influence: 3 }),
        ],
      }),
    );
    expect(codesFor(found, 'strong')).toEqual(['powerful-opponent']);
    expect(codesFor(found, 'weak')).toEqual([]);
  });

  it('flags no coach, and a coach we do not hold at working strength', () => {
    const none = flags(accountData({ people: [person('a')] }));
    expect(none.map((f) => f.code)).toContain('no-coach');
    const loose = flags(
      accountData({
        team: [member('li')],
        people: [person('c', { roles: ['coach'], lastContact: TODAY })],
        links: [covers('li', 'c', 1)],
      }),
    );
    expect(loose.map((f) => f.code)).toEqual(['coach-uncovered']);
    expect(loose[0]!.numbers.bestStrength).toBe(1);
  });

  it('flags a decision maker who favours one of the account competitors, and ignores a dangling id', () => {
    const found = flags({
      ...base({
        people: [
          person('dm', { roles: ['decisionMaker'], favouredCompetitorId: 'acme', lastContact: TODAY }),
          person('dm2', { roles: ['decisionMaker'], favouredCompetitorId: 'gone-co', lastContact: TODAY }),
        ],
      }),
      competitors: [competitor('acme', 'Acme')],
    });
    expect(codesFor(found, 'dm')).toEqual(['dm-favours-competitor']);
    expect(found.find((f) => f.code === 'dm-favours-competitor')?.params.competitorId).toBe('acme');
    expect(codesFor(found, 'dm2')).toEqual([]);
  });

  it('flags a key person not contacted within the cadence, counting the latest date from person or covers link', () => {
    // Tier mid: 30 days. Today 2026-11-22; 2026-10-23 is 30 days ago (within), 2026-10-22 is 31 (overdue).
    const found = flags(
      base({
        people: [
          person('within', { roles: ['decisionMaker'], lastContact: '2026-10-23' }),
          person('late', { roles: ['decisionMaker'], lastContact: '2026-10-22' }),
          person('viaLink', { influence: 4, lastContact: '2026-01-01' }),
          person('notKey', { influence: 3, lastContact: '2025-01-01' }),
        ],
        links: [covers('li', 'viaLink', 1, '2026-11-01')],
      }),
    );
    expect(codesFor(found, 'within')).toEqual([]);
    expect(codesFor(found, 'late')).toEqual(['key-person-overdue']);
    expect(found.find((f) => f.personIds[0] === 'late')?.numbers).toMatchObject({ days: 31, cadenceDays: 30 });
    // viaLink: own date is old, but the covers link says 2026-11-01 (21 days): within.
    expect(codesFor(found, 'viaLink')).toEqual([]);
    expect(codesFor(found, 'notKey')).toEqual([]);
  });

  it('uses the account own cadence over the tier default', () => {
    // Core tier would allow 15 days; the account says 10. 2026-11-10 is 12 days ago.
    const data = { ...base({ people: [person('dm', { roles: ['decisionMaker'], lastContact: '2026-11-10' })] }) };
    data.account = account({ tier: 'core', visitCadenceDays: 10 });
    expect(codesFor(flags(data), 'dm')).toEqual(['key-person-overdue']);
    data.account = account({ tier: 'core' });
    expect(codesFor(flags(data), 'dm')).toEqual([]);
  });

  it('says a key person without any contact date cannot be checked, rather than calling them overdue', () => {
    const found = flags(base({ people: [person('dm', { roles: ['decisionMaker'] })] }));
    expect(codesFor(found, 'dm')).toEqual(['no-contact-date']);
    expect(found.find((f) => f.code === 'no-contact-date')?.params.why).toBe('decisionMaker');
  });

  it('flags a key person a competitor is closer to than we are, and says which competitor', () => {
    // All key people (decision makers, contacted today). Our best covers vs the strongest competitor tie:
    // closer: tie 3 vs covers 2 -> flag; level: tie 2 vs covers 2 -> none; bare: tie 1, no covers (0) -> flag;
    // notKey: influence 3, not a decision maker, tie 3 vs nothing -> none (only key people count).
    const dm = (id: string) => person(id, { roles: ['decisionMaker'], attitude: 'supporter', lastContact: TODAY });
    const found = flags({
      ...base({
        people: [dm('closer'), dm('level'), dm('bare'), person('notKey', { influence: 3, lastContact: TODAY })],
        links: [
          covers('li', 'closer', 2, TODAY),
          competitorTie('acme', 'closer', 1),
          competitorTie('beta', 'closer', 3),
          covers('li', 'level', 2, TODAY),
          competitorTie('acme', 'level', 2),
          competitorTie('acme', 'bare', 1),
          competitorTie('acme', 'notKey', 3),
        ],
      }),
      competitors: [competitor('acme', 'Acme'), competitor('beta', 'Beta')],
    });
    expect(codesFor(found, 'closer')).toEqual(['competitor-closer']);
    expect(found.find((f) => f.personIds[0] === 'closer')).toMatchObject({
      params: { competitorId: 'beta', why: 'decisionMaker' },
      numbers: { tieStrength: 3, bestStrength: 2 },
      linkIds: ['competitorTie:beta->closer'],
    });
    expect(codesFor(found, 'level')).toEqual([]);
    expect(codesFor(found, 'bare')).toEqual(['competitor-closer']);
    expect(found.find((f) => f.personIds[0] === 'bare')?.numbers).toEqual({ tieStrength: 1, bestStrength: 0 });
    expect(codesFor(found, 'notKey')).toEqual([]);
  });
});
