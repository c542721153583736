import type { Attitude, Role } from '../../../shared/model';
import { chipLook, chipsKey, type PersonCovers } from '../../../shared/visual/chips';
import { COVER_CHIP, OPEN_ACTIONS_BADGE, ROLE_BADGE_HEIGHT, UNVERIFIED_BADGE, badgeLetters, openActionsFlagPath } from '../../../shared/visual/vocabulary';
import { EYE_BADGE } from './overlayStyle';
import { ATTITUDE_SIGN, FONT_STACK, PALETTE, type MapTheme } from './style';

/**
 * Small SVG images drawn on person nodes: the attitude sign in the middle and the role badges at the
 * top-right corner. Each variant is built once and reused (Cytoscape caches images by URL), so a map
 * of 2,000 people loads a handful of images, not 2,000.
 */

export { badgeLetters };

const cache = new Map<string, string>();

function remember(key: string, build: () => string): string {
  let uri = cache.get(key);
  if (uri === undefined) {
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(build())}`;
    cache.set(key, uri);
  }
  return uri;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const fontAttr = `font-family="${FONT_STACK.replace(/"/g, "'")}"`;

/** The attitude sign, drawn in a 64x64 box that style.ts scales to part of the node. */
export function signIcon(attitude: Attitude, theme: MapTheme): string {
  return remember(`sign:${attitude}:${theme}`, () => {
    const colour = PALETTE[theme].attitude[attitude].sign;
    const sign = escapeXml(ATTITUDE_SIGN[attitude]);
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
      `<text x="32" y="33" text-anchor="middle" dominant-baseline="central" ${fontAttr} ` +
      `font-size="34" font-weight="700" fill="${colour}">${sign}</text></svg>`
    );
  });
}

/** Rough advance width of a badge's text in px (CJK glyphs are square). */
function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.68;
  return width;
}

const BADGE_HEIGHT = ROLE_BADGE_HEIGHT;

/**
 * Role badges as a row of pills, at their intrinsic size (px); with `unverified`, the rule-11 mark
 * (UNVERIFIED_BADGE) follows them, and with `openActions` the flag (OPEN_ACTIONS_BADGE) closes the row.
 */
export function badgeIcon(roles: readonly Role[], locale: string, theme: MapTheme, unverified = false, openActions = false): string | null {
  if (roles.length === 0 && !unverified && !openActions) return null;
  const letters = badgeLetters(locale);
  const marks = [...(unverified ? [UNVERIFIED_BADGE] : []), ...(openActions ? [OPEN_ACTIONS_BADGE] : [])];
  return remember(`badge:${roles.join(',')}:${letters.decisionMaker}:${theme}:${marks.join(',')}`, () => {
    const palette = PALETTE[theme];
    const fontSize = 11;
    const gap = 2;
    const ring = 1.5;
    let x = ring;
    const parts: string[] = [];
    for (const text of [...roles.map((role) => letters[role]), ...marks]) {
      const flag = text === OPEN_ACTIONS_BADGE;
      const h = BADGE_HEIGHT - 2 * ring;
      const width = flag ? h : Math.max(h, textWidth(text, fontSize) + 8);
      // The flag is a path: the canvas never depends on a font having the character.
      const mark = flag
        ? `<path d="${openActionsFlagPath(x + width / 2 + 1, ring + h / 2, h * 0.7)}" fill="${palette.badgeText}" stroke="${palette.badgeText}" stroke-width="1.4" stroke-linejoin="round"/>`
        : `<text x="${x + width / 2}" y="${ring + h / 2 + 0.5}" text-anchor="middle" dominant-baseline="central" ` +
          `${fontAttr} font-size="${fontSize}" font-weight="700" fill="${palette.badgeText}">${escapeXml(text)}</text>`;
      parts.push(
        `<rect x="${x}" y="${ring}" width="${width}" height="${h}" rx="${h / 2}" fill="${palette.badgeFill}" ` +
          `stroke="${palette.badgeRing}" stroke-width="${ring}"/>` +
          mark,
      );
      x += width + gap;
    }
    const total = Math.ceil(x - gap + ring);
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${BADGE_HEIGHT}" ` +
      `viewBox="0 0 ${total} ${BADGE_HEIGHT}">${parts.join('')}</svg>`
    );
  });
}

