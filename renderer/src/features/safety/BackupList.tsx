import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/ipc';

function size(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: mb < 10 ? 1 : 0 });
  return mb >= 1 ? `${format.format(mb)} MB` : `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

export function backupDate(takenAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(takenAt));
}

/** The backups, newest first: when, how large, how many accounts and people; one button each. */
export function BackupList({ backups, busy, onOpen }: { backups: BackupEntry[]; busy: boolean; onOpen(backup: BackupEntry): void }) {
  const { t, i18n } = useTranslation();
  if (backups.length === 0) return <p className="muted">{t('safety.recovery.noBackups')}</p>;
  return (
    <ul className="backup-list" data-testid="backup-list">
      {backups.map((backup, index) => (
        <li key={backup.path} className="backup-row">
          <div className="backup-facts">
            <span className="backup-date">
              {backupDate(backup.takenAt, i18n.language)}
              {index === 0 ? <span className="backup-latest">{t('safety.recovery.latest')}</span> : null}
            </span>
            <span className="muted">
              {backup.accounts === null
                ? t('safety.recovery.unreadableBackup')
                : t('safety.recovery.backupFacts', {
                    accounts: t('safety.recovery.count.accounts', { count: backup.accounts }),
                    people: t('safety.recovery.count.people', { count: backup.people ?? 0 }),
                    size: size(backup.sizeBytes, i18n.language),
                  })}
            </span>
          </div>
          <button type="button" className={`btn ${index === 0 ? 'btn-primary' : ''}`} disabled={busy || backup.accounts === null} onClick={() => onOpen(backup)}>
            {t('safety.recovery.openBackup')}
          </button>
        </li>
      ))}
    </ul>
  );
}
