import { createStore } from 'zustand/vanilla';
import type { AccountData } from '../../../shared/model';
import type { Analysis, AnalysisComparison } from '../../../shared/analysis';
import { analyze, compareAnalyses } from '../../../shared/analysis';
import type { AnalysisSettings } from '../../../shared/ipc';
import { lastContacts, withLoggedContacts } from '../../../shared/plan';
import type { EditorStore } from './editor';
import type { PlanStore } from './plan';
import type { SettingsStore } from './settings';

/**
 * The open account's analysis, derived from the editor's data, the thresholds in settings and today's
 * date, and recomputed whenever one of them changes (a few milliseconds even at 300 people).
 *
 * What-if lives only here: the people and team members marked gone are a list in memory, never an
 * edit, so nothing of it reaches the database; leaving what-if drops the list and the analysis is the
 * real one again. Edits made meanwhile are ordinary edits and are analysed like any other.
 */
export interface AnalysisState {
  /** The analysis on show: with the gone people removed while what-if is on. Null with no account open. */
  analysis: Analysis | null;
  /** What-if only: the real account's analysis, the "before" of the comparison. */
  baseline: Analysis | null;
  /** What-if only: what changed from baseline to analysis. */
  comparison: AnalysisComparison | null;
  whatIf: boolean;
  /** People and team members treated as gone, in the order they were marked. */
  goneIds: string[];
  /** The main process's day (stores/clock.ts); no analysis until it is known. */
  today: string | null;
  setWhatIf(on: boolean): void;
  /** Marks each id gone, or brings it back when it is gone already (the map selection's toggle). */
  toggleGone(ids: readonly string[]): void;
  bringBack(id: string): void;
  /** Follows the calendar (the app may stay open past midnight). */
  setToday(today: string | null): void;
}

interface Inputs {
  data: AccountData | null;
  thresholds: AnalysisSettings;
  today: string | null;
  whatIf: boolean;
  goneIds: readonly string[];
}

/** Only people and team members can leave; ids that no longer exist (deleted meanwhile) are dropped. */
function leavers(data: AccountData, ids: readonly string[]): string[] {
  const present = new Set([...data.people.map((p) => p.id), ...data.team.map((t) => t.id)]);
  return ids.filter((id) => present.has(id));
}

/** The account as its contact log makes it: people's and covers links' last contacts follow from the log. */
function withLog(data: AccountData | null, plan: PlanStore | undefined, today: string | null): AccountData | null {
  const state = plan?.getState();
  if (!data || !today || !state || state.accountId !== data.account.id || state.plan.contacts.length === 0) return data;
  return withLoggedContacts(data, lastContacts(data, state.plan.contacts, today));
}

function derive({ data, thresholds, today, whatIf, goneIds }: Inputs): Pick<AnalysisState, 'analysis' | 'baseline' | 'comparison' | 'goneIds'> {
  if (!data || !today) return { analysis: null, baseline: null, comparison: null, goneIds: [] };
  const real = analyze(data, { today, ...thresholds });
  if (!whatIf) return { analysis: real, baseline: null, comparison: null, goneIds: [] };
  const gone = leavers(data, goneIds);
  const simulated = gone.length > 0 ? analyze(data, { today, ...thresholds, goneIds: gone }) : real;
  return { analysis: simulated, baseline: real, comparison: compareAnalyses(real, simulated), goneIds: gone };
}

const sameThresholds = (a: AnalysisSettings, b: AnalysisSettings) =>
  a.concentrationThreshold === b.concentrationThreshold && a.hiddenInfluenceQuantile === b.hiddenInfluenceQuantile;

export function createAnalysisStore(editor: EditorStore, settings: SettingsStore, today: string | null = null, plan?: PlanStore) {
  type Mode = Pick<AnalysisState, 'whatIf' | 'goneIds' | 'today'>;

  const store = createStore<AnalysisState>()((set, get) => {
    /** Applies a change of mode and the analysis that follows from it in one update. */
    function recompute(patch: Partial<Mode> = {}) {
      const mode = { whatIf: get().whatIf, goneIds: get().goneIds, today: get().today, ...patch };
      set({ ...mode, ...derive({ data: withLog(editor.getState().data, plan, mode.today), thresholds: settings.getState().analysis, ...mode }) });
    }

    return {
      analysis: null,
      baseline: null,
      comparison: null,
      whatIf: false,
      goneIds: [],
      today,
      setWhatIf(on) {
        if (on !== get().whatIf) recompute({ whatIf: on, goneIds: [] });
      },
      toggleGone(ids) {
        if (!get().whatIf || ids.length === 0) return;
        const gone = new Set(get().goneIds);
        const allGone = ids.every((id) => gone.has(id));
        recompute({ goneIds: allGone ? get().goneIds.filter((id) => !ids.includes(id)) : [...gone, ...ids.filter((id) => !gone.has(id))] });
      },
      bringBack(id) {
        recompute({ goneIds: get().goneIds.filter((other) => other !== id) });
      },
      setToday(day) {
        if (day !== get().today) recompute({ today: day });
      },
    };
  });

  function refresh(mode: Partial<Mode> = {}) {
    const { whatIf, goneIds, today: day } = { ...store.getState(), ...mode };
    store.setState({ whatIf, ...derive({ data: withLog(editor.getState().data, plan, day), thresholds: settings.getState().analysis, today: day, whatIf, goneIds }) });
  }

  // Another account (or none) leaves what-if; new data or new thresholds recompute.
  editor.subscribe((state, previous) => {
    if (state.accountId !== previous.accountId) refresh({ whatIf: false, goneIds: [] });
    else if (state.data !== previous.data) refresh();
  });
  plan?.subscribe((state, previous) => {
    if (state.plan.contacts !== previous.plan.contacts) refresh();
  });
  settings.subscribe((state, previous) => {
    if (!sameThresholds(state.analysis, previous.analysis)) refresh();
  });
  refresh();
  return store;
}

export type AnalysisStore = ReturnType<typeof createAnalysisStore>;
