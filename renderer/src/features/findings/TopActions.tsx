import { useTranslation } from 'react-i18next';
import type { Analysis, AnalysisLocale } from '../../../../shared/analysis';
import { adviseFinding, findingTitle, topFindings } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { Icon } from '../../ui/icons';
import { findingTargets, SEVERITY_ICON } from './present';
import { RuleTag } from './RuleTag';

/**
 * The panel's opening: the three most important things to do this week, each as its advice, with the
 * finding it comes from and its rule, so the KAM sees why. Clicking one selects who it concerns.
 */
export function TopActions({ analysis, data, locale, onFocus }: { analysis: Analysis; data: AccountData; locale: AnalysisLocale; onFocus(ids: string[]): void }) {
  const { t } = useTranslation();
  const top = topFindings(analysis.findings);
  return (
    <section className="fp-section fp-top" aria-label={t('findingsPlan.topTitle')} data-testid="top-actions">
      <h3 className="fp-section-title">
        <Icon name="flag" size={13} />
        {t('findingsPlan.topTitle')}
      </h3>
      {top.length === 0 ? (
        <p className="fp-none">{t('findingsPlan.topNone')}</p>
      ) : (
        <>
          <p className="fp-caption">{t('findingsPlan.topCaption')}</p>
          <ol className="fp-top-list">
            {top.map((finding, index) => (
              <li key={finding.key}>
                <button type="button" className={`fp-top-item fp-finding-${finding.severity}`} data-testid="top-action" data-key={finding.key} onClick={() => onFocus(findingTargets(finding))}>
                  <span className="fp-top-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="fp-top-advice">{adviseFinding(finding, data, locale)}</span>
                  <span className="fp-top-why">
                    <span className={`fp-sev fp-tone-${finding.severity}`}>
                      <Icon name={SEVERITY_ICON[finding.severity]} size={12} />
                    </span>
                    {findingTitle(finding.code, locale)}
                    <RuleTag rule={finding.rule} short />
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
