import type { Migration } from '../migrate';

/**
 * MERGE NOTE: step 7 belongs to the history-snapshots work, written on another branch at the same time
 * as step 8 (the contact log). This empty stand-in only keeps the steps numbered 1, 2, ... on this branch;
 * at the merge it is replaced by the real step 7 and this file is deleted.
 */
export const reservedForSnapshots: Migration = {
  version: 7,
  name: 'reserved-for-history-snapshots',
  up() {},
};
