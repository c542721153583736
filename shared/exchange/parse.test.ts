import { describe, expect, it } from 'vitest';
import type { AccountData } from '../model';
import { FORMAT_VERSION, MAX_FILE_BYTES } from './file-schema';
import { parseAccountFile } from './parse';
import { serializeAccountFile } from './serialize';
import { nestedListsFile } from './testing/hostile-files';
import { sampleAccount } from './testing/sample-account';

const EXPORTED_AT = '2026-11-22T10:00:00.000Z';

function fileObject(data: AccountData = sampleAccount()): Record<string, unknown> {
  return JSON.parse(serializeAccountFile(data, EXPORTED_AT)) as Record<string, unknown>;
}

function refusal(text: string) {
  const result = parseAccountFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('parseAccountFile accepts what serializeAccountFile writes', () => {
  it('gives back the same account data', () => {
    const data = sampleAccount();
    const result = parseAccountFile(serializeAccountFile(data, EXPORTED_AT));
    expect(result).toEqual({ ok: true, value: data });
  });

  it('accepts a file that starts with a byte order mark', () => {
    const result = parseAccountFile(`\uFEFF${serializeAccountFile(sampleAccount(), EXPORTED_AT)}`);
    expect(result.ok).toBe(true);
  });
});

describe('parseAccountFile reads format 1 files', () => {
  it('gives the people of a version-1 file empty e-mail, phone and source, never verified', () => {
    const file = fileObject();
    const people = (file.people as Record<string, unknown>[]).map(({ email: _e, phone: _p, verifiedOn: _v, source: _s, ...rest }) => rest);
    const result = parseAccountFile(JSON.stringify({ ...file, version: 1, people }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.people[0]).toMatchObject({ email: '', phone: '', verifiedOn: null, source: '' });
    expect(result.value.people[0]?.name).toBe(sampleAccount().people[0]?.name);
  });

  it('still refuses a version-1 person whose new-style field is malformed', () => {
    const file = fileObject();
    const people = (file.people as Record<string, unknown>[]).map((person) => ({ ...person, verifiedOn: '2026-13' }));
    expect(refusal(JSON.stringify({ ...file, version: 1, people })).message).toContain('verifiedOn');
  });
});

describe('parseAccountFile reads format 2 files', () => {
  const withoutStatus = (file: Record<string, unknown>) =>
    (file.people as Record<string, unknown>[]).map(
      ({ status: _s, statusSince: _d, leftTo: _t, leftToCompetitorId: _c, ...rest }) => rest,
    );

  it('reads every person of a version-2 file as active, with nowhere they left to', () => {
    const file = fileObject();
    const result = parseAccountFile(JSON.stringify({ ...file, version: 2, people: withoutStatus(file) }));
    if (!result.ok) throw new Error(result.error.message);
    for (const person of result.value.people) {
      expect(person).toMatchObject({ status: 'active', statusSince: null, leftTo: '', leftToCompetitorId: null });
    }
    expect(result.value.people[0]?.email).toBe(sampleAccount().people[0]?.email);
  });

  it('does not fill in a version-2 person\'s missing e-mail: format 2 had it, so its absence is an error', () => {
    const file = fileObject();
    const people = withoutStatus(file).map(({ email: _e, ...rest }) => rest);
    expect(refusal(JSON.stringify({ ...file, version: 2, people })).message).toContain('email');
  });

  it('refuses a person who left to a competitor the file does not have', () => {
    const file = fileObject();
    const people = (file.people as Record<string, unknown>[]).map((person, i) =>
      i === 0 ? { ...person, status: 'left', leftToCompetitorId: 'no-such-competitor' } : person,
    );
    expect(refusal(JSON.stringify({ ...file, people })).message).toContain('people[0].leftToCompetitorId');
  });
});

describe('parseAccountFile refuses', () => {
  it('a file over the size limit, saying the limit', () => {
    const error = refusal(' '.repeat(MAX_FILE_BYTES + 1));
    expect(error.code).toBe('invalid-file');
    expect(error.message).toContain('too large');
    expect(error.message).toContain('32.0 MiB');
  });

  it('an empty file', () => {
    expect(refusal('  \n').message).toBe('The file is empty.');
  });

  it('invalid JSON, naming the line and column', () => {
    const text = '{\n  "format": "power-map",\n  "version": 1\n  "account": {}\n}';
    const error = refusal(text);
    expect(error.code).toBe('invalid-file');
    expect(error.message).toBe("The file is not valid JSON: expected ',' or '}' but found '\"' at line 4, column 3.");
  });

  it('a JSON value that is not an object', () => {
    expect(refusal('[1, 2]').message).toBe('This is not a Power Map file: it holds a list, not an object.');
    expect(refusal('null').message).toBe('This is not a Power Map file: it holds null, not an object.');
    expect(refusal('"power-map"').message).toBe('This is not a Power Map file: it holds a string, not an object.');
  });

  it('a file of another format, or with no format', () => {
    const foreign = { ...fileObject(), format: 'other-app' };
    expect(refusal(JSON.stringify(foreign)).message).toBe(
      'This is not a Power Map file: its "format" is "other-app", expected "power-map".',
    );
    const { format: _format, ...unnamed } = fileObject();
    expect(refusal(JSON.stringify(unnamed)).message).toContain('it has no "format" field');
  });

  it('a file written by a newer Power Map, with its own code', () => {
    const newer = { ...fileObject(), version: FORMAT_VERSION + 1, somethingNew: true };
    const error = refusal(JSON.stringify(newer));
    expect(error.code).toBe('newer-file-version');
    expect(error.message).toContain(
      `This file was written by a newer Power Map (format ${FORMAT_VERSION + 1}; this version reads up to ${FORMAT_VERSION})`,
    );
  });

  it('a file with no version or a version that is not a whole number', () => {
    const { version: _version, ...unversioned } = fileObject();
    expect(refusal(JSON.stringify(unversioned)).message).toContain('no "version" field');
    expect(refusal(JSON.stringify({ ...fileObject(), version: '1' })).message).toContain('found "1"');
    expect(refusal(JSON.stringify({ ...fileObject(), version: 0.5 })).code).toBe('invalid-file');
  });

  it('every field that breaks the schema, each with its path', () => {
    const file = fileObject();
    const people = file.people as Array<Record<string, unknown>>;
    people[1]!.influence = 9;
    people[2]!.layer = 'middle';
    (file.links as Array<Record<string, unknown>>)[1]!.strength = 0; // in 0-3, but influences links run 1-3
    (file.account as Record<string, unknown>).name = '   ';
    const error = refusal(JSON.stringify(file));
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/^The file does not match the Power Map format: account\.name: a name is required \(and 3 more problems\)$/);
    expect(error.details).toHaveLength(4);
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^people\[1\]\.influence: Too big/),
        expect.stringMatching(/^people\[2\]\.layer: Invalid option/),
        'links[1].strength: a influences link needs a strength from 1 to 3',
      ]),
    );
  });

  it('unknown fields', () => {
    const file = fileObject();
    (file.team as Array<Record<string, unknown>>)[0]!.salary = 100;
    expect(refusal(JSON.stringify(file)).details).toEqual(['team[0]: Unrecognized key: "salary"']);
  });

  it('a link whose end is not in the file', () => {
    const data = sampleAccount();
    data.links[0]!.to = 'p-gone';
    expect(refusal(serializeAccountFile(data, EXPORTED_AT)).details).toEqual(['links[0].to: "p-gone" is not in this file']);
  });

  it('a link whose end is of the wrong kind', () => {
    const data = sampleAccount();
    data.links[4]!.from = 'p-ceo'; // a covers link must start at a member of our team
    data.links[6]!.to = 'team-1'; // every link ends at a person
    expect(refusal(serializeAccountFile(data, EXPORTED_AT)).details).toEqual([
      'links[4].from: "p-ceo" is a person, but a covers link needs a member of our team here',
      'links[6].to: "team-1" is a member of our team, but a competitorTie link needs a person here',
    ]);
  });

  it('a favoured competitor that is not among the competitors', () => {
    const data = sampleAccount();
    data.people[0]!.favouredCompetitorId = 'team-1';
    expect(refusal(serializeAccountFile(data, EXPORTED_AT)).details).toEqual([
      `people[0].favouredCompetitorId: "team-1" is not one of this file's competitors`,
    ]);
  });

  it('records that belong to another account', () => {
    const data = sampleAccount();
    data.people[2]!.accountId = 'acc-other';
    data.links[3]!.accountId = 'acc-other';
    const error = refusal(serializeAccountFile(data, EXPORTED_AT));
    expect(error.message).toBe(
      `The file's records do not fit together: people[2].accountId: "acc-other" differs from the account's id "acc-1" (and 1 more problem)`,
    );
    expect(error.details).toHaveLength(2);
  });

  it('ids used twice, within a kind or across kinds', () => {
    const data = sampleAccount();
    data.people[2]!.id = 'p-cto';
    data.competitors[0]!.id = 'acc-1';
    const details = refusal(serializeAccountFile(data, EXPORTED_AT)).details ?? [];
    expect(details).toContain('competitors[0].id: "acc-1" is used twice (also account.id)');
    expect(details).toContain('people[2].id: "p-cto" is used twice (also people[1].id)');
  });
});

