import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';

/**
 * Groups of shapes in a pptxgenjs deck. pptxgenjs cannot group shapes, so the deck names each shape
 * that belongs to a group with `memberName` and, once the deck is written, `apply` rewrites the slides:
 * those shapes are wrapped in one <p:grpSp> (named after the group, sized to hold them) and get their
 * own names back. A presenter then moves a person's shape, sign, badges and name together.
 */

export interface ShapeGrouper {
  /** The objectName for a shape in group `group` (an integer unique on its slide), to be named `name`. */
  memberName(group: number, name: string): string;
  /** The written deck with every slide's marked shapes grouped. */
  apply(pptx: Buffer): Promise<Buffer>;
}

/** The mark is new for each deck, so no name a user typed (a competitor's, say) can pass for one. */
export function shapeGrouper(): ShapeGrouper {
  const mark = `pm-group-${randomUUID().slice(0, 8)}:`;
  return {
    memberName: (group, name) => `${mark}${group}:${name}`,
    apply: (pptx) => groupShapes(pptx, mark),
  };
}

interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

function boxOf(shapeXml: string): Box | null {
  const match = /<a:xfrm[^>]*>\s*<a:off x="(-?\d+)" y="(-?\d+)"\s*\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\s*\/>/.exec(shapeXml);
  return match ? { x: Number(match[1]), y: Number(match[2]), cx: Number(match[3]), cy: Number(match[4]) } : null;
}

function union(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.cx));
  const bottom = Math.max(...boxes.map((b) => b.y + b.cy));
  return { x: left, y: top, cx: right - left, cy: bottom - top };
}

/**
 * One slide's XML with its marked shapes grouped. The group takes the place of its first member, so the
 * stacking order of everything else is kept; its name is its first member's (already XML-escaped).
 */
function groupSlideShapes(slideXml: string, mark: string): string {
  if (!slideXml.includes(mark)) return slideXml;
  const memberName = new RegExp(`<p:cNvPr id="\\d+" name="${mark}(\\d+):([^"]*)"`);
  let nextId = Math.max(0, ...[...slideXml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const groups = new Map<string, { name: string; shapes: string[] }>();
  // A <p:sp> holds no other <p:sp>, so the lazy match takes exactly one shape.
  const marked = slideXml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (shape) => {
    const member = memberName.exec(shape);
    if (!member) return shape;
    const [, key, name] = member as unknown as [string, string, string];
    const renamed = shape.replace(`name="${mark}${key}:`, 'name="');
    const group = groups.get(key);
    if (group) {
      group.shapes.push(renamed);
      return '';
    }
    groups.set(key, { name, shapes: [renamed] });
    return `<!--group:${key}-->`;
  });
  return marked.replace(/<!--group:(\d+)-->/g, (_placeholder, key: string) => {
    const group = groups.get(key)!;
    const boxes = group.shapes.map(boxOf).filter((box): box is Box => box !== null);
    const box = boxes.length > 0 ? union(boxes) : { x: 0, y: 0, cx: 0, cy: 0 };
    const frame = `<a:off x="${box.x}" y="${box.y}"/><a:ext cx="${box.cx}" cy="${box.cy}"/><a:chOff x="${box.x}" y="${box.y}"/><a:chExt cx="${box.cx}" cy="${box.cy}"/>`;
    return (
      `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${nextId++}" name="${group.name}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
      `<p:grpSpPr><a:xfrm>${frame}</a:xfrm></p:grpSpPr>${group.shapes.join('')}</p:grpSp>`
    );
  });
}

async function groupShapes(pptx: Buffer, mark: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pptx);
  const slides = zip.file(/^ppt\/slides\/slide\d+\.xml$/);
  for (const slide of slides) {
    const xml = await slide.async('string');
    if (xml.includes(mark)) zip.file(slide.name, groupSlideShapes(xml, mark));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
