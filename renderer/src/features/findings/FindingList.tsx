import { useTranslation } from 'react-i18next';
import type { AnalysisLocale, Finding } from '../../../../shared/analysis';
import { adviseFinding, explainFinding, findingTitle, groupFindings } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { useEditor } from '../../app/services';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { findingsViewStore, useFindingsView } from './findingsView';
import { findingTargets, groupBySeverity, SEVERITY_ICON } from './present';
import { FindingGroupItem } from './FindingGroupItem';
import { RuleTag } from './RuleTag';
import { MakeActionButton } from '../plan/MakeActionButton';

interface ItemProps {
  finding: Finding;
  data: AccountData;
  locale: AnalysisLocale;
  traced: boolean;
  /** The map's selection is exactly what this finding concerns (the user has just clicked it). */
  active: boolean;
  onFocus(ids: string[]): void;
}

/** One finding: icon and word for its severity, its title, the sentence that explains it, what to do, its rule. */
export function FindingItem({ finding, data, locale, traced, active, onFocus }: ItemProps) {
  const { t } = useTranslation();
  const targets = findingTargets(finding);
  const isPath = finding.code === 'path-to-power';
  const decisionMaker = finding.personIds[finding.personIds.length - 1] ?? null;

  function focus() {
    if (isPath) findingsViewStore.getState().tracePath(traced ? null : decisionMaker);
    else findingsViewStore.getState().tracePath(null);
    onFocus(targets);
  }

  const body = (
    <>
      <span className={`fp-sev fp-tone-${finding.severity}`}>
        <Icon name={SEVERITY_ICON[finding.severity]} size={14} />
        <span className="fp-sev-word">{t(`findings.severity.${finding.severity}`)}</span>
      </span>
      <span className="fp-finding-title">{findingTitle(finding.code, locale)}</span>
      <span className="fp-finding-text">{explainFinding(finding, data, locale)}</span>
      <span className="fp-finding-advice" data-testid="finding-advice">
        <Icon name="arrowRight" size={12} />
        <span>
          <span className="fp-advice-label">{t('findingsPlan.advice')}</span>
          {adviseFinding(finding, data, locale)}
        </span>
      </span>
      <span className="fp-finding-foot">
        <RuleTag rule={finding.rule} />
        {isPath ? (
          <span className={`fp-trace${traced ? ' fp-trace-on' : ''}`}>
            <Icon name="route" size={13} />
            {traced ? t('findings.traced') : t('findings.traceHint')}
          </span>
        ) : null}
      </span>
    </>
  );

  const common = { 'data-testid': TID.finding, 'data-code': finding.code, 'data-key': finding.key, 'data-severity': finding.severity };
  const item = targets.length > 0 ? (
    <button type="button" className={`fp-finding fp-finding-${finding.severity}${traced ? ' fp-finding-traced' : active ? ' fp-finding-active' : ''}`} aria-pressed={isPath ? traced : undefined} onClick={focus} {...common}>
      {body}
    </button>
  ) : (
    <div className={`fp-finding fp-finding-${finding.severity} fp-finding-static`} {...common}>
      {body}
    </div>
  );
  return (
    <>
      {item}
      <MakeActionButton finding={finding} data={data} advice={adviseFinding(finding, data, locale)} />
    </>
  );
}

/** Every finding, grouped by severity, most severe first; findings of the same kind read as one expandable line. */
export function FindingList({ findings, data, locale, onFocus }: { findings: readonly Finding[]; data: AccountData; locale: AnalysisLocale; onFocus(ids: string[]): void }) {
  const { t } = useTranslation();
  const tracedPathTo = useFindingsView((state) => state.tracedPathTo);
  const selectionKey = useEditor((state) => [...state.selection].sort().join(' '));
  const groups = groupBySeverity(findings);
  const renderItem = (finding: Finding) => (
    <FindingItem
      finding={finding}
      data={data}
      locale={locale}
      traced={finding.code === 'path-to-power' && tracedPathTo !== null && finding.personIds[finding.personIds.length - 1] === tracedPathTo}
      active={selectionKey !== '' && findingTargets(finding).sort().join(' ') === selectionKey}
      onFocus={onFocus}
    />
  );
  return (
    <section className="fp-section fp-findings" aria-label={t('findings.findingsList')}>
      <h3 className="fp-section-title">{t('findings.findingsList')}</h3>
      <p className="fp-caption">{t('findings.selectsHint')}</p>
      {groups.length === 0 ? <p className="fp-none">{t('findings.noFindings')}</p> : null}
      {groups.map((group) => (
        <div key={group.severity} className="fp-group" data-severity={group.severity}>
          <h4 className={`fp-group-title fp-tone-${group.severity}`}>
            <Icon name={SEVERITY_ICON[group.severity]} size={14} />
            <span>{t(`findings.group.${group.severity}`)}</span>
            <span className="fp-group-count">{group.findings.length}</span>
          </h4>
          <ul className="fp-finding-list">
            {groupFindings(group.findings).map((same) =>
              same.findings.length === 1 ? (
                <li key={same.findings[0]!.key}>{renderItem(same.findings[0]!)}</li>
              ) : (
                <li key={same.key}>
                  <FindingGroupItem group={same} data={data} locale={locale} renderItem={renderItem} />
                </li>
              ),
            )}
          </ul>
        </div>
      ))}
    </section>
  );
}
