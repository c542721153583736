import PptxGenJS from 'pptxgenjs';
import {
  adviseFinding,
  describeMetric,
  explainFinding,
  findingTitle,
  portfolioRow,
  topFindings,
  type Analysis,
  type AnalysisLocale,
  type Finding,
} from '../../shared/analysis';
import { LAYERS, type AccountData, type Person } from '../../shared/model';
import type { AccountPlan } from '../../shared/plan';
import { buildScene, mapLabels, sceneToSvg, withXmlSafeText, type Scene } from '../../shared/visual';
import { nextTurn } from './cancel';
import { SPACER, type ColumnBlock, type Paragraph } from './deck-column';
import { editableMapSlide } from './deck-editable-map';
import { changesSlide, type DeckChanges } from './deck-changes';
import { planSlides } from './deck-plan';
import { deckStrings, type DeckStrings } from './deck-strings';
import { ACCENT, BODY_TOP, FONT, FOOT, H, heading, INK, mapFrame, MUTED, PAD, twoColumns, W } from './deck-style';
import { CELL_MARGIN, layoutTable, MIN_ROW_HEIGHT, type TableColumn, type TableLayout } from './deck-table';
import { svgToPng } from './png';
import { shapeGrouper } from './shape-groups';

/**
 * A 16:9 deck for account reviews: per account a title slide, the map, the findings (coverage,
 * single-thread risk, red flags, the week's three moves), every action (what to do about each finding,
 * as a table continued over as many slides as it needs) and the people by layer; a portfolio deck opens with an
 * overview of all its accounts. The map is a crisp image by default; `editable` draws it with native
 * PowerPoint shapes and lines (each person a group named after them: shape, sign, role badges and name)
 * so a presenter can still move and edit them. Tables and lists are laid out by an estimate of their
 * wrapped text: a table continues on as many slides as it needs, a list too long for its slide ends in
 * "+N more". With the account's plan, its open actions by owner and due date (deck-plan.ts) follow the
 * action list. Private fields appear only with `includePrivate`.
 */

export interface DeckAccount {
  data: AccountData;
  analysis: Analysis;
  /** When given, a "What changed since <snapshot>" slide follows the findings (issue 12). */
  changes?: DeckChanges;
  /**
   * The account's contact log and actions: when given, a Plan slide (open actions by owner and due date)
   * follows the action list (issue 13); a caller that has no plan leaves it out.
   */
  plan?: AccountPlan;
}

export interface DeckOptions {
  locale: AnalysisLocale;
  editable: boolean;
  includePrivate: boolean;
  /** The day printed on the title slide, YYYY-MM-DD. */
  today: string;
  /** Called after each slide, so a long export can show progress and be cancelled (throw to stop). */
  onProgress?: (done: number, total: number) => void;
  /** Stops the deck between slides (and a map picture being drawn): it rejects with ExportCancelled. */
  signal?: AbortSignal;
}

/** Rule 5's red flags, most severe first: the title slide counts them and the findings slide lists them. */
const redFlagsOf = (analysis: Analysis) => analysis.findings.filter((f) => f.rule === 'redFlags');

function titleSlide(pptx: PptxGenJS, { data, analysis }: DeckAccount, s: DeckStrings, today: string) {
  const slide = pptx.addSlide();
  slide.background = { color: 'F4F5F7' };
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.25, h: H, fill: { color: ACCENT }, line: { color: ACCENT } });
  slide.addText(s.powerMap.toUpperCase(), { x: 1, y: 1.6, w: 11, h: 0.4, fontSize: 14, bold: true, color: ACCENT, charSpacing: 2, fontFace: FONT });
  slide.addText(data.account.name, { x: 1, y: 2.0, w: 11.3, h: 1.2, fontSize: 44, bold: true, color: INK, fontFace: FONT });
  const facts = [data.account.industry, data.account.region].filter((text) => text.trim() !== '').join(' · ');
  if (facts) slide.addText(facts, { x: 1, y: 3.2, w: 11, h: 0.5, fontSize: 18, color: MUTED, fontFace: FONT });
  const row = portfolioRow(data, analysis);
  const metrics: [string, string][] = [
    [s.tier, s.tierName[data.account.tier]],
    [s.stage, s.stageName[data.account.stage] + (data.account.shareOfWallet === null ? '' : ` · ${data.account.shareOfWallet}%`)],
    [s.weightedCoverage, `${Math.round(row.weightedCoverage)} / 100`],
    [s.redFlags, String(redFlagsOf(analysis).length)],
  ];
  // Widths fit the longest values ("Strategic partnership · 100%").
  const widths = [1.8, 4.4, 2.6, 2.0];
  let x = 1;
  metrics.forEach(([label, value], i) => {
    const w = widths[i] ?? 2.5;
    slide.addText(label, { x, y: 4.3, w, h: 0.35, fontSize: 12, color: MUTED, fontFace: FONT });
    slide.addText(value, { x, y: 4.65, w, h: 0.5, fontSize: 20, bold: true, color: INK, fontFace: FONT, fit: 'shrink' });
    x += w + 0.3;
  });
  slide.addText(s.preparedOn(today), { x: 1, y: 6.6, w: 8, h: 0.4, fontSize: 12, color: MUTED, fontFace: FONT });
}

