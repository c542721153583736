import type PptxGenJS from 'pptxgenjs';
import type { AnalysisLocale } from '../../shared/analysis';
import { dayNumber } from '../../shared/analysis/dates';
import type { AccountData, IsoDate } from '../../shared/model';
import { namesList, type AccountPlan, type PlanAction } from '../../shared/plan';
import { ACCENT, BODY_TOP, FONT, FOOT, H, heading, INK, MUTED, PAD, W } from './deck-style';
import { CELL_MARGIN, layoutTable, MIN_ROW_HEIGHT, type TableColumn } from './deck-table';

/**
 * The deck's Plan slide (issue 13): the account's open actions, who does what by when. Grouped by owner
 * (each owner's name on their first row, and again at the top of a slide that continues), each owner's
 * actions by due date; an overdue action says by how many days, in red. A long plan continues on as many
 * slides as it needs, like every table of the deck: no action is left off for a "+N more".
 *
 * An account without open actions still gets the slide, saying so: a review that ends on "nothing is
 * assigned" has learnt something, and a deck whose Plan slide comes and goes would leave the room asking
 * whether the plan was forgotten. Done and dropped actions are the history's, not the plan's.
 */

interface PlanStrings {
  title: (account: string) => string;
  sub: (open: number, overdue: number, today: IsoDate) => string;
  continued: (title: string) => string;
  columns: { owner: string; due: string; action: string; people: string };
  overdue: (days: number) => string;
  dueToday: string;
  nothingOpen: string;
  nothingOpenHint: string;
}

const EN: PlanStrings = {
  title: (account) => `Plan — ${account}`,
  sub: (open, overdue, today) => `${open} open action${open === 1 ? '' : 's'}${overdue > 0 ? `, ${overdue} overdue` : ''} · by owner and due date · ${today}`,
  continued: (title) => `${title} (continued)`,
  columns: { owner: 'Owner', due: 'Due', action: 'What to do', people: 'People concerned' },
  overdue: (days) => `overdue ${days} day${days === 1 ? '' : 's'}`,
  dueToday: 'due today',
  nothingOpen: 'No open actions.',
  nothingOpenHint: 'Nobody has been given anything to do for this account: turn a finding\'s advice into an action, with an owner and a due date.',
};

const ZH: PlanStrings = {
  title: (account) => `行动计划 — ${account}`,
  sub: (open, overdue, today) => `未完成行动项 ${open} 项${overdue > 0 ? `，已逾期 ${overdue} 项` : ''} · 按负责人和截止日期 · ${today}`,
  continued: (title) => `${title}（续）`,
  columns: { owner: '负责人', due: '截止日期', action: '行动项', people: '相关人员' },
  overdue: (days) => `已逾期 ${days} 天`,
  dueToday: '今天到期',
  nothingOpen: '没有未完成的行动项。',
  nothingOpenHint: '这个客户还没有分配任何行动：把分析结果的建议变成行动项，指定负责人和截止日期。',
};

export const planStrings = (locale: AnalysisLocale): PlanStrings => (locale === 'zh-CN' ? ZH : EN);

