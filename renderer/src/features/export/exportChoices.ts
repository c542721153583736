import type { ArgsOf, ExportFormat, Locale } from '../../../../shared/ipc';

/**
 * What the user picks in the export dialog, and what those picks mean for the export.save call.
 * Plain data and pure functions, so the rules (a portfolio is a deck, private fields only reach a deck's
 * people table, the background only applies to PNG and SVG) are tested without a window.
 */

/** The map formats the pipeline draws, plus the account file a colleague imports into Power Map. */
export type DialogFormat = ExportFormat | 'powermap';
/** The order the cards are shown in: slides first, because account reviews are what the map is for. */
export const DIALOG_FORMATS: readonly DialogFormat[] = ['pptx', 'png', 'svg', 'pdf', 'powermap'];

export type PngScale = 1 | 2 | 4;
export const SCALES: readonly PngScale[] = [1, 2, 4];
export type Background = 'white' | 'transparent';
export const BACKGROUNDS: readonly Background[] = ['white', 'transparent'];
/** How the map sits on its slide: one crisp picture, or PowerPoint shapes a presenter can still move. */
export type MapStyle = 'image' | 'shapes';
export const MAP_STYLES: readonly MapStyle[] = ['image', 'shapes'];

export interface ExportChoices {
  format: DialogFormat;
  scale: PngScale;
  background: Background;
  mapStyle: MapStyle;
  includePrivate: boolean;
  /** PPTX: a "What changed since <snapshot>" slide per account, against its latest snapshot (issue 12). */
  changesSince: boolean;
}

/** Private fields stay out unless the user asks, every time the app starts. */
export const DEFAULT_CHOICES: ExportChoices = { format: 'pptx', scale: 2, background: 'white', mapStyle: 'image', includePrivate: false, changesSince: false };

/** What the dialog was opened for: the account on screen, or the accounts the portfolio shows (one deck). */
export interface ExportRequest {
  accountIds: string[];
  /** 'portfolio' builds one deck with an overview slide; only PPTX can hold several accounts. */
  source?: 'account' | 'portfolio';
}

export const isDeckOnly = (request: ExportRequest): boolean => request.source === 'portfolio' || request.accountIds.length > 1;

/** Why a format cannot be picked for this request, or null when it can. */
export function unavailableReason(format: DialogFormat, request: ExportRequest): 'deckOnly' | null {
  return isDeckOnly(request) && format !== 'pptx' ? 'deckOnly' : null;
}

/** The format an export would use: the remembered pick, unless this request cannot take it. */
export function effectiveFormat(choices: ExportChoices, request: ExportRequest): DialogFormat {
  return unavailableReason(choices.format, request) === null ? choices.format : 'pptx';
}

/** Which options mean something for a format; the dialog shows only those. */
export function optionsFor(format: DialogFormat) {
  return {
    scale: format === 'png',
    background: format === 'png' || format === 'svg',
    mapStyle: format === 'pptx',
    // Map pictures never carry private fields; only the deck's people table can, and only when asked.
    includePrivate: format === 'pptx',
    changesSince: format === 'pptx',
  };
}

/** The export.save payload for the picks; options a format ignores go as their safe defaults. */
export function saveArgs(choices: ExportChoices, request: ExportRequest, locale: Locale, jobId: string): ArgsOf<'export.save'> {
  const format = effectiveFormat(choices, request);
  if (format === 'powermap') throw new RangeError('The .powermap file is written by exchange.export, not export.save.');
  const applies = optionsFor(format);
  return {
    jobId,
    accountIds: [...request.accountIds],
    format,
    scale: applies.scale ? choices.scale : 2,
    transparent: applies.background && choices.background === 'transparent',
    editable: applies.mapStyle && choices.mapStyle === 'shapes',
    includePrivate: applies.includePrivate && choices.includePrivate,
    ...(applies.changesSince && choices.changesSince ? { changesSince: true } : {}),
    locale,
  };
}
