import type { ImportRefusal, RefusalCode } from '../../shared/import/types';
import type { AppError } from '../../shared/model';

/** A source the importer will not read, with what and where; nothing has been written. */
export interface Refused {
  refused: ImportRefusal;
}

export function refusal(code: RefusalCode, message: string, params: ImportRefusal['params'] = {}): Refused {
  return { refused: { code, message, params } };
}

export function isRefused(value: unknown): value is Refused {
  return typeof value === 'object' && value !== null && 'refused' in value;
}

/** The refusal as the error value IPC and the command line carry: English message, key for the page. */
export function refusalError(refused: ImportRefusal): AppError {
  return { code: 'invalid-file', message: refused.message, key: `import.refused.${refused.code}`, params: refused.params };
}
