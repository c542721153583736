import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, covers, member, person } from './testing';

describe('fading relationships', () => {
  it('marks covers links stale past the cadence and cold past twice the cadence', () => {
    // Tier mid: 30 days; today 2026-11-22.
    // fresh: 2026-10-23 = 30 days; stale: 2026-10-22 = 31 days, 2026-09-23 = 60 days;
    // cold: 2026-09-22 = 61 days; future: 2026-12-01 counts as fresh; zero: strength 0 is left out.
    const data = accountData({
      team: [member('li')],
      people: ['fresh', 'stale', 'stale60', 'cold', 'undated', 'future', 'zero'].map((id) => person(id)),
      links: [
        covers('li', 'fresh', 2, '2026-10-23'),
        covers('li', 'stale', 2, '2026-10-22'),
        covers('li', 'stale60', 1, '2026-09-23'),
        covers('li', 'cold', 3, '2026-09-22'),
        covers('li', 'undated', 2, null),
        covers('li', 'future', 2, '2026-12-01'),
        covers('li', 'zero', 0, '2020-01-01'),
      ],
    });
    const a = analyze(data, { today: TODAY });
    expect(a.fadingLinks.map((l) => [l.personId, l.status, l.ageDays])).toEqual([
      ['fresh', 'fresh', 30],
      ['stale', 'stale', 31],
      ['stale60', 'stale', 60],
      ['cold', 'cold', 61],
      ['undated', 'unknown', null],
      ['future', 'fresh', -9],
    ]);
    const byCode = (code: string) => a.findings.filter((f) => f.code === code);
    expect(byCode('stale-link').map((f) => f.personIds[0])).toEqual(['stale', 'stale60']);
    expect(byCode('cold-link')).toHaveLength(1);
    expect(byCode('cold-link')[0]).toMatchObject({ severity: 'warning', linkIds: ['covers:li->cold'], teamIds: ['li'] });
    // The undated link is reported, not silently taken as fresh or as infinitely old.
    expect(byCode('undated-link')[0]).toMatchObject({ linkIds: ['covers:li->undated'], numbers: { links: 1 } });
  });

  it('uses twice the account own cadence for cold', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('a')],
      links: [covers('li', 'a', 2, '2026-11-01')],
    });
    // 21 days old: fresh with a 30-day cadence, stale with 15, cold with 10.
    data.account.visitCadenceDays = 10;
    expect(analyze(data, { today: TODAY }).fadingLinks[0]!.status).toBe('cold');
    data.account.visitCadenceDays = 15;
    expect(analyze(data, { today: TODAY }).fadingLinks[0]!.status).toBe('stale');
  });
});