/**
 * The map picture is drawn at 400 dpi of its size on the slide (sharp on any projector and in print),
 * at most 2x: a small map keeps its 2x picture, a 300-person map gets 8 megapixels instead of 53.
 */
const SLIDE_IMAGE_DPI = 400;

async function imageMapSlide(pptx: PptxGenJS, scene: Scene, title: string, signal: AbortSignal | undefined) {
  const frame = mapFrame(scene);
  const svg = sceneToSvg(scene);
  const { png } = await svgToPng(svg, scene, Math.min(2, Math.round(frame.scale * SLIDE_IMAGE_DPI * 100) / 100), signal ? { signal } : {});
  // The slide is added once its picture is drawn, so the deck's slides stay in order.
  const slide = pptx.addSlide();
  heading(slide, title);
  slide.addImage({ data: `data:image/png;base64,${png.toString('base64')}`, x: frame.x, y: frame.y, w: scene.width * frame.scale, h: scene.height * frame.scale, altText: title });
}

function findingsSlide(pptx: PptxGenJS, { data, analysis }: DeckAccount, s: DeckStrings, locale: AnalysisLocale) {
  const slide = pptx.addSlide();
  heading(slide, `${s.findings} — ${data.account.name}`);
  const row = portfolioRow(data, analysis);
  const labels = mapLabels(locale);
  const status = (value: string) => ({ missing: '✕', identified: '△', covered: '✓' })[value] ?? '';
  const explain = (f: Finding): Paragraph => ({ text: `• ${explainFinding(f, data, locale)}`, fontSize: 12 });
  const roleFindings = analysis.findings.filter((f) => f.rule === 'roleCoverage' && f.severity !== 'info');
  const threadFindings = analysis.findings.filter((f) => f.rule === 'singleThread' || f.rule === 'bottleneck');
  const left: ColumnBlock[] = [
    { text: s.coverage, fontSize: 16, bold: true, color: ACCENT },
    { text: s.labelled(s.weightedCoverage, `${Math.round(row.weightedCoverage)} / 100`), fontSize: 14 },
    { text: s.labelled(s.layerCoverage, `${Math.round(row.layerCoverageRatio * 4)} / 4`), fontSize: 14 },
    ...analysis.layerCoverage.map((entry) => ({ text: `   ${status(entry.status)} ${labels.layer[entry.layer]}`, fontSize: 12, color: MUTED })),
    { list: roleFindings.map(explain) },
    SPACER,
    { text: s.singleThread, fontSize: 16, bold: true, color: ACCENT },
    threadFindings.length > 0
      ? { list: threadFindings.map(explain) }
      : {
          text: [describeMetric('contactThread', row.contactThread, locale), describeMetric('ownerThread', row.ownerThread, locale), describeMetric('bottlenecks', row.bottlenecks, locale)].join(' · '),
          fontSize: 12,
        },
  ];
  const flags = redFlagsOf(analysis);
  const topMoves = topFindings(analysis.findings).map((f) => adviseFinding(f, data, locale));
  const actionCount = actionsOf({ data, analysis }, locale).length;
  const right: ColumnBlock[] = [
    { text: s.redFlags, fontSize: 16, bold: true, color: 'C23A2B' },
    flags.length === 0
      ? { text: s.noRedFlags, fontSize: 12 }
      : { list: flags.map((f) => ({ text: `${f.severity === 'critical' ? '■' : '▲'} ${s.labelled(findingTitle(f.code, locale), explainFinding(f, data, locale))}`, fontSize: 11 })) },
    SPACER,
    { text: s.whatToDo, fontSize: 16, bold: true, color: '1F8A4C' },
    topMoves.length === 0 ? { text: s.nothingToDo, fontSize: 12 } : { list: topMoves.map((text, i) => ({ text: `${i + 1}. ${text}`, fontSize: 12 })) },
    ...(actionCount > topMoves.length ? [{ text: s.allActionsFollow(actionCount), fontSize: 11, color: MUTED }] : []),
  ];
  twoColumns(slide, left, right, s.more);
}

