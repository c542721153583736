import { existsSync } from 'node:fs';
import { readAccountFile } from '../../shared/exchange';
import { isCalendarDate } from '../../shared/model';
import { backupFile } from '../../node/db/backup';
import type { FileAccess } from '../../node/db/connection';
import { parseDbKey } from '../../node/db/db-key';
import { checkDatabase, type DbCheck } from '../../node/db/health';
import { restoreBackup } from '../../node/db/restore';
import { salvageDatabase } from '../../node/db/salvage';
import { createStore, StoreError, type LocalStore } from '../../node/db';
import type { ParsedArgs } from '../args';
import type { CliIo } from '../main';
import { describeCheck, plural } from './describe';

/**
 * `power-map db ...`: the app's data-safety jobs for IT and support, by the same node/db code the app
 * runs. Exit codes: 0 done (or healthy), 1 the database or a file could not be used, 2 the command was wrong.
 */

export const DB_USAGE = `Usage:
  power-map db check --db FILE [--json]         exit 0 healthy, 1 damaged or unreadable
  power-map db backup --db FILE --out BACKUP    a consistent copy, safe while the app runs
  power-map db restore BACKUP --db FILE         keeps the current database aside, never deletes it
  power-map db recover --db FILE --out NEW      salvages what can be read into a new database
  power-map db import <account.powermap>... --db FILE   creates the database if needed
  power-map db export-person --db FILE --person ID --out FILE.json
  power-map db erase-person --db FILE --person ID       PIPL art. 47 / GDPR art. 17; cannot be undone
  power-map db compact-history --db FILE --before YYYY-MM-DD [--account ID]
                    folds the history older than that day into a snapshot: the map as of an
                    earlier day is no longer available; the changes since stay as they are

Every job takes --key-file KEY: the recovery key Power Map saved (64 hex characters), which opens an
encrypted database, its backups, and encrypts what the job creates. Without it a new database is plain.
`;



const EXIT = { ok: 0, badFile: 1, usage: 2 } as const;

/** `access` carries the key read from --key-file (empty without it). */
type Job = (args: ParsedArgs, io: CliIo, db: string, access: FileAccess) => Promise<number>;

