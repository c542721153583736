import { z } from 'zod';
import { accountDataSchema } from '../model';
import type { AccountData, AccountSummary, IsoDate, Op, Result } from '../model';
import type { PortfolioRow } from '../analysis/portfolio';
import type { Channel, MenuCommand } from './channels';
import { importArgSchemas, type ImportResultTypes, type OpenedFile } from './import-contract';

/**
 * The IPC contract, written once. Each channel has an argument schema (checked in the main process
 * before any handler runs) and a result type. The preload exposes exactly these channels; the
 * renderer's client and the main-side handlers are both typed from this file.
 */

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The analysis thresholds DOMAIN leaves to judgement, with its defaults; shown and editable in the app. */
export interface AnalysisSettings {
  /** Share of weighted coverage (0-1] one person may carry before it counts as a single thread. */
  concentrationThreshold: number;
  /** Top share (0-1] of the account by outgoing influence (the people they sway) that counts as hidden influence. */
  hiddenInfluenceQuantile: number;
}

const share = z.number().gt(0).max(1);
export const analysisSettingsSchema = z.strictObject({ concentrationThreshold: share, hiddenInfluenceQuantile: share });

export interface Settings {
  /** null: follow the operating system's locale */
  locale: Locale | null;
  theme: Theme;
  analysis: AnalysisSettings;
}

export interface AppInfo {
  version: string;
  dbPath: string;
  /** The OS locale as reported by the main process, e.g. "zh-CN" or "en-US". */
  systemLocale: string;
}

export interface SearchHit {
  accountId: string;
  accountName: string;
  /** null when the account itself matched */
  personId: string | null;
  personName: string | null;
  personTitle: string | null;
}

export interface ImportOutcome {
  accountId: string;
  accountName: string;
  /** true when ids already existed and the account was imported as a copy with new ids */
  copied: boolean;
  /** People of the file left out because they were erased from this database (the erasure register). */
  erasedLeftOut?: number;
  /** Change records of the file's history kept with the account (an import of the file's own ids). */
  historyKept?: number;
  /** Change records of the file's history left out because the account was imported as a copy. */
  historyLeftOut?: number;
  /**
   * Set (and nothing written) when asked (`ifExists: 'ask'`) and the file's account is here already: the
   * file is kept under `pendingId` for merge.preview, or for exchange.import again to import it as a copy.
   * `accountId` is then the account here, `accountName` the file's name for it, `mineName` the one here.
   */
  existing?: { pendingId: string; fileName: string; mineName: string };
}

/** Formats and PNG scales the app exports (the same lists as the command line's). */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'pptx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const PNG_SCALES = [1, 2, 4] as const;
/**
 * Most pixels one exported image holds: 32 megapixels, a 4x of a map the size of the demo account
 * (6,768 x 4,472) and more than an A3 print at 300 dpi. A larger map at a high scale is drawn at the
 * largest scale that fits (a 300-person map at 4x: about 1.5x, some 6,900 x 4,600 pixels), never below
 * 1x; the result says which scale it got, so callers can tell the user. Without it a 300-person 4x would
 * be 210 megapixels, ten seconds of drawing and a file most viewers refuse.
 */
export const PNG_PIXEL_BUDGET = 32_000_000;

/** A PNG as drawn: its size in pixels and the scale it got (less than asked for past PNG_PIXEL_BUDGET). */
export interface DrawnImage {
  width: number;
  height: number;
  scale: number;
}

export interface ExportProgress {
  jobId: string;
  done: number;
  total: number;
}

export * from './safety-contract';
import { safetyArgSchemas, type SafetyResultTypes } from './safety-contract';
import { historyArgSchemas, type HistoryResultTypes } from './history-contract';
import { editOpsSchema, planArgSchemas, type PlanResultTypes } from './plan-contract';

const empty = z.strictObject({});
const accountRef = z.strictObject({ accountId: z.string().min(1).max(64) });

