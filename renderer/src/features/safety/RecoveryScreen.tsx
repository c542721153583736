import { useTranslation } from 'react-i18next';
import { BackupList } from './BackupList';
import { databaseStore, reloadAfterRecovery, useDatabase } from './databaseStore';
import './safety.css';

const KNOWN = ['damaged', 'not-a-database', 'empty-file', 'foreign', 'newer-database', 'locked', 'needs-key'];

/**
 * Shown instead of the app when the start check did not open the database: what is wrong in words,
 * and what the user can do about it. Nothing here writes to the file that failed the check.
 */
export function RecoveryScreen() {
  const { t } = useTranslation();
  const status = useDatabase((state) => state.status);
  const backups = useDatabase((state) => state.backups);
  const busy = useDatabase((state) => state.busy);
  const salvaged = useDatabase((state) => state.salvaged);
  const keyRefusal = useDatabase((state) => state.keyRefusal);
  const actions = databaseStore.getState();
  const code = status?.problem?.code ?? 'damaged';
  const damaged = code === 'damaged' || code === 'not-a-database';
  const holder = status?.problem?.lockHolder ?? t('safety.recovery.problem.anotherProgram');
  const count = (table: string) => salvaged?.tables.find((row) => row.table === table)?.recovered ?? 0;
  const lost = salvaged?.tables.reduce((sum, row) => sum + row.dropped, 0) ?? 0;

  return (
    <main className="recovery" data-testid="recovery-screen" aria-busy={busy}>
      <div className="recovery-card">
        <span className="brand-mark" aria-hidden="true" />
        <h1>{t('safety.recovery.heading')}</h1>
        <p className="recovery-problem" role="alert">
          {t(`safety.recovery.problem.${KNOWN.includes(code) ? code : 'other'}`, { holder })}
        </p>
        <p className="muted recovery-path">
          {t('safety.recovery.file')}: <code>{status?.path}</code>
        </p>

        {salvaged ? (
          <section className="recovery-section" data-testid="salvage-report">
            <p>{t('safety.recovery.salvaged', {
                accounts: t('safety.recovery.count.accounts', { count: count('accounts') }),
                people: t('safety.recovery.count.people', { count: count('people') }),
                links: t('safety.recovery.count.links', { count: count('links') }),
              })}</p>
            {lost > 0 ? <p className="muted">{t('safety.recovery.salvageLost', { lost: t('safety.recovery.count.records', { count: lost }) })}</p> : null}
            <p className="muted">{t('safety.recovery.keptAside')}</p>
            <button type="button" className="btn btn-primary" data-autofocus onClick={reloadAfterRecovery}>
              {t('safety.recovery.continue')}
            </button>
          </section>
        ) : (
          <>
            <h2>{t('safety.recovery.choose')}</h2>
            {/* The backups are encrypted with the same key: without it they do not open either. */}
            {code !== 'locked' && code !== 'needs-key' ? (
              <section className="recovery-section">
                <h3>{t('safety.recovery.backupsHeading')}</h3>
                <BackupList backups={backups ?? []} busy={busy} onOpen={(backup) => void actions.restore(backup.path)} />
                <p className="muted">{t('safety.recovery.keptAside')}</p>
              </section>
            ) : null}
            {code === 'needs-key' ? (
              <section className="recovery-section">
                <button type="button" className="btn btn-primary" data-autofocus disabled={busy} onClick={() => void actions.openWithKey()}>
                  {t('safety.recovery.openWithKey')}
                </button>
                <p className="muted">{t('safety.recovery.openWithKeyHint')}</p>
                {keyRefusal?.key ? (
                  <p className="recovery-refusal" role="alert" data-testid="recovery-key-refusal">
                    {t(keyRefusal.key)}
                  </p>
                ) : null}
              </section>
            ) : null}
            {damaged ? (
              <section className="recovery-section">
                <button type="button" className="btn" disabled={busy} onClick={() => void actions.salvage()}>
                  {t('safety.recovery.salvage')}
                </button>
                <p className="muted">{t('safety.recovery.salvageHint')}</p>
              </section>
            ) : null}
            <div className="recovery-actions">
              {code === 'locked' ? (
                <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void actions.retry()}>
                  {t('safety.recovery.retry')}
                </button>
              ) : null}
              <button type="button" className="btn" disabled={busy} onClick={() => void actions.openOther()}>
                {t('safety.recovery.chooseFile')}
              </button>
              <button type="button" className="btn" disabled={busy} onClick={() => void actions.quit()}>
                {t('safety.recovery.quit')}
              </button>
            </div>
            {busy ? <p className="muted">{t('safety.recovery.working')}</p> : null}
          </>
        )}
      </div>
    </main>
  );
}
