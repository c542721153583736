import { describe, expect, it } from 'vitest';
import { account, accountData, member, person } from '../analysis/testing';
import { checkPlan } from './check';
import { planIssueText } from './messages';
import { loggedContactSchema, planActionSchema } from './schemas';
import { action, contact } from './testing';

const data = accountData({
  account: account({ createdAt: '2026-03-01T08:00:00.000Z' }),
  team: [member('li', { name: 'Li Na' })],
  people: [person('wang'), person('sun')],
});

describe('contact log and action records', () => {
  it('accept a well-formed contact and action', () => {
    expect(loggedContactSchema.safeParse(contact('2026-11-20', ['li'], ['wang', 'sun'])).success).toBe(true);
    expect(planActionSchema.safeParse(action('a', '2026-11-30', { status: 'done', doneOn: '2026-11-20' })).success).toBe(true);
  });

  it('refuse a contact with nobody, a day that does not exist, an unknown channel or an extra field', () => {
    const messages = (value: unknown) => {
      const parsed = loggedContactSchema.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(messages(contact('2026-11-20', [], ['wang']))).toEqual(['teamIds: at least 1 member of our team is required']);
    expect(messages(contact('2026-11-20', ['li'], []))).toEqual(['personIds: at least 1 customer person is required']);
    expect(messages(contact('2026-11-20', ['li'], ['wang', 'wang']))).toEqual(['personIds: the same customer person is named twice']);
    expect(messages(contact('2026-02-30', ['li'], ['wang']))).toEqual(['date: expected a date that exists in the calendar']);
    expect(messages({ ...contact('2026-11-20', ['li'], ['wang']), channel: 'fax' })).toHaveLength(1);
    expect(messages({ ...contact('2026-11-20', ['li'], ['wang']), extra: 1 })).toHaveLength(1);
  });

  it('refuse an action without an owner or text, and a closing date that does not fit its status', () => {
    const messages = (value: unknown) => {
      const parsed = planActionSchema.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(messages(action('a', '2026-11-30', { ownerId: '' }))).toEqual(['ownerId: an action needs an owner from our team']);
    expect(messages(action('a', '2026-11-30', { text: '   ' }))).toEqual(['text: say what to do']);
    expect(messages(action('a', '2026-11-30', { status: 'done' }))).toEqual(['doneOn: a done action needs the day it was closed']);
    expect(messages(action('a', '2026-11-30', { doneOn: '2026-11-02' }))).toEqual(['doneOn: an open action has no closing date']);
    expect(messages(action('a', '2026-11-30', { status: 'dropped', doneOn: '2026-10-01' }))).toEqual(['doneOn: an action cannot close before it was created']);
    expect(messages(action('a', '2026-11-30', { origin: { kind: 'finding', code: 'no-such-code' as never, personIds: [] } }))).toHaveLength(1);
  });
});

describe('checking a plan against its account', () => {
  it('finds nothing wrong in a plan that names only the account people and team', () => {
    expect(checkPlan(data, { contacts: [contact('2026-11-20', ['li'], ['wang'])], actions: [action('a', '2026-11-30', { personIds: ['sun'] })] })).toEqual([]);
  });

  it('names the record whose log names a person, a team member or an owner not in the file', () => {
    const ghost = contact('2026-11-20', ['li', 'zz'], ['wang', 'ghost'], { id: 'c-12' });
    const issues = checkPlan(data, {
      contacts: [ghost],
      actions: [action('a-3', '2026-11-30', { ownerId: 'nobody', origin: { kind: 'finding', code: 'blocker', personIds: ['gone'] } })],
    });
    expect(issues.map((i) => [i.code, i.recordId, i.value])).toEqual([
      ['unknown-person', 'c-12', 'ghost'],
      ['unknown-team-member', 'c-12', 'zz'],
      ['unknown-owner', 'a-3', 'nobody'],
      ['unknown-person', 'a-3', 'gone'],
    ]);
    expect(planIssueText(issues[0]!, 'en')).toBe('contact c-12 names a person who is not in the file (ghost)');
    expect(planIssueText(issues[0]!, 'zh-CN')).toBe('拜访记录 c-12提到的人物不在文件中（ghost）');
  });

  it('refuses an action due before the account existed, a repeated id, another account record and an invalid one', () => {
    const issues = checkPlan(data, {
      contacts: [contact('2026-11-20', ['li'], ['wang'], { id: 'same' }), contact('2026-11-21', ['li'], ['wang'], { id: 'same', accountId: 'other' })],
      actions: [action('early', '2026-02-28'), action('bad', 'soon')],
    });
    expect(issues.map((i) => [i.code, i.recordId])).toEqual([
      ['duplicate-id', 'same'],
      ['other-account', 'same'],
      ['due-before-account', 'early'],
      ['invalid-record', 'bad'],
    ]);
    expect(planIssueText(issues[2]!, 'en')).toBe('action early is due on 2026-02-28, before the account existed');
    expect(planIssueText(issues[3]!, 'en')).toBe('action bad is not valid: due: expected a date as YYYY-MM-DD');
  });
});
