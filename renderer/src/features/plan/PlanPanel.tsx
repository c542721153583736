import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, usualMember } from '../../../../shared/plan';
import { useClock, useEditor } from '../../app/services';
import { usePrivateHidden } from '../workshop/workshopStore';
import { ActionRow } from './PersonPlan';
import { actionDraftStore, useActionDraft } from './actionDraft';
import { ChoiceSelect } from './ChoiceSelect';
import { planStore, usePlan } from './planService';

/**
 * A typed action: what to do, the owner (the usual member preselected), the due day (a week from today).
 * Also the workshop's Plan step's form.
 */
export function AddAction() {
  const { t } = useTranslation();
  const data = useEditor((state) => state.data)!;
  const today = useClock((state) => state.today) ?? '';
  const contacts = usePlan((state) => state.plan.contacts);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState(() => usualMember(data, contacts) ?? '');
  const [due, setDue] = useState(() => (today ? addDays(today, 7) : ''));
  const [person, setPerson] = useState('');
  const asked = useActionDraft((state) => state.asked);
  const textRef = useRef<HTMLInputElement>(null);
  useEffect(
    function takeTheMapsRequest() {
      // "New action for this person" from the map: the person chosen, the text ready to type.
      const asks = actionDraftStore.getState().take();
      if (asks === null) return;
      setPerson(asks);
      textRef.current?.focus();
    },
    [asked],
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || !owner || !due) return;
    if (await planStore.getState().addAction({ text: text.trim(), ownerId: owner, due, personIds: person ? [person] : [], origin: { kind: 'typed' }, createdOn: today })) setText('');
  }
  if (data.team.length === 0) return <p className="plan-hint">{t('plan.actions.noOwner')}</p>;
  return (
    <form className="plan-form plan-add" onSubmit={(event) => void submit(event)} data-testid="plan-add-action">
      <label className="plan-field">
        <span>{t('plan.actions.text')}</span>
        <input ref={textRef} className="input" value={text} maxLength={500} onChange={(e) => setText(e.target.value)} data-testid="plan-action-text" />
      </label>
      <label className="plan-field">
        <span>{t('plan.actions.owner')}</span>
        <ChoiceSelect className="input select" items={data.team} value={owner} onChange={setOwner} />
      </label>
      <label className="plan-field">
        <span>{t('plan.actions.due')}</span>
        <input className="input" type="date" value={due} min={data.account.createdAt.slice(0, 10)} onChange={(e) => setDue(e.target.value)} />
      </label>
      <label className="plan-field">
        <span>{t('plan.actions.people')}</span>
        <ChoiceSelect className="input select" items={data.people} value={person} onChange={setPerson} empty="—" />
      </label>
      <button type="submit" className="btn btn-primary btn-small" disabled={!text.trim()} data-testid="plan-action-add">
        {t('plan.actions.add')}
      </button>
    </form>
  );
}

/** The account's Plan tab: every action (open first, by due date) with owner, due, people, status and source. */
export function PlanPanel() {
  const { t } = useTranslation();
  const data = useEditor((state) => state.data);
  const actions = usePlan((state) => state.plan.actions);
  const hidden = usePrivateHidden();
  if (data === null) return null;
  const sorted = [...actions].sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return (
    <div className="plan-panel" data-testid="plan-panel">
      <h3 className="panel-section-title">{t('plan.actions.title')}</h3>
      {sorted.length === 0 ? <p className="plan-hint">{t('plan.actions.empty')}</p> : null}
      <ul className="plan-actions">
        {sorted.map((action) => (
          <ActionRow key={action.id} action={action} data={data} />
        ))}
      </ul>
      {hidden ? null : <AddAction />}
    </div>
  );
}
