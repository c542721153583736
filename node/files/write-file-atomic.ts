import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fail, ok } from '../../shared/model';
import type { Result } from '../../shared/model';

/**
 * Writes a whole file or nothing: the contents go to a temporary file in the same folder (so the
 * rename stays on one file system and is atomic), is flushed to disk, then replaces the target.
 * On any failure the temporary file is removed and the target is left as it was.
 */
export async function writeFileAtomic(target: string, contents: string | Uint8Array): Promise<Result<null>> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(contents, typeof contents === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return ok(null);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    return fail('io', `Could not write ${target}: ${reason}`);
  }
}
