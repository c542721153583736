import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SidePanel } from '../panel/SidePanel';
import { HistoryPanel } from '../history/HistoryPanel';
import { Icon } from '../../ui/icons';
import { useAnalysis } from './analysisService';
import { FindingsPanel } from './FindingsPanel';
import type { RightTab } from './findingsView';
import { PlanPanel } from '../plan/PlanPanel';
import { findingsViewStore, overlaysShown, useFindingsView } from './findingsView';
import { TID } from '../../app/testids';

const TABS: { tab: RightTab; label: string }[] = [
  { tab: 'details', label: 'findings.tabDetails' },
  { tab: 'findings', label: 'findings.tabFindings' },
  { tab: 'history', label: 'history.tab' },
  { tab: 'plan', label: 'plan.actions.tab' },
];

/** Left and right arrows move between the tabs, as in any tab list. */
function switchWithArrows(event: KeyboardEvent<HTMLElement>, current: RightTab) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  event.preventDefault();
  const index = TABS.findIndex((item) => item.tab === current);
  const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!.tab;
  findingsViewStore.getState().setTab(next);
  event.currentTarget.querySelector<HTMLButtonElement>(`[data-tab="${next}"]`)?.focus();
}

/** Whether the findings are drawn on the map; beside the tabs, so it is at hand on either. */
function OverlaysToggle() {
  const { t } = useTranslation();
  const whatIf = useAnalysis((state) => state.whatIf);
  const on = useFindingsView((state) => overlaysShown(state, whatIf));
  return (
    <button
      type="button"
      className="rc-overlays"
      data-testid={TID.toggleOverlays}
      aria-pressed={on}
      title={t('findings.overlaysTitle')}
      onClick={() => findingsViewStore.getState().setOverlays(!on)}
    >
      <Icon name={on ? 'eye' : 'eyeOff'} size={15} />
      <span>{t('findings.overlays')}</span>
    </button>
  );
}

/** The right column: the inspector ("Details") or the analysis ("Findings"), one tab at a time. */
export function RightColumn({ onFocus }: { onFocus(ids: string[]): void }) {
  const { t } = useTranslation();
  const tab = useFindingsView((state) => state.tab);
  // An account with nobody in it has nothing to count yet (its panel says so).
  const critical = useAnalysis((state) => (state.analysis && state.analysis.weightedCoverage.totalInfluence > 0 ? state.analysis.findings.filter((f) => f.severity === 'critical').length : 0));

  return (
    <div className="right-column">
      <div className="rc-tabs" role="tablist" aria-label={t('findings.tabsLabel')} onKeyDown={(event) => switchWithArrows(event, tab)}>
        {TABS.map((item) => (
          <button
            key={item.tab}
            type="button"
            role="tab"
            id={`rc-tab-${item.tab}`}
            aria-controls={`rc-pane-${item.tab}`}
            aria-selected={tab === item.tab}
            tabIndex={tab === item.tab ? 0 : -1}
            className="rc-tab"
            data-tab={item.tab}
            data-testid={item.tab === 'details' ? TID.tabDetails : item.tab === 'findings' ? TID.tabFindings : item.tab === 'plan' ? 'tab-plan' : TID.tabHistory}
            onClick={() => findingsViewStore.getState().setTab(item.tab)}
          >
            <span>{t(item.label)}</span>
            {item.tab === 'findings' && critical > 0 ? (
              <span className="rc-badge" title={t('findings.countCritical', { count: critical })}>
                <Icon name="critical" size={12} />
                {critical}
              </span>
            ) : null}
          </button>
        ))}
        <OverlaysToggle />
      </div>
      <div className="rc-pane" role="tabpanel" id={`rc-pane-${tab}`} aria-labelledby={`rc-tab-${tab}`}>
        {tab === 'details' ? <SidePanel /> : tab === 'findings' ? <FindingsPanel onFocus={onFocus} /> : tab === 'plan' ? <PlanPanel /> : <HistoryPanel />}
      </div>
    </div>
  );
}
