import type PptxGenJS from 'pptxgenjs';
import type { AccountData } from '../../shared/model';
import { chipsBottom, mapLabels, textWidth, type Scene, type SceneNode } from '../../shared/visual';
import type { DeckStrings } from './deck-strings';
import { FONT, heading, hex, mapFrame } from './deck-style';
import type { ShapeGrouper } from './shape-groups';

/**
 * The map drawn with native PowerPoint shapes a presenter can still move and edit: bands, links (named
 * "Reports to: A → B"), people (their shape named after them, with its sign, role badges and name label
 * grouped under their name), our team, competitors and the legend.
 */

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

/** Role badges as the map picture draws them (shared/visual/svg.ts): dark discs at the top right. */
const BADGE = { radius: 8, step: 15, fill: '27303F', ring: 'FFFFFF', ringWidth: 1.5 };

/** Everyone on the map by id, with their full name (the scene holds only the wrapped first line). */
function namesById(data: AccountData): Map<string, string> {
  return new Map([...data.people, ...data.team, ...data.competitors].map((entry) => [entry.id, entry.name]));
}

export function editableMapSlide(pptx: PptxGenJS, scene: Scene, title: string, data: AccountData, s: DeckStrings, locale: string, grouper: ShapeGrouper) {
  const slide = pptx.addSlide();
  heading(slide, title);
  const labels = mapLabels(locale);
  const names = namesById(data);
  const links = new Map(data.links.map((link) => [link.id, link]));
  const f = mapFrame(scene);
  const X = (x: number) => f.x + x * f.scale;
  const Y = (y: number) => f.y + y * f.scale;
  const pt = (px: number) => Math.max(0.25, px * f.scale * 72);
  const text = (px: number) => Math.max(5, px * f.scale * 72);
  for (const band of scene.bands) {
    const { x, y, w, h } = band.rect;
    slide.addShape(pptx.ShapeType.roundRect, { x: X(x), y: Y(y), w: w * f.scale, h: h * f.scale, rectRadius: 0.05, fill: { color: hex(band.fill) }, line: { color: hex(band.border), width: 0.5 }, objectName: band.title });
    slide.addText(band.title, { x: X(x + 8), y: Y(y + 6), w: Math.min(w, 360) * f.scale, h: 22 * f.scale, fontSize: text(13), bold: true, color: hex(band.titleColor), fontFace: FONT, margin: 0 });
    if (band.note) {
      const noteW = Math.min(w * 0.55, 420);
      slide.addText(band.note, { x: X(x + w - 12 - noteW), y: Y(y + 8), w: noteW * f.scale, h: 18 * f.scale, fontSize: text(11), color: hex(band.titleColor), align: 'right', fontFace: FONT, margin: 0 });
    }
  }
  for (const edge of scene.edges) {
    const left = Math.min(edge.x1, edge.x2);
    const top = Math.min(edge.y1, edge.y2);
    const reversed = edge.x2 < edge.x1 || (edge.x2 === edge.x1 && edge.y2 < edge.y1);
    const [begin, end] = reversed ? [edge.endArrow, edge.startArrow] : [edge.startArrow, edge.endArrow];
    const link = links.get(edge.id);
    const kind = labels.link[edge.kind];
    const objectName = link
      ? s.linkName(kind, names.get(link.from) ?? '?', names.get(link.to) ?? '?', edge.kind === 'ally' || edge.kind === 'rival')
      : s.labelled(labels.legend.title, kind);
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
      objectName,
    });
  }
  let group = 0;
  for (const node of scene.nodes) {
    const fullName = names.get(node.id) ?? node.inside[0]?.text ?? node.id;
    // A person's parts are grouped under their name; team members, competitors and legend swatches are one shape each.
    const person = node.kind === 'person';
    group += person ? 1 : 0;
    const nameFor = (name: string) => (person ? grouper.memberName(group, name) : name);
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
      // Pre-wrapped (scene.ts): on a crowded map, where type is held at its 5 pt floor, "+2" must not break in two.
      wrap: false,
      fontFace: FONT,
      objectName: nameFor(fullName),
    });
    node.badges.forEach((badge, i) => {
      const cx = node.x + node.w / 2 - 2 - i * BADGE.step;
      const cy = node.y - node.h / 2 + 2;
      const letters = { fontSize: Math.max(1, (badge.length > 1 ? 7 : 9) * f.scale * 72), bold: true, color: 'FFFFFF' };
      // As a run, not a bare string: pptxgenjs would reuse these options for the run and escape the shape's name twice.
      slide.addText([{ text: badge, options: letters }], {
        shape: 'ellipse',
        x: X(cx - BADGE.radius),
        y: Y(cy - BADGE.radius),
        w: 2 * BADGE.radius * f.scale,
        h: 2 * BADGE.radius * f.scale,
        fill: { color: BADGE.fill },
        line: { color: BADGE.ring, width: pt(BADGE.ringWidth) },
        // Scaled exactly, with no floor like the other text: a larger letter would spill out of its disc.
        ...letters,
        align: 'center',
        valign: 'middle',
        margin: 0,
        wrap: false,
        fontFace: FONT,
        objectName: nameFor(s.badgeName(fullName, badge)),
      });
    });
    for (const chip of node.chips ?? []) {
      const label = chip.strength === '' ? chip.initials : `${chip.initials} ${chip.strength}`;
      const size = Math.max(1, chip.size * f.scale * 72);
      slide.addText([{ text: label, options: { fontSize: size, bold: true, color: hex(chip.ink) } }], {
        shape: 'roundRect',
        rectRadius: 0.5,
        x: X(chip.x),
        y: Y(chip.y),
        w: chip.w * f.scale,
        h: chip.h * f.scale,
        fill: { color: hex(chip.fill) },
        line: { color: hex(chip.stroke), width: pt(1.25), dashType: chip.dashed ? 'dash' : 'solid' },
        fontSize: size,
        align: 'center',
        valign: 'middle',
        margin: 0,
        wrap: false,
        fontFace: FONT,
        objectName: nameFor(s.badgeName(fullName, label)),
      });
    }
    if (node.below.length > 0) {
      // A plate behind large names (as the picture has) about as wide as the longest line, with room for a
      // reader's wider font (LibreOffice's stand-in for ours runs about a quarter wider); otherwise the cell's width.
      // On a crowded map the type is held at its 5 pt floor, larger than the drawing's: the plate grows with it.
      const grow = Math.max(...node.below.map((line) => text(line.size) / (line.size * f.scale * 72)));
      const boxW = node.belowPlate ? Math.min(184, Math.max(...node.below.map((line) => textWidth(line.text, line.size))) * 1.3 + 12) * grow : 180;
      slide.addText(
        node.below.map((line, i) => ({ text: line.text, options: { bold: line.bold, fontSize: text(line.size), color: hex(line.color), breakLine: i < node.below.length - 1 } })),
        {
          x: X(node.x - boxW / 2),
          y: Y((node.chips ? chipsBottom(node.chips) : node.y + node.h / 2) + 2),
          w: boxW * f.scale,
          // The lines are wrapped already (scene.ts); a reader must not wrap them again in a narrower box.
          ...(node.belowPlate ? { fill: { color: hex(node.belowPlate) }, wrap: false } : {}),
          h: node.below.reduce((sum, line) => sum + (text(line.size) * 1.25) / 72, 0) + 0.05,
          align: 'center',
          valign: 'top',
          margin: 0,
          fontFace: FONT,
          objectName: nameFor(s.nameLabel(fullName)),
        },
      );
    }
  }
  for (const t of scene.texts.filter((text) => text.size < 20)) {
    // A box 300 units wide placed so its text sits where the scene anchors it (department names are centred).
    const w = 300 * f.scale;
    const shift = t.anchor === 'middle' ? w / 2 : t.anchor === 'end' ? w : 0;
    const align = t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left';
    slide.addText(t.text, { x: X(t.x) - shift, y: Y(t.y - t.size), w, h: t.size * 1.4 * f.scale, fontSize: text(t.size), bold: t.bold, color: hex(t.color), fontFace: FONT, margin: 0, align });
  }
}
