import { z } from 'zod';
import { accountDataSchema } from '../model';
import { accountPlanSchema } from '../plan/schemas';
import { historySchema } from './history';

/** The value of the `format` field: tells a Power Map file from any other JSON. */
export const FORMAT_NAME = 'power-map';
/** The newest file format this build reads and the one it writes. Raise it when old readers would misread a file. */
export const FORMAT_VERSION = 4;
/** Larger files are refused before parsing: an account of 300 people is well under 2 MiB. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** The refusal message for a file of `size` bytes (or characters) over MAX_FILE_BYTES. */
export function tooLargeMessage(size: number): string {
  const mib = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `The file is too large (${mib(size)}; Power Map reads files up to ${mib(MAX_FILE_BYTES)}).`;
}
/** The file name extension, without the dot. */
export const FILE_EXTENSION = 'powermap';

/** The whole `.powermap` file: a small header, then the account's data at the top level. */
export const exchangeFileSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  exportedAt: z.string().max(40),
  ...accountDataSchema.shape,
  /** Optional: the account's change records in clock order, so a handed-over account keeps its timeline. */
  history: historySchema.optional(),
  /** Optional (format 4): the account's contact log, in date order. */
  contacts: accountPlanSchema.shape.contacts.optional(),
  /** Optional (format 4): the account's actions. */
  actions: accountPlanSchema.shape.actions.optional(),
});

export type ExchangeFile = z.output<typeof exchangeFileSchema>;
