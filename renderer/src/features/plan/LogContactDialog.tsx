import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { CHANNELS, usualMember, type Channel } from '../../../../shared/plan';
import { toastsStore, useClock, useEditor } from '../../app/services';
import { Dialog } from '../../ui/Dialog';
import { ChoiceSelect } from './ChoiceSelect';
import { useLogDialog, logDialogStore } from './logDialog';
import { planStore, usePlan } from './planService';

/**
 * Log a contact in two actions: the dialog opens with today's date, the usual member of our team and the
 * people chosen on the map; Enter (or "Log it") records it. Several customer people for a meeting.
 */
export function LogContactDialog() {
  const personIds = useLogDialog((state) => state.personIds);
  const data = useEditor((state) => state.data);
  if (personIds === null || data === null) return null;
  return <LogContactForm key={personIds.join(' ')} initial={personIds} />;
}

function coveringMember(data: AccountData, personId: string | undefined): string | null {
  let best: { id: string; strength: number } | null = null;
  for (const link of data.links) {
    if (link.kind !== 'covers' || link.to !== personId || (link.strength ?? 0) < 1) continue;
    if (best === null || (link.strength ?? 0) > best.strength) best = { id: link.from, strength: link.strength ?? 0 };
  }
  return best?.id ?? null;
}

function LogContactForm({ initial }: { initial: string[] }) {
  const { t } = useTranslation();
  const data = useEditor((state) => state.data)!;
  const today = useClock((state) => state.today) ?? new Date().toISOString().slice(0, 10);
  const contacts = usePlan((state) => state.plan.contacts);
  const [date, setDate] = useState(today);
  // The member who holds the strongest covers link to the first person chosen, else the account's usual one.
  const [member, setMember] = useState(() => coveringMember(data, initial[0]) ?? usualMember(data, contacts) ?? '');
  const [people, setPeople] = useState<string[]>(initial.filter((id) => data.people.some((p) => p.id === id)));
  const [channel, setChannel] = useState<Channel>('visit');
  const [note, setNote] = useState('');
  const close = () => logDialogStore.getState().close();
  const valid = member !== '' && people.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(date);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) return;
    close();
    const names = people.map((id) => data.people.find((p) => p.id === id)?.name ?? '').join(', ');
    if (await planStore.getState().logContact({ date, teamIds: [member], personIds: people, channel, note })) {
      toastsStore.getState().show({
        tone: 'success',
        message: t('plan.log.logged', { names }),
        action: { label: t('plan.log.undo'), testId: 'toast-undo-contact', run: () => void planStore.getState().undoLast() },
      });
    }
  }

  const others = data.people.filter((p) => !people.includes(p.id));
  return (
    <Dialog titleId="log-contact-title" testId="log-contact-dialog" onCancel={close} className="dialog-log-contact">
      <form onSubmit={(event) => void submit(event)} className="plan-form">
        <h2 id="log-contact-title" className="dialog-title">
          {t('plan.log.title')}
        </h2>
        {data.team.length === 0 ? <p className="dialog-text">{t('plan.log.noTeam')}</p> : null}
        <label className="plan-field">
          <span>{t('plan.log.date')}</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="log-contact-date" required />
        </label>
        {date > today ? <p className="plan-hint">{t('plan.log.planned')}</p> : null}
        <label className="plan-field">
          <span>{t('plan.log.member')}</span>
          <ChoiceSelect items={data.team} value={member} onChange={setMember} testId="log-contact-member" />
        </label>
        <fieldset className="plan-field plan-people">
          <legend>{t('plan.log.people')}</legend>
          {people.map((id) => (
            <label key={id} className="plan-chip">
              <input type="checkbox" checked onChange={() => setPeople(people.filter((other) => other !== id))} />
              {data.people.find((p) => p.id === id)?.name}
            </label>
          ))}
          {others.length > 0 ? (
            <select value="" onChange={(e) => e.target.value && setPeople([...people, e.target.value])} data-testid="log-contact-add-person" aria-label={t('plan.log.people')}>
              <option value="">+</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          ) : null}
          {people.length === 0 ? <p className="plan-hint">{t('plan.log.peopleNone')}</p> : null}
        </fieldset>
        <label className="plan-field">
          <span>{t('plan.log.channel')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)} data-testid="log-contact-channel">
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`plan.channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="plan-field">
          <span>{t('plan.log.note')}</span>
          <textarea value={note} maxLength={2000} rows={2} onChange={(e) => setNote(e.target.value)} data-testid="log-contact-note" />
        </label>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={close}>
            {t('plan.log.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!valid} data-testid="log-contact-save" data-autofocus>
            {t('plan.log.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
