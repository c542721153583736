import { createStore } from 'zustand/vanilla';
import type { AppError, IsoDate } from '../../../../shared/model';
import type { AgendaPage, AgendaSectionKey, AgendaViewLine, PlanLocale, PlanOp } from '../../../../shared/plan';
import { AGENDA_DAYS } from '../../../../shared/plan/days';
import type { IpcClient } from '../../stores/client';
import { newId } from '../../stores/plan';

/**
 * How many lines a section draws until "Show all", ranked most urgent first: a few screenfuls of what is
 * due now, a screenful of each coming day. Across 200 accounts a week can hold thousands of lines;
 * drawing them all, and before that putting them all in words and sending them across IPC, made the
 * start screen take seconds.
 */
export const FIRST_LINES = { now: 40, ahead: 10 } as const;

/** The agenda screen's data: asked of the main process (every account), refreshed after each click. */
export interface AgendaState {
  /** Every section's count; each section's first lines (FIRST_LINES), or all of those in `whole`. */
  view: AgendaPage | null;
  member: string | null;
  /** The sections whose every line is drawn ("Show all"). */
  whole: AgendaSectionKey[];
  /** Asks for the agenda; takes the answer of a prefetch for the same question instead, once. */
  load(locale: PlanLocale): Promise<void>;
  /**
   * Asks for the agenda ahead of its screen (the start, while it is still choosing the screen), so the main
   * process computes it while the page draws; the screen's first load then takes this answer.
   */
  prefetch(locale: PlanLocale): Promise<void>;
  /** The start screen is not the agenda after all: the next load asks afresh. */
  dropPrefetch(): void;
  setMember(member: string | null, locale: PlanLocale): Promise<void>;
  /** "Show all": the section's every line, asked of the main process. */
  showAll(key: AgendaSectionKey, locale: PlanLocale): Promise<void>;
  /** One click: logs a visit today with the line's people, as the line's member of our team. */
  logContact(line: AgendaViewLine, today: IsoDate, locale: PlanLocale): Promise<boolean>;
  /** One click: the action is done today. */
  complete(line: AgendaViewLine, today: IsoDate, locale: PlanLocale): Promise<boolean>;
}

export function createAgendaStore(client: IpcClient, reportError: (error: AppError) => void) {
  return createStore<AgendaState>()((set, get) => {
    /** Later answers win: the view of the last question asked, not of the last one answered. */
    let asked = 0;
    let prefetched: { question: string; answer: Promise<void> } | null = null;
    const question = (locale: PlanLocale) => JSON.stringify([locale, get().member, get().whole]);

    async function fetchView(locale: PlanLocale): Promise<void> {
      const token = ++asked;
      const result = await client.call('plan.agenda', { days: AGENDA_DAYS, member: get().member, locale, firstLines: FIRST_LINES, whole: get().whole });
      if (token !== asked) return;
      if (result.ok) set({ view: result.value });
      else reportError(result.error);
    }

    async function apply(ops: PlanOp[], locale: PlanLocale): Promise<boolean> {
      const result = await client.call('plan.apply', { ops });
      if (!result.ok) {
        reportError(result.error);
        return false;
      }
      await get().load(locale);
      return true;
    }
    return {
      view: null,
      member: null,
      whole: [],
      load(locale) {
        const ahead = prefetched;
        prefetched = null;
        return ahead?.question === question(locale) ? ahead.answer : fetchView(locale);
      },
      prefetch(locale) {
        const answer = fetchView(locale);
        prefetched = { question: question(locale), answer };
        return answer;
      },
      dropPrefetch() {
        prefetched = null;
      },
      async setMember(member, locale) {
        set({ member });
        await get().load(locale);
      },
      async showAll(key, locale) {
        if (get().whole.includes(key)) return;
        set({ whole: [...get().whole, key] });
        await get().load(locale);
      },
      logContact(line, today, locale) {
        if (line.logAs === null) return Promise.resolve(false);
        return apply([{ op: 'logContact', value: { id: newId(), accountId: line.accountId, date: today, teamIds: [line.logAs], personIds: line.personIds, channel: 'visit', note: '', private: true } }], locale);
      },
      complete(line, today, locale) {
        if (line.kind !== 'action') return Promise.resolve(false);
        return apply([{ op: 'updateAction', id: line.actionId, patch: { status: 'done', doneOn: today } }], locale);
      },
    };
  });
}
