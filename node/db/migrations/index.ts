import type { Migration } from '../migrate';
import { initial } from './001-initial';
import { settingsAndNameSearch } from './002-settings-and-name-search';
import { personContactAndProvenance } from './003-person-contact-and-provenance';
import { erasureRegister } from './004-erasure-register';
import { personStatus } from './005-person-status';
import { changeLog } from './006-change-log';
import { historySnapshots } from './007-history-snapshots';
import { contactLogAndActions } from './008-contact-log-and-actions';
import { contactPairs } from './009-contact-pairs';
import { contactDays } from './010-contact-days';
import { memberContactCounts } from './011-member-contact-counts';
import { contactLists } from './012-contact-lists';

/**
 * Every schema step, in order. Append only: a released step is never edited, renamed or removed
 * (databases record each step's name and refuse to open if it differs).
 */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  settingsAndNameSearch,
  personContactAndProvenance,
  erasureRegister,
  personStatus,
  changeLog,
  historySnapshots,
  contactLogAndActions,
  contactPairs,
  contactDays,
  memberContactCounts,
  contactLists,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
