import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/icons';
import { ColumnsStep } from './ColumnsStep';
import { DoneStep } from './DoneStep';
import { mapsAName } from './importChoices';
import { importDialogStore, useImportDialog } from './importDialogStore';
import type { ImportStep, ImportTarget } from './importSession';
import { ReviewStep } from './ReviewStep';
import { SourceStep } from './SourceStep';
import './import.css';

const STEPS: ImportStep[] = ['source', 'columns', 'review', 'done'];

function Stepper({ step }: { step: ImportStep }) {
  const { t } = useTranslation();
  const current = STEPS.indexOf(step);
  return (
    <ol className="im-steps" aria-label={t('import.stepOf', { current: current + 1, total: STEPS.length })}>
      {STEPS.map((name, index) => (
        <li key={name} className={index < current ? 'im-step-done' : index === current ? 'im-step-current' : undefined} aria-current={index === current ? 'step' : undefined}>
          <span className="im-step-dot" aria-hidden="true">
            {index < current ? <Icon name="check" size={11} /> : index + 1}
          </span>
          {t(`import.steps.${name}`)}
        </li>
      ))}
    </ol>
  );
}

/** A refused file or a failed call: what and where, and that nothing was written. */
function Notice() {
  const { t } = useTranslation();
  const notice = useImportDialog((state) => state.notice);
  if (!notice) return null;
  const refused = notice.key.startsWith('import.refused.');
  return (
    <div className="im-notice" role="alert" data-testid="import-error" data-key={notice.key}>
      <Icon name="critical" size={16} />
      <div>
        {refused ? <p className="im-notice-title">{t('import.refused.title')}</p> : null}
        <p>{t(notice.key, notice.params)}</p>
        <p className="muted">{t('import.refused.nothingWritten')}</p>
      </div>
    </div>
  );
}

/** Progress for a read, a preview or the import itself; drawn only once it has taken a moment (CSS delay). */
function Busy() {
  const { t } = useTranslation();
  const busy = useImportDialog((state) => state.busy);
  const reading = useImportDialog((state) => state.reading);
  const rows = useImportDialog((state) => state.source?.table.rows.length ?? 0);
  if (!busy) return null;
  const label = busy === 'reading' ? (reading ? t('import.reading', { name: reading }) : t('import.readingPaste')) : busy === 'importing' ? t('import.busy', { count: rows }) : null;
  return (
    <div className={`im-busy im-busy-${busy}`} role="status" aria-live="polite" data-testid="import-busy">
      <span className="spinner" aria-hidden="true" />
      {label ? <span>{label}</span> : null}
    </div>
  );
}

function Footer() {
  const { t } = useTranslation();
  const store = importDialogStore.getState();
  const step = useImportDialog((state) => state.step);
  const busy = useImportDialog((state) => state.busy);
  const picks = useImportDialog((state) => state.picks);
  const preview = useImportDialog((state) => state.preview);
  const primary = useRef<HTMLButtonElement>(null);

  useEffect(
    function focusTheStepsMainButton() {
      if (step !== 'source') primary.current?.focus();
    },
    [step],
  );

  const writes = preview ? preview.counts.added + preview.counts.updated : 0;
  return (
    <footer className="dialog-footer im-footer">
      {step === 'columns' || step === 'review' ? (
        <button type="button" className="btn btn-ghost im-back" data-testid="import-back" disabled={busy === 'importing'} onClick={() => store.back()}>
          <Icon name="arrowLeft" size={14} />
          {t('import.back')}
        </button>
      ) : null}
      <span className="im-footer-space" />
      {step === 'done' ? null : (
        <button type="button" className="btn" data-testid="import-cancel" disabled={busy === 'importing'} onClick={() => store.close()}>
          {t('import.cancel')}
        </button>
      )}
      {step === 'columns' ? (
        <button ref={primary} type="button" className="btn btn-primary" data-testid="import-next" disabled={busy !== null || !mapsAName(picks.mapping)} onClick={() => void store.toReview()}>
          {t('import.next')}
          <Icon name="arrowRight" size={14} />
        </button>
      ) : null}
      {step === 'review' ? (
        <button ref={primary} type="button" className="btn btn-primary" data-testid="import-submit" disabled={busy !== null || writes === 0} onClick={() => void store.commit()}>
          <Icon name="importFile" size={14} />
          {t('import.importRows', { count: writes })}
        </button>
      ) : null}
      {step === 'done' ? (
        <button ref={primary} type="button" className="btn btn-primary" data-testid="import-close" onClick={() => store.close()}>
          {t('import.summary.showOnMap')}
        </button>
      ) : null}
    </footer>
  );
}

function Body() {
  const step = useImportDialog((state) => state.step);
  const source = useImportDialog((state) => state.source);
  const picks = useImportDialog((state) => state.picks);
  const preview = useImportDialog((state) => state.preview);
  const summary = useImportDialog((state) => state.summary);
  if (step === 'columns' && source) return <ColumnsStep source={source} picks={picks} />;
  if (step === 'review' && preview) return <ReviewStep preview={preview} picks={picks} />;
  if (step === 'done' && summary) return <DoneStep summary={summary} />;
  return <SourceStep />;
}

function ImportDialogBody({ target }: { target: ImportTarget }) {
  const { t } = useTranslation();
  const titleId = useId();
  const step = useImportDialog((state) => state.step);
  const busy = useImportDialog((state) => state.busy);
  return (
    <Dialog titleId={titleId} testId="import-dialog" onCancel={() => importDialogStore.getState().close()} className={`dialog-import im-at-${step}`}>
      <div className="im-frame" data-step={step} aria-busy={busy !== null}>
        {/* The export dialog's header, with the import's steps beside it. */}
        <header className="xp-header im-header">
          <span className="xp-header-icon" aria-hidden="true">
            <Icon name="importFile" size={18} />
          </span>
          <div className="xp-header-text im-header-text">
            <h2 id={titleId} className="dialog-title">
              {step === 'done' ? t('import.summary.title') : t('import.title')}
            </h2>
            <p className="xp-subject">{t('import.intoAccount', { account: target.accountName })}</p>
          </div>
          <Stepper step={step} />
        </header>
        <div className="im-body">
          <Body />
          <Busy />
        </div>
        <Notice />
        <Footer />
      </div>
    </Dialog>
  );
}

/** The app's contacts import dialog, mounted once; open it with openImportDialog. */
export function ImportDialog() {
  const target = useImportDialog((state) => state.target);
  return target ? <ImportDialogBody target={target} /> : null;
}