describe('parseAccountFile and prototype pollution', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  function expectPrototypeUntouched(): void {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }

  it('refuses __proto__ at the top level', () => {
    const text = serializeAccountFile(sampleAccount(), EXPORTED_AT).replace('{', '{\n  "__proto__": { "polluted": true },');
    const error = refusal(text);
    expect(error.code).toBe('invalid-file');
    expect(error.details).toEqual(['__proto__: this key is not allowed']);
    expectPrototypeUntouched();
  });

  it('refuses __proto__ and constructor nested in records', () => {
    const text = serializeAccountFile(sampleAccount(), EXPORTED_AT)
      .replace('"name": "Chen Jie"', '"name": "Chen Jie", "__proto__": { "polluted": true }')
      .replace('"name": "Rival Corp"', '"name": "Rival Corp", "constructor": { "prototype": { "polluted": true } }');
    const error = refusal(text);
    expect(error.message).toMatch(/^The file was refused because it contains keys that could change how the program behaves/);
    expect(error.details).toEqual(['competitors[0].constructor: this key is not allowed', 'people[1].__proto__: this key is not allowed']);
    expectPrototypeUntouched();
  });
});

describe('parseAccountFile refuses hostile or damaged JSON that JSON.parse accepts', () => {
  it('a 630 KB file of nested lists, at once, saying how deep is too deep', () => {
    const error = refusal(nestedListsFile());
    expect(error.code).toBe('invalid-file');
    expect(error.message).toBe(
      'The file was refused: the data is nested more than 64 levels deep at line 1, column 65. A Power Map file nests only a few levels.',
    );
  });

  it('a field given twice at the top level, naming it', () => {
    const text = serializeAccountFile(sampleAccount(), EXPORTED_AT).replace('"version":', '"format": "power-map",\n  "version":');
    expect(refusal(text).message).toMatch(/^The file was refused: the key "format" appears twice in one object, at line \d+, column 3\./);
  });

  it('a field given twice inside a person, naming the field and the person', () => {
    const text = serializeAccountFile(sampleAccount(), EXPORTED_AT).replace('"name": "Chen Jie"', '"name": "Chen Jie", "name": "Someone Else"');
    const message = refusal(text).message;
    expect(message).toMatch(/^The file was refused: the key "name" appears twice in one object in people\[1\], at line \d+, column \d+\./);
    expect(message).toContain('unclear which value counts');
  });

  it('a name holding a lone surrogate (\\uD800)', () => {
    const text = serializeAccountFile(sampleAccount(), EXPORTED_AT).replace('"name": "Chen Jie"', '"name": "Chen \\uD800Jie"');
    expect(refusal(text).message).toMatch(
      /^The file was refused: a lone surrogate \(U\+D800\) is half of a character, not text in people\[1\]\.name, at line \d+, column \d+\./,
    );
  });

  it.each(['2026-13-45', '2026-02-30', '2025-02-29', '2026-04-31', '2026-00-10'])('a last contact on %s, a day that does not exist', (day) => {
    const file = fileObject();
    (file.people as Array<Record<string, unknown>>)[0]!.lastContact = day;
    expect(refusal(JSON.stringify(file)).details).toEqual(['people[0].lastContact: expected a date that exists in the calendar']);
  });

  it('and still accepts 29 February in a leap year', () => {
    const data = sampleAccount();
    data.people[0]!.lastContact = '2028-02-29';
    data.links[4]!.lastContact = '2000-02-29';
    expect(parseAccountFile(serializeAccountFile(data, EXPORTED_AT)).ok).toBe(true);
  });

  it('a malformed date gets one message about its form', () => {
    const file = fileObject();
    (file.people as Array<Record<string, unknown>>)[0]!.verifiedOn = '2026-1-5';
    expect(refusal(JSON.stringify(file)).details).toEqual(['people[0].verifiedOn: expected a date as YYYY-MM-DD']);
  });
});
