import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDelimited, splitUnquoted } from './delimited';
import { recordDelimiterOf, recordSlices } from './record-bounds';
import { manyRowsCsv } from './testing/fixtures';

const options = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false };

/** Every way of cutting the text into record slices parses to the same records as the whole text at once. */
function expectSlicesParseAsWhole(text: string, delimiter = ','): void {
  const recordDelimiter = recordDelimiterOf(text, delimiter);
  const withDelimiter = { ...options, delimiter, ...(recordDelimiter ? { record_delimiter: recordDelimiter } : {}) };
  const whole = parse(text, { ...options, delimiter }) as string[][];
  for (let size = 1; size <= text.length; size++) {
    const sliced: string[][] = [];
    let covered = 0;
    for (const [start, end] of recordSlices(text, delimiter, recordDelimiter, size)) {
      expect(start).toBe(covered);
      covered = end;
      sliced.push(...(parse(text.slice(start, end), withDelimiter) as string[][]));
    }
    expect(covered).toBe(text.length);
    expect(sliced, `slices of ${size}`).toEqual(whole);
  }
}

describe('record-aligned slices', () => {
  it('cut only between records, so quoted cells with commas, quotes and line breaks stay whole', () => {
    expectSlicesParseAsWhole('Name,Notes\r\n"Li, Wei","said ""yes""\r\nthen left"\r\nAnn,"a\nb"\r\n"",x\r\n');
  });

  it('keep a quote inside an unquoted cell as text (5\'11", 3" pipe), as the whole parse does', () => {
    expectSlicesParseAsWhole('Name,Height,Note\nBob,5\'11",tall\nAnn,"3" pipe",x\nCarl,2,"ok"\n');
  });

  it('follow the line ending the file uses: a lone LF in a CRLF file is part of its cell', () => {
    expectSlicesParseAsWhole('a,b\r\nc\nd,e\r\nf,g');
    expectSlicesParseAsWhole('a;b\rc;"d\re"\rf;g\r', ';');
    expectSlicesParseAsWhole('a\tb\n\nc\t"d\n"\n', '\t');
  });

  it('give the same rows and line numbers as before for a large file, and still name the line of a broken quote', async () => {
    const parsed = await parseDelimited(manyRowsCsv(3000).replace('联系人5,', '"联系人5\r\n第二行",'));
    if ('refused' in parsed) throw new Error(parsed.refused.message);
    expect(parsed.cells).toHaveLength(3001);
    expect(parsed.cells[6]?.[0]).toBe('联系人5\r\n第二行');
    expect(parsed.lines.slice(5, 9)).toEqual([6, 7, 9, 10]);
    const broken = await parseDelimited(`${manyRowsCsv(3000)}"unclosed,x\r\nnext,y\r\n`);
    expect('refused' in broken && broken.refused.params).toEqual({ line: 3002 });
  });

  it('split a slice without quotes into the records and cells csv-parse gives it, blank lines and line ends alike', () => {
    const texts: [string, ',' | ';' | '\t'][] = [
      ['a,b\r\n\r\nc\r\n', ','],
      ['a,b\n\nc', ','],
      ['a, b ,\r\n,\r\nx\ny\r\n', ','],
      ['\r\n', ','],
      ['a,b\r\n\r\n', ','],
      ['a\rb\r', ','],
      ['a;b;;\r\nc', ';'],
      ['a\tb\t\nc,d\t\n', '\t'],
      ['one cell', ','],
      [manyRowsCsv(50), ','],
    ];
    for (const [text, delimiter] of texts) {
      const recordDelimiter = recordDelimiterOf(text, delimiter);
      const byLibrary = parse(text, { ...options, delimiter, ...(recordDelimiter ? { record_delimiter: recordDelimiter } : {}) }) as string[][];
      expect(splitUnquoted(text, delimiter, recordDelimiter), JSON.stringify(text)).toEqual(byLibrary);
    }
  });

  it('read a file whose quotes are few the same whether a slice has a quote or not, and a byte-order mark only at its start', async () => {
    const text = manyRowsCsv(6000).replace('联系人5000,', '"联系人5000, 二",').replace('联系人10,', '\ufeff联系人10,');
    const parsed = await parseDelimited(`\ufeff${text}`);
    if ('refused' in parsed) throw new Error(parsed.refused.message);
    const byLibrary = (parse(text, { ...options, delimiter: ',', record_delimiter: '\r\n' }) as string[][]);
    expect(parsed.cells).toEqual(byLibrary);
    expect(parsed.cells[11]?.[0]).toBe('\ufeff联系人10');
    expect(parsed.cells[5001]?.[0]).toBe('联系人5000, 二');
    expect(parsed.lines.slice(-2)).toEqual([6000, 6001]);
  });

  it('read quoted and unquoted records mixed in one text as csv-parse reads the whole text', async () => {
    const texts: [string, ',' | ';' | '\t'][] = [
      ['Name,Notes\r\n"Li, Wei","said ""yes""\r\nthen left"\r\nAnn,"a\nb"\r\n"",x\r\nplain,row\r\n', ','],
      ['Name,Height,Note\nBob,5\'11",tall\nAnn,"3" pipe",x\nCarl,2,"ok"\nDan,3,none\n', ','],
      ['"a","b"\r\nc,d\r\n\r\ne,"f\r\ng"\r\nh,i', ','],
      ['x,y\r\n"q"\r\n"r"\r\ns\r\n"t\r\n",u\r\nv', ','],
      ['a;b\rc;"d\re"\rf;g\r', ';'],
      ['a\tb\n\nc\t"d\n"\n', '\t'],
      ['"only, one record"', ','],
      ['a,"b"\r\n"",x,""\r\n"x""y","""",,\r\n"a" ,b\r\n"a"b,c\r\nq,"end\r\nof, text"', ','],
      ['k,"v"\r\n,"",\r\n"""quoted"" start",m\r\nlast,"x"', ','],
      [manyRowsCsv(3000).replace(/联系人(\d*7),/g, '"联系人$1, 其他",'), ','],
    ];
    for (const [text, delimiter] of texts) {
      const parsed = await parseDelimited(text, delimiter);
      if ('refused' in parsed) throw new Error(parsed.refused.message);
      const byLibrary = (parse(text, { ...options, delimiter }) as string[][]).filter((record) => record.some((cell) => cell.trim() !== ''));
      expect(parsed.cells, JSON.stringify(text.slice(0, 80))).toEqual(byLibrary);
    }
  });
});
