import { openSync, type Font, type Glyph } from 'fontkit';
import { findCjkBoldFont, findCjkFont } from './fonts';

/**
 * Turns the words of our map's SVG into glyph outlines before it is rasterised.
 *
 * Why: resvg (through resvg-js) re-reads the whole font file for every run of text it shapes and for
 * the glyphs it outlines. With a CJK font of 20 MB that is a few milliseconds per label, seconds for a
 * map (the demo took 3.6 s, 300 people 26 s before a single pixel was drawn). Here the fonts are opened
 * once per process, each word is shaped once (fontkit: the same OpenType shaping as resvg's), each glyph
 * outlined once and drawn through `<use>`, so the rasteriser only fills paths. The picture is the one resvg
 * draws from the same font, to within anti-aliasing rounding.
 *
 * A label with a character the font lacks stays text, for resvg to draw with the system's fallbacks.
 */

export interface OutlineFonts {
  regular: Font;
  bold: Font;
}

interface ShapedGlyph {
  id: number;
  /** Pen position of the glyph (advance so far plus its offset), in font units. */
  x: number;
  y: number;
}

interface ShapedText {
  glyphs: ShapedGlyph[];
  /** Total advance in font units. */
  width: number;
}

let systemFonts: OutlineFonts | null | undefined;

/** The system's CJK font (regular and bold faces), opened once; null when the system has none. */
export function systemOutlineFonts(): OutlineFonts | null {
  if (systemFonts === undefined) {
    const regular = findCjkFont();
    const bold = findCjkBoldFont();
    try {
      const regularFace = regular ? openSync(regular.path, regular.postscriptName) : null;
      const boldFace = bold ? openSync(bold.path, bold.postscriptName) : null;
      systemFonts = regularFace ? { regular: regularFace, bold: boldFace ?? regularFace } : null;
    } catch {
      // An unreadable or unusual font file: resvg's own text drawing still works, only slower.
      systemFonts = null;
    }
  }
  return systemFonts;
}

const shapedRuns = new WeakMap<Font, Map<string, ShapedText>>();
const fontKeys = new WeakMap<Font, string>();
let nextFontKey = 0;

function fontKey(font: Font): string {
  let key = fontKeys.get(font);
  if (!key) {
    key = `pm-f${nextFontKey++}`;
    fontKeys.set(font, key);
  }
  return key;
}

/**
 * The OpenType script a shaper would pick for a whole label: the first character that belongs to a
 * script (digits, spaces and punctuation belong to none). Words shaped alone must be shaped in the
 * label's script, or "…" and digits come out as their full-width CJK forms. Null where word-by-word
 * shaping is not known to equal shaping the whole label (scripts other than Latin and Chinese).
 */
function labelScript(text: string): string | undefined | null {
  const first = /[^\p{Script=Common}\p{Script=Inherited}]/u.exec(text)?.[0];
  if (first === undefined) return undefined;
  if (/\p{Script=Latin}/u.test(first)) return 'latn';
  if (/\p{Script=Han}/u.test(first)) return 'hani';
  return null;
}

