import { describe, expect, it } from 'vitest';
import type { AccountPlan } from '../plan';
import { FORMAT_VERSION } from './file-schema';
import { readAccountFile } from './parse';
import { serializeAccountFile } from './serialize';
import { sampleAccount } from './testing/sample-account';

const EXPORTED_AT = '2026-12-07T10:00:00.000Z';

function planOf(data: ReturnType<typeof sampleAccount>): AccountPlan {
  const accountId = data.account.id;
  const [person, other] = data.people;
  const [member] = data.team;
  return {
    contacts: [
      { id: 'c1', accountId, date: '2026-12-01', teamIds: [member!.id], personIds: [person!.id, other!.id], channel: 'meal', note: '晚宴 after the demo', private: true },
    ],
    actions: [
      {
        id: 'a1',
        accountId,
        text: 'Ask for the budget owner',
        ownerId: member!.id,
        due: '2026-12-20',
        personIds: [person!.id],
        status: 'open',
        origin: { kind: 'finding', code: 'no-coach', personIds: [] },
        createdOn: '2026-12-07',
        doneOn: null,
      },
    ],
  };
}

describe('the .powermap file carries the contact log and the actions (format 4)', () => {
  it('writes them and reads them back as they were', () => {
    const data = sampleAccount();
    const plan = planOf(data);
    const text = serializeAccountFile(data, EXPORTED_AT, undefined, plan);
    expect(JSON.parse(text)).toMatchObject({ version: 4, contacts: [{ id: 'c1', channel: 'meal' }], actions: [{ id: 'a1' }] });
    const read = readAccountFile(text);
    expect(read.ok && read.value.plan).toEqual(plan);
    expect(read.ok && read.value.data).toEqual(data);
  });

  it('reads a file from before the log (format 3) with an empty log', () => {
    const data = sampleAccount();
    const file = JSON.parse(serializeAccountFile(data, EXPORTED_AT)) as Record<string, unknown>;
    const read = readAccountFile(JSON.stringify({ ...file, version: 3 }));
    expect(FORMAT_VERSION).toBe(4);
    expect(read.ok && read.value.plan).toEqual({ contacts: [], actions: [] });
  });

  it('refuses a log that names a person who is not in the file, naming the record', () => {
    const data = sampleAccount();
    const plan = planOf(data);
    const bad = { ...plan, contacts: [{ ...plan.contacts[0]!, personIds: ['ghost'] }] };
    const read = readAccountFile(serializeAccountFile(data, EXPORTED_AT, undefined, bad));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.message).toContain('names a person who is not in the file (ghost)');
    expect(!read.ok && read.error.message).toMatch(/contact.*c1/);
  });
});
