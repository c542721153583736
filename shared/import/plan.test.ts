import { describe, expect, it } from 'vitest';
import { applyOps } from '../edit/applyOps';
import { newAccount, newPerson, newTeamMember } from '../edit/defaults';
import type { AccountData } from '../model';
import { autoMapping } from './headers';
import { suggestLayer } from './layer-suggestion';
import { planImport } from './plan';
import type { ImportChoices, ParsedTable } from './types';

const TODAY = '2026-12-06';

function account(): AccountData {
  const account = newAccount({ name: 'Acme' }, '2026-01-01T00:00:00.000Z', 'acc');
  return {
    account,
    competitors: [],
    team: [newTeamMember('acc', { name: 'Tom Baker' }, 'tm-tom')],
    people: [
      newPerson('acc', { name: 'Maria Garcia', email: 'Maria.Garcia@acme.com', title: '', attitude: 'supporter', layer: 'decision' }, 'p-maria'),
      newPerson('acc', { name: '张伟', title: '总经理', layer: 'image' }, 'p-zhang'),
    ],
    links: [],
  };
}

function tableOf(headers: string[], rows: string[][]): ParsedTable {
  return { headers, rows, rowNumbers: rows.map((_, index) => index + 2), headerRow: 1, headerRowCount: 1, titleRows: [] };
}

function choices(table: ParsedTable, more: Partial<ImportChoices> = {}): ImportChoices {
  return { mapping: autoMapping(table.headers), onDuplicate: 'update', acceptAllSuggestions: true, fallbackLayer: 'user', ...more };
}

let counter = 0;
const context = { today: TODAY, fileName: 'contacts.csv', newId: () => `new-${++counter}` };

describe('title -> layer suggestions (DOMAIN)', () => {
  it.each([
    ['Chairman', 'image'], ['President', 'image'], ['CEO', 'image'], ['General Manager', 'image'], ['Managing Director', 'image'],
    ['董事长', 'image'], ['总裁', 'image'], ['总经理', 'image'], ['校长', 'image'], ['院长', 'image'], ['党委书记', 'image'], ['總經理', 'image'],
    ['Vice President of Sales', 'decision'], ['VP Operations', 'decision'], ['副总经理', 'decision'], ['副校长', 'decision'], ['副院长', 'decision'],
    ['Director of Finance', 'decision'], ['Head of IT', 'decision'], ['CFO', 'decision'], ['CTO', 'decision'], ['财务总监', 'decision'], ['处长', 'decision'], ['办公室主任', 'decision'],
    ['IT Manager', 'implementation'], ['Section Chief', 'implementation'], ['Software Engineer', 'implementation'], ['Team Lead', 'implementation'], ['采购经理', 'implementation'], ['科长', 'implementation'], ['工程师', 'implementation'],
    ['Procurement Specialist', 'user'], ['Staff Accountant', 'user'], ['Machine Operator', 'user'], ['Teacher', 'user'], ['Clerk', 'user'], ['专员', 'user'], ['操作员', 'user'], ['教师', 'user'],
  ] as const)('%s -> %s', (title, layer) => {
    expect(suggestLayer(title)).toBe(layer);
  });

  it('suggests nothing for a title it does not know', () => {
    expect(suggestLayer('Consultant')).toBeNull();
    expect(suggestLayer('')).toBeNull();
  });
});

