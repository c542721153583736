import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { autoMapping } from '../../shared/import/headers';
import { MAX_IMPORT_BYTES } from '../../shared/import/types';
import { readTableBytes, readTableText, type ReadTable } from './read-source';
import type { Refused } from './refusal';
import { encodeText } from './testing/legacy-encode';
import { big5Csv, gbkCsvWithTitle, hubspotCsv, manyRowsCsv, pastedCells, salesforceCsv, unicodeText, xlsxTitleMergedSecondSheet } from './testing/fixtures';

function table(read: ReadTable | Refused): ReadTable {
  if ('refused' in read) throw new Error(`refused: ${read.refused.message}`);
  return read;
}

function refused(read: ReadTable | Refused) {
  if (!('refused' in read)) throw new Error('expected a refusal');
  return read.refused;
}

describe('reading contact files', () => {
  it('reads Excel CSV saved on Chinese Windows (GBK) below its title row', async () => {
    const read = table(await readTableBytes(gbkCsvWithTitle(), '联系人.csv'));
    expect(read.encoding).toBe('gb18030');
    expect(read.encodingCandidates).toContain('big5');
    expect(read.table.titleRows).toEqual(['2024年华东区重点客户联系人名单']);
    expect(read.table.headerRow).toBe(2);
    expect(read.table.headers).toEqual(['姓名', '职务', '部门', '手机', '电子邮箱', '直属上级']);
    expect(read.table.rows[0]).toEqual(['张伟', '总经理', '总经办', '13812345678', 'zhang.wei@example.cn', '']);
    expect(read.table.rowNumbers).toEqual([3, 4, 5]);
    expect(autoMapping(read.table.headers)).toEqual(['name', 'title', 'department', 'phone', 'email', 'reportsTo']);
  });

  it('reads Big5 from Taiwan with traditional headers mapped like simplified ones', async () => {
    const read = table(await readTableBytes(big5Csv(), 'contacts.csv'));
    expect(read.encoding).toBe('big5');
    expect(read.table.rows[1]?.[0]).toBe('林美玲');
    expect(autoMapping(read.table.headers)).toEqual(['name', 'title', 'department', 'email', 'reportsTo']);
  });

  it('reads the file as another encoding when the user picks one, and refuses one that does not decode', async () => {
    const asBig5 = table(await readTableBytes(gbkCsvWithTitle(), 'a.csv', { encoding: 'big5' }));
    expect(asBig5.encoding).toBe('big5');
    expect(asBig5.table.rows.flat()).not.toContain('张伟');
    expect(refused(await readTableBytes(gbkCsvWithTitle(), 'a.csv', { encoding: 'utf-8' })).code).toBe('undecodable');
  });

  it('reads Excel "Unicode text" (UTF-16 LE, tabs)', async () => {
    const read = table(await readTableBytes(unicodeText(), 'contacts.txt'));
    expect(read.encoding).toBe('utf-16le');
    expect(read.delimiter).toBe('\t');
    expect(read.table.rows[0]).toEqual(['赵敏', '副总裁', 'zhao.min@example.cn', '5', '2024/3/5']);
  });

  it('reads UTF-16 BE and semicolon CSV', async () => {
    const read = table(await readTableBytes(encodeText('Name;Title\r\nAnn;CEO\r\n', 'utf-16be', true), 'a.csv'));
    expect(read.encoding).toBe('utf-16be');
    expect(read.delimiter).toBe(';');
    expect(read.table.rows).toEqual([['Ann', 'CEO']]);
  });

  it('maps Salesforce and HubSpot exports', async () => {
    const salesforce = table(await readTableBytes(salesforceCsv(), 'sf.csv'));
    expect(salesforce.encoding).toBe('utf-8');
    expect(autoMapping(salesforce.table.headers)).toEqual([
      'firstName', 'lastName', 'title', 'ignore', 'email', 'phone', 'phone', 'reportsTo', 'owner', 'lastContact', 'notes',
    ]);
    const hubspot = table(await readTableBytes(hubspotCsv(), 'hs.csv'));
    expect(autoMapping(hubspot.table.headers)).toEqual(['ignore', 'firstName', 'lastName', 'email', 'phone', 'title', 'owner', 'lastContact', 'ignore']);
  });

  it('reads cells pasted from Excel', async () => {
    const read = table(await readTableText(pastedCells(), 'paste'));
    expect(read.kind).toBe('paste');
    expect(read.delimiter).toBe('\t');
    expect(read.table.rows).toEqual([
      ['Ann Smith', 'Director of Finance', 'ann@example.com'],
      ['Bob Jones', 'Staff Accountant', 'bob@example.com'],
    ]);
  });

  it('finds the table on the second sheet under a title row and merged two-row headers', async () => {
    const read = table(await readTableBytes(await xlsxTitleMergedSecondSheet(), 'contacts.xlsx'));
    expect(read.kind).toBe('xlsx');
    expect(read.sheets).toEqual(['说明', '联系人']);
    expect(read.sheet).toBe('联系人');
    expect(read.table.headerRow).toBe(2);
    expect(read.table.headerRowCount).toBe(2);
    expect(read.table.headers).toEqual(['姓名', '职务', '联系方式 / 手机', '联系方式 / 邮箱', '影响力', '最近联系']);
    expect(autoMapping(read.table.headers)).toEqual(['name', 'title', 'phone', 'email', 'influence', 'lastContact']);
    // Cached formula values, a date cell as a date, an Excel serial kept for the date column, phone digits kept, "=" kept.
    expect(read.table.rows).toEqual([
      ['刘洋', '董事长', '13811112222', 'liu.yang@example.cn', '5', '2024-03-15'],
      ['孙丽', '财务总监', '13933334444', 'sun.li@example.cn', '2', '45366'],
      ['=吴刚', '操作员', '13655556666', '', '3', ''],
    ]);
  });

  it('reads another sheet when the user picks it', async () => {
    const read = table(await readTableBytes(await xlsxTitleMergedSecondSheet(), 'contacts.xlsx', { sheet: '说明', headerRow: 0 }));
    expect(read.sheet).toBe('说明');
    expect(read.table.rows.length).toBe(2);
    expect(refused(await readTableBytes(await xlsxTitleMergedSecondSheet(), 'c.xlsx', { sheet: 'Nope' })).code).toBe('unknown-sheet');
  });
});

