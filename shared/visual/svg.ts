import type { Scene, SceneChip, SceneEdge, SceneNode, SceneText, SceneTextLine } from './scene';
import { FONT_STACK, OPEN_ACTIONS_BADGE, openActionsFlagPath, type ArrowShape } from './vocabulary';
import { textWidth } from './text';
import { xmlSafeText } from './xml-text';

/**
 * A scene as an SVG document: true vectors, every word as <text> (searchable, editable in a vector
 * tool), one font stack with Chinese fallbacks. All user text is escaped, so a name like
 * `<script>` is drawn as those characters; the document holds no script, link or external reference.
 */


export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (value: number) => (Math.round(value * 100) / 100).toString();
const FONT = escapeXml(FONT_STACK);

function dashAttr(dash: readonly number[] | null, width: number): string {
  return dash ? ` stroke-dasharray="${dash.map((d) => n(d * Math.max(1, width / 2))).join(' ')}"` : '';
}

function polygon(points: [number, number][]): string {
  return points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

/** The outline of a node shape, centred at (x, y), as an SVG element with the given paint. */
export function shapeElement(node: Pick<SceneNode, 'shape' | 'x' | 'y' | 'w' | 'h'>, paint: string): string {
  const { x, y, w, h } = node;
  const hw = w / 2;
  const hh = h / 2;
  switch (node.shape) {
    case 'ellipse':
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(hw)}" ry="${n(hh)}"${paint}/>`;
    case 'diamond':
      return `<polygon points="${polygon([[x, y - hh], [x + hw, y], [x, y + hh], [x - hw, y]])}" stroke-linejoin="round"${paint}/>`;
    case 'hexagon':
      return `<polygon points="${polygon([[x - hw, y], [x - hw / 2, y - hh], [x + hw / 2, y - hh], [x + hw, y], [x + hw / 2, y + hh], [x - hw / 2, y + hh]])}" stroke-linejoin="round"${paint}/>`;
    case 'tag':
      return `<polygon points="${polygon([[x - hw, y - hh], [x + hw * 0.4, y - hh], [x + hw, y], [x + hw * 0.4, y + hh], [x - hw, y + hh]])}" stroke-linejoin="round"${paint}/>`;
    case 'roundRect':
      return `<rect x="${n(x - hw)}" y="${n(y - hh)}" width="${n(w)}" height="${n(h)}" rx="${n(Math.min(8, h / 4))}"${paint}/>`;
    case 'cutRect': {
      const c = Math.min(10, h / 4);
      return `<polygon points="${polygon([[x - hw + c, y - hh], [x + hw - c, y - hh], [x + hw, y - hh + c], [x + hw, y + hh - c], [x + hw - c, y + hh], [x - hw + c, y + hh], [x - hw, y + hh - c], [x - hw, y - hh + c]])}"${paint}/>`;
    }
  }
}

function textElement(x: number, y: number, line: SceneTextLine | SceneText, anchor: 'start' | 'middle' | 'end'): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${n(line.size)}"${line.bold ? ' font-weight="700"' : ''} fill="${line.color}" text-anchor="${anchor}">${escapeXml(line.text)}</text>`;
}

/** The bottom of a chips' row: a person's lines start under it. */
export const chipsBottom = (chips: readonly SceneChip[]): number => Math.max(...chips.map((chip) => chip.y + chip.h));

function chipElements(chip: SceneChip): string[] {
  const ring = 1.25;
  const dash = chip.dashed ? ' stroke-dasharray="2.5 2"' : '';
  const baseline = chip.y + chip.h / 2 + chip.size * 0.35;
  const out = [
    `<rect x="${n(chip.x + ring / 2)}" y="${n(chip.y + ring / 2)}" width="${n(chip.w - ring)}" height="${n(chip.h - ring)}" rx="${n((chip.h - ring) / 2)}" fill="${chip.fill}" stroke="${chip.stroke}" stroke-width="${ring}"${dash}/>`,
  ];
  if (chip.strength === '') {
    out.push(textElement(chip.x + chip.w / 2, baseline, { text: chip.initials, size: chip.size, bold: true, color: chip.ink }, 'middle'));
  } else {
    out.push(textElement(chip.x + 6, baseline, { text: chip.initials, size: chip.size, bold: true, color: chip.ink }, 'start'));
    out.push(textElement(chip.x + chip.w - 6, baseline, { text: chip.strength, size: chip.size, bold: false, color: chip.ink }, 'end'));
  }
  return out;
}

