import { describe, expect, it } from 'vitest';
import { MAX_PASTED_PEOPLE, parsePastedPeople, splitCells } from './pastedPeople';

describe('people pasted as text', () => {
  it('reads one name per line, skipping blank lines and trimming spaces', () => {
    const pasted = parsePastedPeople('Wang Lei\n\n  Li Na  \r\n张伟\n');
    expect(pasted.people.map((p) => p.name)).toEqual(['Wang Lei', 'Li Na', '张伟']);
    expect(pasted.people[0]).toEqual({ name: 'Wang Lei', title: '', department: '' });
    expect(pasted.skipped).toBe(0);
  });

  it('reads cells copied from Excel as name, title and department', () => {
    const pasted = parsePastedPeople('Wang Lei\tCTO\tIT\r\nLi Na\tBuyer\r\n赵敏\t采购经理\t采购部\r\n');
    expect(pasted.people).toEqual([
      { name: 'Wang Lei', title: 'CTO', department: 'IT' },
      { name: 'Li Na', title: 'Buyer', department: '' },
      { name: '赵敏', title: '采购经理', department: '采购部' },
    ]);
  });

  it('follows a header row, in English or Chinese, in whatever order it names the columns', () => {
    expect(parsePastedPeople('Department\tName\tJob Title\nIT\tWang Lei\tCTO').people).toEqual([{ name: 'Wang Lei', title: 'CTO', department: 'IT' }]);
    expect(parsePastedPeople('姓名\t部门\t职务\n赵敏\t采购部\t经理').people).toEqual([{ name: '赵敏', title: '经理', department: '采购部' }]);
    // A column the header does not name is left out.
    expect(parsePastedPeople('Name\tPhone\tTitle\nWang Lei\t555\tCTO').people).toEqual([{ name: 'Wang Lei', title: 'CTO', department: '' }]);
  });

  it('reads a quoted cell with a line break or quotes inside as one cell', () => {
    expect(splitCells('"Wang\nLei"\t"the ""boss"""\nLi Na')).toEqual([['Wang\nLei', 'the "boss"'], ['Li Na']]);
    expect(parsePastedPeople('"Wang\nLei"\tCTO').people).toEqual([{ name: 'Wang Lei', title: 'CTO', department: '' }]);
  });

  it('skips rows without a name and stops at the limit', () => {
    expect(parsePastedPeople('\tCTO\tIT\nLi Na').people.map((p) => p.name)).toEqual(['Li Na']);
    expect(parsePastedPeople('\tCTO\tIT\nLi Na').skipped).toBe(1);
    const many = Array.from({ length: MAX_PASTED_PEOPLE + 5 }, (_, i) => `Person ${i}`).join('\n');
    const pasted = parsePastedPeople(many);
    expect(pasted.people).toHaveLength(MAX_PASTED_PEOPLE);
    expect(pasted.skipped).toBe(5);
  });

  it('reads nothing from empty or blank text', () => {
    expect(parsePastedPeople('')).toEqual({ people: [], skipped: 0 });
    expect(parsePastedPeople(' \n\t\n')).toEqual({ people: [], skipped: 0 });
  });
});
