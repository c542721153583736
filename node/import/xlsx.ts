import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../shared/import/types';
import { refusal, type Refused } from './refusal';

/**
 * An Excel workbook's sheets as rows of text cells. Formulas give their cached values, dates become
 * YYYY-MM-DD, numbers keep every digit (a phone stored as a number stays 13812345678, not 1.38E+10),
 * and a merged cell's value fills every cell it covers (exceljs reads a merged cell as its master's).
 */

export interface SheetRows {
  name: string;
  cells: string[][];
  /** 1-based sheet row of each row. */
  lines: number[];
}

export interface Workbook {
  sheets: SheetRows[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(date: Date): string {
  // exceljs returns a cell's calendar date as midnight UTC.
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e15) return BigInt(value).toString();
  if (Number.isInteger(value)) return String(value);
  return value.toLocaleString('en', { useGrouping: false, maximumFractionDigits: 15 });
}

/** One cell value as text; objects are exceljs's formula, rich text, hyperlink and error values. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('result' in value) return value.result === undefined || (typeof value.result === 'object' && !(value.result instanceof Date)) ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return '';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

export async function readWorkbook(bytes: Uint8Array): Promise<Workbook | Refused> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return refusal('corrupt-xlsx', 'The Excel file is damaged or not really an .xlsx workbook; open it in Excel and save it again.');
  }
  const sheets: SheetRows[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.actualRowCount > MAX_IMPORT_ROWS + 2) {
      return refusal('too-many-rows', `Sheet "${worksheet.name}" has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows; split it into smaller files.`, {
        sheet: worksheet.name,
        rows: MAX_IMPORT_ROWS,
      });
    }
    const cells: string[][] = [];
    const lines: number[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const texts: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        texts[column - 1] = cellText(cell.value).trim() === '' ? '' : cellText(cell.value);
      });
      for (let i = 0; i < texts.length; i++) texts[i] ??= '';
      if (texts.some((text) => text.trim() !== '')) {
        cells.push(texts);
        lines.push(rowNumber);
      }
    });
    sheets.push({ name: worksheet.name, cells, lines });
  }
  return { sheets };
}
