import { randomUUID } from 'node:crypto';
import type { AccountFile } from '../../../shared/exchange';

/** A `.powermap` read and checked, held while the user chooses between merging it and importing it as a copy. */
export interface PendingFile {
  fileName: string;
  file: AccountFile;
}

/** Files kept for the choice: only the latest few (a choice not made is simply dropped). */
const KEPT = 4;

/**
 * `.powermap` files of an account that is here already (issue 12, point 7): exchange.import reads the
 * file once and, asked to, keeps it here instead of importing it; merge.preview or a second
 * exchange.import then take it by id, so the user is not asked for the file again.
 */
export function createPendingFiles() {
  const files = new Map<string, PendingFile>();
  return {
    keep(pending: PendingFile): string {
      const id = randomUUID();
      files.set(id, pending);
      while (files.size > KEPT) files.delete(files.keys().next().value!);
      return id;
    },
    get(id: string): PendingFile | undefined {
      return files.get(id);
    },
    drop(id: string): void {
      files.delete(id);
    },
  };
}

export type PendingFiles = ReturnType<typeof createPendingFiles>;
