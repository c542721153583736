import { useEffect, useMemo } from 'react';
import { editorStore, useEditor } from '../../app/services';
import type { PowerMapHandle } from '../../map/types';
import { useAnalysis } from '../findings/analysisService';
import type { StepSubject, WorkshopStep } from './steps';
import { workshopStep } from './steps';
import { useWorkshop } from './workshopStore';

/** How close a step may bring the view: big enough to read from the back of a room, not a blur of one node. */
const STEP_MAX_ZOOM = 1.6;

/**
 * Who a step puts in the side panel: the person in the spotlight (so the room can correct them on the
 * spot), the people a finding concerns; nobody for a layer or the overview.
 */
function selectionFor(subject: StepSubject): string[] {
  if (subject.kind === 'person') return [subject.personId];
  if (subject.kind === 'finding') return [...subject.finding.personIds, ...subject.finding.teamIds];
  return [];
}

/**
 * The workshop's current step (null outside a workshop), framed on the map and selected whenever the
 * presenter moves to another step, and framed again when the window changes size (entering full screen). Edits during a step re-draw the
 * marks but do not move the view.
 */
export function useWorkshopStep(map: () => PowerMapHandle | null): WorkshopStep | null {
  const active = useWorkshop((state) => state.active);
  const mode = useWorkshop((state) => state.mode);
  const index = useWorkshop((state) => state.index);
  const data = useEditor((state) => state.data);
  const analysis = useAnalysis((state) => state.analysis);
  const step = useMemo(() => (active && data ? workshopStep(data, analysis, mode, index) : null), [active, data, analysis, mode, index]);
  const frameKey = step ? `${mode}:${index}:${step.frameIds.join(',')}` : null;

  useEffect(
    function frameTheStep() {
      if (!step) return undefined;
      editorStore.getState().select(selectionFor(step.subject));
      const frame = () => {
        const handle = map();
        if (!handle) return;
        if (step.frameIds.length === 0) handle.fit();
        else handle.frame(step.frameIds, { maxZoom: STEP_MAX_ZOOM });
      };
      // After the bar replaces the toolbar, the map has its new size a frame later.
      const timer = requestAnimationFrame(() => requestAnimationFrame(frame));
      window.addEventListener('resize', frame);
      return () => {
        cancelAnimationFrame(timer);
        window.removeEventListener('resize', frame);
      };
    },
    // Re-framing follows the step, not every edit made while it is on screen.
    [frameKey],
  );

  return step;
}
