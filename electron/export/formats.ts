/** What can be exported, in a module of its own so the command line can check options without loading the libraries. */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'pptx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** PNG scales the app offers: 1x for documents, 2x for screens, 4x for print and large projectors. */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
