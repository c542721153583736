import { useTranslation } from 'react-i18next';
import { dayNumber } from '../../../../shared/analysis/dates';
import type { AccountData } from '../../../../shared/model';
import type { PlanAction } from '../../../../shared/plan';
import { useClock } from '../../app/services';
import { Icon } from '../../ui/icons';
import { AddAction } from '../plan/PlanPanel';
import { planStore, usePlan } from '../plan/planService';
import { useEditsLocked } from './workshopStore';

/** Open actions grouped by owner (owners by name), each owner's by due date: the order the room reads them in. */
export function openActionsByOwner(data: AccountData, actions: readonly PlanAction[]): { ownerId: string; owner: string; actions: PlanAction[] }[] {
  const names = new Map(data.team.map((member) => [member.id, member.name] as const));
  const groups = new Map<string, PlanAction[]>();
  for (const action of actions) {
    if (action.status !== 'open') continue;
    const list = groups.get(action.ownerId) ?? [];
    list.push(action);
    groups.set(action.ownerId, list);
  }
  return [...groups]
    .map(([ownerId, list]) => ({ ownerId, owner: names.get(ownerId) ?? '?', actions: list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.text.localeCompare(b.text))) }))
    .sort((a, b) => a.owner.localeCompare(b.owner));
}

function PlanLine({ action, data, today, locked }: { action: PlanAction; data: AccountData; today: string; locked: boolean }) {
  const { t } = useTranslation();
  const late = today ? (dayNumber(today) ?? 0) - (dayNumber(action.due) ?? 0) : 0;
  const people = action.personIds.map((id) => data.people.find((p) => p.id === id)?.name ?? '?');
  return (
    <li className={`ws-plan-action${late > 0 ? ' ws-plan-overdue' : ''}`} data-testid="workshop-plan-action">
      <span className="ws-plan-text">{action.text}</span>
      <span className="ws-plan-meta">
        {late > 0 ? (
          <strong className="ws-plan-late">
            <Icon name="flag" size={15} /> {t('workshopPlan.overdue', { count: late, date: action.due })}
          </strong>
        ) : late === 0 ? (
          <strong>{t('workshopPlan.dueToday')}</strong>
        ) : (
          t('workshopPlan.due', { date: action.due })
        )}
        {people.length > 0 ? ` · ${people.join(t('workshopPlan.listSeparator'))}` : ''}
      </span>
      {locked ? null : (
        <button type="button" className="btn btn-small" onClick={() => void planStore.getState().setActionStatus(action.id, 'done', today)} data-testid="workshop-plan-done">
          <Icon name="check" size={14} /> {t('workshopPlan.done')}
        </button>
      )}
    </li>
  );
}

/**
 * The workshop's last step: who does what by when. The open actions by owner and due date, the overdue
 * ones marked (in words as well as colour); with Edit on, the presenter marks one done or adds one with
 * the Plan tab's own form (the same plan store and IPC).
 */
export function WorkshopPlan({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  const actions = usePlan((state) => state.plan.actions);
  const today = useClock((state) => state.today) ?? '';
  const locked = useEditsLocked();
  const groups = openActionsByOwner(data, actions);
  const open = groups.reduce((n, group) => n + group.actions.length, 0);
  const overdue = groups.reduce((n, group) => n + group.actions.filter((a) => today !== '' && a.due < today).length, 0);
  return (
    <div className="ws-plan" data-testid="workshop-plan">
      <div className="ws-caption-head">
        <Icon name="flag" size={22} />
        <h2>{t('workshopPlan.title')}</h2>
      </div>
      <p className="ws-caption-meta" data-testid="workshop-plan-summary">
        {open === 0 ? t('workshopPlan.nothingOpen') : `${t('workshopPlan.open', { count: open })}${overdue > 0 ? t('workshopPlan.overdueCount', { count: overdue }) : ''}`}
      </p>
      {groups.map((group) => (
        <section key={group.ownerId} className="ws-plan-owner" data-testid="workshop-plan-owner">
          <h3>{group.owner}</h3>
          <ol className="ws-plan-list">
            {group.actions.map((action) => (
              <PlanLine key={action.id} action={action} data={data} today={today} locked={locked} />
            ))}
          </ol>
        </section>
      ))}
      {locked ? <p className="ws-caption-meta">{t('workshopPlan.editHint')}</p> : <AddAction />}
    </div>
  );
}
