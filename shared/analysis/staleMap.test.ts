import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { explainFinding } from './messages';
import { TODAY, accountData, person } from './testing';

// TODAY is 2026-11-22. 2026-08-24 is 90 days before, 2026-08-25 is 89, 2026-08-23 is 91.
describe('stale map (rule 11): people not verified within 90 days, or never', () => {
  const data = accountData({
    people: [
      person('d89', { verifiedOn: '2026-08-25' }),
      person('d90', { verifiedOn: '2026-08-24' }),
      person('d91', { verifiedOn: '2026-08-23' }),
      person('never', { verifiedOn: null }),
      person('future', { verifiedOn: '2026-12-01' }),
      person('garbled', { verifiedOn: '2026-02-30' }),
    ],
  });
  const analysis = analyze(data, { today: TODAY });

  it('keeps 89 and 90 days, flags 91 days, never, and a date that is not a date', () => {
    expect(analysis.unverifiedPeople).toEqual([
      { personId: 'd91', days: 91 },
      { personId: 'never', days: null },
      { personId: 'garbled', days: null },
    ]);
  });

  it('groups them in one finding that names everyone, with the count and how many were never verified', () => {
    const found = analysis.findings.filter((f) => f.code === 'unverified-people');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'staleMap', severity: 'info', personIds: ['d91', 'never', 'garbled'], numbers: { people: 3, never: 2, withinDays: 90 } });
    expect(explainFinding(found[0]!, data, 'en')).toBe(
      '3 people have not been verified in the last 90 days (2 never): d91, never and garbled. Their title, layer or attitude may have changed since.',
    );
    expect(explainFinding(found[0]!, data, 'zh-CN')).toBe('3 人在最近 90 天内未经核实（其中 2 人从未核实）：d91、never和garbled。其职位、层级或态度可能已经变化。');
  });

  it('raises nothing when everyone was verified within 90 days', () => {
    const fresh = accountData({ people: [person('a', { verifiedOn: TODAY }), person('b', { verifiedOn: '2026-08-24' })] });
    expect(analyze(fresh, { today: TODAY }).findings.filter((f) => f.rule === 'staleMap')).toEqual([]);
  });

  it('leaves out who is gone in what-if', () => {
    const gone = analyze(data, { today: TODAY, goneIds: ['never'] });
    expect(gone.unverifiedPeople.map((p) => p.personId)).toEqual(['d91', 'garbled']);
  });
});
