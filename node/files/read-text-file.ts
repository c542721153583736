import { readFile, stat } from 'node:fs/promises';
import { MAX_FILE_BYTES, tooLargeMessage } from '../../shared/exchange';
import { fail, ok } from '../../shared/model';
import type { Result } from '../../shared/model';

/**
 * Reads an exchange file as UTF-8 text, refusing it before reading when it is over the size limit, and
 * refusing bytes that are not UTF-8 (a file saved in a legacy encoding such as GBK) rather than
 * importing names full of replacement characters.
 */
export async function readTextFile(path: string): Promise<Result<string>> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('invalid-file', `${path} is not a file.`);
    if (info.size > MAX_FILE_BYTES) return fail('invalid-file', tooLargeMessage(info.size));
    bytes = await readFile(path);
  } catch (error) {
    return fail('io', `Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('invalid-file', 'The file is not UTF-8 text; Power Map files are always saved as UTF-8.');
  }
}