describe('refusing what is not a table', () => {
  it('refuses an image and a PDF, naming what they are', async () => {
    const png = refused(await readTableBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.csv'));
    expect(png.code).toBe('not-a-table');
    expect(png.message).toContain('image');
    const pdf = refused(await readTableBytes(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.pdf'));
    expect(pdf.message).toContain('PDF');
  });

  it('refuses an encrypted XLSX and a corrupt one', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refused(await readTableBytes(ole, 'secret.xlsx')).code).toBe('encrypted-xlsx');
    const good = await xlsxTitleMergedSecondSheet();
    expect(refused(await readTableBytes(good.slice(0, good.length / 2), 'broken.xlsx')).code).toBe('corrupt-xlsx');
  });

  it('refuses an empty sheet and an empty file', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const empty = refused(await readTableBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 'empty.xlsx'));
    expect(empty.code).toBe('empty');
    expect(empty.params.sheet).toBe('Sheet1');
    expect(refused(await readTableBytes(new Uint8Array(), 'nothing.csv')).code).toBe('empty');
    expect(refused(await readTableText('Name,Title\r\n', 'paste')).code).toBe('empty');
  });

  it('refuses more than 50,000 rows and more than 50 MB', async () => {
    const tooMany = refused(await readTableText(manyRowsCsv(50_001), 'paste'));
    expect(tooMany.code).toBe('too-many-rows');
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(refused(await readTableBytes(huge, 'huge.csv')).code).toBe('too-large');
  }, 30_000);

  it('refuses a CSV with a broken quote, naming the line where it opened', async () => {
    const broken = refused(await readTableText('Name,Title\r\nAnn,CEO\r\n"Bob,CFO\r\nCarl,CTO\r\n', 'paste'));
    expect(broken.code).toBe('broken-quote');
    expect(broken.params.line).toBe(3);
    expect(broken.message).toContain('line 3');
  });
});
