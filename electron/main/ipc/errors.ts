import { fail } from '../../../shared/model';
import type { Result } from '../../../shared/model';
import { StoreError } from '../../../node/db/store';

/**
 * Turns anything a handler throws into an error value, because a throw across IPC reaches the page as
 * a bare message: the store's own refusals keep their code, everything else is `internal`.
 */
export function errorResult(error: unknown): Result<never> {
  if (error instanceof StoreError) {
    const failed = fail(error.code, error.message);
    if (error.key === undefined || failed.ok) return failed;
    return { ok: false, error: { ...failed.error, key: error.key } };
  }
  if (error instanceof Error) return fail('internal', error.message || error.name);
  return fail('internal', String(error));
}

export function accountNotFound(accountId: string): Result<never> {
  return fail('not-found', `No account with id "${accountId}".`);
}
