import type { Link, TeamMember } from '../model';
import type { Palette } from './vocabulary';

/**
 * Covers chips: instead of a line from our team's column across every band to each person, a person
 * carries small chips naming the team members who cover them, with the strength as a number (and, drawn,
 * as the chip's fill). Pure: the map and its tests read the same content.
 */

export interface CoverChip {
  memberId: string;
  initials: string;
  /** covers strength 0-3 */
  strength: number;
}

export interface PersonCovers {
  /** best covers strength (the border) */
  best: number;
  /** strongest first, at most MAX_CHIPS */
  chips: CoverChip[];
  /** covers links beyond the chips shown */
  more: number;
}

export const MAX_CHIPS = 3;

/** One or two letters standing for a name: initials of Latin names, the first character otherwise. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...(words[0] as string)][0] as string;
  if (!/[A-Za-z]/.test(first)) return first;
  const second = words.length > 1 ? ([...(words[words.length - 1] as string)][0] ?? '') : '';
  return (first + second).toUpperCase();
}

/** Covers of each person who has any, from the account's links and team. */
export function coversByPerson(links: readonly Link[], team: readonly TeamMember[]): Map<string, PersonCovers> {
  const names = new Map(team.map((member) => [member.id, member.name]));
  const all = new Map<string, CoverChip[]>();
  for (const link of links) {
    if (link.kind !== 'covers') continue;
    const chip: CoverChip = { memberId: link.from, initials: initialsOf(names.get(link.from) ?? '?'), strength: link.strength ?? 0 };
    const list = all.get(link.to);
    if (list) list.push(chip);
    else all.set(link.to, [chip]);
  }
  const byPerson = new Map<string, PersonCovers>();
  for (const [personId, chips] of all) {
    // Strongest first; a tie keeps the team's own order (the column's order) so chips do not shuffle.
    const order = (id: string): number => team.findIndex((member) => member.id === id);
    chips.sort((a, b) => b.strength - a.strength || order(a.memberId) - order(b.memberId));
    byPerson.set(personId, { best: chips[0]?.strength ?? 0, chips: chips.slice(0, MAX_CHIPS), more: Math.max(0, chips.length - MAX_CHIPS) });
  }
  return byPerson;
}

/** A short key of what the chips show, to tell whether a person's chips changed. */
export function chipsKey(covers: PersonCovers | undefined): string {
  if (!covers) return '';
  const chips = covers.chips.map((chip) => `${chip.initials}:${chip.strength}`).join('|');
  return covers.more > 0 ? `${chips}|+${covers.more}` : chips;
}

/** How a chip of covers strength 0-3 is painted: none outlined and dashed, then a light, a deeper and a full tint of our team's colour. */
export interface ChipLook {
  fill: string;
  ink: string;
  dashed: boolean;
}

const CHIP_MIX: readonly { fill: 'canvas' | 'tint' | 'team'; mix: number }[] = [
  { fill: 'canvas', mix: 0 },
  { fill: 'tint', mix: 0.22 },
  { fill: 'tint', mix: 0.5 },
  { fill: 'team', mix: 1 },
];

export function chipLook(strength: number, palette: Pick<Palette, 'team' | 'teamText' | 'canvas' | 'text'>): ChipLook {
  const look = CHIP_MIX[strength] ?? CHIP_MIX[0]!;
  const fill = look.fill === 'team' ? palette.team : look.fill === 'tint' ? mix(palette.team, palette.canvas, look.mix) : palette.canvas;
  return { fill, ink: look.fill === 'team' ? palette.teamText : palette.text, dashed: strength === 0 };
}

/** `share` of colour `a` over colour `b` (both #rrggbb). */
function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
