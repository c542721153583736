import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { toastsStore, useClock } from '../../app/services';
import { actionFromFinding } from '../../stores/plan';
import { usePrivateHidden } from '../workshop/workshopStore';
import { planStore, usePlan } from './planService';

/** One click turns a finding's advice into an action: its people, the usual owner, due in a week. */
export function MakeActionButton({ finding, data, advice }: { finding: Finding; data: AccountData; advice: string }) {
  const { t } = useTranslation();
  const today = useClock((state) => state.today);
  const already = usePlan((state) => state.plan.actions.some((a) => a.status === 'open' && a.origin.kind === 'finding' && a.origin.code === finding.code && a.text === advice));
  const hidden = usePrivateHidden();
  if (today === null || hidden) return null;
  async function make() {
    const action = actionFromFinding(finding, advice, data, planStore.getState().plan.contacts, today!);
    if (action === null) {
      toastsStore.getState().show({ tone: 'error', message: t('plan.actions.noOwner') });
      return;
    }
    if (await planStore.getState().addAction(action)) {
      const owner = data.team.find((m) => m.id === action.ownerId)?.name ?? '';
      toastsStore.getState().show({ tone: 'success', message: t('plan.actions.fromAdviceDone', { owner, due: action.due }) });
    }
  }
  return (
    <button type="button" className="btn btn-small fp-make-action" disabled={already} onClick={() => void make()} data-testid="finding-make-action" data-code={finding.code}>
      {already ? `✓ ${t('plan.actions.title')}` : t('plan.actions.fromAdvice')}
    </button>
  );
}
