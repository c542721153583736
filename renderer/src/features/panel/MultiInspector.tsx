import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { editorStore, toastsStore } from '../../app/services';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { countSelection } from './counts';
import { InspectorHeader } from './parts';

/** Deletes what is selected as one edit, and offers to take exactly that edit back. */
async function deleteSelection(undoLabel: string, message: string) {
  const editor = editorStore.getState();
  const pending = editor.deleteSelection();
  const edit = editorStore.getState().undoStack.at(-1);
  if (!(await pending) || !edit) return;
  toastsStore.getState().show({
    tone: 'info',
    message,
    action: {
      label: undoLabel,
      testId: TID.toastUndo,
      run() {
        if (editorStore.getState().undoStack.at(-1) === edit) void editorStore.getState().undo();
      },
    },
  });
}

export function MultiInspector({ data, selection }: { data: AccountData; selection: readonly string[] }) {
  const { t } = useTranslation();
  const counts = countSelection(data, selection);
  const total = counts.people + counts.team + counts.competitors + counts.links;
  const rows = [
    { icon: 'person', text: t('panel.peopleSelected', { count: counts.people }), count: counts.people },
    { icon: 'team', text: t('panel.teamSelected', { count: counts.team }), count: counts.team },
    { icon: 'flag', text: t('panel.competitorsSelected', { count: counts.competitors }), count: counts.competitors },
    { icon: 'link', text: t('panel.linksSelected', { count: counts.links }), count: counts.links },
  ] as const;

  return (
    <>
      <InspectorHeader icon="layers" kind={t('panel.selectionHeading')}>
        <h2 className="panel-title" data-testid={TID.selectionCount} data-count={total}>
          {t('panel.multiHeading', { count: total })}
        </h2>
        <p className="panel-subtitle">{t('panel.multiHint')}</p>
      </InspectorHeader>
      <section className="panel-section">
        <ul className="panel-tally">
          {rows
            .filter((row) => row.count > 0)
            .map((row) => (
              <li key={row.icon}>
                <Icon name={row.icon} size={14} />
                <span>{row.text}</span>
              </li>
            ))}
        </ul>
      </section>
      <div className="panel-footer">
        <button
          type="button"
          className="panel-btn panel-btn-danger"
          data-testid={TID.deleteSelection}
          onClick={() => void deleteSelection(t('common.undo'), t('panel.deletedSelection', { count: total }))}
        >
          <Icon name="trash" size={14} />
          <span>{t('panel.deleteSelected')}</span>
        </button>
      </div>
    </>
  );
}
