import { useStore } from 'zustand';
import { editorStore, reportError } from '../../app/services';
import { call } from '../../ipc/client';
import { createPlanStore, type PlanState } from '../../stores/plan';

/** The app's plan store (the open account's contact log and actions), following the editor. */
export const planStore = createPlanStore({ call }, reportError, editorStore);

export const usePlan = <T>(select: (state: PlanState) => T) => useStore(planStore, select);
