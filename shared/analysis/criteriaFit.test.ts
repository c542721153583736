import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, person } from './testing';
import type { Fit } from '../model';

const dm = (id: string, fitOurs: Fit, fitCompetitor: Fit) => person(id, { roles: ['decisionMaker'], fitOurs, fitCompetitor });

describe('criteria fit', () => {
  it('tells safe, warning, alarm, unmet and unknown apart per decision maker', () => {
    const a = analyze(
      accountData({
        people: [
          dm('safe', 'yes', 'no'),
          dm('safeUnknown', 'partly', 'unknown'),
          dm('both', 'partly', 'yes'),
          dm('alarm', 'no', 'partly'),
          dm('unmet', 'no', 'no'),
          dm('unknown', 'unknown', 'yes'),
          person('notDm', { fitOurs: 'no', fitCompetitor: 'yes' }),
        ],
      }),
      { today: TODAY },
    );
    expect(a.criteriaFit.decisionMakers.map((e) => [e.personId, e.status])).toEqual([
      ['safe', 'safe'],
      ['safeUnknown', 'safe'],
      ['both', 'warning'],
      ['alarm', 'alarm'],
      ['unmet', 'unmet'],
      ['unknown', 'unknown'],
    ]);
    expect(a.criteriaFit.account).toBe('alarm');
    const byPerson = new Map(a.findings.filter((f) => f.rule === 'criteriaFit').map((f) => [f.personIds[0], f]));
    expect(byPerson.get('alarm')).toMatchObject({ code: 'criteria-alarm', severity: 'critical' });
    expect(byPerson.get('both')).toMatchObject({ code: 'criteria-warning', severity: 'warning' });
    expect(byPerson.get('safe')).toMatchObject({ code: 'criteria-safe', severity: 'info' });
    // The unknown competitor fit is carried along, so the message can say it is unknown.
    expect(byPerson.get('safeUnknown')?.params.fitCompetitor).toBe('unknown');
    // Our fit unknown while the competitor meets: a warning, never guessed to be safe.
    expect(byPerson.get('unknown')).toMatchObject({ code: 'criteria-unknown', severity: 'warning' });
    expect(byPerson.has('notDm')).toBe(false);
  });

  it('has no account status without decision makers', () => {
    expect(analyze(accountData({ people: [person('a')] }), { today: TODAY }).criteriaFit.account).toBeNull();
  });
});
