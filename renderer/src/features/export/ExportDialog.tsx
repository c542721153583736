import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useSettings } from '../../app/services';
import { TID } from '../../app/testids';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/icons';
import type { ExportRequest } from './exportChoices';
import { effectiveFormat, isDeckOnly } from './exportChoices';
import { exportDialogStore, useExportDialog } from './exportDialogStore';
import { ExportOptions } from './ExportOptions';
import { ExportProgressView } from './ExportProgressView';
import { FormatCards } from './FormatCards';
import './export.css';

/** What the dialog exports, under its title: the account's name, or how many accounts go into the deck. */
function Subject({ request }: { request: ExportRequest }) {
  const { t } = useTranslation();
  const name = useEditor((state) => (state.data && state.data.account.id === request.accountIds[0] ? state.data.account.name : null));
  if (isDeckOnly(request)) return <p className="xp-subject">{t('exportDialog.subtitleDeck', { count: request.accountIds.length })}</p>;
  return name ? <p className="xp-subject">{name}</p> : null;
}

/**
 * While a job runs, Escape means "stop the export", wherever focus is (a disabled button drops it to the
 * page), and nothing else closes the dialog: a stray click on the backdrop must not lose the job.
 */
function useEscapeCancelsJob(running: boolean) {
  useEffect(
    function escapeCancelsTheJob() {
      if (!running) return;
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        exportDialogStore.getState().cancel();
      }
      document.addEventListener('keydown', onKeyDown, true);
      return () => document.removeEventListener('keydown', onKeyDown, true);
    },
    [running],
  );
}

function ExportDialogBody({ request }: { request: ExportRequest }) {
  const { t } = useTranslation();
  const titleId = useId();
  const choices = useExportDialog((state) => state.choices);
  const job = useExportDialog((state) => state.job);
  const error = useExportDialog((state) => state.error);
  const locale = useSettings((state) => state.locale);
  const submitRef = useRef<HTMLButtonElement>(null);
  const format = effectiveFormat(choices, request);
  const store = exportDialogStore.getState();
  const running = job !== null;
  const phase = job?.slow ? 'progress' : running ? 'running' : error ? 'failed' : 'choosing';
  useEscapeCancelsJob(running);

  useEffect(
    function focusExportAfterAFailure() {
      if (error) submitRef.current?.focus();
    },
    [error],
  );

  return (
    <Dialog titleId={titleId} testId={TID.exportDialog} onCancel={() => store.close()} className="dialog-export">
      <div data-format={format} data-phase={phase} className="xp-frame">
        <header className="xp-header">
          <span className="xp-header-icon" aria-hidden="true">
            <Icon name="exportFile" size={18} />
          </span>
          <div className="xp-header-text">
            <h2 id={titleId} className="dialog-title">
              {job?.slow ? t('exportDialog.progressTitle', { format: t(`exportDialog.format.${job.format}`) }) : t('exportDialog.title')}
            </h2>
            <Subject request={request} />
          </div>
        </header>
        {job?.slow ? (
          <ExportProgressView job={job} onCancel={() => store.cancel()} />
        ) : (
          <>
            {/* A disabled fieldset holds every pick still while a short job runs: nothing extra to see. */}
            <fieldset className="xp-body" disabled={running}>
              <FormatCards request={request} format={format} onPick={(picked) => store.choose({ format: picked })} />
              <ExportOptions format={format} choices={choices} onChange={(patch) => store.choose(patch)} />
            </fieldset>
            {error ? (
              <div className="xp-error" role="alert" data-testid={TID.exportError}>
                <Icon name="critical" size={16} />
                <div>
                  <p className="xp-error-title">{t('exportDialog.failedTitle')}</p>
                  <p className="xp-error-message">{error}</p>
                  <p className="xp-error-hint">{t('exportDialog.failedHint')}</p>
                </div>
              </div>
            ) : null}
            <footer className="dialog-footer xp-footer">
              {format === 'powermap' ? null : (
                <span className="muted xp-language">
                  <Icon name="globe" size={14} />
                  {t('exportDialog.language', { language: t(`exportDialog.languageName.${locale}`) })}
                </span>
              )}
              <button type="button" className="btn" data-testid={TID.exportClose} disabled={running} onClick={() => store.close()}>
                {t('exportDialog.cancel')}
              </button>
              <button ref={submitRef} type="button" className="btn btn-primary" data-testid={TID.exportSubmit} data-autofocus disabled={running} onClick={() => void store.start()}>
                {format === 'powermap' ? t('exportDialog.submitFile') : t('exportDialog.submit')}
              </button>
            </footer>
          </>
        )}
      </div>
    </Dialog>
  );
}

/** The app's export dialog, mounted once; open it with openExportDialog. */
export function ExportDialog() {
  const request = useExportDialog((state) => state.request);
  return request ? <ExportDialogBody request={request} /> : null;
}
