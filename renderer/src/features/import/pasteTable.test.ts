import { describe, expect, it } from 'vitest';
import { countPastedRows, rowsToTsv } from './pasteTable';

describe('rowsToTsv', () => {
  it('joins cells with tabs and rows with line breaks, quoting a cell that holds a break, a tab or a quote', () => {
    expect(rowsToTsv([['姓名', '职位'], ['张伟', '总经理'], ['Li "Lily" Na', 'Head of\nIT']])).toBe('姓名\t职位\n张伟\t总经理\n"Li ""Lily"" Na"\t"Head of\nIT"');
  });

  it('turns the non-breaking spaces of web tables into plain spaces and trims cells', () => {
    expect(rowsToTsv([['\u00a0Wang\u00a0Fang ', 'VP']])).toBe('Wang Fang\tVP');
  });
});

describe('countPastedRows', () => {
  it('counts lines that hold something, whatever the line ends', () => {
    expect(countPastedRows('a\tb\r\nc\td\r\n\r\n')).toBe(2);
    expect(countPastedRows('   ')).toBe(0);
  });
});
