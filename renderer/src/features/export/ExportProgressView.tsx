import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TID } from '../../app/testids';
import type { ExportJob } from './exportSession';
import { progressView } from './exportProgress';

interface ExportProgressViewProps {
  job: ExportJob;
  onCancel(): void;
}

/** Shown once a job has run for a second: where it stands, and the one way out, cancelling it. */
export function ExportProgressView({ job, onCancel }: ExportProgressViewProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const view = progressView(job.format, job.progress);
  const stage = t(`exportDialog.stage.${view.stage}`, { done: view.done, total: view.total });

  useEffect(function focusTheWayOut() {
    // The form's controls have just left the screen; Enter or Space should not land on nothing.
    cancelRef.current?.focus();
  }, []);

  return (
    <div className="xp-progress" data-testid={TID.exportProgress} data-stage={job.cancelling ? 'cancelling' : view.stage} data-done={view.done} data-total={view.total}>
      <div
        className={`xp-bar${view.percent === null ? ' xp-bar-busy' : ''}`}
        role="progressbar"
        aria-label={t('exportDialog.progressTitle', { format: t(`exportDialog.format.${job.format}`) })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={view.percent ?? undefined}
        aria-valuetext={stage}
      >
        <span className="xp-bar-fill" style={view.percent === null ? undefined : { width: `${Math.max(view.percent, 4)}%` }} />
      </div>
      <div className="xp-progress-line">
        <span className="xp-stage" aria-live="polite">
          {stage}
        </span>
        {view.percent === null ? null : <span className="xp-percent num">{view.percent}%</span>}
      </div>
      <div className="dialog-actions xp-actions">
        <button ref={cancelRef} type="button" className="btn" data-testid={TID.exportCancel} disabled={job.cancelling} onClick={onCancel}>
          {job.cancelling ? t('exportDialog.cancelling') : t('exportDialog.cancelJob')}
        </button>
      </div>
    </div>
  );
}