function stringOption(args: ParsedArgs, name: string): string | null {
  const value = args.options.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function failure(io: CliIo, message: string, code: number = EXIT.badFile): number {
  io.err(message);
  return code;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the database for a job that writes it, only when the start check would let the app open it. */
function openHealthy(db: string, io: CliIo, access: FileAccess, { create = false } = {}): LocalStore | number {
  const check = checkDatabase(db, access);
  if (check.status === 'new' && !create && !existsSync(db)) return failure(io, `No such database: ${db}`);
  if (!check.ok || check.status === 'read-only') return failure(io, describeCheck(check));
  try {
    return createStore(db, access);
  } catch (error) {
    return failure(io, error instanceof StoreError ? `${db}: ${error.code}: ${error.message}` : errorText(error));
  }
}

const check: Job = async (args, io, db, access) => {
  const result: DbCheck = existsSync(db) ? checkDatabase(db, access) : { ...checkDatabase(db), ok: false, problems: [{ code: 'new', detail: 'no such file' }] };
  if (args.options.has('json')) {
    const { ok, status, schemaVersion, accounts, people, problems, lockHolder, fullCheck, encrypted } = result;
    io.out(`${JSON.stringify({ ok, status, schemaVersion, accounts, people, problems, lockHolder, fullCheck, encrypted }, null, 2)}\n`);
  } else {
    io.out(`${describeCheck(result)}\n`);
  }
  return result.ok ? EXIT.ok : EXIT.badFile;
};

const backup: Job = async (args, io, db, access) => {
  const out = stringOption(args, 'out');
  if (!out) return failure(io, '--out must name the backup file to write.', EXIT.usage);
  if (existsSync(out)) return failure(io, `${out} already exists; choose a new name for the backup.`);
  const result = checkDatabase(db, { probeLock: false, ...access });
  if (!existsSync(db) || !result.ok) return failure(io, existsSync(db) ? describeCheck(result) : `No such database: ${db}`);
  await backupFile(db, out, access);
  io.out(`Backed up ${db} to ${out} (${countsText(result.accounts ?? 0, result.people ?? 0)}${result.encrypted ? ', encrypted with the same key' : ''})\n`);
  return EXIT.ok;
};

const restore: Job = async (args, io, db, access) => {
  const [source, ...extra] = args.positional.slice(1);
  if (!source || extra.length > 0) return failure(io, `power-map db restore takes one backup file.\n\n${DB_USAGE}`, EXIT.usage);
  if (existsSync(db)) {
    const current = checkDatabase(db, { fullCheckMaxBytes: 0, ...access });
    if (current.status === 'locked') return failure(io, describeCheck(current));
  }
  try {
    const outcome = await restoreBackup(source, db, new Date(), access);
    const store = createStore(db, access);
    const erased = store.applyErasures(outcome.erasures);
    store.close();
    io.out(
      `Restored ${source} to ${db}` +
        (outcome.keptAside ? `\nThe database that was there is kept as ${outcome.keptAside}` : '') +
        (erased > 0 ? `\nErased again ${peopleText(erased)} erased after the backup was made` : '') +
        '\n',
    );
    return EXIT.ok;
  } catch (error) {
    return failure(io, errorText(error));
  }
};

const recover: Job = async (args, io, db, access) => {
  const out = stringOption(args, 'out');
  if (!out) return failure(io, '--out must name the new database to write.', EXIT.usage);
  if (!existsSync(db)) return failure(io, `No such database: ${db}`);
  try {
    const report = salvageDatabase(db, out, undefined, access);
    const lines = report.tables.map(
      (t) => `  ${t.table.padEnd(14)} ${String(t.recovered).padStart(7)} saved${t.dropped ? `, ${t.dropped} dropped (what they belonged to was lost)` : ''}${t.unreadable ? ', part of the table was unreadable' : ''}`,
    );
    io.out(`Salvaged ${db} into ${out}:\n${lines.join('\n')}\n${db} was not changed.\n`);
    return EXIT.ok;
  } catch (error) {
    return failure(io, errorText(error));
  }
};

const importFiles: Job = async (args, io, db, access) => {
  const files = args.positional.slice(1);
  if (files.length === 0) return failure(io, `power-map db import needs at least one .powermap file.\n\n${DB_USAGE}`, EXIT.usage);
  const parsed = [];
  for (const file of files) {
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      return failure(io, `Could not read ${file}: ${errorText(error)}`);
    }
    const account = readAccountFile(text);
    if (!account.ok) return failure(io, `${file}: ${account.error.message}`);
    parsed.push({ file, data: account.value.data, history: account.value.history ?? undefined });
  }
  const store = openHealthy(db, io, access, { create: true });
  if (typeof store === 'number') return store;
  try {
    for (const { file, data, history } of parsed) {
      const outcome = store.importAccount(data, history);
      io.out(`Imported ${file}: ${outcome.accountName}${outcome.copied ? ' (as a copy: its ids were already in the database)' : ''}\n`);
      if (outcome.erasedLeftOut) io.out(`  Left out ${peopleText(outcome.erasedLeftOut)} erased from this database (they stay erased)\n`);
      if (outcome.historyKept) io.out(`  Kept its history: ${outcome.historyKept} recorded changes\n`);
      if (outcome.historyLeftOut) io.out(`  Left out its history (${outcome.historyLeftOut} recorded changes): a copy starts a history of its own\n`);
    }
    return EXIT.ok;
  } catch (error) {
    return failure(io, errorText(error));
  } finally {
    store.close();
  }
};

function personOption(args: ParsedArgs, io: CliIo): string | number {
  return stringOption(args, 'person') ?? failure(io, '--person must give the id of the person.', EXIT.usage);
}

const exportPerson: Job = async (args, io, db, access) => {
  const person = personOption(args, io);
  if (typeof person === 'number') return person;
  const out = stringOption(args, 'out');
  if (!out) return failure(io, '--out must name the JSON file to write.', EXIT.usage);
  const store = openHealthy(db, io, access);
  if (typeof store === 'number') return store;
  try {
    const data = store.exportPerson(person);
    if (!data) return failure(io, `No person with id ${person} in ${db}.`);
    const written = await io.writeFile(out, new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`));
    if (written) return failure(io, written);
    io.out(`Wrote everything held about ${data.person.name} to ${out}\n`);
    return EXIT.ok;
  } finally {
    store.close();
  }
};

const erasePerson: Job = async (args, io, db, access) => {
  const person = personOption(args, io);
  if (typeof person === 'number') return person;
  const store = openHealthy(db, io, access);
  if (typeof store === 'number') return store;
  try {
    const erased = store.erasePerson(person);
    if (!erased) return failure(io, `No person with id ${person} in ${db}.`);
    io.out(`Erased person ${person} and every record of them from ${db}. Backups made before now keep them until they rotate out (at most five weeks); restoring one erases them again.\n`);
    return EXIT.ok;
  } finally {
    store.close();
  }
};

const compactHistory: Job = async (args, io, db, access) => {
  const before = stringOption(args, 'before');
  if (!before || !isCalendarDate(before)) return failure(io, `--before must give a day as YYYY-MM-DD.\n\n${DB_USAGE}`, EXIT.usage);
  const account = stringOption(args, 'account') ?? undefined;
  const store = openHealthy(db, io, access);
  if (typeof store === 'number') return store;
  try {
    const done = store.compactHistory(before, account);
    if (done.length === 0) {
      io.out(`Nothing recorded before ${before} to compact in ${db}.\n`);
      return EXIT.ok;
    }
    const names = new Map(store.listAccounts().map((a) => [a.id, a.name] as const));
    for (const result of done) {
      io.out(
        `${names.get(result.accountId) ?? result.accountId}: ${plural(result.removed, 'recorded change', 'recorded changes')} before ${before} folded into ` +
          `${plural(result.baseline, 'baseline record', 'baseline records')} and a snapshot; the map is exact from ${result.firstDay} on.\n`,
      );
    }
    return EXIT.ok;
  } catch (error) {
    return failure(io, error instanceof StoreError ? `${db}: ${error.message}` : errorText(error));
  } finally {
    store.close();
  }
};

const JOBS: Record<string, Job> = {
  check,
  backup,
  restore,
  recover,
  import: importFiles,
  'export-person': exportPerson,
  'erase-person': erasePerson,
  'compact-history': compactHistory,
};

export async function dbCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [job] = args.positional;
  if (!job || args.options.has('help') || job === 'help') {
    io.out(DB_USAGE);
    return job ? EXIT.ok : EXIT.usage;
  }
  const run = JOBS[job];
  if (!run) return failure(io, `Unknown db job "${job}".\n\n${DB_USAGE}`, EXIT.usage);
  const db = stringOption(args, 'db');
  if (!db) return failure(io, `--db must name the database file.\n\n${DB_USAGE}`, EXIT.usage);
  const access = await readKeyFile(args, io);
  if (typeof access === 'number') return access;
  return run(args, io, db, access);
}

/** The key of --key-file: a file holding the 64 hex characters of a recovery key (whitespace around them ignored). */
async function readKeyFile(args: ParsedArgs, io: CliIo): Promise<FileAccess | number> {
  if (!args.options.has('key-file')) return {};
  const path = stringOption(args, 'key-file');
  if (!path) return failure(io, '--key-file must name the recovery key file.', EXIT.usage);
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    return failure(io, `Could not read the key file ${path}: ${errorText(error)}`);
  }
  const key = parseDbKey(text);
  if (key === null) {
    return failure(io, `${path} is not a Power Map recovery key: it must hold exactly 64 hexadecimal characters (0-9, a-f), as Settings -> Save recovery key… writes them.`);
  }
  return { key };
}

const peopleText = (n: number) => plural(n, 'person', 'people');
const countsText = (accounts: number, people: number) => `${plural(accounts, 'account', 'accounts')}, ${peopleText(people)}`;
