/** The contract's lists, in a light module so the command line checks options without loading the libraries. */
export { EXPORT_FORMATS, PNG_SCALES, type ExportFormat } from '../../shared/ipc/contract';
export type PngScale = 1 | 2 | 4;

/**
 * Most pixels one exported image holds: 32 megapixels, a 4x of a map the size of the demo account
 * (6,768 x 4,472) and more than an A3 print at 300 dpi. A larger map at a high scale is drawn at the
 * largest scale that fits (a 300-person map at 4x: about 1.5x, some 6,900 x 4,600 pixels), never below
 * 1x; the result says which scale it got, so callers can tell the user. Without it a 300-person 4x would
 * be 210 megapixels, ten seconds of drawing and a file most viewers refuse.
 */
export const PNG_PIXEL_BUDGET = 32_000_000;
