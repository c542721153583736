import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, AnalysisLocale } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { useEditor, useSettings } from '../../app/services';
import { Icon } from '../../ui/icons';
import { useAnalysis } from './analysisService';
import { CoverageSummary } from './CoverageSummary';
import { FindingList } from './FindingList';
import { SEVERITIES, SEVERITY_ICON } from './present';
import { Thresholds } from './Thresholds';
import { TopActions } from './TopActions';
import { ThreadStatus } from './ThreadStatus';
import { enterWhatIf, WhatIfSection } from './WhatIf';
import './findings.css';

const COUNT_KEY = { critical: 'findings.countCritical', warning: 'findings.countWarning', info: 'findings.countInfo' } as const;

function Header({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  return (
    <header className="fp-header">
      <div className="fp-eyebrow">{t('findings.heading')}</div>
      <p className="fp-lede">{t('findings.subtitle')}</p>
      <div className="fp-counts">
        {SEVERITIES.map((severity) => {
          const count = analysis.findings.filter((f) => f.severity === severity).length;
          return (
            <span key={severity} className={`fp-count fp-tone-${severity}${count === 0 ? ' fp-count-zero' : ''}`} data-severity={severity} data-count={count}>
              <Icon name={SEVERITY_ICON[severity]} size={13} />
              {t(COUNT_KEY[severity], { count })}
            </span>
          );
        })}
      </div>
    </header>
  );
}

function WhatIfInvite() {
  const { t } = useTranslation();
  return (
    <div className="fp-invite">
      <div className="fp-invite-head">
        <Icon name="userMinus" className="fp-invite-icon" />
        <strong>{t('findings.whatIfCta')}</strong>
      </div>
      <p className="fp-invite-text muted">{t('findings.whatIfCtaBody')}</p>
      <button type="button" className="btn btn-small" onClick={enterWhatIf}>
        {t('findings.whatIfStart')}
      </button>
    </div>
  );
}

function EmptyAccount() {
  const { t } = useTranslation();
  return (
    <div className="fp-empty" data-testid="findings-empty">
      <div className="fp-empty-art" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <h3>{t('findings.emptyTitle')}</h3>
      <p className="muted">{t('findings.emptyBody')}</p>
    </div>
  );
}

function Body({ analysis, data, locale, whatIf, onFocus }: { analysis: Analysis; data: AccountData; locale: AnalysisLocale; whatIf: boolean; onFocus(ids: string[]): void }) {
  if (data.people.length === 0) return <EmptyAccount />;
  return (
    <>
      <Header analysis={analysis} />
      {whatIf ? <WhatIfSection data={data} locale={locale} /> : <TopActions analysis={analysis} data={data} locale={locale} onFocus={onFocus} />}
      <CoverageSummary analysis={analysis} onFocus={onFocus} />
      <ThreadStatus analysis={analysis} data={data} onFocus={onFocus} />
      {whatIf ? null : <WhatIfInvite />}
      <FindingList findings={analysis.findings} data={data} locale={locale} onFocus={onFocus} />
    </>
  );
}

/**
 * The account's findings beside the map: coverage, single-thread status and every finding in words,
 * what-if while it is on, and the thresholds. Clicking anything that names people selects and frames them.
 */
export function FindingsPanel({ onFocus }: { onFocus(ids: string[]): void }) {
  const { t } = useTranslation();
  const data = useEditor((state) => state.data);
  const analysis = useAnalysis((state) => state.analysis);
  const whatIf = useAnalysis((state) => state.whatIf);
  const locale = useSettings((state) => state.locale);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(
    function showWhatIfFromTheTop() {
      // What-if's controls and changes sit at the top of the panel: entering it brings them into view.
      if (whatIf) scrollRef.current?.scrollTo({ top: 0 });
    },
    [whatIf],
  );

  return (
    <aside className={`findings-panel${whatIf ? ' findings-panel-what-if' : ''}`} data-testid="findings-panel" aria-label={t('findings.heading')}>
      <div className="fp-scroll" ref={scrollRef}>
        {data && analysis ? <Body analysis={analysis} data={data} locale={locale} whatIf={whatIf} onFocus={onFocus} /> : null}
        <Thresholds />
      </div>
    </aside>
  );
}
