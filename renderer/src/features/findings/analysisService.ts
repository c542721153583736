import { useStore } from 'zustand';
import { clockStore, editorStore, settingsStore } from '../../app/services';
import type { AnalysisState } from '../../stores/analysis';
import { createAnalysisStore } from '../../stores/analysis';
import { planStore } from '../plan/planService';

/**
 * The app's analysis store, following the editor and the settings. It lives here rather than in
 * app/services.ts only because that file belongs to the shell; it is created once, like the others.
 */
export const analysisStore = createAnalysisStore(editorStore, settingsStore, clockStore.getState().today, planStore);

// The analysis counts from the main process's day, whenever it is told again.
clockStore.subscribe((clock) => analysisStore.getState().setToday(clock.today));

export const useAnalysis = <T>(select: (state: AnalysisState) => T) => useStore(analysisStore, select);
