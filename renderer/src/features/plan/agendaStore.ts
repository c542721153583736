import { createStore } from 'zustand/vanilla';
import type { AppError, IsoDate } from '../../../../shared/model';
import type { AgendaView, AgendaViewLine, PlanLocale, PlanOp } from '../../../../shared/plan';
import type { IpcClient } from '../../stores/client';
import { newId } from '../../stores/plan';

/** The agenda screen's data: asked of the main process (every account), refreshed after each click. */
export interface AgendaState {
  view: AgendaView | null;
  member: string | null;
  load(locale: PlanLocale): Promise<void>;
  setMember(member: string | null, locale: PlanLocale): Promise<void>;
  /** One click: logs a visit today with the line's people, as the line's member of our team. */
  logContact(line: AgendaViewLine, today: IsoDate, locale: PlanLocale): Promise<boolean>;
  /** One click: the action is done today. */
  complete(line: AgendaViewLine, today: IsoDate, locale: PlanLocale): Promise<boolean>;
}

export function createAgendaStore(client: IpcClient, reportError: (error: AppError) => void) {
  return createStore<AgendaState>()((set, get) => {
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
      async load(locale) {
        const result = await client.call('plan.agenda', { days: 7, member: get().member, locale });
        if (result.ok) set({ view: result.value });
        else reportError(result.error);
      },
      async setMember(member, locale) {
        set({ member });
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