/** Every finding's advice, most severe first, the same sentence once: the deck's whole action list. */
function actionsOf({ data, analysis }: DeckAccount, locale: AnalysisLocale): { advice: string; finding: Finding }[] {
  const seen = new Set<string>();
  const actions: { advice: string; finding: Finding }[] = [];
  for (const finding of analysis.findings) {
    const advice = adviseFinding(finding, data, locale);
    if (seen.has(advice)) continue;
    seen.add(advice);
    actions.push({ advice, finding });
  }
  return actions;
}

/** The whole action list as a table, continued on as many slides as it needs: no action is left off. */
function actionSlides(pptx: PptxGenJS, account: DeckAccount, s: DeckStrings, locale: AnalysisLocale) {
  const a = s.actions;
  const columns: TableColumn[] = [
    { header: a.number, weight: 0.6 },
    { header: a.action, weight: 6.2, bold: true },
    { header: a.why, weight: 3.2 },
    { header: a.priority, weight: 1.3 },
  ];
  const rows = actionsOf(account, locale).map(({ advice, finding }, i) => [String(i + 1), advice, findingTitle(finding.code, locale), s.severityName[finding.severity]]);
  accountTableSlides(pptx, columns, rows, { title: `${s.whatToDo} — ${account.data.account.name}`, fontSize: 11, empty: s.nothingToDo }, s);
}

/** A table under an account's heading, continued on as many slides as it needs; one line when it is empty. */
function accountTableSlides(
  pptx: PptxGenJS,
  columns: TableColumn[],
  rows: string[][],
  { title, fontSize, empty }: { title: string; fontSize: number; empty: string },
  s: DeckStrings,
) {
  const layout = layoutTable(columns, rows, { width: W - 2 * PAD, height: H - FOOT - BODY_TOP, fontSize });
  if (layout.pages.length === 0) {
    const slide = pptx.addSlide();
    heading(slide, title);
    slide.addText(empty, { x: PAD, y: 1.4, w: 8, h: 0.5, fontSize: 14, color: MUTED, fontFace: FONT });
    return;
  }
  tableSlides(pptx, columns, layout, { top: BODY_TOP, fontSize, titleOf: (page) => ({ title: page === 0 ? title : s.continued(title) }) });
}

/** The people table's columns; private fields only when asked for, with the widest column for the notes. */
function peopleColumns(s: DeckStrings, includePrivate: boolean): TableColumn[] {
  const c = s.columns;
  if (!includePrivate) {
    return [
      { header: c.layer, weight: 1.8 },
      { header: c.name, weight: 1.6, bold: true },
      { header: c.title, weight: 2.75 },
      { header: c.roles, weight: 2.55 },
      { header: c.attitude, weight: 1.1 },
      { header: c.influence, weight: 0.95 },
      { header: c.coverage, weight: 1.6 },
    ];
  }
  return [
    { header: c.layer, weight: 1.0 },
    { header: c.name, weight: 1.05, bold: true },
    { header: c.title, weight: 1.5 },
    { header: c.roles, weight: 1.4 },
    { header: c.attitude, weight: 0.85 },
    { header: c.influence, weight: 0.8 },
    { header: c.coverage, weight: 1.0 },
    { header: c.driver, weight: 0.95 },
    { header: c.contact, weight: 1.5, maxLines: 6 },
    // A note longer than this is cut with an ellipsis: one person must not fill a slide.
    { header: c.privateNotes, weight: 2.3, maxLines: 8 },
  ];
}

function peopleSlides(pptx: PptxGenJS, { data }: DeckAccount, s: DeckStrings, locale: AnalysisLocale, includePrivate: boolean) {
  const labels = mapLabels(locale);
  const best = new Map<string, number>();
  for (const link of data.links) if (link.kind === 'covers') best.set(link.to, Math.max(best.get(link.to) ?? 0, link.strength ?? 0));
  const people: Person[] = LAYERS.flatMap((layer) => data.people.filter((p) => p.layer === layer).sort((a, b) => b.influence - a.influence));
  const rows = people.map((p) => [
    labels.layer[p.layer],
    p.name,
    p.title,
    p.roles.map((role) => labels.roleName[role]).join(s.listSeparator),
    labels.attitude[p.attitude],
    String(p.influence),
    labels.coversStrength[(best.get(p.id) ?? 0) as 0 | 1 | 2 | 3],
    ...(includePrivate ? [p.driver ? s.driverName[p.driver] : '', [p.email, p.phone, p.contact].filter(Boolean).join('\n'), p.privateNotes] : []),
  ]);
  // Ten columns need a smaller type than seven to keep the words whole.
  const fontSize = includePrivate ? 9 : 10;
  accountTableSlides(pptx, peopleColumns(s, includePrivate), rows, { title: `${s.peopleByLayer} — ${data.account.name}`, fontSize, empty: s.nobody }, s);
}

