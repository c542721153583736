import type { Analysis, AnalysisLocale } from '../../shared/analysis';
import type { AccountData } from '../../shared/model';
import { openActionsByPerson, type AccountPlan } from '../../shared/plan';
import { buildScene, sceneToSvg } from '../../shared/visual';
import { nextTurn } from './cancel';
import { buildDeck } from './deck';
import type { DeckChanges } from './deck-changes';
import { svgToPdf } from './pdf';
import type { ExportFormat, PngScale } from './formats';
import { svgToPng } from './png';

/**
 * One export of one account (or a deck of several), the same for the app and the command line.
 * Map images carry the map's own words only (names, titles, bands, legend, the account's name);
 * private fields can only reach a deck's people table, and only with `includePrivate`.
 */
export { EXPORT_FORMATS, type ExportFormat } from './formats';

export interface ExportOptions {
  format: ExportFormat;
  locale: AnalysisLocale;
  /** PNG only */
  scale: PngScale;
  /** PNG and SVG: a transparent page instead of white */
  transparent: boolean;
  /** PPTX only: the map as native shapes instead of an image */
  editable: boolean;
  includePrivate: boolean;
  today: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * Stops the export at its next step (between slides, before and after drawing an image, or a band not
   * yet drawing), which then rejects with ExportCancelled (cancel.ts).
   */
  signal?: AbortSignal;
  /** PNG only: the image's size and the scale it got (less than asked for a map past PNG_PIXEL_BUDGET). */
  onPngDrawn?: (image: { width: number; height: number; scale: number }) => void;
}

export interface ExportAccount {
  data: AccountData;
  analysis: Analysis;
  /** PPTX only: the comparison for a "What changed since <snapshot>" slide. */
  changes?: DeckChanges;
  /** The account's contact log and actions: people with open actions carry the flag badge in the drawing; a deck gains its Plan slide. */
  plan?: AccountPlan;
}

export async function renderExport(accounts: readonly ExportAccount[], options: ExportOptions): Promise<Uint8Array> {
  if (options.format === 'pptx') {
    return buildDeck(accounts, {
      locale: options.locale,
      editable: options.editable,
      includePrivate: options.includePrivate,
      today: options.today,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
  const first = accounts[0];
  if (!first || accounts.length > 1) throw new RangeError(`A ${options.format.toUpperCase()} export draws one account.`);
  const scene = buildScene(first.data, {
    theme: 'light',
    locale: options.locale,
    background: options.transparent && options.format !== 'pdf' ? 'transparent' : 'white',
    legend: true,
    subtitle: options.today,
    today: options.today,
    ...(first.plan ? { openActions: openActionsByPerson(first.plan) } : {}),
  });
  const svg = sceneToSvg(scene);
  options.onProgress?.(1, 2);
  // The main process handles a waiting Cancel here, before the long part.
  await nextTurn(options.signal);
  let bytes: Uint8Array;
  if (options.format === 'svg') bytes = new TextEncoder().encode(svg);
  else if (options.format === 'png') {
    const image = await svgToPng(svg, scene, options.scale, options.signal ? { signal: options.signal } : {});
    options.onPngDrawn?.({ width: image.width, height: image.height, scale: image.scale });
    bytes = image.png;
  } else bytes = await svgToPdf(svg, scene, { title: first.data.account.name });
  await nextTurn(options.signal);
  options.onProgress?.(2, 2);
  return bytes;
}
