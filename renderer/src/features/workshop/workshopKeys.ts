import type { Analysis } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { WORKSHOP_MODES, stepCount } from './steps';
import { workshopStore } from './workshopStore';

/** Keys a presenter (or a presentation clicker, which sends PageUp and PageDown) uses to walk through the map. */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export interface WorkshopKeyContext {
  data(): AccountData | null;
  analysis(): Analysis | null;
  leave(): void;
  /** Escape first closes what is open inside the workshop (link mode); true when it did. */
  stepBack(): boolean;
  /** E: the presenter lets the panel edit, or locks it again. */
  toggleEditing(): void;
}

/**
 * The workshop's keys: arrows and PageUp/PageDown step, Home goes to the first step, 1-5 choose the
 * mode (overview, layers, people, findings, plan), E turns editing on or off, Escape leaves. Returns true when the key was used.
 */
export function workshopKeyHandler(context: WorkshopKeyContext) {
  return function onWorkshopKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const workshop = workshopStore.getState();
    if (event.key === 'Escape') {
      if (!context.stepBack()) context.leave();
      return true;
    }
    const data = context.data();
    if (!data) return false;
    const count = stepCount(data, context.analysis(), workshop.mode);
    if (NEXT.has(event.key)) {
      workshop.step(1, count);
      return true;
    }
    if (PREVIOUS.has(event.key)) {
      workshop.step(-1, count);
      return true;
    }
    if (event.key === 'e' || event.key === 'E') {
      context.toggleEditing();
      return true;
    }
    if (event.key === 'Home') {
      workshop.step(-count, count);
      return true;
    }
    const mode = WORKSHOP_MODES[Number(event.key) - 1];
    if (mode && /^[1-5]$/.test(event.key)) {
      workshop.setMode(mode);
      return true;
    }
    return false;
  };
}
