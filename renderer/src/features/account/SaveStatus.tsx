import { useTranslation } from 'react-i18next';
import { useEditor } from '../../app/services';
import { TID } from '../../app/testids';

/** Whether the user's edits have reached the database; an error stays until the next edit is saved. */
export function SaveStatus() {
  const { t } = useTranslation();
  const state = useEditor((editor) => editor.saveState);
  const label = t(`save.${state}`);
  return (
    <span className={`save-status save-${state}`} data-testid={TID.saveStatus} data-state={state} role="status" title={label}>
      <span className="save-dot" aria-hidden="true" />
      <span className="save-label">{label}</span>
    </span>
  );
}
