import type { ClipboardEvent, DragEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons';
import { importDialogStore } from './importDialogStore';
import { countPastedRows, pastedText } from './pasteTable';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A file dropped anywhere (the dialog's drop zone, the map): read as bytes and sent to the core. */
export async function readDroppedFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  await importDialogStore.getState().readBytes(file.name, bytes);
}

/** The first step: a file chosen or dropped, or cells pasted from Excel or a web table. */
export function SourceStep() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const rows = countPastedRows(text);

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData('text/html');
    if (!html.includes('<table')) return; // plain text (Excel's tab-separated cells) pastes as it is
    event.preventDefault();
    setText(pastedText({ html, plain: event.clipboardData.getData('text/plain') }, parseHtml));
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault(); // also tells the window's own drop handler that this file is taken
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readDroppedFile(file);
  }

  return (
    <div className="im-source">
      <div
        className={`im-drop${dragging ? ' im-drop-over' : ''}`}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="im-drop-icon" aria-hidden="true">
          <Icon name="importFile" size={22} />
        </span>
        <button type="button" className="btn btn-primary" data-testid="import-choose-file" data-autofocus onClick={() => void importDialogStore.getState().readFile()}>
          {t('import.source.chooseFile')}
        </button>
        <span className="muted">
          {t('import.source.or')} {t('import.source.drop').toLowerCase()}
        </span>
        <span className="im-formats">{t('import.source.formats')}</span>
      </div>
      <div className="im-paste">
        <label className="field-label" htmlFor="import-paste">
          {t('import.source.pasteLabel')}
        </label>
        <textarea
          id="import-paste"
          className="input im-paste-box"
          data-testid="import-paste"
          placeholder={t('import.source.pastePlaceholder')}
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onPaste={onPaste}
        />
        <div className="im-paste-footer">
          <span className="muted">{rows > 0 ? t('import.source.pasteRows', { count: rows }) : ''}</span>
          <button type="button" className="btn" data-testid="import-paste-use" disabled={rows === 0} onClick={() => void importDialogStore.getState().readText(text)}>
            {t('import.source.pasteUse')}
          </button>
        </div>
      </div>
    </div>
  );
}
