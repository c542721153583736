import PptxGenJS from 'pptxgenjs';
import { adviseFinding, explainFinding, findingTitle, portfolioRow, type Analysis, type AnalysisLocale } from '../../shared/analysis';
import { LAYERS, type AccountData, type Person } from '../../shared/model';
import { buildScene, mapLabels, sceneToSvg, type Scene, type SceneNode } from '../../shared/visual';
import { nextTurn } from './cancel';
import { deckStrings, type DeckStrings } from './deck-strings';
import { svgToPng } from './png';

/**
 * A 16:9 deck for account reviews: per account a title slide, the map, the findings (coverage,
 * single-thread risk, red flags, what to do) and the people by layer; a portfolio deck opens with an
 * overview of all its accounts. The map is a crisp image by default; `editable` draws it with native
 * PowerPoint shapes and lines (people as shapes named after them, with their names as text) so a
 * presenter can still move and edit them. Private fields appear only with `includePrivate`.
 */

export interface DeckAccount {
  data: AccountData;
  analysis: Analysis;
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

const W = 13.333;
const H = 7.5;
const PAD = 0.5;
const INK = '1B2230';
const MUTED = '5D6676';
const ACCENT = '2F5FD0';
const FONT = 'Microsoft YaHei';

const hex = (color: string) => color.replace('#', '').toUpperCase();

function heading(slide: PptxGenJS.Slide, text: string, sub?: string) {
  slide.addText(text, { x: PAD, y: 0.3, w: W - 2 * PAD, h: 0.6, fontSize: 26, bold: true, color: INK, fontFace: FONT });
  if (sub) slide.addText(sub, { x: PAD, y: 0.85, w: W - 2 * PAD, h: 0.35, fontSize: 13, color: MUTED, fontFace: FONT });
}

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
    [s.redFlags, String(row.redFlags)],
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

/** Where the map goes on its slide, keeping the drawing's proportions. */
function mapFrame(scene: Scene) {
  const areaW = W - 2 * PAD;
  const areaH = H - 1.0 - PAD;
  const scale = Math.min(areaW / scene.width, areaH / scene.height);
  return { x: PAD + (areaW - scene.width * scale) / 2, y: 1.0 + (areaH - scene.height * scale) / 2, scale };
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

const SHAPE: Record<SceneNode['shape'], PptxGenJS.SHAPE_NAME> = {
  ellipse: 'ellipse',
  diamond: 'diamond',
  hexagon: 'hexagon',
  tag: 'homePlate',
  roundRect: 'roundRect',
  cutRect: 'snip2DiagRect',
};

const ARROW: Record<string, 'none' | 'arrow' | 'triangle' | 'oval' | 'diamond' | 'stealth'> = {
  none: 'none',
  triangle: 'triangle',
  vee: 'stealth',
  tee: 'none',
  circle: 'oval',
  square: 'diamond',
  diamond: 'diamond',
  chevron: 'arrow',
};

function editableMapSlide(pptx: PptxGenJS, scene: Scene, title: string) {
  const slide = pptx.addSlide();
  heading(slide, title);
  const f = mapFrame(scene);
  const X = (x: number) => f.x + x * f.scale;
  const Y = (y: number) => f.y + y * f.scale;
  const pt = (px: number) => Math.max(0.25, px * f.scale * 72);
  const text = (px: number) => Math.max(5, px * f.scale * 72);
  for (const band of scene.bands) {
    const { x, y, w, h } = band.rect;
    slide.addShape(pptx.ShapeType.roundRect, { x: X(x), y: Y(y), w: w * f.scale, h: h * f.scale, rectRadius: 0.05, fill: { color: hex(band.fill) }, line: { color: hex(band.border), width: 0.5 }, objectName: band.title });
    slide.addText(band.title, { x: X(x + 8), y: Y(y + 6), w: Math.min(w, 360) * f.scale, h: 22 * f.scale, fontSize: text(13), bold: true, color: hex(band.titleColor), fontFace: FONT, margin: 0 });
  }
  for (const edge of scene.edges) {
    const left = Math.min(edge.x1, edge.x2);
    const top = Math.min(edge.y1, edge.y2);
    const reversed = edge.x2 < edge.x1 || (edge.x2 === edge.x1 && edge.y2 < edge.y1);
    const [begin, end] = reversed ? [edge.endArrow, edge.startArrow] : [edge.startArrow, edge.endArrow];
    slide.addShape(pptx.ShapeType.line, {
      x: X(left),
      y: Y(top),
      w: Math.abs(edge.x2 - edge.x1) * f.scale,
      h: Math.abs(edge.y2 - edge.y1) * f.scale,
      flipV: edge.x2 < edge.x1 !== edge.y2 < edge.y1,
      line: {
        color: hex(edge.color),
        width: pt(edge.double ? edge.width * 2 : edge.width),
        dashType: edge.dash ? (edge.dash[0]! < 2 ? 'sysDot' : 'dash') : 'solid',
        beginArrowType: ARROW[begin] ?? 'none',
        endArrowType: ARROW[end] ?? 'none',
      },
    });
  }
  for (const node of scene.nodes) {
    const name = node.kind === 'person' ? (node.below[0]?.text ?? '') : (node.inside[0]?.text ?? '');
    const inside = node.inside.map((line, i) => ({ text: line.text, options: { bold: line.bold, fontSize: text(line.size), color: hex(line.color), breakLine: i < node.inside.length - 1 } }));
    slide.addText(inside.length > 0 ? inside : '', {
      shape: SHAPE[node.shape],
      x: X(node.x - node.w / 2),
      y: Y(node.y - node.h / 2),
      w: node.w * f.scale,
      h: node.h * f.scale,
      fill: node.fill ? { color: hex(node.fill) } : { type: 'none' },
      line: { color: hex(node.stroke), width: pt(node.strokeWidth), dashType: node.dash ? 'dash' : 'solid' },
      align: 'center',
      valign: 'middle',
      margin: 0,
      fontFace: FONT,
      objectName: name || node.id,
    });
    if (node.below.length > 0) {
      slide.addText(
        node.below.map((line, i) => ({ text: line.text, options: { bold: line.bold, fontSize: text(line.size), color: hex(line.color), breakLine: i < node.below.length - 1 } })),
        { x: X(node.x - 90), y: Y(node.y + node.h / 2 + 2), w: 180 * f.scale, h: node.below.length * 15 * f.scale + 0.05, align: 'center', valign: 'top', margin: 0, fontFace: FONT, objectName: `${name} (label)` },
      );
    }
  }
  for (const t of scene.texts.filter((text) => text.size < 20)) {
    slide.addText(t.text, { x: X(t.x), y: Y(t.y - t.size), w: 300 * f.scale, h: t.size * 1.4 * f.scale, fontSize: text(t.size), bold: t.bold, color: hex(t.color), fontFace: FONT, margin: 0 });
  }
}

function findingsSlide(pptx: PptxGenJS, { data, analysis }: DeckAccount, s: DeckStrings, locale: AnalysisLocale) {
  const slide = pptx.addSlide();
  heading(slide, `${s.findings} — ${data.account.name}`);
  const row = portfolioRow(data, analysis);
  const labels = mapLabels(locale);
  const status = (value: string) => ({ missing: '✕', identified: '△', covered: '✓' })[value] ?? '';
  const left: PptxGenJS.TextProps[] = [
    { text: s.coverage, options: { bold: true, fontSize: 16, color: ACCENT, breakLine: true } },
    { text: `${s.weightedCoverage}: ${Math.round(row.weightedCoverage)} / 100`, options: { fontSize: 14, breakLine: true } },
    { text: `${s.layerCoverage}: ${Math.round(row.layerCoverageRatio * 4)} / 4`, options: { fontSize: 14, breakLine: true } },
    ...analysis.layerCoverage.map((entry) => ({ text: `   ${status(entry.status)} ${labels.layer[entry.layer]}`, options: { fontSize: 12, color: MUTED, breakLine: true } })),
    { text: ' ', options: { fontSize: 8, breakLine: true } },
    { text: s.singleThread, options: { bold: true, fontSize: 16, color: ACCENT, breakLine: true } },
    ...analysis.findings
      .filter((f) => f.rule === 'singleThread' || f.rule === 'bottleneck')
      .slice(0, 4)
      .map((f) => ({ text: `• ${explainFinding(f, data, locale)}`, options: { fontSize: 12, breakLine: true } })),
  ];
  if (!analysis.findings.some((f) => f.rule === 'singleThread' || f.rule === 'bottleneck')) {
    left.push({ text: `${s.contact}: ${row.contactThread} · ${s.owner}: ${row.ownerThread} · ${s.bottlenecks}: ${row.bottlenecks}`, options: { fontSize: 12, breakLine: true } });
  }
  slide.addText(left, { x: PAD, y: 1.3, w: 6.0, h: 5.7, valign: 'top', fontFace: FONT, color: INK, paraSpaceAfter: 4 });

  const flags = analysis.findings.filter((f) => f.severity !== 'info').slice(0, 5);
  const advice = [...new Set(analysis.findings.map((f) => adviseFinding(f, data, locale)).filter((text): text is string => text !== null))].slice(0, 5);
  const right: PptxGenJS.TextProps[] = [
    { text: s.redFlags, options: { bold: true, fontSize: 16, color: 'C23A2B', breakLine: true } },
    ...(flags.length === 0
      ? [{ text: s.noRedFlags, options: { fontSize: 12, breakLine: true } }]
      : flags.map((f) => ({ text: `${f.severity === 'critical' ? '■' : '▲'} ${findingTitle(f.code, locale)}: ${explainFinding(f, data, locale)}`, options: { fontSize: 11, breakLine: true } }))),
    { text: ' ', options: { fontSize: 8, breakLine: true } },
    { text: s.whatToDo, options: { bold: true, fontSize: 16, color: '1F8A4C', breakLine: true } },
    ...(advice.length === 0 ? [{ text: s.nothingToDo, options: { fontSize: 12, breakLine: true } }] : advice.map((text, i) => ({ text: `${i + 1}. ${text}`, options: { fontSize: 12, breakLine: true } }))),
  ];
  slide.addText(right, { x: 6.8, y: 1.3, w: W - 6.8 - PAD, h: 5.7, valign: 'top', fontFace: FONT, color: INK, paraSpaceAfter: 4 });
}

const ROWS_PER_SLIDE = 14;

function peopleSlides(pptx: PptxGenJS, { data }: DeckAccount, s: DeckStrings, locale: AnalysisLocale, includePrivate: boolean) {
  const labels = mapLabels(locale);
  const best = new Map<string, number>();
  for (const link of data.links) if (link.kind === 'covers') best.set(link.to, Math.max(best.get(link.to) ?? 0, link.strength ?? 0));
  const people: Person[] = LAYERS.flatMap((layer) => data.people.filter((p) => p.layer === layer).sort((a, b) => b.influence - a.influence));
  const c = s.columns;
  const header = [c.layer, c.name, c.title, c.roles, c.attitude, c.influence, c.coverage, ...(includePrivate ? [c.contact, c.privateNotes] : [])];
  const cell = (text: string, bold = false) => ({ text, options: { bold, fontSize: 10, fontFace: FONT, color: INK } });
  const rows = people.map((p) => [
    cell(labels.layer[p.layer]),
    cell(p.name, true),
    cell(p.title),
    cell(p.roles.map((role) => labels.roleName[role]).join(', ')),
    cell(labels.attitude[p.attitude]),
    cell(String(p.influence)),
    cell(labels.coversStrength[(best.get(p.id) ?? 0) as 0 | 1 | 2 | 3]),
    ...(includePrivate ? [cell(p.contact), cell(p.privateNotes)] : []),
  ]);
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_SLIDE));
  for (let page = 0; page < pages; page += 1) {
    const slide = pptx.addSlide();
    heading(slide, `${s.peopleByLayer} — ${data.account.name}${page > 0 ? ` ${s.continued}` : ''}`);
    const chunk = rows.slice(page * ROWS_PER_SLIDE, (page + 1) * ROWS_PER_SLIDE);
    if (chunk.length === 0) {
      slide.addText(s.nobody, { x: PAD, y: 1.4, w: 8, h: 0.5, fontSize: 14, color: MUTED, fontFace: FONT });
      continue;
    }
    const head = header.map((text) => ({ text, options: { bold: true, fontSize: 10, fontFace: FONT, color: 'FFFFFF', fill: { color: ACCENT } } }));
    slide.addTable([head, ...chunk], { x: PAD, y: 1.3, w: W - 2 * PAD, fontSize: 10, border: { type: 'solid', color: 'D9DDE3', pt: 0.5 }, autoPage: false, rowH: 0.36 });
  }
}

