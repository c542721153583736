/**
 * Cells pasted from Excel arrive as tab-separated text; a web table arrives as HTML whose plain-text
 * form loses cells with line breaks. The table's rows become tab-separated text here, with a cell that
 * holds a tab, a line break or a quote written in quotes (as Excel writes it), so the core reads one
 * shape whatever was copied.
 */
export function rowsToTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join('\t')).join('\n');
}

function quoteCell(cell: string): string {
  const text = cell.replace(/\u00a0/g, ' ').trim();
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of the first table in pasted HTML (each cell's text, a colspan repeated as empty cells); null when there is none. */
export function tableRowsFromHtml(html: string, parse: (html: string) => Document): string[][] | null {
  const table = parse(html).querySelector('table');
  if (!table) return null;
  const rows: string[][] = [];
  for (const tr of table.querySelectorAll('tr')) {
    const cells: string[] = [];
    for (const cell of tr.querySelectorAll('th, td')) {
      cells.push(((cell as HTMLElement).innerText ?? cell.textContent ?? '').trim());
      const span = Number(cell.getAttribute('colspan') ?? '1');
      for (let extra = 1; extra < Math.min(span, 50); extra++) cells.push('');
    }
    if (cells.some((cell) => cell !== '')) rows.push(cells);
  }
  return rows.length > 0 ? rows : null;
}

/** What a paste into the import's paste box holds: the HTML table when there is one, else the plain text. */
export function pastedText(data: { html: string; plain: string }, parse: (html: string) => Document): string {
  if (data.html.includes('<table')) {
    const rows = tableRowsFromHtml(data.html, parse);
    if (rows) return rowsToTsv(rows);
  }
  return data.plain;
}

/** How many rows a pasted text holds, for the paste box's caption (lines that are not empty). */
export function countPastedRows(text: string): number {
  return text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length;
}
