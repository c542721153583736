import { useTranslation } from 'react-i18next';
import type { AnalysisComparison, AnalysisLocale } from '../../../../shared/analysis';
import { adviseFinding, describeMetricChange, explainFinding, findingTitle } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { useEditor } from '../../app/services';
import { Icon } from '../../ui/icons';
import { analysisStore, useAnalysis } from './analysisService';
import { findingsViewStore } from './findingsView';
import { leaverIds, nameOf, SEVERITY_ICON } from './present';

/** Enters what-if from anywhere (toolbar, panel): the findings open, so the user sees what changes. */
export function enterWhatIf() {
  analysisStore.getState().setWhatIf(true);
  findingsViewStore.getState().setTab('findings');
}

export function leaveWhatIf() {
  analysisStore.getState().setWhatIf(false);
}

export function toggleWhatIf() {
  if (analysisStore.getState().whatIf) leaveWhatIf();
  else enterWhatIf();
}

/** The map's selection, marked gone or brought back as one (the button says which). */
function SelectedToggle({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  const selection = useEditor((state) => state.selection);
  const goneIds = useAnalysis((state) => state.goneIds);
  const ids = leaverIds(data, selection);
  if (ids.length === 0) {
    return <p className="fp-caption">{selection.length > 0 ? t('whatIf.onlyPeople') : t('whatIf.selectHint')}</p>;
  }
  const allGone = ids.every((id) => goneIds.includes(id));
  const label = allGone
    ? ids.length === 1
      ? t('whatIf.bringBack')
      : t('whatIf.bringBackMany', { count: ids.length })
    : ids.length === 1
      ? t('whatIf.markGone')
      : t('whatIf.markGoneMany', { count: ids.length });
  return (
    <div className="wi-selected">
      <span className="wi-selected-label muted">{t('whatIf.selected')}</span>
      <span className="wi-selected-names">{ids.map((id) => nameOf(data, id)).join(', ')}</span>
      <button type="button" className={`btn btn-small ${allGone ? '' : 'btn-danger'}`} data-testid="what-if-toggle-selected" onClick={() => analysisStore.getState().toggleGone(ids)}>
        <Icon name={allGone ? 'userPlus' : 'userMinus'} />
        <span>{label}</span>
      </button>
    </div>
  );
}

function GoneList({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  const goneIds = useAnalysis((state) => state.goneIds);
  if (goneIds.length === 0) return <p className="fp-caption">{t('whatIf.noneGone')}</p>;
  return (
    <ul className="wi-gone" aria-label={t('whatIf.gone')} data-testid="what-if-gone">
      {goneIds.map((id) => (
        <li key={id} className="wi-gone-chip" data-id={id}>
          <Icon name="userMinus" size={13} />
          <span className="wi-gone-name">{nameOf(data, id)}</span>
          <button type="button" className="wi-gone-back" title={t('whatIf.bringBackNamed', { name: nameOf(data, id) })} aria-label={t('whatIf.bringBackNamed', { name: nameOf(data, id) })} onClick={() => analysisStore.getState().bringBack(id)}>
            <Icon name="close" size={12} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Before → after for the headline numbers, then the findings that appear and go. */
function Changes({ comparison, data, locale, anyGone }: { comparison: AnalysisComparison | null; data: AccountData; locale: AnalysisLocale; anyGone: boolean }) {
  const { t } = useTranslation();
  const nothing = !comparison || (comparison.metrics.length === 0 && comparison.added.length === 0 && comparison.removed.length === 0 && comparison.changed.length === 0);
  return (
    <div className="wi-changes" data-testid="what-if-changes" aria-live="polite">
      <h4 className="fp-subtitle">{t('whatIf.changes')}</h4>
      {!anyGone ? (
        <p className="fp-caption">{t('whatIf.startHint')}</p>
      ) : nothing || !comparison ? (
        <p className="fp-caption">{t('whatIf.noChanges')}</p>
      ) : (
        <>
          {comparison.metrics.length > 0 ? (
            <ul className="wi-metrics">
              {comparison.metrics.map((change) => (
                <li key={change.metric} data-metric={change.metric} className="wi-metric">
                  {describeMetricChange(change, locale)}
                </li>
              ))}
            </ul>
          ) : null}
          {comparison.added.length > 0 ? (
            <>
              <h5 className="wi-list-title">{t('whatIf.newFindings')}</h5>
              <ul className="wi-findings">
                {comparison.added.map((finding) => (
                  <li key={finding.key} className="wi-finding wi-added" data-testid="what-if-added" data-code={finding.code} data-key={finding.key}>
                    <span className={`fp-sev fp-tone-${finding.severity}`} title={t(`findings.severity.${finding.severity}`)}>
                      <Icon name={SEVERITY_ICON[finding.severity]} size={13} />
                      <span className="fp-sev-word">{t(`findings.severity.${finding.severity}`)}</span>
                    </span>
                    <span className="wi-finding-title">{findingTitle(finding.code, locale)}</span>
                    <span className="wi-finding-text">{explainFinding(finding, data, locale)}</span>
                    <span className="wi-finding-text fp-finding-advice" data-testid="finding-advice">
                      <span className="fp-advice-label">{t('findingsPlan.advice')}</span>
                      {adviseFinding(finding, data, locale)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {comparison.removed.length > 0 ? (
            <>
              <h5 className="wi-list-title">{t('whatIf.resolved')}</h5>
              <ul className="wi-findings">
                {comparison.removed.map((finding) => (
                  <li key={finding.key} className="wi-finding wi-removed" data-testid="what-if-removed" data-code={finding.code} data-key={finding.key}>
                    <span className="wi-finding-title">{findingTitle(finding.code, locale)}</span>
                    <span className="wi-finding-text">{explainFinding(finding, data, locale)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {comparison.changed.length > 0 ? <p className="fp-caption">{t('whatIf.changedFindings', { count: comparison.changed.length })}</p> : null}
        </>
      )}
    </div>
  );
}

/** What-if in the findings panel: who is gone, the selection's toggle, and what changes. */
export function WhatIfSection({ data, locale }: { data: AccountData; locale: AnalysisLocale }) {
  const { t } = useTranslation();
  const comparison = useAnalysis((state) => state.comparison);
  const anyGone = useAnalysis((state) => state.goneIds.length > 0);
  return (
    <section className="fp-section wi-section" aria-label={t('whatIf.heading')}>
      <div className="wi-head">
        <h3 className="fp-section-title">
          <Icon name="userMinus" size={14} />
          {t('whatIf.heading')}
        </h3>
        <button type="button" className="btn btn-small btn-ghost" onClick={leaveWhatIf}>
          {t('whatIf.leave')}
        </button>
      </div>
      <SelectedToggle data={data} />
      <GoneList data={data} />
      <Changes comparison={comparison} data={data} locale={locale} anyGone={anyGone} />
    </section>
  );
}

/** Over the map while what-if is on: says so, and that nothing is saved. */
export function WhatIfBanner({ belowLinkBanner }: { belowLinkBanner: boolean }) {
  const { t } = useTranslation();
  const count = useAnalysis((state) => state.goneIds.length);
  return (
    <div className={`map-banner wi-banner${belowLinkBanner ? ' wi-banner-low' : ''}`} data-testid="what-if-banner" role="status">
      <Icon name="userMinus" className="wi-banner-icon" />
      <span className="map-banner-text">{count > 0 ? t('whatIf.banner', { count }) : t('whatIf.bannerNone')}</span>
      <button type="button" className="btn btn-small btn-primary" onClick={leaveWhatIf}>
        {t('whatIf.leave')}
      </button>
    </div>
  );
}
