import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, covers, member, person } from './testing';
import type { AccountData } from '../model';

const run = (data: AccountData, concentrationThreshold?: number) =>
  analyze(data, concentrationThreshold === undefined ? { today: TODAY } : { today: TODAY, concentrationThreshold });
const codes = (data: AccountData) => run(data).findings.map((f) => f.code);

describe('contact single-thread', () => {
  it('flags the one person holding a working relationship', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('wang'), person('zhao'), person('qian')],
      links: [covers('li', 'wang', 2), covers('li', 'zhao', 1), covers('li', 'qian', 1)],
    });
    const a = run(data);
    expect(a.singleThread.contact).toMatchObject({ status: 'single', personId: 'wang', strongCount: 1 });
    const f = a.findings.find((x) => x.code === 'contact-single-thread')!;
    expect(f).toMatchObject({ personIds: ['wang'], severity: 'critical', params: { reason: 'single' } });
  });

  it('flags one person carrying at least 60 % of the weighted coverage, and follows the threshold setting', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('a', { influence: 5 }), person('b', { influence: 1 }), person('c', { influence: 1 })],
      links: [covers('li', 'a', 3), covers('li', 'b', 2), covers('li', 'c', 2)],
    });
    // Points (before the common factor 100/7): a 5 x 3/3 = 5, b 1 x 2/3, c 1 x 2/3.
    // a's share = 5 / (5 + 4/3) = 15/19 = 0.789 >= 0.6 -> concentrated; below a threshold of 0.8 it is not.
    const a = run(data);
    expect(a.singleThread.contact).toMatchObject({ status: 'concentrated', personId: 'a', strongCount: 3 });
    expect(a.singleThread.contact.topShare).toBeCloseTo(15 / 19, 10);
    expect(a.findings.find((f) => f.code === 'contact-single-thread')?.params.reason).toBe('concentrated');
    expect(run(data, 0.8).singleThread.contact.status).toBe('spread');
  });

  it('does not flag two equally held people', () => {
    const data = accountData({
      team: [member('li'), member('zhang')],
      people: [person('a'), person('b')],
      links: [covers('li', 'a', 2), covers('zhang', 'b', 2)],
    });
    // Each carries half of the coverage: 0.5 < 0.6.
    expect(run(data).singleThread.contact.status).toBe('spread');
    expect(codes(data)).not.toContain('contact-single-thread');
    expect(codes(data)).not.toContain('owner-single-thread');
  });

  it('calls no working relationship at all by its own name, not a single thread', () => {
    const data = accountData({ team: [member('li')], people: [person('a')], links: [covers('li', 'a', 1)] });
    const a = run(data);
    expect(a.singleThread.contact.status).toBe('none');
    expect(a.singleThread.owner.status).toBe('none');
    expect(codes(data)).toContain('no-working-relationship');
    expect(codes(data)).not.toContain('contact-single-thread');
    expect(codes(data)).not.toContain('owner-single-thread');
  });
});

describe('owner single-thread', () => {
  it('flags the one team member holding every working relationship', () => {
    const data = accountData({
      team: [member('li'), member('zhang')],
      people: [person('a'), person('b'), person('c')],
      links: [covers('li', 'a', 3), covers('li', 'b', 2), covers('zhang', 'c', 1)],
    });
    const a = run(data);
    expect(a.singleThread.owner).toEqual({ status: 'single', ownerIds: ['li'] });
    const f = a.findings.find((x) => x.code === 'owner-single-thread')!;
    expect(f).toMatchObject({ teamIds: ['li'], personIds: ['a', 'b'], numbers: { people: 2, teamSize: 2 } });
  });

  it('flags a team of one', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('a'), person('b')],
      links: [covers('li', 'a', 2), covers('li', 'b', 3)],
    });
    expect(run(data).singleThread.owner.status).toBe('single');
  });
});
