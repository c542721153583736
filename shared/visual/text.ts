/**
 * Label wrapping done ahead of Cytoscape: canvas text has no line breaking for Chinese (no spaces) and
 * no line limit, so labels are broken into lines here, by an estimate of glyph widths, and cut with an
 * ellipsis when they would grow past their lines. Pure and fast: it runs for every person on every edit.
 */

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NARROW = /[ilj.,;:'!|()[\]{}\u2019\u2018 ]/;
const WIDE = /[MWmw@%]/;

/** Estimated advance of one character in em (fontSize 1). */
export function charWidth(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (ch === ' ') return 0.28;
  if (NARROW.test(ch)) return 0.3;
  if (WIDE.test(ch)) return 0.85;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  return 0.56;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width * fontSize;
}

/** Pieces that may not be split: a Latin word (with its trailing space), or a single CJK character. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ') {
      out.push(word + ' ');
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

const ELLIPSIS = '\u2026';

function cutToWidth(text: string, maxWidth: number, fontSize: number): string {
  let out = '';
  let width = charWidth(ELLIPSIS) * fontSize;
  for (const ch of text) {
    const w = charWidth(ch) * fontSize;
    if (width + w > maxWidth) break;
    out += ch;
    width += w;
  }
  return out.trimEnd() + ELLIPSIS;
}

/** Breaks `text` into at most `maxLines` lines no wider than `maxWidth`; the last line ends in "…" if cut. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '' || maxLines < 1) return [];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const pieces = tokens(clean);
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i] as string;
    const w = textWidth(piece.trimEnd(), fontSize);
    if (line !== '' && width + w > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
      width = 0;
      if (lines.length === maxLines) {
        const rest = pieces.slice(i).join('');
        lines[maxLines - 1] = cutToWidth(`${lines[maxLines - 1]} ${rest}`, maxWidth, fontSize);
        return lines;
      }
    }
    if (line === '' && w > maxWidth) {
      // A single word wider than a line: cut it rather than overflow.
      const rest = pieces.slice(i).join('');
      if (lines.length === maxLines - 1) {
        lines.push(cutToWidth(rest, maxWidth, fontSize));
        return lines;
      }
      let head = '';
      let headWidth = 0;
      for (const ch of piece) {
        const cw = charWidth(ch) * fontSize;
        if (headWidth + cw > maxWidth) break;
        head += ch;
        headWidth += cw;
      }
      lines.push(head);
      pieces[i] = piece.slice(head.length);
      i -= 1;
      continue;
    }
    line += piece;
    width += textWidth(piece, fontSize);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