/** Shaped once per font, script and string: labels repeat words (titles, layers), and names repeat across exports. */
function shapeRun(font: Font, run: string, script: string | undefined): ShapedText {
  let cache = shapedRuns.get(font);
  if (!cache) {
    cache = new Map();
    shapedRuns.set(font, cache);
  }
  const key = `${script ?? ''}\u0000${run}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const shaped = font.layout(run, undefined, script);
  const glyphs: ShapedGlyph[] = [];
  let pen = 0;
  shaped.glyphs.forEach((glyph, i) => {
    const position = shaped.positions[i];
    if (!position) return;
    glyphs.push({ id: glyph.id, x: pen + position.xOffset, y: position.yOffset });
    pen += position.xAdvance;
  });
  const result = { glyphs, width: pen };
  cache.set(key, result);
  return result;
}

/**
 * Shapes a label word by word in the label's script, the words joined by the space's own advance
 * (our fonts neither kern nor join across a space), so the shaping work is shared between labels.
 */
export function shapeText(font: Font, text: string): ShapedText {
  const script = labelScript(text);
  if (script === null) return shapeRun(font, text, undefined);
  const space = font.glyphForCodePoint(0x20);
  const glyphs: ShapedGlyph[] = [];
  let pen = 0;
  text.split(' ').forEach((word, i) => {
    if (i > 0) {
      glyphs.push({ id: space.id, x: pen, y: 0 });
      pen += space.advanceWidth;
    }
    if (word === '') return;
    const shaped = shapeRun(font, word, script);
    for (const glyph of shaped.glyphs) glyphs.push({ id: glyph.id, x: pen + glyph.x, y: glyph.y });
    pen += shaped.width;
  });
  return { glyphs, width: pen };
}

const COMMAND_LETTER = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' } as const;

/** A glyph's outline as path data in font units (y up, as the font has it); '' for a blank glyph. */
function glyphPathData(glyph: Glyph): string {
  return glyph.path.commands.map((c) => `${COMMAND_LETTER[c.command]}${c.args.join(' ')}`).join('');
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, ref: string) =>
    ref.startsWith('#x') || ref.startsWith('#X') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : (ENTITY[ref.toLowerCase()] ?? ''),
  );
}

/** SVG's default white-space handling (xml:space="default"), as resvg applies it to a label. */
function collapseWhiteSpace(text: string): string {
  return text.replace(/[\r\n]/g, '').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim();
}

const num = (value: number) => (Math.round(value * 10_000) / 10_000).toString();

function attributes(source: string): Map<string, string> {
  return new Map([...source.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1] as string, m[2] as string]));
}

export interface OutlinedSvg {
  svg: string;
  /** Labels left as text because the font lacks one of their characters. */
  textsLeft: number;
}

/**
 * Replaces every flat `<text>` label of our map SVG (x, y, font-size, font-weight, fill, text-anchor,
 * opacity; no nested elements) with its glyph outlines.
 */
export function outlineTexts(svg: string, fonts: OutlineFonts): OutlinedSvg {
  const defs = new Map<string, string>();
  const outlines = new Map<string, string>();
  let textsLeft = 0;
  const replaced = svg.replace(/<text\s([^>]*)>([^<]*)<\/text>/g, (element, attributeText: string, body: string) => {
    const attrs = attributes(attributeText);
    const text = collapseWhiteSpace(unescapeXml(body));
    const bold = Number(attrs.get('font-weight') ?? '400') >= 600 || attrs.get('font-weight') === 'bold';
    const font = bold ? fonts.bold : fonts.regular;
    const size = Number(attrs.get('font-size') ?? '12');
    const x = Number(attrs.get('x') ?? '0');
    const y = Number(attrs.get('y') ?? '0');
    if (!Number.isFinite(size) || !Number.isFinite(x) || !Number.isFinite(y)) return element;
    for (const ch of text) {
      if (!font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) {
        textsLeft += 1;
        return element;
      }
    }
    const shaped = shapeText(font, text);
    const scale = size / font.unitsPerEm;
    const anchor = attrs.get('text-anchor') ?? 'start';
    const left = x - (anchor === 'middle' ? (shaped.width * scale) / 2 : anchor === 'end' ? shaped.width * scale : 0);
    const key = fontKey(font);
    const uses: string[] = [];
    for (const glyph of shaped.glyphs) {
      const id = `${key}-${glyph.id}`;
      let data = outlines.get(id);
      if (data === undefined) {
        const glyphData = glyphPathCache(font, glyph.id);
        outlines.set(id, glyphData);
        if (glyphData !== '') defs.set(id, `<path id="${id}" d="${glyphData}"/>`);
        data = glyphData;
      }
      if (data === '') continue;
      uses.push(`<use href="#${id}" transform="matrix(${num(scale)} 0 0 ${num(-scale)} ${num(left + glyph.x * scale)} ${num(y - glyph.y * scale)})"/>`);
    }
    if (uses.length === 0) return '';
    const opacity = attrs.get('opacity');
    return `<g fill="${attrs.get('fill') ?? '#000000'}"${opacity ? ` opacity="${opacity}"` : ''}>${uses.join('')}</g>`;
  });
  if (defs.size === 0) return { svg: replaced, textsLeft };
  const rootEnd = replaced.indexOf('>', replaced.indexOf('<svg')) + 1;
  return { svg: `${replaced.slice(0, rootEnd)}\n<defs>${[...defs.values()].join('')}</defs>${replaced.slice(rootEnd)}`, textsLeft };
}

const glyphPaths = new WeakMap<Font, Map<number, string>>();

function glyphPathCache(font: Font, id: number): string {
  let cache = glyphPaths.get(font);
  if (!cache) {
    cache = new Map();
    glyphPaths.set(font, cache);
  }
  let data = cache.get(id);
  if (data === undefined) {
    data = glyphPathData(font.getGlyph(id));
    cache.set(id, data);
  }
  return data;
}
