import { textHeight } from './text-fit';

/**
 * A column of paragraphs on a slide (a findings slide's side): headings and lines that always show, and
 * lists that share the room left, the first ones first. A list that does not fit is cut, and its last line says how many more
 * there are, so a number elsewhere on the slide ("Red flags 6") never disagrees with what is shown.
 */

export interface Paragraph {
  text: string;
  /** points */
  fontSize: number;
  bold?: boolean;
  color?: string;
}

export type ColumnBlock = Paragraph | { list: Paragraph[] };

/** Space after each paragraph, in points (the text box's paraSpaceAfter). */
export const PARA_AFTER = 4;
/** A text box's default insets in inches (PowerPoint's and pptxgenjs'). */
export const TEXT_INSET = { x: 0.1, y: 0.05 };
export const SPACER: Paragraph = { text: ' ', fontSize: 8 };
const MORE_COLOR = '5D6676';

const paragraphHeight = (p: Paragraph, width: number) => textHeight(p.text, width, p) + PARA_AFTER / 72;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Room for each list, in order: a list takes what it needs as long as every later list keeps at least
 * `reserve` of the room (or what it needs, when less). The first list (the red flags) wins ties.
 */
export function shareRoom(needs: readonly number[], room: number, reserve = 1 / 3): number[] {
  let left = room;
  return needs.map((need, index) => {
    const later = needs.slice(index + 1).reduce((sum, laterNeed) => sum + Math.min(laterNeed, room * reserve), 0);
    const budget = Math.max(0, Math.min(need, left - later));
    left -= budget;
    return budget;
  });
}

/** The head of `items` that fits in `budget` inches, with a "+N more" line when some are left out. */
function fitList(items: readonly Paragraph[], width: number, budget: number, more: (n: number) => string): Paragraph[] {
  const heights = items.map((item) => paragraphHeight(item, width));
  // The tolerance absorbs rounding: a list given exactly what it needs must not lose its last item.
  if (sum(heights) <= budget + 1e-9) return [...items];
  const moreLine = (n: number): Paragraph => ({ text: more(n), fontSize: Math.min(...items.map((item) => item.fontSize)), color: MORE_COLOR });
  let used = paragraphHeight(moreLine(items.length), width);
  let shown = 0;
  while (shown < items.length && used + heights[shown]! <= budget + 1e-9) {
    used += heights[shown]!;
    shown += 1;
  }
  return [...items.slice(0, shown), moreLine(items.length - shown)];
}

/** The paragraphs of a column `width` by `height` inches (inside its insets), the lists cut to fit. */
export function fitColumn(blocks: readonly ColumnBlock[], width: number, height: number, more: (n: number) => string): Paragraph[] {
  const isList = (block: ColumnBlock): block is { list: Paragraph[] } => 'list' in block;
  const fixed = sum(blocks.filter((block) => !isList(block)).map((block) => paragraphHeight(block as Paragraph, width)));
  const lists = blocks.filter(isList);
  const budgets = shareRoom(
    lists.map((block) => sum(block.list.map((item) => paragraphHeight(item, width)))),
    height - fixed,
  );
  let next = 0;
  return blocks.flatMap((block) => (isList(block) ? fitList(block.list, width, budgets[next++]!, more) : [block]));
}
