import i18next from 'i18next';
import type { ImportOutcome } from '../../../../shared/ipc';

/**
 * The toast after a .powermap import: imported (or as a copy), who was left out because they were erased
 * here, and whether a copy left the file's history out.
 */
export function importedMessage(outcome: ImportOutcome): string {
  const t = i18next.t;
  const imported = outcome.copied ? t('accounts.importedCopy', { name: outcome.accountName }) : t('accounts.imported', { name: outcome.accountName });
  const notes = [
    imported,
    ...(outcome.erasedLeftOut ? [t('safety.importErasedLeftOut', { count: outcome.erasedLeftOut })] : []),
    ...(outcome.historyLeftOut ? [t('history.importHistoryLeftOut')] : []),
  ];
  return notes.join(' ');
}