/** One row of the Plan slide, before layout: the owner shown only on their first row. */
export interface PlanRow {
  ownerId: string;
  owner: string;
  due: string;
  /** Days past the due date (above 0: overdue); 0 due today. */
  late: number;
  text: string;
  people: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The open actions in the slide's order: owners by name (an owner no longer on the team last), each
 * owner's actions by due date, then by what to do.
 */
export function planRows(data: AccountData, plan: AccountPlan, locale: AnalysisLocale, today: IsoDate): PlanRow[] {
  const s = planStrings(locale);
  const todayDay = dayNumber(today) ?? 0;
  const owners = new Map(data.team.map((member) => [member.id, member.name] as const));
  const open = plan.actions.filter((action) => action.status === 'open' && action.accountId === data.account.id);
  const ownerName = (action: PlanAction) => owners.get(action.ownerId) ?? namesList([action.ownerId], data, locale, true);
  const ownerKey = (action: PlanAction) => (owners.has(action.ownerId) ? 0 : 1);
  const sorted = [...open].sort(
    (a, b) =>
      ownerKey(a) - ownerKey(b) ||
      ownerName(a).localeCompare(ownerName(b), locale) ||
      byText(a.ownerId, b.ownerId) ||
      byText(a.due, b.due) ||
      a.text.localeCompare(b.text, locale) ||
      byText(a.id, b.id),
  );
  return sorted.map((action) => {
    const late = todayDay - (dayNumber(action.due) ?? todayDay);
    const when = late > 0 ? s.overdue(late) : late === 0 ? s.dueToday : '';
    return {
      ownerId: action.ownerId,
      owner: ownerName(action),
      due: when ? `${action.due}\n${when}` : action.due,
      late,
      text: action.text,
      people: action.personIds.length > 0 ? namesList(action.personIds, data, locale) : '—',
    };
  });
}

const COLUMNS = (s: PlanStrings): TableColumn[] => [
  { header: s.columns.owner, weight: 1.7, bold: true, maxLines: 2 },
  { header: s.columns.due, weight: 1.5, maxLines: 2 },
  { header: s.columns.action, weight: 5.6, maxLines: 5 },
  { header: s.columns.people, weight: 2.6, maxLines: 3 },
];

const RED = 'C23A2B';
const FONT_SIZE = 12;

/** The Plan slide (and the slides that continue it) of one account. */
export function planSlides(pptx: PptxGenJS, data: AccountData, plan: AccountPlan, locale: AnalysisLocale, today: IsoDate): void {
  const s = planStrings(locale);
  const rows = planRows(data, plan, locale, today);
  const title = s.title(data.account.name);
  const overdue = rows.filter((row) => row.late > 0).length;
  const sub = s.sub(rows.length, overdue, today);
  if (rows.length === 0) {
    const slide = pptx.addSlide();
    heading(slide, title, sub);
    slide.addText(
      [
        { text: s.nothingOpen, options: { fontSize: 20, bold: true, color: INK, breakLine: true } },
        { text: s.nothingOpenHint, options: { fontSize: 14, color: MUTED } },
      ],
      { x: PAD, y: BODY_TOP + 0.3, w: W - 2 * PAD, h: 1.6, valign: 'top', fontFace: FONT, paraSpaceAfter: 8 },
    );
    return;
  }
  const columns = COLUMNS(s);
  // The owner is laid out on every row (so each row's height is right), and drawn only where it changes.
  const cells = rows.map((row) => [row.owner, row.due, row.text, row.people]);
  const layout = layoutTable(columns, cells, { width: W - 2 * PAD, height: H - FOOT - BODY_TOP, fontSize: FONT_SIZE });
  const head = layout.header.map((text) => ({ text, options: { bold: true, fontSize: FONT_SIZE, fontFace: FONT, color: 'FFFFFF', fill: { color: ACCENT } } }));
  let next = 0;
  layout.pages.forEach((page, index) => {
    const slide = pptx.addSlide();
    heading(slide, index === 0 ? title : s.continued(title), sub);
    const body = page.rows.map((cellsOfRow, i) => {
      const row = rows[next + i]!;
      const first = i === 0 || rows[next + i - 1]!.ownerId !== row.ownerId;
      const top = first && i > 0 ? { border: [{ type: 'solid', color: MUTED, pt: 1.5 }, { type: 'solid', color: 'D9DDE3', pt: 0.5 }, { type: 'solid', color: 'D9DDE3', pt: 0.5 }, { type: 'solid', color: 'D9DDE3', pt: 0.5 }] } : {};
      return cellsOfRow.map((text, column) => ({
        text: column === 0 && !first ? '' : text,
        options: {
          ...top,
          bold: column === 0 || (column === 1 && row.late > 0),
          fontSize: FONT_SIZE,
          fontFace: FONT,
          color: column === 1 && row.late > 0 ? RED : INK,
        },
      }));
    });
    next += page.rows.length;
    slide.addTable([head, ...body] as PptxGenJS.TableRow[], {
      x: PAD,
      y: BODY_TOP,
      w: W - 2 * PAD,
      colW: layout.colW,
      fontSize: FONT_SIZE,
      margin: CELL_MARGIN,
      valign: 'top',
      border: { type: 'solid', color: 'D9DDE3', pt: 0.5 },
      autoPage: false,
      rowH: MIN_ROW_HEIGHT,
    });
  });
}
