import i18next from 'i18next';
import type { ImportOutcome } from '../../../../shared/ipc';

/** The toast after a .powermap import: imported (or as a copy), and who was left out because they were erased here. */
export function importedMessage(outcome: ImportOutcome): string {
  const t = i18next.t;
  const imported = outcome.copied ? t('accounts.importedCopy', { name: outcome.accountName }) : t('accounts.imported', { name: outcome.accountName });
  return outcome.erasedLeftOut ? `${imported} ${t('safety.importErasedLeftOut', { count: outcome.erasedLeftOut })}` : imported;
}