export const argSchemas = {
  'app.info': empty,
  /** The day analyses and new dates count from: the main process's clock, which tests pin. */
  'app.today': empty,
  'settings.get': empty,
  'settings.set': z.strictObject({
    locale: z.enum(LOCALES).nullable().optional(),
    theme: z.enum(THEMES).optional(),
    analysis: analysisSettingsSchema.optional(),
  }),
  'accounts.list': empty,
  'accounts.open': accountRef,
  /** Deletes an account and everything in it; returns what was deleted so the renderer can undo. */
  'accounts.delete': accountRef,
  /** Puts back an account returned by accounts.delete (same ids). */
  'accounts.restore': z.strictObject({ data: accountDataSchema }),
  /** One user edit: the ops run in one transaction, all or nothing. */
  'edit.apply': z.strictObject({ ops: editOpsSchema }),
  'search.query': z.strictObject({ text: z.string().max(200), limit: z.number().int().min(1).max(500).optional() }),
  /** Asks where to save (native dialog) and writes the account as a .powermap file. */
  'exchange.export': accountRef,
  /**
   * Asks which .powermap file to open (native dialog), checks it, and imports it; with a path, imports
   * that file, which must be one the OS handed the app (OPEN_FILE_EVENT). With `ifExists: 'ask'`, a file
   * of an account that is here (same id) is not imported but kept (the outcome's `existing`) so the user
   * can choose to merge it; `pendingId` then imports that kept file as a copy.
   */
  'exchange.import': z.strictObject({
    path: z.string().min(1).max(4_096).optional(),
    ifExists: z.enum(['copy', 'ask']).optional(),
    pendingId: z.string().min(1).max(64).optional(),
  }),
  /** Every account's headline analysis, riskiest first, with the thresholds from the settings. */
  'portfolio.list': empty,
  /**
   * Asks where to save (native dialog), draws the map or builds the deck, and writes the file whole or
   * not at all. Progress arrives as EXPORT_PROGRESS_EVENT with the same jobId; export.cancel stops it.
   */
  'export.save': z.strictObject({
    jobId: z.string().min(1).max(64),
    accountIds: z.array(z.string().min(1).max(64)).min(1).max(500),
    format: z.enum(EXPORT_FORMATS),
    scale: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(2),
    transparent: z.boolean().default(false),
    editable: z.boolean().default(false),
    includePrivate: z.boolean().default(false),
    /** PPTX: each account gets a "What changed since <its latest snapshot>" slide (issue 12). */
    changesSince: z.boolean().optional(),
    locale: z.enum(LOCALES),
  }),
  'export.cancel': z.strictObject({ jobId: z.string().min(1).max(64) }),
  /**
   * Puts the window into full screen or takes it out, as the window (not the page: Electron ends a page's
   * own full screen on Escape, which the workshop needs for itself). FULL_SCREEN_EVENT reports changes.
   */
  'window.setFullScreen': z.strictObject({ on: z.boolean() }),
  ...safetyArgSchemas,
  ...importArgSchemas,
  ...historyArgSchemas,
  ...planArgSchemas,
} as const satisfies Record<Channel, z.ZodType>;

export type ArgsOf<C extends Channel> = z.input<(typeof argSchemas)[C]>;

export interface ResultTypes extends SafetyResultTypes, ImportResultTypes, HistoryResultTypes, PlanResultTypes {
  'app.info': AppInfo;
  'app.today': IsoDate;
  'settings.get': Settings;
  'settings.set': Settings;
  'accounts.list': AccountSummary[];
  'accounts.open': AccountData;
  'accounts.delete': AccountData;
  'accounts.restore': AccountSummary;
  'edit.apply': { updatedAt: string };
  'search.query': SearchHit[];
  'exchange.export': { path: string };
  'exchange.import': ImportOutcome;
  'portfolio.list': PortfolioRow[];
  /** image: a PNG's size and scale, so the user can be told when the scale had to be reduced */
  'export.save': { path: string; image?: DrawnImage };
  'export.cancel': { cancelled: boolean };
  /** changed: false when the window already was in the state asked for (or there is no window). */
  'window.setFullScreen': { changed: boolean };
}
export type ResultOf<C extends Channel> = ResultTypes[C];

/** The object the preload exposes on `window.powerMap`. */
export interface PowerMapApi {
  call: { [C in Channel]: (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>> };
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
  onFullScreenChange(listener: (fullScreen: boolean) => void): () => void;
  /** A file the OS handed the app: a .powermap to import as an account, or a contacts table to import. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
}

export type { Op };
