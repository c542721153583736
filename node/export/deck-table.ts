import { clipToLines, lineCount, lineHeight, paginate, widestWord, type TextStyle } from './text-fit';

/**
 * A table laid out over as many slides as it needs: column widths fixed here (so the wrapping can be
 * estimated), every cell clipped to a number of lines, each row's height estimated from its tallest
 * cell, and the rows split into pages that fit under the slide's heading. Each page repeats the header.
 */

export interface TableColumn {
  header: string;
  /** Share of the table's width, relative to the other columns (a column is widened to keep its words whole). */
  weight: number;
  /** Cells drawn bold (a name column). */
  bold?: boolean;
  /** Longest a cell of this column may wrap to; longer text is cut with an ellipsis. */
  maxLines?: number;
}

export interface TableLayout {
  /** Column widths in inches, summing to the table's width. */
  colW: number[];
  header: string[];
  headerHeight: number;
  /** Each page's rows (cells clipped) and their estimated heights in inches. */
  pages: { rows: string[][]; heights: number[] }[];
}

export interface TableFrame {
  /** inches */
  width: number;
  /** Room for the whole table, header included, in inches. */
  height: number;
  fontSize: number;
}

/** Cell margins in inches: top, right, bottom, left (pptxgenjs' order). */
export const CELL_MARGIN: [number, number, number, number] = [0.05, 0.07, 0.05, 0.07];
/** Borders, rounding and the readers' own leading: a little room per row the estimate does not see. */
const ROW_SLACK = 0.02;
/** A row of one short line is still this tall, so the table keeps an even rhythm. */
export const MIN_ROW_HEIGHT = 0.3;
const DEFAULT_MAX_LINES = 6;
/** A column is not widened past this for its longest word: an e-mail address may break instead. */
const MAX_WORD_WIDTH = 1.4;

/**
 * Column widths: each column's share of `width` by weight, but no narrower than its longest word (up to
 * MAX_WORD_WIDTH); the columns that are wide enough give up the difference in proportion to their weight.
 */
export function columnWidths(weights: readonly number[], minimums: readonly number[], width: number): number[] {
  const floor = minimums.map((min) => Math.min(min, MAX_WORD_WIDTH));
  const pinned = new Set<number>();
  for (;;) {
    const free = weights.reduce((sum, weight, i) => (pinned.has(i) ? sum : sum + weight), 0);
    const room = width - [...pinned].reduce((sum, i) => sum + floor[i]!, 0);
    const widths = weights.map((weight, i) => (pinned.has(i) ? floor[i]! : free > 0 ? (weight / free) * room : 0));
    const tooNarrow = widths.findIndex((w, i) => !pinned.has(i) && w < floor[i]!);
    if (tooNarrow < 0) return widths;
    if (pinned.size === weights.length - 1) {
      // Every word cannot be kept whole: shrink the floors alike.
      const total = floor.reduce((sum, w) => sum + w, 0);
      return floor.map((w) => (w / total) * width);
    }
    pinned.add(tooNarrow);
  }
}

function rowHeight(cells: readonly string[], widths: readonly number[], styles: readonly TextStyle[]): number {
  const inner = cells.map((text, i) => lineCount(text, widths[i]! - CELL_MARGIN[1] - CELL_MARGIN[3], styles[i]!) * lineHeight(text, styles[i]!));
  return Math.max(MIN_ROW_HEIGHT, Math.max(0, ...inner) + CELL_MARGIN[0] + CELL_MARGIN[2] + ROW_SLACK);
}

export function layoutTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], frame: TableFrame): TableLayout {
  const styles: TextStyle[] = columns.map((column) => ({ fontSize: frame.fontSize, bold: column.bold === true }));
  const header = columns.map((column) => column.header);
  const headerStyle: TextStyle = { fontSize: frame.fontSize, bold: true };
  const minimums = columns.map(
    (column, i) => Math.max(widestWord(column.header, headerStyle), ...rows.map((row) => widestWord(row[i] ?? '', styles[i]!))) + CELL_MARGIN[1] + CELL_MARGIN[3],
  );
  const colW = columnWidths(
    columns.map((column) => column.weight),
    minimums,
    frame.width,
  );
  const headerHeight = rowHeight(header, colW, columns.map(() => headerStyle));
  const clipped = rows.map((row) =>
    row.map((text, i) => clipToLines(text, colW[i]! - CELL_MARGIN[1] - CELL_MARGIN[3], styles[i]!, columns[i]?.maxLines ?? DEFAULT_MAX_LINES)),
  );
  const heights = clipped.map((row) => rowHeight(row, colW, styles));
  const pages = paginate(heights, frame.height - headerHeight).map((indices) => ({
    rows: indices.map((i) => clipped[i]!),
    heights: indices.map((i) => heights[i]!),
  }));
  return { colW, header, headerHeight, pages };
}