/** A transparent placeholder, so image lists keep their positions when a node has no role badge. */
export { BLANK_ICON } from './blank';

/** The hidden-influencer badge: an eye in a pill, drawn with paths (no text, the same in every language). */
export function eyeIcon(theme: MapTheme): string {
  return remember(`eye:${theme}`, () => {
    const palette = PALETTE[theme];
    const { width, height } = EYE_BADGE;
    const ring = 1.5;
    const h = height - 2 * ring;
    const cx = width / 2;
    const cy = height / 2;
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect x="${ring}" y="${ring}" width="${width - 2 * ring}" height="${h}" rx="${h / 2}" fill="${palette.overlay.hidden}" ` +
      `stroke="${palette.badgeRing}" stroke-width="${ring}"/>` +
      `<path d="M${cx - 6.5},${cy} Q${cx},${cy - 6} ${cx + 6.5},${cy} Q${cx},${cy + 6} ${cx - 6.5},${cy} Z" fill="none" ` +
      `stroke="${palette.overlay.hiddenText}" stroke-width="1.6" stroke-linejoin="round"/>` +
      `<circle cx="${cx}" cy="${cy}" r="2.1" fill="${palette.overlay.hiddenText}"/></svg>`
    );
  });
}

/**
 * Covers chips as a row of pills at their intrinsic size (px): each team member's initials and the
 * strength as a number; the fill deepens with the strength (none: outlined and dashed), so the number
 * and the fill say the same thing. "+n" closes the row when more team members cover the person.
 */
export function chipsIcon(covers: PersonCovers, theme: MapTheme): string {
  return remember(`chips:${chipsKey(covers)}:${theme}`, () => {
    const palette = PALETTE[theme];
    const { fontSize, height } = COVER_CHIP;
    const gap = 2;
    const ring = 1.25;
    const h = height - 2 * ring;
    let x = ring;
    const parts: string[] = [];
    for (const chip of covers.chips) {
      const { fill, ink, dashed } = chipLook(chip.strength, palette);
      const initials = escapeXml(chip.initials);
      const width = textWidth(chip.initials, fontSize) + textWidth('0', fontSize) + 14;
      const dash = dashed ? ' stroke-dasharray="2.5 2"' : '';
      parts.push(
        `<rect x="${x}" y="${ring}" width="${width}" height="${h}" rx="${h / 2}" fill="${fill}" stroke="${palette.team}" stroke-width="${ring}"${dash}/>` +
          `<text x="${x + 6}" y="${ring + h / 2 + 0.5}" dominant-baseline="central" ${fontAttr} font-size="${fontSize}" fill="${ink}">` +
          `<tspan font-weight="700">${initials}</tspan><tspan dx="2" font-weight="400">${chip.strength}</tspan></text>`,
      );
      x += width + gap;
    }
    if (covers.more > 0) {
      const text = `+${covers.more}`;
      const width = textWidth(text, fontSize) + 8;
      parts.push(
        `<rect x="${x}" y="${ring}" width="${width}" height="${h}" rx="${h / 2}" fill="${palette.canvas}" stroke="${palette.textMuted}" stroke-width="${ring}"/>` +
          `<text x="${x + width / 2}" y="${ring + h / 2 + 0.5}" text-anchor="middle" dominant-baseline="central" ${fontAttr} font-size="${fontSize}" font-weight="700" fill="${palette.text}">${text}</text>`,
      );
      x += width + gap;
    }
    const total = Math.ceil(x - gap + ring);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${height}" viewBox="0 0 ${total} ${height}">${parts.join('')}</svg>`;
  });
}
