import { describe, expect, it } from 'vitest';
import { serializeAccountFile } from './serialize';
import { sampleAccount } from './testing/sample-account';

describe('serializeAccountFile', () => {
  it('writes the header first and the account data after it, pretty-printed', () => {
    const text = serializeAccountFile(sampleAccount(), '2026-11-22T10:00:00.000Z');
    expect(text.startsWith('{\n  "format": "power-map",\n  "version": 4,\n  "exportedAt": "2026-11-22T10:00:00.000Z",\n  "account": {\n    "id": "acc-1",')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'exportedAt', 'account', 'competitors', 'team', 'people', 'links']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same text whatever order the fields arrived in', () => {
    const data = sampleAccount();
    const shuffled = {
      links: data.links.map((l) => Object.fromEntries(Object.entries(l).reverse())),
      people: data.people.map((p) => Object.fromEntries(Object.entries(p).reverse())),
      team: data.team,
      competitors: data.competitors,
      account: Object.fromEntries(Object.entries(data.account).reverse()),
    } as unknown as typeof data;
    expect(serializeAccountFile(shuffled, 'T')).toBe(serializeAccountFile(data, 'T'));
  });

  it('leaves out fields the format does not define', () => {
    const data = sampleAccount();
    Object.assign(data.people[0]!, { rowid: 17 });
    expect(serializeAccountFile(data, 'T')).not.toContain('rowid');
  });

  it('keeps non-Latin text as it is', () => {
    expect(serializeAccountFile(sampleAccount(), 'T')).toContain('"name": "王总"');
  });
});