function overviewSlide(pptx: PptxGenJS, accounts: readonly DeckAccount[], s: DeckStrings, today: string) {
  const slide = pptx.addSlide();
  heading(slide, s.portfolio, `${s.accountsCount(accounts.length)} · ${s.preparedOn(today)}`);
  const o = s.overview;
  const head = [o.account, o.tier, o.stage, o.coverage, o.redFlags, o.risk].map((text) => ({ text, options: { bold: true, color: 'FFFFFF', fill: { color: ACCENT }, fontFace: FONT, fontSize: 11 } }));
  const rows = accounts.slice(0, 15).map(({ data, analysis }) => {
    const row = portfolioRow(data, analysis);
    return [data.account.name, s.tierName[row.tier], s.stageName[row.stage], `${Math.round(row.weightedCoverage)}`, String(row.redFlags), s.risk[row.risk]].map((text) => ({ text, options: { fontFace: FONT, fontSize: 11, color: INK } }));
  });
  slide.addTable([head, ...rows], { x: PAD, y: 1.4, w: W - 2 * PAD, border: { type: 'solid', color: 'D9DDE3', pt: 0.5 }, rowH: 0.34 });
}

/** The deck as .pptx bytes. */
export async function buildDeck(accounts: readonly DeckAccount[], options: DeckOptions): Promise<Buffer> {
  const s = deckStrings(options.locale);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = accounts.length === 1 ? `${accounts[0]!.data.account.name} — ${s.powerMap}` : s.portfolio;
  pptx.company = 'Power Map';
  const total = (accounts.length > 1 ? 1 : 0) + accounts.length * 4;
  let done = 0;
  const { signal } = options;
  // After each slide the main process may handle a waiting Cancel (and the progress message) before the next.
  const step = async () => {
    options.onProgress?.(++done, total);
    await nextTurn(signal);
  };
  await nextTurn(signal);
  if (accounts.length > 1) {
    overviewSlide(pptx, accounts, s, options.today);
    await step();
  }
  for (const account of accounts) {
    titleSlide(pptx, account, s, options.today);
    await step();
    const scene = buildScene(account.data, { theme: 'light', locale: options.locale, background: options.editable ? 'transparent' : 'white', legend: true, title: null });
    const title = `${s.powerMap} — ${account.data.account.name}`;
    if (options.editable) editableMapSlide(pptx, scene, title);
    else await imageMapSlide(pptx, scene, title, signal);
    await step();
    findingsSlide(pptx, account, s, options.locale);
    await step();
    peopleSlides(pptx, account, s, options.locale, options.includePrivate);
    await step();
  }
  const bytes = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  await nextTurn(signal);
  return bytes;
}

