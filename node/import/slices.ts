import type { PlanSteps } from '../../shared/import/plan';

/**
 * Long import work in the main process runs in slices of a few milliseconds, with a turn of the event
 * loop between them, so the window's messages (input, repaints, other calls) are never held up long.
 */

/**
 * A slice's budget: well under the 50 ms a person notices, with room for a slow, shared machine, where
 * the OS runs others in the middle of a slice and its wall clock is several times its CPU time (and a
 * garbage collection may fall in it). 12 ms let the 10,000-person commit's longest slice reach 17-36 ms
 * of CPU at load 7-8 on 2 cores; 5 ms, 13-16 ms.
 */
const SLICE_MS = 5;

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs planning steps (shared/import/plan.ts) to the end, a slice at a time. */
export async function runInSlices<T>(steps: PlanSteps<T>, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    // A turn first: whatever ran before in this task (reading the account, say) is not added to the slice.
    await nextTurn();
    const start = performance.now();
    do {
      const next = steps.next();
      if (next.done) return next.value;
    } while (performance.now() - start < sliceMs);
  }
}
