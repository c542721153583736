import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { adviseFinding, analysisReport, analyze, explainFinding, findingTitle, type AnalysisLocale } from '../shared/analysis';
import { localToday } from '../shared/edit/defaults';
import { readAccountFile, type AccountFile } from '../shared/exchange';
import { isCalendarDate, type AccountData } from '../shared/model';
import { EXPORT_FORMATS, PNG_PIXEL_BUDGET, PNG_SCALES, type ExportFormat, type PngScale } from '../node/export/formats';
import { writeFileAtomic } from '../node/files/write-file-atomic';
import { readTextFile } from '../node/files/read-text-file';
import { parseArgs, type ParsedArgs } from './args';
import { terminalSafeAccount, terminalSafeOutput } from './terminal-text';
import { DB_VALUED_OPTIONS } from './db/options';
import { exportTableCommand, isTableFormat } from './export-table';
import { IMPORT_PEOPLE_HELP, IMPORT_PEOPLE_USAGE, importPeopleCommand } from './import-people';
import { AGENDA_HELP, AGENDA_USAGE, agendaCommand } from './agenda';
import { DIFF_HELP, DIFF_USAGE, diffCommand } from './diff';
import { MERGE_HELP, MERGE_USAGE, mergeCommand } from './merge';
import { AS_OF_HELP, accountOnDay, asOfOption } from './as-of';

/**
 * `power-map`: the app's analysis from the command line, on a .powermap file. The same shared/
 * functions as the app, so the command line and the findings panel never disagree.
 * Exit codes: 0 done, 1 the file could not be used, 2 the command was wrong.
 */

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  readText(path: string): Promise<string>;
  /** A contacts file's bytes (import-people); Node's own reader when not given. */
  readBytes?(path: string): Promise<Uint8Array>;
  /** Writes a whole file or nothing; resolves to an error message on failure. */
  writeFile(path: string, contents: Uint8Array): Promise<string | null>;
}

export const EXIT = { ok: 0, badFile: 1, usage: 2 } as const;

const USAGE = `Usage:
  power-map analyze <file.powermap> [--json] [--lang en|zh-CN] [--today YYYY-MM-DD]
                    [--concentration 0.6] [--hidden-quantile 0.25] [--as-of YYYY-MM-DD]
  power-map export <file.powermap> [more.powermap ...] --format pptx|png|svg|pdf --out <path>
                    [--scale 1|2|4] [--transparent] [--editable] [--include-private]
                    [--lang en|zh-CN] [--today YYYY-MM-DD] [--as-of YYYY-MM-DD]
  power-map db check|backup|restore|recover|import|export-person|erase-person|compact-history --db FILE ...
                    (power-map db help lists them)
  power-map export <file.powermap> --format csv|xlsx --out <path> [--include-private]
${DIFF_USAGE}
${MERGE_USAGE}
${IMPORT_PEOPLE_USAGE}
${AGENDA_USAGE}

  analyze   Prints the account's coverage, single-thread risk, red flags and every other finding,
            each explained in words (--json: the full analysis as JSON).
  --lang    Language of the text (default: from LANG, else English).
  --today   The day to count contact ages to (default: today).
  --concentration    Share of weighted coverage one person may carry before it is a single thread.
  --hidden-quantile  Top share of the account by outgoing influence (people they sway) that counts as hidden influence.
${AS_OF_HELP}

  export    Draws the map with its legend (PNG at 1x/2x/4x, SVG with text as text, PDF), or builds a
            16:9 deck (PPTX: title, map, findings, people by layer; several files make a portfolio
            deck). --editable draws the deck's map with native shapes; --transparent leaves the
            image's background clear; private notes, contact details and personal drivers
            appear only with --include-private. The file is written whole or not at all.
            csv|xlsx writes the people table (ids included; CSV is UTF-8 with a BOM), which
            import-people reads back: rows with an id update those people.

${DIFF_HELP}
${MERGE_HELP}

${IMPORT_PEOPLE_HELP}

${AGENDA_HELP}
`;

