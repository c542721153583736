import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { applyOps } from '../../shared/edit/applyOps';
import { autoMapping } from '../../shared/import/headers';
import { planImport } from '../../shared/import/plan';
import type { AccountData } from '../../shared/model';
import { neutralizeCell, peopleCsv, peopleTable } from './people-table';
import { readTableBytes } from './read-source';

function withTrickyPerson(data: AccountData): AccountData {
  const [first, ...rest] = data.people;
  if (!first) throw new Error('demo has people');
  const tricky = { ...first, name: '=HYPERLINK("x")', privateNotes: 'line one\nline "two", with comma', phone: '+86 138 0000 0000', email: 'tricky@example.cn' };
  return { ...data, people: [tricky, ...rest] };
}

async function reimport(data: AccountData, bytes: Uint8Array, fileName: string) {
  const read = await readTableBytes(bytes, fileName);
  if ('refused' in read) throw new Error(read.refused.message);
  const mapping = autoMapping(read.table.headers);
  return planImport(read.table, { mapping, onDuplicate: 'update', acceptAllSuggestions: true, fallbackLayer: 'user' }, data, { today: '2026-12-06', fileName });
}

describe('the people table out and back in', () => {
  it.each(['csv', 'xlsx'] as const)('keeps every field and creates no duplicate (%s)', async (format) => {
    const data = withTrickyPerson(buildDemoAccount('zh-CN', '2026-11-22'));
    const bytes = await peopleTable(data, format, true);
    const plan = await reimport(data, bytes, `people.${format}`);
    expect(plan.preview.problems).toEqual([]);
    expect(plan.summary.counts).toMatchObject({ added: 0, updated: data.people.length, teamAdded: 0, reportsToLinks: 0, coversLinks: 0 });
    const after = applyOps(data, plan.edit.forward);
    expect(after).toEqual(data);
  });

  it('updates the people a KAM edited in Excel, by id', async () => {
    const data = buildDemoAccount('en', '2026-11-22');
    const read = await readTableBytes(peopleCsv(data, false), 'people.csv');
    if ('refused' in read) throw new Error(read.refused.message);
    const attitude = read.table.headers.indexOf('Attitude');
    const target = data.people.find((person) => person.attitude !== 'opponent');
    const row = read.table.rows.find((cells) => cells[0] === target?.id);
    if (!row || !target) throw new Error('row');
    row[attitude] = 'opponent';
    const plan = planImport(read.table, { mapping: autoMapping(read.table.headers), onDuplicate: 'update', acceptAllSuggestions: true, fallbackLayer: 'user' }, data, { today: '2026-12-06', fileName: 'people.csv' });
    const after = applyOps(data, plan.edit.forward);
    expect(after.people.find((person) => person.id === target.id)?.attitude).toBe('opponent');
    expect(after.people).toHaveLength(data.people.length);
    expect(plan.edit.forward).toHaveLength(1);
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP)', async () => {
    expect(['=1+1', '+86', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd', 'plain', 'a=b'].map(neutralizeCell)).toEqual([
      "'=1+1", "'+86", "'-2", "'@SUM(A1)", "'\t=cmd", "'\r=cmd", 'plain', 'a=b',
    ]);
    const data = withTrickyPerson(buildDemoAccount('en', '2026-11-22'));
    const text = new TextDecoder().decode(peopleCsv(data, true));
    expect(text.startsWith('\ufeff')).toBe(false); // TextDecoder drops the BOM it reads...
    expect(peopleCsv(data, true).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf])); // ...which is there
    expect(text).toContain(`'=HYPERLINK(""x"")`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('leaves contact details and private notes out unless asked for', async () => {
    const data = withTrickyPerson(buildDemoAccount('en', '2026-11-22'));
    const text = new TextDecoder().decode(peopleCsv(data, false));
    expect(text).not.toContain('tricky@example.cn');
    expect(text).not.toContain('line one');
    expect(text.split('\r\n')[0]).toContain('Power Map ID');
  });
});