function nodeElements(node: SceneNode): string[] {
  const paint = ` fill="${node.fill ?? 'none'}" stroke="${node.stroke}" stroke-width="${n(node.strokeWidth)}"${dashAttr(node.dash, 1)}`;
  const out = [shapeElement(node, paint)];
  const lineH = (line: SceneTextLine) => line.size * 1.2;
  const insideH = node.inside.reduce((sum, line) => sum + lineH(line), 0);
  let y = node.y - insideH / 2;
  for (const line of node.inside) {
    y += lineH(line);
    out.push(textElement(node.x, y - line.size * 0.28, line, 'middle'));
  }
  node.badges.forEach((badge, i) => {
    const r = 8;
    const bx = node.x + node.w / 2 - 2 - i * 15;
    const by = node.y - node.h / 2 + 2;
    out.push(`<circle cx="${n(bx)}" cy="${n(by)}" r="${r}" fill="#27303f" stroke="#ffffff" stroke-width="1.5"/>`);
    out.push(
      badge === OPEN_ACTIONS_BADGE
        ? `<path d="${openActionsFlagPath(bx, by, 10)}" fill="#ffffff" stroke="#ffffff" stroke-width="1.2" stroke-linejoin="round"/>`
        : `<text x="${n(bx)}" y="${n(by + 3)}" font-size="${badge.length > 1 ? 7 : 9}" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(badge)}</text>`,
    );
  });
  for (const chip of node.chips ?? []) out.push(...chipElements(chip));
  let below = (node.chips ? chipsBottom(node.chips) : node.y + node.h / 2) + 4;
  if (node.belowPlate && node.below.length > 0) {
    const w = Math.max(...node.below.map((line) => textWidth(line.text, line.size))) + 8;
    const h = node.below.reduce((sum, line) => sum + lineH(line), 0) + 4;
    out.push(`<rect x="${n(node.x - w / 2)}" y="${n(below)}" width="${n(w)}" height="${n(h)}" rx="3" fill="${node.belowPlate}"/>`);
  }
  for (const line of node.below) {
    below += lineH(line);
    out.push(textElement(node.x, below - 3, line, 'middle'));
  }
  return out;
}

function markerId(shape: ArrowShape, color: string): string {
  return `m-${shape}-${color.replace('#', '')}`;
}

function markerElement(shape: ArrowShape, color: string): string {
  const id = markerId(shape, color);
  const open = `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="userSpaceOnUse">`;
  const body: Record<Exclude<ArrowShape, 'none'>, string> = {
    triangle: `<path d="M0,0 L10,5 L0,10 z" fill="${color}"/>`,
    vee: `<path d="M0,0 L10,5 L0,10 L3,5 z" fill="${color}"/>`,
    tee: `<rect x="7" y="0" width="3" height="10" fill="${color}"/>`,
    circle: `<circle cx="5" cy="5" r="4" fill="${color}"/>`,
    square: `<rect x="1" y="1" width="8" height="8" fill="${color}"/>`,
    diamond: `<path d="M0,5 L5,0 L10,5 L5,10 z" fill="${color}"/>`,
    chevron: `<path d="M0,0 L10,5 L0,10" fill="none" stroke="${color}" stroke-width="2"/>`,
  };
  return shape === 'none' ? '' : `${open}${body[shape]}</marker>`;
}

function edgeElements(edge: SceneEdge, canvas: string): string[] {
  const line = (color: string, width: number, extra = '') =>
    `<line x1="${n(edge.x1)}" y1="${n(edge.y1)}" x2="${n(edge.x2)}" y2="${n(edge.y2)}" stroke="${color}" stroke-width="${n(width)}"${extra}/>`;
  const ends =
    (edge.startArrow !== 'none' ? ` marker-start="url(#${markerId(edge.startArrow, edge.color)})"` : '') +
    (edge.endArrow !== 'none' ? ` marker-end="url(#${markerId(edge.endArrow, edge.color)})"` : '');
  const out = edge.double
    ? [line(edge.color, edge.width * 2.6, ends), line(canvas, edge.width * 0.9)]
    : [line(edge.color, edge.width, `${dashAttr(edge.dash, edge.width)}${edge.dash && edge.dash[0]! < 2 ? ' stroke-linecap="round"' : ''}${ends}`)];
  if (edge.midArrow !== 'none') {
    out.push(`<circle cx="${n((edge.x1 + edge.x2) / 2)}" cy="${n((edge.y1 + edge.y2) / 2)}" r="${n(edge.width * 1.8 + 1)}" fill="${edge.color}"/>`);
  }
  return out;
}

export function sceneToSvg(scene: Scene): string {
  const markers = new Set<string>();
  for (const edge of scene.edges) {
    for (const shape of [edge.startArrow, edge.endArrow]) if (shape !== 'none') markers.add(markerElement(shape, edge.color));
  }
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${FONT}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<defs>${[...markers].join('')}</defs>`,
  ];
  if (scene.background) parts.push(`<rect width="${scene.width}" height="${scene.height}" fill="${scene.background}"/>`);
  for (const band of scene.bands) {
    const { x, y, w, h } = band.rect;
    parts.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="10" fill="${band.fill}" stroke="${band.border}"/>`);
    parts.push(`<text x="${n(x + 12)}" y="${n(y + 22)}" font-size="13" font-weight="700" fill="${band.titleColor}">${escapeXml(band.title)}</text>`);
    if (band.note) parts.push(`<text x="${n(x + w - 12)}" y="${n(y + 22)}" font-size="11" fill="${band.titleColor}" text-anchor="end" opacity="0.8">${escapeXml(band.note)}</text>`);
  }
  for (const edge of scene.edges) parts.push(...edgeElements(edge, scene.background ?? scene.canvasColor));
  for (const node of scene.nodes) parts.push(...nodeElements(node));
  for (const text of scene.texts) parts.push(textElement(text.x, text.y, text, text.anchor));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
