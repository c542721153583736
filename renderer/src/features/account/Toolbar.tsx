import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PreferenceButtons } from '../../app/PreferenceButtons';
import { dispatchCommand } from '../../app/dispatch';
import { useEditor } from '../../app/services';
import { TID } from '../../app/testids';
import { IconButton, type IconButtonProps } from '../../ui/IconButton';
import { Icon } from '../../ui/icons';
import { useAnalysis } from '../findings/analysisService';
import { toggleWhatIf } from '../findings/WhatIf';
import { PeopleTableActions } from '../import/PeopleTableActions';
import { SaveStatus } from './SaveStatus';
import './toolbar.css';
import { SHORTCUTS, withShortcut } from './toolbarShortcuts';
import { accountViewStore, useAccountView } from './viewStore';

type ToolButtonProps = Omit<IconButtonProps, 'labelledClass' | 'iconOnlyClass' | 'labelClass' | 'showLabel'> & { showLabel?: boolean };

function ToolButton({ showLabel = false, ...props }: ToolButtonProps) {
  return <IconButton {...props} showLabel={showLabel} labelledClass="btn btn-ghost tool-btn" iconOnlyClass="icon-btn tool-btn" labelClass="tool-label" />;
}

/** Left and right arrows move between the toolbar's buttons, as in any toolbar. */
function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
  next?.focus();
}

/** Every button runs the same command as its shortcut and menu item. */
export function Toolbar() {
  const { t } = useTranslation();
  const canUndo = useEditor((state) => state.undoStack.length > 0 && state.data !== null);
  const canRedo = useEditor((state) => state.redoStack.length > 0 && state.data !== null);
  const loaded = useEditor((state) => state.data !== null);
  const linkMode = useAccountView((state) => state.linkMode);
  const legendVisible = useAccountView((state) => state.legendVisible);
  const coversLines = useAccountView((state) => state.coversLines);
  const hideDeparted = useAccountView((state) => state.hideDeparted);
  const whatIf = useAnalysis((state) => state.whatIf);

  return (
    <header className="topbar account-topbar" role="toolbar" aria-label={t('shell.toolbarLabel')} onKeyDown={moveFocusWithArrows}>
      <button type="button" className="btn btn-ghost back-btn" data-testid={TID.toolbarBack} title={t('shell.backTitle')} onClick={() => dispatchCommand('showAccounts')}>
        <Icon name="back" />
        <span className="tool-label">{t('toolbar.back')}</span>
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <div className="tool-group">
        <ToolButton
          icon="person"
          label={t('toolbar.addPerson')}
          title={withShortcut(t('toolbar.addPersonTitle'), SHORTCUTS.addPerson)}
          shortcut="N"
          testId={TID.toolbarAddPerson}
          showLabel
          disabled={!loaded}
          onClick={() => dispatchCommand('newPerson')}
        />
        <ToolButton icon="team" label={t('toolbar.addTeam')} title={t('toolbar.addTeamTitle')} testId={TID.toolbarAddTeam} showLabel disabled={!loaded} onClick={() => dispatchCommand('newTeamMember')} />
        <ToolButton
          icon="link"
          label={t('toolbar.linkMode')}
          title={t('toolbar.linkModeTitle')}
          testId={TID.toolbarLinkMode}
          showLabel
          pressed={linkMode}
          disabled={!loaded}
          onClick={() => dispatchCommand('newLink')}
        />
      </div>
      <span className="toolbar-sep" aria-hidden="true" />
      <div className="tool-group">
        <ToolButton icon="undo" label={t('toolbar.undo')} title={withShortcut(t('toolbar.undo'), SHORTCUTS.undo)} shortcut="Control+Z" testId={TID.toolbarUndo} disabled={!canUndo} onClick={() => dispatchCommand('undo')} />
        <ToolButton icon="redo" label={t('toolbar.redo')} title={withShortcut(t('toolbar.redo'), SHORTCUTS.redo)} shortcut="Control+Y" testId={TID.toolbarRedo} disabled={!canRedo} onClick={() => dispatchCommand('redo')} />
      </div>
      <span className="toolbar-sep" aria-hidden="true" />
      <div className="tool-group">
        <ToolButton icon="zoomOut" label={t('toolbar.zoomOut')} title={withShortcut(t('toolbar.zoomOut'), SHORTCUTS.zoomOut)} testId={TID.toolbarZoomOut} disabled={!loaded} onClick={() => dispatchCommand('zoomOut')} />
        <ToolButton icon="zoomIn" label={t('toolbar.zoomIn')} title={withShortcut(t('toolbar.zoomIn'), SHORTCUTS.zoomIn)} testId={TID.toolbarZoomIn} disabled={!loaded} onClick={() => dispatchCommand('zoomIn')} />
        <ToolButton icon="fit" label={t('toolbar.fit')} title={withShortcut(t('toolbar.fit'), SHORTCUTS.fit)} testId={TID.toolbarFit} disabled={!loaded} onClick={() => dispatchCommand('fit')} />
        <ToolButton icon="legend" label={t('toolbar.legend')} title={t('toolbar.legend')} testId={TID.toolbarLegend} pressed={legendVisible} onClick={() => accountViewStore.getState().toggleLegend()} />
        <ToolButton icon="coversLines" label={t('mapView.coversLines')} title={t('mapView.coversLinesTitle')} testId={TID.toolbarCoversLines} pressed={coversLines} disabled={!loaded} onClick={() => accountViewStore.getState().toggleCoversLines()} />
        <ToolButton icon="eyeOff" label={t('history.status.hide')} title={t('history.status.hideTitle')} testId={TID.toolbarHideDeparted} pressed={hideDeparted} disabled={!loaded} onClick={() => accountViewStore.getState().toggleHideDeparted()} />
      </div>
      <span className="toolbar-sep" aria-hidden="true" />
      <div className="tool-group">
        <ToolButton icon="userMinus" label={t('whatIf.toolbar')} title={t('whatIf.toolbarTitle')} testId={TID.toolbarWhatIf} showLabel pressed={whatIf} disabled={!loaded} onClick={toggleWhatIf} />
        <ToolButton
          icon="present"
          label={t('workshop.enter')}
          title={withShortcut(t('workshop.enterTitle'), SHORTCUTS.workshop)}
          shortcut="F5"
          testId={TID.toolbarWorkshop}
          showLabel
          disabled={!loaded}
          onClick={() => dispatchCommand('toggleWorkshop')}
        />
      </div>
      <div className="topbar-actions">
        <SaveStatus />
        <PreferenceButtons />
        <PeopleTableActions disabled={!loaded} compact />
        <button type="button" className="btn" data-testid={TID.toolbarExport} title={withShortcut(t('exportDialog.toolbarTitle'), SHORTCUTS.export)} aria-haspopup="dialog" disabled={!loaded} onClick={() => dispatchCommand('exportMap')}>
          <Icon name="exportFile" />
          <span className="tool-label">{t('toolbar.export')}</span>
        </button>
      </div>
    </header>
  );
}
