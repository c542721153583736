import { useTranslation } from 'react-i18next';
import { dispatchCommand } from '../../app/dispatch';
import { useEditor } from '../../app/services';
import { TID, workshopModeId } from '../../app/testids';
import type { IconName } from '../../ui/icons';
import { Icon } from '../../ui/icons';
import { accountViewStore, useAccountView } from '../account/viewStore';
import { useAnalysis } from '../findings/analysisService';
import { toggleWhatIf } from '../findings/WhatIf';
import { toggleWorkshopEditing } from './session';
import { stepCount, WORKSHOP_MODES } from './steps';
import { useWorkshop, workshopStore } from './workshopStore';
import './workshop.css';

interface BarButtonProps {
  icon: IconName;
  label: string;
  title: string;
  testId: string;
  onClick(): void;
  pressed?: boolean;
  disabled?: boolean;
}

function BarButton({ icon, label, title, testId, onClick, pressed, disabled }: BarButtonProps) {
  return (
    <button type="button" className="ws-btn" data-testid={testId} title={title} aria-pressed={pressed} disabled={disabled} onClick={onClick}>
      <Icon name={icon} size={20} />
      <span>{label}</span>
    </button>
  );
}

/** Always on screen while the workshop is on: a room must never wonder whether private notes could show. */
function PrivateHiddenIndicator() {
  const { t } = useTranslation();
  return (
    <span className="ws-private" data-testid={TID.workshopPrivateHidden} title={t('workshop.privateHiddenTitle')} role="status">
      <Icon name="lock" size={15} />
      <span>{t('workshop.privateHidden')}</span>
    </span>
  );
}

function StepControls() {
  const { t } = useTranslation();
  const data = useEditor((state) => state.data);
  const analysis = useAnalysis((state) => state.analysis);
  const mode = useWorkshop((state) => state.mode);
  const index = useWorkshop((state) => state.index);
  const count = data ? stepCount(data, analysis, mode) : 0;
  const go = (delta: number) => workshopStore.getState().step(delta, count);

  return (
    <div className="ws-steps" title={t('workshop.keysHint')}>
      <div className="ws-modes" role="group" aria-label={t('workshop.modesLabel')}>
        {WORKSHOP_MODES.map((item, position) => (
          <button
            key={item}
            type="button"
            className="ws-mode"
            data-testid={workshopModeId(item)}
            aria-pressed={mode === item}
            aria-keyshortcuts={String(position + 1)}
            onClick={() => workshopStore.getState().setMode(item)}
          >
            {t(`workshop.modes.${item}`)}
          </button>
        ))}
      </div>
      {mode === 'overview' || mode === 'plan' ? null : (
        <div className="ws-stepper">
          <button type="button" className="ws-arrow" data-testid={TID.workshopPrevious} title={t('workshop.previous')} aria-label={t('workshop.previous')} aria-keyshortcuts="ArrowLeft PageUp" disabled={index <= 0} onClick={() => go(-1)}>
            <Icon name="arrowLeft" size={20} />
          </button>
          <span className="ws-count" data-testid={TID.workshopStepCount} aria-live="polite">
            {count === 0 ? t('workshop.nothingToStep') : t('workshop.stepOf', { current: index + 1, total: count })}
          </span>
          <button type="button" className="ws-arrow" data-testid={TID.workshopNext} title={t('workshop.next')} aria-label={t('workshop.next')} aria-keyshortcuts="ArrowRight PageDown" disabled={index >= count - 1} onClick={() => go(1)}>
            <Icon name="arrowRight" size={20} />
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The workshop's one bar, in place of the toolbar and the account header: the account's name, the
 * private-fields indicator, the walk-through controls, the few edits a room makes live, what-if, and the
 * way out.
 */
export function WorkshopBar({ onLeave }: { onLeave(): void }) {
  const { t } = useTranslation();
  const accountName = useEditor((state) => state.data?.account.name ?? '');
  const whatIf = useAnalysis((state) => state.whatIf);
  const linkMode = useAccountView((state) => state.linkMode);
  const legendVisible = useAccountView((state) => state.legendVisible);
  const editing = useWorkshop((state) => state.editing);

  return (
    <header className="ws-bar" aria-label={t('workshop.barLabel')} data-testid={TID.workshopBar}>
      <div className="ws-title">
        <span className="ws-badge" title={t('workshop.label')}>
          <Icon name="present" size={22} />
        </span>
        <div className="ws-title-text">
          <h1 className="ws-account" title={accountName}>
            {accountName}
          </h1>
          <div className="ws-subtitle">
            <span className="ws-label">{t('workshop.label')}</span>
            <PrivateHiddenIndicator />
          </div>
        </div>
      </div>
      <StepControls />
      <div className="ws-actions">
        <BarButton
          icon="pencil"
          label={editing ? t('quickBuild.workshopEditOn') : t('quickBuild.workshopEdit')}
          title={t('quickBuild.workshopEditTitle')}
          testId="workshop-edit"
          pressed={editing}
          onClick={toggleWorkshopEditing}
        />
        {editing ? (
          <>
            <BarButton icon="person" label={t('workshop.addPerson')} title={t('workshop.addPersonTitle')} testId={TID.workshopAddPerson} onClick={() => dispatchCommand('newPerson')} />
            <BarButton icon="link" label={t('workshop.link')} title={t('workshop.linkTitle')} testId={TID.workshopLink} pressed={linkMode} onClick={() => dispatchCommand('newLink')} />
          </>
        ) : null}
        <BarButton icon="userMinus" label={t('whatIf.toolbar')} title={t('whatIf.toolbarTitle')} testId={TID.workshopWhatIf} pressed={whatIf} onClick={toggleWhatIf} />
        <BarButton icon="legend" label={t('workshop.legend')} title={t('workshop.legend')} testId={TID.workshopLegend} pressed={legendVisible} onClick={() => accountViewStore.getState().toggleLegend()} />
        <button type="button" className="ws-btn ws-exit" data-testid={TID.workshopExit} title={t('workshop.exitTitle')} aria-keyshortcuts="Escape F5" onClick={onLeave}>
          <Icon name="exit" size={20} />
          <span>{t('workshop.exit')}</span>
        </button>
      </div>
    </header>
  );
}
