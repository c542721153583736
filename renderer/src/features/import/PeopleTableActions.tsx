import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableFormat } from '../../../../shared/import/types';
import { editorStore, reportError, toastsStore } from '../../app/services';
import { i18next } from '../../i18n';
import { call } from '../../ipc/client';
import { IconButton, type IconButtonProps } from '../../ui/IconButton';
import { useMenuKeys } from '../../ui/useMenuKeys';
import { openImportDialog } from './importDialogStore';
import './import.css';

/** Saves the open account's people as a table; pending edits first, so the file holds what the user sees. */
export async function exportPeopleTable(format: TableFormat, includePrivate: boolean): Promise<void> {
  const { accountId } = editorStore.getState();
  if (!accountId) return;
  await editorStore.getState().flush();
  const result = await call('people.exportTable', { accountId, format, includePrivate });
  if (result.ok) toastsStore.getState().show({ tone: 'success', message: i18next.t('import.exported', { path: result.value.path }) });
  else if (result.error.code !== 'cancelled') reportError(result.error);
}

type ActionButtonProps = Omit<IconButtonProps, 'labelledClass' | 'iconOnlyClass' | 'showLabel'> & { compact: boolean };

/** A labelled button, or in the toolbar (`compact`) an icon whose label is its accessible name. */
function ActionButton({ compact, ...props }: ActionButtonProps) {
  return <IconButton {...props} showLabel={!compact} labelledClass="btn" iconOnlyClass="icon-btn" />;
}

function ExportPeopleMenu({ disabled, compact }: { disabled: boolean; compact: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [includePrivate, setIncludePrivate] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  const close = useCallback((reason: 'escape' | 'outside') => {
    setOpen(false);
    if (reason === 'escape') ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);
  // Up and down move between the formats and the private-fields box, Escape closes, as in any menu.
  useMenuKeys(ref, open, close, '[role="menuitem"], input');

  function pick(format: TableFormat) {
    setOpen(false);
    void exportPeopleTable(format, includePrivate);
  }

  return (
    <div className="people-export-menu" ref={ref}>
      <ActionButton
        compact={compact}
        testId="people-export"
        icon="legend"
        label={t('import.exportButton')}
        title={t('import.exportButtonTitle')}
        popup="menu"
        expanded={open}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      />
      {open ? (
        <div className="people-export-list menu-popup" role="menu">
          <button type="button" role="menuitem" data-testid="people-export-csv" onClick={() => pick('csv')}>
            {t('import.exportCsv')}
          </button>
          <button type="button" role="menuitem" data-testid="people-export-xlsx" onClick={() => pick('xlsx')}>
            {t('import.exportXlsx')}
          </button>
          <label className="people-export-private">
            <input type="checkbox" data-testid="people-export-private" checked={includePrivate} onChange={(event) => setIncludePrivate(event.target.checked)} />
            <span>{t('import.exportPrivate')}</span>
          </label>
        </div>
      ) : null}
    </div>
  );
}

/**
 * "Import contacts…" and "Export people…": plain buttons for the People view to host, and icons with
 * tooltips (`compact`) where the account's toolbar has little room.
 */
export function PeopleTableActions({ disabled = false, compact = false }: { disabled?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="people-table-actions">
      <ActionButton
        compact={compact}
        testId="people-import"
        icon="userPlus"
        label={t('import.button')}
        title={t('import.buttonTitle')}
        popup="dialog"
        disabled={disabled}
        onClick={() => openImportDialog()}
      />
      <ExportPeopleMenu disabled={disabled} compact={compact} />
    </div>
  );
}