function localeFrom(option: string | true | undefined, env: CliIo['env']): AnalysisLocale | null {
  if (typeof option === 'string') return option === 'en' || option === 'zh-CN' ? option : option === 'zh' ? 'zh-CN' : null;
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return system.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function shareOption(args: ParsedArgs, name: string): number | undefined | Error {
  const raw = args.options.get(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(value) || value <= 0 || value > 1) {
    return new Error(`--${name} must be a number above 0 and at most 1, got "${String(raw)}".`);
  }
  return value;
}

/** The file's account, or as of a day (`asOf`) rebuilt from the history it carries; a string says why not. */
async function loadAccount(path: string, io: CliIo, asOf?: string): Promise<AccountData | string> {
  const file = await loadAccountFile(path, io);
  if (typeof file === 'string') return file;
  return asOf === undefined ? file.data : accountOnDay(path, file, asOf);
}

/** A checked `.powermap` file, its history included, or what is wrong with it. */
async function loadAccountFile(path: string, io: CliIo): Promise<AccountFile | string> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `No such file: ${path}`;
    if (code === 'EISDIR') return `${path} is a folder, not a .powermap file.`;
    if ((error as { readerMessage?: boolean }).readerMessage) return `${path}: ${(error as Error).message}`;
    return `Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  const parsed = readAccountFile(text);
  if (!parsed.ok) return `${path}: ${parsed.error.message}${parsed.error.details && parsed.error.details.length > 1 ? `\n  ${parsed.error.details.join('\n  ')}` : ''}`;
  return parsed.value;
}

async function analyzeCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [file, ...extra] = args.positional;
  if (!file || extra.length > 0) {
    io.err(`power-map analyze takes one file.\n\n${USAGE}`);
    return EXIT.usage;
  }
  const locale = localeFrom(args.options.get('lang'), io.env);
  if (!locale) {
    io.err(`--lang must be en or zh-CN, got "${String(args.options.get('lang'))}".`);
    return EXIT.usage;
  }
  const today = args.options.get('today');
  if (today !== undefined && (typeof today !== 'string' || !isCalendarDate(today))) {
    io.err(`--today must be a date as YYYY-MM-DD, got "${String(today)}".`);
    return EXIT.usage;
  }
  const concentration = shareOption(args, 'concentration');
  const quantile = shareOption(args, 'hidden-quantile');
  const asOf = asOfOption(args);
  for (const option of [concentration, quantile, asOf]) {
    if (option instanceof Error) {
      io.err(option.message);
      return EXIT.usage;
    }
  }

  const data = await loadAccount(file, io, asOf as string | undefined);
  if (typeof data === 'string') {
    io.err(data);
    return EXIT.badFile;
  }
  const analysis = analyze(data, {
    today: typeof today === 'string' ? today : localToday(),
    ...(typeof concentration === 'number' ? { concentrationThreshold: concentration } : {}),
    ...(typeof quantile === 'number' ? { hiddenInfluenceQuantile: quantile } : {}),
  });
  if (args.options.has('json')) {
    const messages = analysis.findings.map((f) => ({
      key: f.key,
      title: findingTitle(f.code, locale),
      text: explainFinding(f, data, locale),
      advice: adviseFinding(f, data, locale),
    }));
    io.out(`${JSON.stringify({ account: { id: data.account.id, name: data.account.name }, locale, analysis, messages }, null, 2)}\n`);
  } else {
    io.out(analysisReport(terminalSafeAccount(data), analysis, locale));
  }
  return EXIT.ok;
}

function usage(io: CliIo, message: string): number {
  io.err(message);
  return EXIT.usage;
}

async function exportCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const asOf = asOfOption(args);
  if (asOf instanceof Error) return usage(io, asOf.message);
  const tableFormat = args.options.get('format');
  if (isTableFormat(tableFormat)) return exportTableCommand(args, tableFormat, io, (path) => loadAccount(path, io, asOf));
  // Loaded only here, so `analyze` starts without the image and slide libraries.
  const { renderExport } = await import('../node/export/render');
  const files = args.positional;
  const format = args.options.get('format');
  const out = args.options.get('out');
  if (files.length === 0) return usage(io, `power-map export needs a .powermap file.\n\n${USAGE}`);
  if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return usage(io, `--format must be one of ${EXPORT_FORMATS.join(', ')}${format === undefined ? '' : `, got "${String(format)}"`}.`);
  }
  if (typeof out !== 'string' || out.trim() === '') return usage(io, '--out must name the file to write.');
  // A name that promises another kind of file would open in the wrong program (or not at all).
  const promised = extname(out).slice(1).toLowerCase();
  if (promised !== format && [...EXPORT_FORMATS, 'powermap'].includes(promised)) {
    return usage(io, `--out "${out}" names a .${promised} file, but --format is ${format}: use a .${format} name, or --format ${promised}.`);
  }
  if (files.length > 1 && format !== 'pptx') return usage(io, `Only a PPTX deck can hold several accounts; ${format.toUpperCase()} draws one.`);
  const scaleText = args.options.get('scale') ?? '2';
  const scale = Number(scaleText);
  if (!(PNG_SCALES as readonly number[]).includes(scale)) return usage(io, `--scale must be 1, 2 or 4, got "${String(scaleText)}".`);
  const locale = localeFrom(args.options.get('lang'), io.env);
  if (!locale) return usage(io, `--lang must be en or zh-CN, got "${String(args.options.get('lang'))}".`);
  const today = args.options.get('today');
  if (today !== undefined && (typeof today !== 'string' || !isCalendarDate(today))) return usage(io, `--today must be a date as YYYY-MM-DD, got "${String(today)}".`);
  const day = typeof today === 'string' ? today : localToday();

  const accounts = [];
  for (const file of files) {
    // The file's plan flags people with open actions and fills the deck's Plan slide; a past day has none (the plan is today's).
    const loaded = asOf === undefined ? await loadAccountFile(file, io) : await loadAccount(file, io, asOf);
    if (typeof loaded === 'string') {
      io.err(loaded);
      return EXIT.badFile;
    }
    const { data, plan } = 'plan' in loaded ? loaded : { data: loaded, plan: undefined };
    accounts.push({ data, analysis: analyze(data, { today: day }), ...(plan ? { plan } : {}) });
  }
  let bytes: Uint8Array;
  let drawn = '';
  try {
    bytes = await renderExport(accounts, {
      format: format as ExportFormat,
      locale,
      scale: scale as PngScale,
      transparent: args.options.has('transparent'),
      editable: args.options.has('editable'),
      includePrivate: args.options.has('include-private'),
      today: day,
      onPngDrawn(image) {
        drawn = image.scale === scale ? ` (${image.width} x ${image.height} pixels)` : ` (${image.width} x ${image.height} pixels: drawn at ${image.scale}x, the largest scale within ${PNG_PIXEL_BUDGET / 1_000_000} megapixels)`;
      },
    });
  } catch (error) {
    io.err(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.badFile;
  }
  const failure = await io.writeFile(out, bytes);
  if (failure) {
    io.err(failure);
    return EXIT.badFile;
  }
  io.out(`Wrote ${out}${drawn}\n`);
  return EXIT.ok;
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Names, notes and paths come from files and arguments: none may send control characters to the terminal.
  const io = terminalSafeOutput(rawIo);
  const parsed = parseArgs(
    argv,
    new Set(['lang', 'today', 'as-of', 'concentration', 'hidden-quantile', 'format', 'out', 'scale', 'into', 'encoding', 'sheet', 'map', 'on-duplicate', 'days', 'member', ...DB_VALUED_OPTIONS]),
    new Set(['json', 'help', 'transparent', 'editable', 'include-private']),
  );
  if (!parsed.ok) {
    io.err(`${parsed.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { args } = parsed;
  // Loaded only here, so `analyze` starts without the database.
  if (args.command === 'db') return (await import('./db/db-command')).dbCommand(args, io);
  if (args.options.has('help') || args.command === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (args.command === 'analyze') return analyzeCommand(args, io);
  if (args.command === 'export') return exportCommand(args, io);
  if (args.command === 'agenda') return agendaCommand(args, io, async (path) => {
      const file = await loadAccountFile(path, io);
      return typeof file === 'string' ? file : { data: file.data, plan: file.plan };
    });
  if (args.command === 'diff') {
    const locale = localeFrom(args.options.get('lang'), io.env);
    if (!locale) return usage(io, `--lang must be en or zh-CN, got "${String(args.options.get('lang'))}".`);
    const today = args.options.get('today');
    if (today !== undefined && (typeof today !== 'string' || !isCalendarDate(today))) return usage(io, `--today must be a date as YYYY-MM-DD, got "${String(today)}".`);
    return diffCommand(args, io, {
      locale,
      today: typeof today === 'string' ? today : undefined,
      load: (path) => loadAccount(path, io),
      usage: (message) => usage(io, `${message}\n\n${USAGE}`),
      badFile: EXIT.badFile,
      ok: EXIT.ok,
    });
  }
  if (args.command === 'merge') {
    const locale = localeFrom(args.options.get('lang'), io.env);
    if (!locale) return usage(io, `--lang must be en or zh-CN, got "${String(args.options.get('lang'))}".`);
    return mergeCommand(args, io, { locale, load: (path) => loadAccountFile(path, io), usage: (message) => usage(io, `${message}\n\n${USAGE}`), badFile: EXIT.badFile, ok: EXIT.ok });
  }
  if (args.command === 'import-people') {
    const readBytes = io.readBytes ?? (async (path: string) => new Uint8Array(await readFile(path)));
    return importPeopleCommand(args, { ...io, readBytes }, (path) => loadAccount(path, io));
  }
  io.err(args.command === null ? USAGE : `Unknown command "${args.command}".\n\n${USAGE}`);
  return EXIT.usage;
}

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  // The app's own reader: strict UTF-8 and the size limit, so the command line opens exactly what the app opens.
  async readText(path) {
    await stat(path); // a missing file keeps its ENOENT, which loadAccount words itself
    const text = await readTextFile(path);
    if (text.ok) return text.value;
    throw Object.assign(new Error(text.error.message), { readerMessage: true });
  },
  async writeFile(path, contents) {
    const written = await writeFileAtomic(path, contents);
    return written.ok ? null : written.error.message;
  },
};
