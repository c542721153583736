import { useTranslation } from 'react-i18next';
import type { AccountData, Person } from '../../../../shared/model';
import type { PlanAction } from '../../../../shared/plan';
import { toastsStore, useClock } from '../../app/services';
import { Section } from '../panel/parts';
import { logDialogStore } from './logDialog';
import { planStore, usePlan } from './planService';

/** A team member's or people's names, for a line of the panel. */
function namesOf(ids: readonly string[], list: readonly { id: string; name: string }[]): string {
  return ids.map((id) => list.find((item) => item.id === id)?.name ?? '?').join(', ');
}

/** An action's line with its status buttons: done and drop while open, reopen after. */
export function ActionRow({ action, data }: { action: PlanAction; data: AccountData }) {
  const { t } = useTranslation();
  const today = useClock((state) => state.today) ?? action.createdOn;
  const set = (status: PlanAction['status']) => void planStore.getState().setActionStatus(action.id, status, today);
  const overdue = action.status === 'open' && action.due < today;
  return (
    <li className={`plan-action plan-action-${action.status}${overdue ? ' plan-overdue' : ''}`} data-testid="plan-action" data-status={action.status}>
      <span className="plan-action-text">{action.text}</span>
      <span className="plan-meta">
        {t('plan.actions.owner')}: {namesOf([action.ownerId], data.team)} · {t('plan.actions.due')}: {action.due}
        {action.personIds.length > 0 ? ` · ${namesOf(action.personIds, data.people)}` : ''} · {t(`plan.status.${action.status}`)} ·{' '}
        {action.origin.kind === 'finding' ? t('plan.actions.fromFinding') : t('plan.actions.typed')}
      </span>
      <span className="plan-buttons">
        {action.status === 'open' ? (
          <>
            <button type="button" className="btn btn-small" onClick={() => set('done')} data-testid="plan-action-done">
              {t('plan.actions.done')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => set('dropped')}>
              {t('plan.actions.drop')}
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-small" onClick={() => set('open')}>
            {t('plan.actions.reopen')}
          </button>
        )}
      </span>
    </li>
  );
}

/** The person's contact timeline (newest first) and their actions, with the Log contact button. */
export function PersonPlan({ data, person }: { data: AccountData; person: Person }) {
  const { t } = useTranslation();
  const today = useClock((state) => state.today) ?? '';
  const plan = usePlan((state) => state.plan);
  const contacts = plan.contacts.filter((c) => c.personIds.includes(person.id)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const actions = plan.actions.filter((a) => a.personIds.includes(person.id));
  async function remove(id: string) {
    if (await planStore.getState().deleteContact(id)) toastsStore.getState().show({ tone: 'info', message: t('plan.timeline.deleted') });
  }
  return (
    <Section title={t('plan.timeline.title')} icon="flag" count={contacts.length}>
      <div className="panel-span plan-person" data-testid="person-plan">
        <button type="button" className="btn btn-primary btn-small" onClick={() => logDialogStore.getState().show([person.id])} data-testid="log-contact-button">
          {t('plan.log.button')} <kbd>L</kbd>
        </button>
        {contacts.length === 0 ? <p className="plan-hint">{t('plan.timeline.empty')}</p> : null}
        <ol className="plan-timeline" data-testid="person-timeline">
          {contacts.map((c) => (
            <li key={c.id} className={c.date > today ? 'plan-planned' : ''} data-testid="timeline-contact">
              <span className="plan-date">{c.date}</span> {t(`plan.channel.${c.channel}`)} · {namesOf(c.teamIds, data.team)}
              {c.personIds.length > 1 ? ` · ${namesOf(c.personIds, data.people)}` : ''}
              {c.date > today ? <span className="plan-tag"> {t('plan.timeline.plannedTag')}</span> : null}
              {c.note ? <span className="plan-note"> — {c.note}</span> : null}
              <button type="button" className="btn-icon plan-delete" aria-label={t('plan.timeline.delete')} title={t('plan.timeline.delete')} onClick={() => void remove(c.id)}>
                ×
              </button>
            </li>
          ))}
        </ol>
        {person.lastContact ? <p className="plan-hint">{t('plan.timeline.before', { date: person.lastContact })}</p> : null}
        {actions.length > 0 ? (
          <>
            <h4 className="plan-subtitle">{t('plan.actions.title')}</h4>
            <ul className="plan-actions">
              {actions.map((a) => (
                <ActionRow key={a.id} action={a} data={data} />
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </Section>
  );
}
