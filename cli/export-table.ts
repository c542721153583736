import { extname } from 'node:path';
import { EXPORT_FORMATS_TABLE, type TableFormat } from '../shared/import/types';
import type { AccountData } from '../shared/model';
import { peopleTable } from '../node/import/people-table';
import type { ParsedArgs } from './args';

/** `power-map export <account> --format csv|xlsx --out <file>`: the people table, as the app writes it. */

export const isTableFormat = (format: unknown): format is TableFormat => (EXPORT_FORMATS_TABLE as readonly unknown[]).includes(format);

export interface ExportTableIo {
  out(text: string): void;
  err(text: string): void;
  writeFile(path: string, contents: Uint8Array): Promise<string | null>;
}

export async function exportTableCommand(
  args: ParsedArgs,
  format: TableFormat,
  io: ExportTableIo,
  loadAccount: (path: string) => Promise<AccountData | string>,
): Promise<0 | 1 | 2> {
  const files = args.positional;
  const out = args.options.get('out');
  if (files.length !== 1) {
    io.err(`A ${format.toUpperCase()} people table holds one account; give one .powermap file.`);
    return 2;
  }
  if (typeof out !== 'string' || out.trim() === '') {
    io.err('--out must name the file to write.');
    return 2;
  }
  const promised = extname(out).slice(1).toLowerCase();
  if (promised !== format && ['csv', 'xlsx', 'powermap', 'pptx', 'png', 'svg', 'pdf'].includes(promised)) {
    io.err(`--out "${out}" names a .${promised} file, but --format is ${format}: use a .${format} name.`);
    return 2;
  }
  const data = await loadAccount(files[0] as string);
  if (typeof data === 'string') {
    io.err(data);
    return 1;
  }
  const failure = await io.writeFile(out, await peopleTable(data, format, args.options.has('include-private')));
  if (failure) {
    io.err(failure);
    return 1;
  }
  io.out(`Wrote ${out} (${data.people.length} people)\n`);
  return 0;
}
