/**
 * Text pasted onto the map as people: one name per line, or cells copied from a spreadsheet (Excel,
 * WPS, Numbers and Google Sheets all copy rows as lines and cells as tab-separated, quoting a cell that
 * holds a tab, a line break or a quote). Columns are name, title, department in that order, unless the
 * first row is a header naming them (in English or Chinese), which then sets the order and is skipped.
 * Pure: no DOM, so the import dialog or the command line can read pasted cells the same way.
 */

export interface PastedPerson {
  name: string;
  title: string;
  department: string;
}

export interface PastedPeople {
  people: PastedPerson[];
  /** rows left out: no name in them, or beyond the limit */
  skipped: number;
}

/** More than a large account holds is almost certainly the wrong clipboard. */
export const MAX_PASTED_PEOPLE = 300;
/** The model's limit for a name, a title and a department. */
const MAX_FIELD = 200;

type Column = keyof PastedPerson;

/** Header words a spreadsheet may use for each column (DOMAIN.md's import headers, Traditional forms too). */
const HEADERS: Record<Column, readonly string[]> = {
  name: ['name', 'full name', 'contact', 'contact name', '姓名', '名字', '联系人', '聯絡人', '客户姓名', '客戶姓名'],
  title: ['title', 'job title', 'position', '职位', '職位', '职务', '職務', '岗位', '崗位', '头衔', '頭銜', '职称', '職稱'],
  department: ['department', 'dept', 'division', '部门', '部門', '所属部门', '所屬部門', '科室'],
};

const DEFAULT_ORDER: readonly (Column | null)[] = ['name', 'title', 'department'];

/** Splits tab-separated text into rows of cells, reading spreadsheet quoting ("a ""b""" is a "b"). */
export function splitCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell === '') {
      // A quoted cell runs to the quote that is not doubled.
      let j = i + 1;
      let quoted = '';
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          break;
        }
        quoted += text[j];
        j += 1;
      }
      if (j < text.length) {
        cell = quoted;
        i = j + 1;
        continue;
      }
      // No closing quote: the quote was just text.
    }
    if (char === '\t') endCell();
    else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += char;
    i += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** One line of text as a cell: spaces at the ends and inner line breaks go (a wrapped cell). */
function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);
}

const normalizeHeader = (value: string) => clean(value).toLowerCase().replace(/[:：]$/, '');

/** The column each cell of a header row names, or null when the row is not a header. */
function headerOrder(cells: readonly string[]): (Column | null)[] | null {
  const order = cells.map((cell) => {
    const word = normalizeHeader(cell);
    return (Object.keys(HEADERS) as Column[]).find((column) => HEADERS[column].includes(word)) ?? null;
  });
  return order.includes('name') ? order : null;
}

export function parsePastedPeople(text: string): PastedPeople {
  const rows = splitCells(text).filter((cells) => cells.some((cell) => clean(cell) !== ''));
  const header = rows.length > 0 ? headerOrder(rows[0]!) : null;
  const order = header ?? DEFAULT_ORDER;
  const body = header ? rows.slice(1) : rows;
  const people: PastedPerson[] = [];
  let skipped = 0;
  for (const cells of body) {
    const person: PastedPerson = { name: '', title: '', department: '' };
    cells.forEach((cell, index) => {
      const column = order[index];
      if (column && person[column] === '') person[column] = clean(cell);
    });
    if (person.name === '' || people.length >= MAX_PASTED_PEOPLE) skipped += 1;
    else people.push(person);
  }
  return { people, skipped };
}
