import { useEffect } from 'react';
import { addPeopleToLayer } from '../../../../shared/edit';
import type { Layer } from '../../../../shared/model';
import { parsePastedPeople } from '../../../../shared/paste';
import { editorStore } from '../../app/services';
import { isTypingTarget } from '../../app/keyboard';
import { i18next } from '../../i18n';
import type { PowerMapHandle } from '../../map/types';
import { showUndoToast } from '../panel/actions';
import { editsLocked } from '../workshop/workshopStore';

/** Where a paste goes when the pointer is not over a band and nobody is selected: where N adds people. */
const DEFAULT_LAYER: Layer = 'decision';

/** The band a paste lands in: the one under the pointer, else the selected person's, else the default. */
export function pasteLayer(pointerLayer: Layer | null): Layer {
  if (pointerLayer) return pointerLayer;
  const { data, selection } = editorStore.getState();
  const selected = data?.people.find((person) => selection.includes(person.id));
  return selected?.layer ?? DEFAULT_LAYER;
}

/**
 * Adds everyone in the pasted text to one band as one edit (one undo step), selects them so they can
 * be set all at once, and says how many with an Undo. False when the text holds no names.
 */
export function pastePeople(text: string, layer: Layer): boolean {
  const data = editorStore.getState().data;
  if (!data || editsLocked()) return false;
  const pasted = parsePastedPeople(text);
  if (pasted.people.length === 0) return false;
  const { edit, people } = addPeopleToLayer(data, layer, pasted.people);
  void editorStore.getState().apply(edit, people.map((person) => person.id));
  const t = i18next.t;
  const skipped = pasted.skipped > 0 ? ` ${t('quickBuild.pastedSkipped', { count: pasted.skipped })}` : '';
  showUndoToast(edit, t('quickBuild.pasted', { count: people.length, layer: t(`enums.layer.${layer}`) }) + skipped);
  return true;
}

/** A text field keeps its paste; a drop-down or checkbox with focus cannot take text, so the map does. */
function takesPastedText(target: EventTarget | null): boolean {
  return isTypingTarget(target) && (target as HTMLElement).tagName !== 'SELECT';
}

/**
 * Ctrl/Cmd+V (or Edit > Paste) on the account screen while no text field has focus: the clipboard's
 * names become people in the band under the pointer. The pointer is followed over the map area only.
 */
export function usePasteOntoBand(getMap: () => PowerMapHandle | null, mapArea: () => HTMLElement | null): void {
  useEffect(
    function pasteNamesOntoBands() {
      let pointer: { x: number; y: number } | null = null;
      const onMove = (event: PointerEvent) => {
        pointer = { x: event.clientX, y: event.clientY };
      };
      const onLeave = () => {
        pointer = null;
      };
      // Clicking the map leaves a text field (saving it, as on blur), so N, Delete and paste reach the map.
      const onPointerDown = () => {
        const active = document.activeElement;
        if (active instanceof HTMLElement && isTypingTarget(active) && !area?.contains(active)) active.blur();
      };
      const onPaste = (event: ClipboardEvent) => {
        if (event.defaultPrevented || takesPastedText(event.target) || document.querySelector('[role="dialog"][aria-modal="true"]')) return;
        const text = event.clipboardData?.getData('text/plain') ?? '';
        const layer = pasteLayer(pointer ? (getMap()?.layerAt(pointer.x, pointer.y) ?? null) : null);
        if (pastePeople(text, layer)) event.preventDefault();
      };
      const area = mapArea();
      area?.addEventListener('pointermove', onMove);
      area?.addEventListener('pointerleave', onLeave);
      area?.addEventListener('pointerdown', onPointerDown);
      document.addEventListener('paste', onPaste);
      return () => {
        area?.removeEventListener('pointermove', onMove);
        area?.removeEventListener('pointerleave', onLeave);
        area?.removeEventListener('pointerdown', onPointerDown);
        document.removeEventListener('paste', onPaste);
      };
    },
    [getMap, mapArea],
  );
}
