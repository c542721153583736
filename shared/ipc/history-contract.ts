import { z } from 'zod';
import type { ChangeRecord } from '../history/changes';

/** The history section of the IPC contract (issue 12): an account's change records, and who the user is. */
export const historyArgSchemas = {
  /** Every change record of the account, in clock order; the renderer puts them in words. */
  'history.list': z.strictObject({ accountId: z.string().min(1).max(64) }),
  /** The name changes are recorded under. */
  'history.userName': z.strictObject({}),
  /** Sets it (once, for this database); empty goes back to the operating-system user. */
  'history.setUserName': z.strictObject({ name: z.string().max(100).nullable() }),
} as const;

export interface HistoryResultTypes {
  'history.list': ChangeRecord[];
  'history.userName': { name: string };
  'history.setUserName': { name: string };
}
