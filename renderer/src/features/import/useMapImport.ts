import type { DragEvent } from 'react';
import { useCallback, useEffect, useState } from 'react';
import type { PowerMapHandle } from '../../map/types';
import { onImported, openImportDialog } from './importDialogStore';
import { readDroppedFile } from './SourceStep';

/** Whether a drag carries files (not a node dragged on the map, not selected text). */
function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

/**
 * The map's part in the import: a contacts file dropped on it opens the import dialog already reading
 * that file, and once an import is written the map frames the people it brought in.
 */
export function useMapImport(getMap: () => PowerMapHandle | null) {
  const [over, setOver] = useState(false);

  useEffect(
    function frameImportedPeople() {
      return onImported((ids) => {
        // The new people are drawn (and placed by the band layout) on the next paint; frame them after it.
        requestAnimationFrame(() => requestAnimationFrame(() => getMap()?.frame(ids)));
      });
    },
    [getMap],
  );

  const onDragOver = useCallback((event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  }, []);

  const onDragLeave = useCallback((event: DragEvent<HTMLElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setOver(false);
  }, []);

  const onDrop = useCallback((event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && openImportDialog()) void readDroppedFile(file);
  }, []);

  return { over, dropHandlers: { onDragOver, onDragLeave, onDrop } };
}
