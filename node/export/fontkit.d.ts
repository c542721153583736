/**
 * The little of fontkit (installed with pdfkit, which embeds fonts with it) that the exports use:
 * open one face of a font file, shape a string, read glyph outlines. fontkit ships no types.
 */
declare module 'fontkit' {
  export interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }

  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: { commands: PathCommand[] };
  }

  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }

  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    /** `script`: an OpenType script tag ('latn', 'hani'); guessed from the text when not given. */
    layout(text: string, features?: string[], script?: string): GlyphRun;
  }

  /** With a postscript name, the face of that name inside a collection (.ttc). */
  export function openSync(path: string, postscriptName?: string): Font;
}
