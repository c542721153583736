/** The contract's lists, in a light module so the command line checks options without loading the libraries. */
export { EXPORT_FORMATS, PNG_PIXEL_BUDGET, PNG_SCALES, type ExportFormat } from '../../shared/ipc/contract';
export type PngScale = 1 | 2 | 4;