describe('planning an import', () => {
  it('adds new people on their suggested layer, stamps the source, and is undone by its inverse', () => {
    const data = account();
    const table = tableOf(['Name', 'Title', 'Email', 'Phone'], [
      ['Ann Smith', 'Director of Finance', 'ann@acme.com', '+1 555 0100'],
      ['Bob Jones', 'Consultant', '', ''],
    ]);
    const plan = planImport(table, choices(table), data, context);
    expect(plan.summary.counts).toMatchObject({ rows: 2, added: 2, updated: 0, skipped: 0 });
    const after = applyOps(data, plan.edit.forward);
    const ann = after.people.find((person) => person.name === 'Ann Smith');
    expect(ann).toMatchObject({ layer: 'decision', email: 'ann@acme.com', phone: '+1 555 0100', source: 'contacts.csv, imported 2026-12-06', x: null, y: null });
    expect(after.people.find((person) => person.name === 'Bob Jones')?.layer).toBe('user');
    expect(plan.preview.rows.map((row) => [row.layerOrigin, row.suggestedLayer])).toEqual([['suggested', 'decision'], ['fallback', null]]);
    expect(applyOps(after, plan.edit.inverse)).toEqual(data);
  });

  it('writes each person\'s source in the language the app shows: the file and the day', () => {
    const table = tableOf(['Name'], [['Ann Smith']]);
    const zh = planImport(table, choices(table), account(), { ...context, locale: 'zh-CN' });
    expect(applyOps(account(), zh.edit.forward).people.find((person) => person.name === 'Ann Smith')?.source).toBe('contacts.csv，2026-12-06 导入');
    expect(zh.summary.source).toBe('contacts.csv，2026-12-06 导入');
    const pasted = planImport(table, choices(table), account(), { ...context, fileName: '', locale: 'zh-CN' });
    expect(pasted.summary.source).toBe('粘贴的表格，2026-12-06 导入');
    expect(planImport(table, choices(table), account(), { ...context, fileName: '' }).summary.source).toBe('pasted cells, imported 2026-12-06');
  });

  it('leaves a suggestion unaccepted until the user accepts it, one by one', () => {
    const table = tableOf(['Name', 'Title'], [['Ann', 'CFO'], ['Bob', 'Engineer']]);
    const some = planImport(table, choices(table, { acceptAllSuggestions: false, acceptedSuggestions: [1] }), account(), context);
    expect(some.preview.rows.map((row) => [row.layer, row.suggestionAccepted])).toEqual([['user', false], ['implementation', true]]);
    const chosen = planImport(table, choices(table, { layerOverrides: { '0': 'image' } }), account(), context);
    expect(chosen.preview.rows[0]).toMatchObject({ layer: 'image', layerOrigin: 'chosen' });
  });

  it('matches people by e-mail first, then by name ignoring case, spaces and full-width forms', () => {
    const table = tableOf(['Name', 'Email', 'Title'], [
      ['M. Garcia', 'maria.garcia@ACME.com', 'CFO'],
      ['张 伟', '', 'Chairman'],
      ['ＭＡＲＩＡ ＧＡＲＣＩＡ', 'other@acme.com', ''],
    ]);
    const plan = planImport(table, choices(table), account(), context);
    expect(plan.preview.rows.map((row) => row.match && [row.match.personId, row.match.by])).toEqual([
      ['p-maria', 'email'],
      ['p-zhang', 'name'],
      ['p-maria', 'name'],
    ]);
    // The third row is the first row's person again: two rows for one person become one.
    expect(plan.preview.rows[2]).toMatchObject({ action: 'merged', mergedInto: 0 });
  });

  it('updates only empty fields by default; overwrite, add as new and skip do what they say', () => {
    const table = tableOf(['Name', 'Email', 'Title', 'Attitude'], [['Maria Garcia', 'maria.garcia@acme.com', 'CFO', 'opponent']]);
    const update = applyOps(account(), planImport(table, choices(table), account(), context).edit.forward);
    expect(update.people.find((p) => p.id === 'p-maria')).toMatchObject({ title: 'CFO', attitude: 'supporter', layer: 'decision' });
    const overwrite = applyOps(account(), planImport(table, choices(table, { onDuplicate: 'overwrite' }), account(), context).edit.forward);
    expect(overwrite.people.find((p) => p.id === 'p-maria')).toMatchObject({ title: 'CFO', attitude: 'opponent' });
    const added = planImport(table, choices(table, { onDuplicate: 'add' }), account(), context);
    expect(applyOps(account(), added.edit.forward).people).toHaveLength(3);
    const skipped = planImport(table, choices(table, { duplicateOverrides: { '0': 'skip' } }), account(), context);
    expect(skipped.edit.forward).toEqual([]);
    expect(skipped.summary.counts.skipped).toBe(1);
  });

  it('puts each problem on its row and column and says what happens', () => {
    const table = tableOf(['Name', 'Influence', 'Last Contact', 'Reports To'], [
      ['Ann', '7', 'next week', 'Nobody Known'],
      ['', '3', '', ''],
      ['Bob', '4', '2024/3/5', 'Ann'],
    ]);
    const plan = planImport(table, choices(table), account(), context);
    expect(plan.preview.problems.map((p) => [p.code, p.row, p.column, p.value, p.outcome])).toEqual([
      ['bad-influence', 2, 'Influence', '7', 'value-ignored'],
      ['bad-date', 2, 'Last Contact', 'next week', 'value-ignored'],
      ['reports-to-unmatched', 2, 'Reports To', 'Nobody Known', 'link-skipped'],
      ['missing-name', 3, null, '', 'row-skipped'],
    ]);
    expect(plan.preview.problems[0]?.messageKey).toBe('import.problem.bad-influence');
    const after = applyOps(account(), plan.edit.forward);
    const bob = after.people.find((p) => p.name === 'Bob');
    expect(bob).toMatchObject({ influence: 4, lastContact: '2024-03-05' });
    expect(after.people.find((p) => p.name === 'Ann')?.influence).toBe(3);
  });

  it('resolves reports-to after all rows (a name or an e-mail) and makes owners team members who cover', () => {
    const table = tableOf(['First Name', 'Last Name', 'Email', 'Reports To', 'Contact Owner', 'Last Activity'], [
      ['James', 'Lee', 'james@acme.com', 'priya@acme.com', 'Tom Baker', '3/14/2024'],
      ['Priya', 'Shah', 'priya@acme.com', 'maria.garcia@acme.com', 'Ana Ruiz', ''],
    ]);
    const data = account();
    const plan = planImport(table, choices(table), data, context);
    const after = applyOps(data, plan.edit.forward);
    const james = after.people.find((p) => p.name === 'James Lee');
    const priya = after.people.find((p) => p.name === 'Priya Shah');
    const reports = after.links.filter((l) => l.kind === 'reportsTo').map((l) => [l.from, l.to]);
    expect(reports).toEqual([[james?.id, priya?.id], [priya?.id, 'p-maria']]);
    expect(after.team.map((m) => m.name)).toEqual(['Tom Baker', 'Ana Ruiz']);
    const covers = after.links.filter((l) => l.kind === 'covers').map((l) => [l.from, l.to, l.strength, l.lastContact]);
    expect(covers).toEqual([['tm-tom', james?.id, 2, '2024-03-14'], [after.team[1]?.id, priya?.id, 2, null]]);
    expect(plan.summary.counts).toMatchObject({ teamAdded: 1, reportsToLinks: 2, coversLinks: 2 });
    // Undo deletes the new people and team member; their links go with them without an op each.
    expect(plan.edit.inverse.filter((op) => op.entity === 'link')).toEqual([]);
    expect(applyOps(after, plan.edit.inverse)).toEqual(data);
  });

  it('joins Chinese family and given names without a space, Latin ones with one', () => {
    const table = tableOf(['姓', '名'], [['王', '强']]);
    const latin = tableOf(['First Name', 'Last Name'], [['Ann', 'Smith']]);
    expect(planImport(table, choices(table), account(), context).preview.rows[0]?.name).toBe('王强');
    expect(planImport(latin, choices(latin), account(), context).preview.rows[0]?.name).toBe('Ann Smith');
  });

  it('keeps text literally: a name starting with "=" stays that name', () => {
    const table = tableOf(['Name'], [['=SUM(A1)'], ['+Plus'], ['@home']]);
    const after = applyOps(account(), planImport(table, choices(table), account(), context).edit.forward);
    expect(after.people.map((p) => p.name)).toEqual(expect.arrayContaining(['=SUM(A1)', '+Plus', '@home']));
  });
});