/** One slide per page of a laid-out table, each with the header row. */
function tableSlides(
  pptx: PptxGenJS,
  columns: readonly TableColumn[],
  layout: TableLayout,
  options: { top: number; fontSize: number; titleOf: (page: number) => { title: string; sub?: string } },
) {
  const { fontSize } = options;
  const head = layout.header.map((text) => ({ text, options: { bold: true, fontSize, fontFace: FONT, color: 'FFFFFF', fill: { color: ACCENT } } }));
  layout.pages.forEach((page, index) => {
    const slide = pptx.addSlide();
    const { title, sub } = options.titleOf(index);
    heading(slide, title, sub);
    const rows = page.rows.map((row) => row.map((text, i) => ({ text, options: { bold: columns[i]?.bold === true, fontSize, fontFace: FONT, color: INK } })));
    slide.addTable([head, ...rows], {
      x: PAD,
      y: options.top,
      w: W - 2 * PAD,
      colW: layout.colW,
      fontSize,
      margin: CELL_MARGIN,
      valign: 'top',
      border: { type: 'solid', color: 'D9DDE3', pt: 0.5 },
      autoPage: false,
      rowH: MIN_ROW_HEIGHT,
    });
  });
}

function overviewSlides(pptx: PptxGenJS, accounts: readonly DeckAccount[], s: DeckStrings, today: string) {
  const o = s.overview;
  const columns: TableColumn[] = [
    { header: o.account, weight: 3.8, bold: true, maxLines: 2 },
    { header: o.tier, weight: 1.3 },
    { header: o.stage, weight: 2.6 },
    { header: o.coverage, weight: 1.3 },
    { header: o.redFlags, weight: 1.3 },
    { header: o.risk, weight: 1.2 },
  ];
  const rows = accounts.map(({ data, analysis }) => {
    const row = portfolioRow(data, analysis);
    return [data.account.name, s.tierName[row.tier], s.stageName[row.stage], `${Math.round(row.weightedCoverage)}`, String(redFlagsOf(analysis).length), s.risk[row.risk]];
  });
  const top = 1.4;
  const fontSize = 11;
  const layout = layoutTable(columns, rows, { width: W - 2 * PAD, height: H - FOOT - top, fontSize });
  const sub = `${s.accountsCount(accounts.length)} · ${s.preparedOn(today)}`;
  tableSlides(pptx, columns, layout, { top, fontSize, titleOf: (page) => ({ title: page === 0 ? s.portfolio : s.continued(s.portfolio), sub }) });
}

/** The deck as .pptx bytes. */
export async function buildDeck(given: readonly DeckAccount[], options: DeckOptions): Promise<Buffer> {
  const accounts = withXmlSafeText(given);
  const s = deckStrings(options.locale);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = accounts.length === 1 ? `${accounts[0]!.data.account.name} — ${s.powerMap}` : s.portfolio;
  pptx.company = 'Power Map';
  const total = (accounts.length > 1 ? 1 : 0) + accounts.length * 5 + accounts.filter((a) => a.changes).length + accounts.filter((a) => a.plan).length;
  let done = 0;
  const { signal } = options;
  // After each slide the main process may handle a waiting Cancel (and the progress message) before the next.
  const step = async () => {
    options.onProgress?.(++done, total);
    await nextTurn(signal);
  };
  await nextTurn(signal);
  const grouper = shapeGrouper();
  if (accounts.length > 1) {
    overviewSlides(pptx, accounts, s, options.today);
    await step();
  }
  for (const account of accounts) {
    titleSlide(pptx, account, s, options.today);
    await step();
    const scene = buildScene(account.data, { theme: 'light', locale: options.locale, background: options.editable ? 'transparent' : 'white', legend: true, title: null, presentation: true, today: options.today });
    const title = `${s.powerMap} — ${account.data.account.name}`;
    if (options.editable) editableMapSlide(pptx, scene, title, account.data, s, options.locale, grouper);
    else await imageMapSlide(pptx, scene, title, signal);
    await step();
    findingsSlide(pptx, account, s, options.locale);
    await step();
    if (account.changes) {
      changesSlide(pptx, account.data, account.changes, options.locale, options.today);
      await step();
    }
    actionSlides(pptx, account, s, options.locale);
    await step();
    if (account.plan) {
      planSlides(pptx, account.data, account.plan, options.locale, options.today);
      await step();
    }
    peopleSlides(pptx, account, s, options.locale, options.includePrivate);
    await step();
  }
  const written = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  await nextTurn(signal);
  if (!options.editable) return written;
  const bytes = await grouper.apply(written);
  await nextTurn(signal);
  return bytes;
}

